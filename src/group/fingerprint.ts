import { createHash } from 'node:crypto';

/** The grouping algorithm's version; part of every fingerprint it makes. See docs/grouping.md. */
export const SIGNER_VERSION = 'v3';

/** Fingerprints made lately: most records sign to a signature seen just before (one hash per group, not per record). */
let made = new Map<string, string>();
const MADE_LIMIT = 1024;

/** Short stable hash of a signature's parts, prefixed with the signer version. */
export function fingerprint(version: string, ...parts: string[]): string {
  const text = parts.join('\u0000');
  const key = `${version}\u0001${text}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  const fp = `${version}:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  if (made.size >= MADE_LIMIT) made = new Map();
  made.set(key, fp);
  return fp;
}

/** The version a fingerprint was made by ("v1" for "v1:3f9a..."), or undefined. */
export function fingerprintVersion(fp: string): string | undefined {
  return /^(v\d+):/.exec(fp)?.[1];
}
