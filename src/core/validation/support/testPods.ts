/**
 * Builders for rule tests: small pods in the shapes Kubernetes' own tests use. Test-only, but kept
 * as an ordinary module so the type checker sees it.
 */
import { expect } from 'vitest';

import { applyV1Defaults } from '../applyV1Defaults';
import { DEFAULT_TARGET, type Rule, type RuleContext, type Target } from '../types';

/** A JSON-shaped object as written in a manifest. */
export type Json = Record<string, unknown>;

/** A pod template (`{ metadata, spec }`) with one container and the given spec fields. */
export function pod(spec: Json = {}, metadata: Json = { name: 'pod', namespace: 'default' }): Json {
  return {
    metadata,
    spec: { containers: [{ name: 'ctr', image: 'image:1.0' }], ...spec },
  };
}

/** The docs' example HostProcess pod (pod-level hostProcess, LocalService, hostNetwork). */
export function hostProcessPod(spec: Json = {}, metadata?: Json): Json {
  return pod(
    {
      securityContext: {
        windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\Local service' },
      },
      hostNetwork: true,
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      ...spec,
    },
    metadata,
  );
}

/** A container with windowsOptions. */
export function windowsContainer(name: string, windowsOptions: Json = {}, extra: Json = {}): Json {
  return { name, image: 'image:1.0', securityContext: { windowsOptions }, ...extra };
}

/**
 * Runs one rule on the defaulted template, as `validate` does: an api-server rule on a controller's
 * template sees it without the Pod-only defaults.
 */
export function runRule(
  rule: Rule,
  template: unknown,
  options: { target?: Target; context?: RuleContext } = {},
): Array<{ path: string; message: string }> {
  const context = options.context ?? { kind: 'Pod', isPod: true, isTemplate: false };
  const pod = context.isPod || rule.stage !== 'api-server';
  return rule
    .check(applyV1Defaults(template, { pod }), options.target ?? DEFAULT_TARGET, context)
    .map(({ path, message }) => ({ path, message }));
}

/** Matches a message that starts with Kubernetes' own text. */
export function startsWith(text: string): unknown {
  return expect.stringMatching(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** Expected hits as `[path, Kubernetes text]` pairs. */
export function hits(...pairs: Array<[path: string, text: string]>): unknown[] {
  return pairs.map(([path, text]) => ({ path, message: startsWith(text) }));
}

/** Matches a message containing the text (typed `unknown` so tables stay type-safe). */
export function containing(text: string): unknown {
  return expect.stringContaining(text);
}
