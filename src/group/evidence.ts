// What says that a word at one position of a template is a value rather than part of the event,
// beyond its lexical shape (mask.ts). Each is a general fact about how log lines are written, not
// a fact about one system; which of them apply is chosen by leave-one-system-out
// (scripts/select-grouping.mjs).
import { VAR } from './mask.js';

/** Closed classes whose members are values of one field: two members at one position are one event.
 * Level 1: HTTP methods, severities and protocols; level 2 adds booleans and nulls (which some
 * logs use as event words: "down true" / "down false"). */
const FIELD_ENUMERATIONS: readonly (readonly string[])[] = [
  ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE'],
  ['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'WARNING', 'ERROR', 'CRITICAL', 'FATAL', 'ALERT', 'EMERGENCY'],
  ['tcp', 'udp', 'http', 'https', 'grpc', 'ws', 'wss'],
  ['TCP', 'UDP', 'HTTP', 'HTTPS', 'GRPC', 'WS', 'WSS'],
];
const FLAG_ENUMERATIONS: readonly (readonly string[])[] = [
  ['true', 'false'],
  ['TRUE', 'FALSE'],
  ['True', 'False'],
  ['null', 'undefined', 'none'],
  ['None', 'Null'],
];

function classes(lists: readonly (readonly string[])[]): Map<string, number> {
  const of = new Map<string, number>();
  lists.forEach((members, i) => members.forEach((w) => of.set(w, of.get(w) ?? i)));
  return of;
}
const ENUM_OF = [new Map<string, number>(), classes(FIELD_ENUMERATIONS), classes([...FIELD_ENUMERATIONS, ...FLAG_ENUMERATIONS])];

/** Words after which a value follows: the name of a field in prose ("for user alice"). Narrow: who and how. */
const NARROW_KEYS = new Set(['user', 'username', 'usr', 'uid', 'gid', 'login', 'logname', 'account', 'principal', 'method', 'verb']);
/** Broad: any field name. */
const BROAD_KEYS = new Set([
  'user',
  'username',
  'usr',
  'uid',
  'gid',
  'login',
  'logname',
  'account',
  'owner',
  'group',
  'role',
  'principal',
  'host',
  'hostname',
  'node',
  'server',
  'client',
  'peer',
  'instance',
  'pod',
  'container',
  'service',
  'namespace',
  'project',
  'tenant',
  'domain',
  'zone',
  'region',
  'cluster',
  'bucket',
  'table',
  'database',
  'db',
  'schema',
  'queue',
  'topic',
  'channel',
  'stream',
  'session',
  'job',
  'task',
  'worker',
  'thread',
  'process',
  'pid',
  'file',
  'filename',
  'path',
  'dir',
  'directory',
  'device',
  'disk',
  'volume',
  'interface',
  'port',
  'key',
  'id',
  'name',
  'method',
  'verb',
  'version',
  'revision',
  'model',
  'type',
  'kind',
  'status',
  'state',
  'mode',
  'level',
  'class',
]);

/** The field name a token stands for, when it reads like "user", "user:", "User" or "--user". */
function keyWord(token: string): string {
  return token.replace(/^[-(]+|[:=,]+$/g, '').toLowerCase();
}

const VERB_FORM = /^[A-Za-z]{3,}(?:ed|ing)[.,;:!]?$/;
const isVerbForm = (w: string): boolean => VERB_FORM.test(w);
/** A name made of words: snake_case, camelCase or PascalCase with two humps, a dotted method name. */
const COMPOUND = /^(?:[a-z]+(?:_[a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+){2,}|[a-z]+(?:\.[a-z]+)+)[.,;:!]?$/;
const isCompound = (w: string): boolean => COMPOUND.test(w);
/** An enumeration constant: upper case letters, digits after the first, underscores ("LOOKING", "ACTION_UP"). */
const CONSTANT = /^[A-Z][A-Z0-9_]+[.,;:!]?$/;
const isConstant = (w: string): boolean => CONSTANT.test(w);

export interface EvidenceParams {
  /** Distinct words at one position from which it is a variable without other evidence. */
  slotValues: number;
  /** A position after a lowercase field name holds a value: 0 never, 1 after who/how words ("user", "method"), 2 after any field name ("host", "queue", ...). */
  contextKeys: 0 | 1 | 2;
  /** A position after a "name:" or "name=" token holds a value. */
  colonKeys: boolean;
  /** Verb forms ("started", "stopping") at a position name different events, however many there are. */
  verbsStay: boolean;
  /** Compound names (login_success, createOrder, compute.firewalls.insert) name different events, however many. */
  namesStay: boolean;
  /** Upper-case constants at a position ("LOOKING" / "FOLLOWING") are values of one field. */
  constantValues: boolean;
  /** Members of one closed class at a position are one value: 0 never, 1 HTTP methods, levels and protocols, 2 also booleans. */
  enumerations: 0 | 1 | 2;
}

/**
 * Whether position i of templates that are equal elsewhere is a variable, given the distinct
 * words found there. `before` is the token before the position (undefined at the start).
 */
export function isVariableSlot(words: ReadonlySet<string>, before: string | undefined, params: EvidenceParams): boolean {
  if (words.size < 2) return false;
  if (words.has(VAR)) return true;
  const all = (test: (w: string) => boolean): boolean => [...words].every(test);
  if (params.constantValues && all(isConstant)) return true;
  if (words.size >= params.slotValues && !(params.verbsStay && all(isVerbForm)) && !(params.namesStay && all(isCompound))) return true;
  if (params.enumerations > 0) {
    let cls: number | undefined;
    let same = true;
    for (const w of words) {
      const c = ENUM_OF[params.enumerations].get(w);
      if (c === undefined || (cls !== undefined && c !== cls)) same = false;
      cls = c;
    }
    if (same) return true;
  }
  if (before === undefined || before === VAR) return false;
  // A capitalized word is the subject of a sentence ("Instance destroyed"), not a field name.
  if (params.contextKeys > 0 && before === before.toLowerCase()) {
    const key = keyWord(before);
    if (NARROW_KEYS.has(key) || (params.contextKeys === 2 && BROAD_KEYS.has(key))) return true;
  }
  if (params.colonKeys && /^[\w.-]+[:=]$/.test(before)) return true;
  return false;
}
