// Hidden markers the publisher writes into bodies it owns. They are only believed on a line of
// their own: log text reaches bodies through src/safety/markdown.ts, which never leaves `<!--`
// at the start of a line (inline escapes `<`, fenced breaks `<!--`, code wraps in backticks).
import type { Priority } from '../types.js';

const FP = /^<!-- log-gardener:fingerprint=(v\d+:[0-9a-f]{6,64}) -->$/m;
export const STATUS_START = '<!-- log-gardener:status:start -->';
export const STATUS_END = '<!-- log-gardener:status:end -->';
const STATE = /^<!-- log-gardener:state=([A-Za-z0-9_-]{1,4000}) -->$/m;
export const PR_COMMENT_MARKER = '<!-- log-gardener:pr-comment -->';

export function fingerprintMarker(fingerprint: string): string {
  if (!/^v\d+:[0-9a-f]{6,64}$/.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint}`);
  return `<!-- log-gardener:fingerprint=${fingerprint} -->`;
}

export function readFingerprint(body: string | null | undefined): string | undefined {
  return body ? FP.exec(body)?.[1] : undefined;
}

/** What the publisher remembers about a group between runs, kept in the issue body. */
export interface IssueMemory {
  priority: Priority;
  /** Revisions seen so far, most recent last, capped. */
  revisions: string[];
  /** Last time the group was seen, ISO. */
  lastSeen: string;
}

const MAX_REMEMBERED_REVISIONS = 50;

export function stateMarker(memory: IssueMemory): string {
  const m = { ...memory, revisions: memory.revisions.slice(-MAX_REMEMBERED_REVISIONS) };
  return `<!-- log-gardener:state=${Buffer.from(JSON.stringify(m)).toString('base64url')} -->`;
}

export function readMemory(body: string | null | undefined): IssueMemory | undefined {
  const block = body && statusBlock(body);
  const raw = block && STATE.exec(block)?.[1];
  if (!raw) return undefined;
  try {
    const m = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<IssueMemory>;
    if (typeof m.priority !== 'string' || !Array.isArray(m.revisions) || typeof m.lastSeen !== 'string') return undefined;
    return { priority: m.priority as Priority, revisions: m.revisions.map(String), lastSeen: m.lastSeen };
  } catch {
    return undefined;
  }
}

function statusBlock(body: string): string | undefined {
  const a = body.indexOf(`\n${STATUS_START}\n`);
  const start = body.startsWith(`${STATUS_START}\n`) ? 0 : a < 0 ? -1 : a + 1;
  if (start < 0) return undefined;
  const end = body.indexOf(`\n${STATUS_END}`, start);
  return end < 0 ? undefined : body.slice(start, end + STATUS_END.length + 1);
}

/** The body with its status block replaced, or the block appended when there is none. */
export function withStatusBlock(body: string, block: string): string {
  const old = statusBlock(body);
  if (old) return body.replace(old, () => block);
  return `${body.replace(/\s+$/, '')}\n\n${block}\n`;
}

export function wrapStatus(lines: string[]): string {
  return [STATUS_START, ...lines, STATUS_END].join('\n');
}
