import { calicoNode } from './calicoNode';
import { csiProxy } from './csiProxy';
import { csiSmbNode } from './csiSmbNode';
import { docsExample } from './docsExample';
import { groupInit } from './groupInit';
import { kubeProxy } from './kubeProxy';
import { logCollector } from './logCollector';
import { localUsergroup } from './localUsergroup';
import { logShipper } from './logShipper';
import { nodeDebug } from './nodeDebug';
import type { Preset } from './types';
import { windowsExporter } from './windowsExporter';

export type { Preset } from './types';

/** Every preset, in menu order: the docs examples first, then the node agents. */
export const PRESETS: readonly Preset[] = [
  docsExample,
  localUsergroup,
  groupInit,
  calicoNode,
  kubeProxy,
  csiSmbNode,
  csiProxy,
  windowsExporter,
  logCollector,
  logShipper,
  nodeDebug,
];

/** The preset with this id, if any. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
