import { createHash } from 'node:crypto';

/** The grouping algorithm's version; part of every fingerprint it makes. See docs/grouping.md. */
export const SIGNER_VERSION = 'v3';

/** Short stable hash of a signature's parts, prefixed with the signer version. */
export function fingerprint(version: string, ...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
  return `${version}:${h}`;
}

/** The version a fingerprint was made by ("v1" for "v1:3f9a..."), or undefined. */
export function fingerprintVersion(fp: string): string | undefined {
  return /^(v\d+):/.exec(fp)?.[1];
}
