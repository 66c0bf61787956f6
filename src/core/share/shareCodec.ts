import { Inflate, deflateSync } from 'fflate';

import type { Draft } from '@/core/model/draft';
import { MAX_INPUT_BYTES } from '@/core/import/inputLimits';
import { restoreDraft } from '@/core/model/restoreDraft';

import { fromBase64Url, toBase64Url } from './base64url';
import { parseSafeJson } from './safeJson';

/** The format every new link is written in; a new format gets a new prefix (`v2.`). */
export const SHARE_VERSION = 1;

/**
 * Longest code accepted. Browsers cap URLs near 2 MB; far below that, a code this long would
 * already hold a draft much larger than any form. Checked first, so a 5 MB link costs nothing.
 */
export const MAX_SHARE_CODE_LENGTH = 200_000;

/** Most bytes a code may expand to: a cap on the inflater's output, against zip bombs. */
export const MAX_SHARE_JSON_BYTES = MAX_INPUT_BYTES;

/**
 * Compressed bytes fed to the inflater at a time. DEFLATE expands at most about 1,032 to 1, so one
 * slice adds at most about 1 MiB before the cap is checked again.
 */
const INFLATE_SLICE_BYTES = 1024;

/** The outcome of reading a share code: the Draft, or why it cannot be used (plain words). */
export type DecodeShareResult = { ok: true; draft: Draft } | { ok: false; reason: string };

/** A Draft as a share code: `v1.` + base64url of the raw-DEFLATE-compressed JSON. */
export function encodeShare(draft: Draft): string {
  const json = new TextEncoder().encode(JSON.stringify(draft));
  return `v${SHARE_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
}

function fail(reason: string): DecodeShareResult {
  return { ok: false, reason };
}

/**
 * Expands raw DEFLATE into at most `MAX_SHARE_JSON_BYTES`; null when damaged or larger. Fed in
 * slices, so a bomb stops near the cap instead of expanding in full first.
 */
function inflateCapped(bytes: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= MAX_SHARE_JSON_BYTES) chunks.push(chunk);
  });
  try {
    for (let start = 0; start < bytes.length && size <= MAX_SHARE_JSON_BYTES;) {
      const end = Math.min(start + INFLATE_SLICE_BYTES, bytes.length);
      inflater.push(bytes.subarray(start, end), end === bytes.length);
      start = end;
    }
  } catch {
    return null;
  }
  if (size > MAX_SHARE_JSON_BYTES) return null;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Reads a share code from an untrusted link. Never throws: a damaged, truncated, oversized,
 * future-version or hostile code gives `{ ok: false, reason }`, and anything accepted has
 * passed `restoreDraft`, the same gate as every other Draft from outside.
 */
export function decodeShare(code: unknown): DecodeShareResult {
  if (typeof code !== 'string') return fail('The link holds no draft.');
  const text = code.trim();
  if (text.length > MAX_SHARE_CODE_LENGTH) {
    return fail(`The link is too long (${text.length.toLocaleString('en')} characters).`);
  }
  const match = /^v(\d{1,6})\.([\s\S]*)$/.exec(text);
  if (!match) return fail('The link is not a share link of this app (it should start with "v1.").');
  const [, version = '', body = ''] = match;
  if (Number(version) !== SHARE_VERSION) {
    return fail(`The link uses format v${version}, which this version of the app cannot read.`);
  }
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length === 0) return fail('The link is damaged: it is not valid base64url.');
  const inflated = inflateCapped(bytes);
  if (!inflated) return fail('The link is damaged, truncated or too large to expand.');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail('The link is damaged: its content is not text.');
  }
  const parsed = parseSafeJson(json);
  if (!parsed.ok) return fail(`The link cannot be used: ${parsed.reason}.`);
  const restored = restoreDraft(parsed.value);
  if (!restored.ok) return fail(`The link does not hold a valid draft: ${restored.reason}`);
  return { ok: true, draft: restored.draft };
}
