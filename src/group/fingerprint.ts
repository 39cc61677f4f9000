import { createHash } from 'node:crypto';

/** Short stable hash of a signature's parts, prefixed with the signer version. */
export function fingerprint(version: string, ...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
  return `${version}:${h}`;
}
