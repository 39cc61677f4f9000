// The action's own hidden markers, e.g. "<!-- log-gardener:fingerprint=v2:3f9a0c1e2b4d5a6c -->",
// one module for every reader and writer. Log text can never produce one: every markdown helper
// breaks "<!--" (see markdown.ts).
import { createHash } from 'node:crypto';
import type { Priority } from '../types.js';

const MARKER_PREFIX = '<!-- log-gardener:';
const NAME = /^[a-z][a-z0-9-]{0,40}$/;
/** Matches one marker (global). */
export const MARKER_TEXT = /<!-- log-gardener:([a-z][a-z0-9-]{0,40})=([^\s<>]*) -->/g;

interface Marker {
  name: string;
  value: string;
}

/** Percent-encodes what could end or corrupt an HTML comment ("--", ">", spaces) and "%" itself. */
function encodeValue(value: string): string {
  return value.replace(/[^A-Za-z0-9._:/+=,@~-]|-(?=-)|(?<=-)-/gu, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  );
}

/** A hidden marker for an issue or comment body. Throws on a name outside [a-z][a-z0-9-]*. */
export function marker(name: string, value: string): string {
  if (!NAME.test(name)) throw new Error(`marker name ${JSON.stringify(name)} must match ${NAME.source}`);
  return `${MARKER_PREFIX}${name}=${encodeValue(value)} -->`;
}

/** Every well-formed marker in a body, in order, values decoded. */
export function readMarkers(body: string): Marker[] {
  const found: Marker[] = [];
  for (const m of body.matchAll(MARKER_TEXT)) {
    try {
      found.push({ name: m[1], value: decodeURIComponent(m[2]) });
    } catch {
      // a malformed %-sequence is not one of ours
    }
  }
  return found;
}

// The markers the GitHub publisher writes. Believed only on a line of their own: log text reaches
// bodies through markdown.ts, which never leaves `<!--` at the start of a line.

const STATUS_START = '<!-- log-gardener:status:start -->';
const STATUS_END = '<!-- log-gardener:status:end -->';
export const PR_COMMENT_MARKER = '<!-- log-gardener:pr-comment -->';
const FINGERPRINT = /^v\d+:[0-9a-f]{6,64}$/;

/** The markers named `name` that stand on a line of their own. */
function onOwnLine(body: string, name: string): string[] {
  return body
    .split('\n')
    .filter((line) => line.startsWith(`${MARKER_PREFIX}${name}=`))
    .flatMap((line) => readMarkers(line).filter((m) => m.name === name && marker(m.name, m.value) === line))
    .map((m) => m.value);
}

export function fingerprintMarker(fingerprint: string): string {
  if (!FINGERPRINT.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint}`);
  return marker('fingerprint', fingerprint);
}

export function readFingerprint(body: string | null | undefined): string | undefined {
  return body ? onOwnLine(body, 'fingerprint').find((v) => FINGERPRINT.test(v)) : undefined;
}

/** Marks a comment as the notice `id`, so a later run can tell whether it was posted. */
export function noticeMarker(id: string): string {
  return marker('notice', id);
}

export function readNotice(body: string | null | undefined): string | undefined {
  return body ? onOwnLine(body, 'notice')[0] : undefined;
}

/** What the publisher remembers about a group between runs, kept in the issue body. */
export interface IssueMemory {
  priority: Priority;
  /** Revisions seen so far, most recent last; long names hashed, oldest dropped to fit. */
  revisions: string[];
  /** Last time the group was seen, ISO. */
  lastSeen: string;
  /** The services the group was seen on (at most 5): a run closes quiet issues only of the services it read. */
  services?: string[];
  /** Notices written into the body but maybe never posted (a failed comment): the next run checks. */
  owed?: string[];
}

/** The state marker's value never exceeds what its reader accepts. */
export const STATE_LIMIT = 4000;
const REVISION_MAX = 63;

const encodeState = (m: IssueMemory) => Buffer.from(JSON.stringify(m)).toString('base64url');

/** A revision name as remembered: as it is up to 63 characters (Cloud Run's limit), else hashed. */
export function rememberedRevision(name: string): string {
  return name.length <= REVISION_MAX ? name : `#${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

export function stateMarker(memory: IssueMemory): string {
  const m: IssueMemory = {
    priority: memory.priority,
    revisions: [...new Set(memory.revisions.map(rememberedRevision))],
    lastSeen: memory.lastSeen.slice(0, 40),
    ...(memory.services?.length ? { services: memory.services.slice(0, 5).map((x) => x.slice(0, 63)) } : {}),
    ...(memory.owed?.length ? { owed: memory.owed.slice(-5).map((o) => o.slice(0, 80)) } : {}),
  };
  while (encodeState(m).length > STATE_LIMIT && m.revisions.length) m.revisions.splice(0, Math.max(1, m.revisions.length >> 3));
  return marker('state', encodeState(m));
}

export function readMemory(body: string | null | undefined): IssueMemory | undefined {
  const block = body && statusBlockOf(body);
  const raw = block && onOwnLine(block, 'state')[0];
  if (!raw || raw.length > STATE_LIMIT) return undefined;
  try {
    const m = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<IssueMemory>;
    if (typeof m.priority !== 'string' || !Array.isArray(m.revisions) || typeof m.lastSeen !== 'string') return undefined;
    const owed = Array.isArray(m.owed) ? m.owed.map(String) : [];
    const services = Array.isArray(m.services) ? m.services.map(String) : [];
    return {
      priority: m.priority as Priority,
      revisions: m.revisions.map(String),
      lastSeen: m.lastSeen,
      ...(services.length ? { services } : {}),
      ...(owed.length ? { owed } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The status block of a body, markers included, or undefined. */
export function statusBlockOf(body: string): string | undefined {
  const a = body.indexOf(`\n${STATUS_START}\n`);
  const start = body.startsWith(`${STATUS_START}\n`) ? 0 : a < 0 ? -1 : a + 1;
  if (start < 0) return undefined;
  const end = body.indexOf(`\n${STATUS_END}`, start);
  return end < 0 ? undefined : body.slice(start, end + STATUS_END.length + 1);
}

export function wrapStatus(lines: string[]): string {
  return [STATUS_START, ...lines, STATUS_END].join('\n');
}
