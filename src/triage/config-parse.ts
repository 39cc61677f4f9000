// Parses and validates the team's YAML configuration, reporting every problem with its line.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { PRIORITIES, SEVERITIES, type Priority, type Severity } from '../types.js';
import {
  ConfigError,
  defaultConfig,
  type ComponentMatch,
  type ComponentRule,
  type ConfigProblem,
  type FingerprintRule,
  type GardenerConfig,
  type IgnoreMatch,
  type IgnoreRule,
  type PriorityConditions,
  type PriorityRule,
} from './config.js';

type YNode = Node | null | undefined;
interface Field {
  key: Node;
  value: YNode;
}
type Fields = Map<string, Field>;

const TOP_KEYS = ['version', 'components', 'priorities', 'ignore', 'fingerprints', 'masks', 'redact'];
const COMPONENT_KEYS = ['name', 'label', 'impact', 'owners', 'match'];
const COMPONENT_MATCH_KEYS = ['logger', 'module', 'path', 'message', 'service', 'labels'];
const PRIORITY_KEYS = ['name', 'priority', 'when'];
const CONDITION_KEYS = ['min-severity', 'exception', 'message', 'component', 'service', 'min-count', 'min-rate', 'min-consecutive', 'startup'];
const IGNORE_KEYS = ['reason', 'expires', 'match'];
const IGNORE_MATCH_KEYS = ['message', 'logger', 'path', 'service', 'max-severity'];
const FINGERPRINT_KEYS = ['match', 'fingerprint'];
const FINGERPRINT_MATCH_KEYS = ['message', 'logger', 'exception'];
const REDACT_KEYS = ['patterns', 'emails', 'ips'];
const FINGERPRINT_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function quote(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

class Reader {
  readonly problems: ConfigProblem[] = [];
  readonly componentNames = new Set<string>();
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly doc: Document,
  ) {}

  /** The node an alias (*name) points at. */
  deref(node: unknown): YNode {
    return isAlias(node) ? (node.resolve(this.doc) as YNode) : (node as YNode);
  }

  /** A mapping's pairs with merge keys (<<: *base) spread in; its own keys win. */
  private pairs(node: Node, seen = new Set<Node>()): Pair[] {
    if (!isMap(node) || seen.has(node)) return [];
    seen.add(node);
    const own: Pair[] = [];
    const merged: Pair[] = [];
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key) && (key.value === '<<' || typeof key.value === 'symbol')) {
        const v = this.deref(pair.value);
        const sources = isSeq(v) ? v.items.map((i) => this.deref(i)) : [v];
        for (const src of sources) if (src) merged.push(...this.pairs(src, seen));
      } else own.push(pair);
    }
    // Own keys win over merged ones, and earlier merge sources over later ones.
    const names = new Set<string>();
    return [...own, ...merged].filter((p) => {
      const name = isScalar(p.key) ? String(p.key.value) : '';
      if (names.has(name)) return false;
      names.add(name);
      return true;
    });
  }

  lineOf(node: YNode): number {
    return node?.range ? this.lines.linePos(node.range[0]).line : 1;
  }

  problem(at: YNode, path: string, message: string, fallback?: YNode): undefined {
    this.problems.push({ file: this.file, line: this.lineOf(at?.range ? at : fallback), path, message });
    return undefined;
  }

  /** The keys of a mapping, each checked against the allowed ones. */
  fields(at: YNode, path: string, allowed: string[], parent?: YNode): Fields | undefined {
    const node = this.deref(at);
    if (!isMap(node)) return this.problem(node, path, `must be a mapping of ${allowed.join(', ')}`, parent);
    const out: Fields = new Map();
    for (const pair of this.pairs(node)) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      if (!allowed.includes(name) && !(path === '' && name.startsWith('x-'))) {
        const near = allowed.find((k) => distance(k, name) <= 2);
        const hint = near ? ` (did you mean "${near}"?)` : '';
        this.problem(key, path, `unknown key ${quote(name)}${hint}; allowed: ${allowed.join(', ')}`);
        continue;
      }
      out.set(name, { key, value: this.deref(pair.value) });
    }
    return out;
  }

  list(at: YNode, path: string, parent: YNode): Node[] {
    const node = this.deref(at);
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) return this.problem(node, path, 'must be a list (items starting with "- ")', parent) ?? [];
    return node.items.map((item) => this.deref(item)) as Node[];
  }

  scalar(f: Field | undefined): unknown {
    return isScalar(f?.value) ? f.value.value : undefined;
  }

  string(f: Field | undefined, path: string): string | undefined {
    if (!f) return undefined;
    const v = this.scalar(f);
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string' || v.trim() === '') return this.problem(f.value, path, 'must be a non-empty text', f.key);
    return v;
  }

  required(fields: Fields, name: string, path: string, at: YNode, fix: string): Field | undefined {
    const f = fields.get(name);
    if (!f) this.problem(at, path, `missing "${name}". Fix: ${fix}`);
    return f;
  }

  regex(f: Field | undefined, path: string): string | undefined {
    const s = this.string(f, path);
    if (s === undefined) return undefined;
    try {
      new RegExp(s);
    } catch (e) {
      const why = (e as Error).message.replace(/^Invalid regular expression: /, '');
      return this.problem(f!.value, path, `${quote(s)} is not a valid regular expression (${why})`);
    }
    return s;
  }

  oneOf<T extends string>(f: Field | undefined, path: string, allowed: readonly T[]): T | undefined {
    if (!f) return undefined;
    const v = this.scalar(f);
    const s = typeof v === 'string' ? v.trim().toUpperCase() : v;
    if (typeof s === 'string' && (allowed as readonly string[]).includes(s)) return s as T;
    return this.problem(f.value, path, `${quote(v ?? null)} is not one of ${allowed.join(', ')}`, f.key);
  }

  count(f: Field | undefined, path: string, integer: boolean): number | undefined {
    if (!f) return undefined;
    const v = this.scalar(f);
    if (typeof v === 'number' && v > 0 && Number.isFinite(v) && (!integer || Number.isInteger(v))) return v;
    const what = integer ? 'a whole number of at least 1' : 'a number above 0';
    return this.problem(f.value, path, `${quote(v ?? null)} is not ${what}`, f.key);
  }

  bool(f: Field | undefined, path: string): boolean | undefined {
    if (!f) return undefined;
    const v = this.scalar(f);
    if (typeof v === 'boolean') return v;
    return this.problem(f.value, path, `${quote(v ?? null)} is not true or false`, f.key);
  }

  date(f: Field | undefined, path: string): string | undefined {
    if (!f) return undefined;
    const v = this.scalar(f);
    const s = typeof v === 'string' ? v.trim() : '';
    const d = new Date(`${s}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)) return s;
    return this.problem(f.value, path, `${quote(v ?? null)} is not a date; write YYYY-MM-DD, e.g. 2027-03-31`, f.key);
  }

  strings(f: Field | undefined, path: string): string[] {
    if (!f) return [];
    if (isScalar(f.value)) {
      const s = this.string(f, path);
      return s === undefined ? [] : [s];
    }
    return this.list(f.value, path, f.key).flatMap((item, i) => {
      const s = this.string({ key: item, value: item }, `${path}[${i}]`);
      return s === undefined ? [] : [s];
    });
  }

  /** Reads regex-valued keys; at least one must be given. */
  patterns(fields: Fields | undefined, path: string, keys: string[]): Record<string, string> | undefined {
    if (!fields) return undefined;
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.regex(fields.get(k), `${path}.${k}`);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }

  /** A mapping with no keys at all (unknown keys are reported on their own). */
  atLeastOne(node: YNode, path: string, keys: string[]): void {
    if (isMap(node) && node.items.length === 0) this.problem(node, path, `needs at least one of ${keys.join(', ')}`);
  }
}

function readComponent(r: Reader, node: Node, path: string): ComponentRule | undefined {
  const f = r.fields(node, path, COMPONENT_KEYS);
  if (!f) return undefined;
  const name = r.string(r.required(f, 'name', path, node, 'add name: <component>, e.g. name: websocket'), `${path}.name`);
  const label = r.string(f.get('label'), `${path}.label`);
  const labelField = f.get('label');
  if (label !== undefined && labelField && (label.includes(',') || label.length > 50 || label.trim() === '')) {
    r.problem(labelField.value, `${path}.label`, `${quote(label)} cannot be a GitHub label; use 1 to 50 characters without commas`, labelField.key);
  }
  const impact = r.string(f.get('impact'), `${path}.impact`);
  const owners = r.strings(f.get('owners'), `${path}.owners`).map((o) => o.replace(/^@/, ''));
  const m = r.required(f, 'match', path, node, 'add match: with at least one of ' + COMPONENT_MATCH_KEYS.join(', '));
  const mf = m && r.fields(m.value, `${path}.match`, COMPONENT_MATCH_KEYS, m.key);
  r.atLeastOne(m?.value, `${path}.match`, COMPONENT_MATCH_KEYS);
  const match = r.patterns(
    mf,
    `${path}.match`,
    COMPONENT_MATCH_KEYS.filter((k) => k !== 'labels'),
  ) as ComponentMatch | undefined;
  const labelsField = mf?.get('labels');
  if (match && labelsField) {
    if (!isMap(labelsField.value))
      r.problem(labelsField.value, `${path}.match.labels`, 'must be a mapping of label name to pattern, e.g. service_name: ^api', labelsField.key);
    else {
      match.labels = {};
      for (const pair of labelsField.value.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : '');
        const v = r.regex({ key: pair.key as Node, value: r.deref(pair.value) }, `${path}.match.labels.${key}`);
        if (v !== undefined) match.labels[key] = v;
      }
    }
  }
  if (name !== undefined && r.componentNames.has(name)) {
    r.problem(f.get('name')!.value, `${path}.name`, `${quote(name)} is already the name of an earlier component; names must be unique`);
  }
  if (name !== undefined) r.componentNames.add(name);
  if (name === undefined || !match) return undefined;
  return { name, label, impact, owners, match };
}

function readPriority(r: Reader, node: Node, path: string): PriorityRule | undefined {
  const f = r.fields(node, path, PRIORITY_KEYS);
  if (!f) return undefined;
  const name = r.string(f.get('name'), `${path}.name`);
  const pf = r.required(f, 'priority', path, node, `add priority: one of ${PRIORITIES.join(', ')}`);
  const priority = r.oneOf<Priority>(pf, `${path}.priority`, PRIORITIES);
  const w = r.required(f, 'when', path, node, 'add when: with at least one condition, e.g. min-severity: ERROR');
  const wf = w && r.fields(w.value, `${path}.when`, CONDITION_KEYS, w.key);
  r.atLeastOne(w?.value, `${path}.when`, CONDITION_KEYS);
  if (!wf) return undefined;
  const p = `${path}.when`;
  const when: PriorityConditions = {
    minSeverity: r.oneOf<Severity>(wf.get('min-severity'), `${p}.min-severity`, SEVERITIES),
    exception: r.regex(wf.get('exception'), `${p}.exception`),
    message: r.regex(wf.get('message'), `${p}.message`),
    component: r.string(wf.get('component'), `${p}.component`),
    service: r.regex(wf.get('service'), `${p}.service`),
    minCount: r.count(wf.get('min-count'), `${p}.min-count`, true),
    minRate: r.count(wf.get('min-rate'), `${p}.min-rate`, false),
    minConsecutive: r.count(wf.get('min-consecutive'), `${p}.min-consecutive`, true),
    startup: r.bool(wf.get('startup'), `${p}.startup`),
  };
  for (const k of Object.keys(when) as (keyof PriorityConditions)[]) if (when[k] === undefined) delete when[k];
  if (!priority) return undefined;
  return name === undefined ? { priority, when } : { name, priority, when };
}

function readIgnore(r: Reader, node: Node, path: string): IgnoreRule | undefined {
  const f = r.fields(node, path, IGNORE_KEYS);
  if (!f) return undefined;
  const reason = r.string(f.get('reason'), `${path}.reason`);
  const ef = r.required(f, 'expires', path, node, 'add expires: YYYY-MM-DD, the last day this noise rule applies (so it cannot rot)');
  const expires = r.date(ef, `${path}.expires`);
  const m = r.required(f, 'match', path, node, 'add match: with at least one of ' + IGNORE_MATCH_KEYS.join(', '));
  const mf = m && r.fields(m.value, `${path}.match`, IGNORE_MATCH_KEYS, m.key);
  r.atLeastOne(m?.value, `${path}.match`, IGNORE_MATCH_KEYS);
  const match = r.patterns(mf, `${path}.match`, IGNORE_MATCH_KEYS.slice(0, 4)) as IgnoreMatch | undefined;
  const maxSeverity = r.oneOf<Severity>(mf?.get('max-severity'), `${path}.match.max-severity`, SEVERITIES);
  if (!match || !expires) return undefined;
  if (maxSeverity) match.maxSeverity = maxSeverity;
  const rule: IgnoreRule = { match, expires, source: `${r.file}:${r.lineOf(node)}` };
  if (reason !== undefined) rule.reason = reason;
  return rule;
}

function readFingerprint(r: Reader, node: Node, path: string): FingerprintRule | undefined {
  const f = r.fields(node, path, FINGERPRINT_KEYS);
  if (!f) return undefined;
  const ff = r.required(f, 'fingerprint', path, node, 'add fingerprint: <name>, the group these entries join, e.g. fingerprint: redis-connection-lost');
  let fingerprint = r.string(ff, `${path}.fingerprint`);
  if (fingerprint !== undefined && !FINGERPRINT_RE.test(fingerprint)) {
    fingerprint = r.problem(ff!.value, `${path}.fingerprint`, `${quote(fingerprint)} must be 1-64 letters, digits, ".", "_", ":" or "-"`);
  }
  const m = r.required(f, 'match', path, node, 'add match: with at least one of ' + FINGERPRINT_MATCH_KEYS.join(', '));
  const mf = m && r.fields(m.value, `${path}.match`, FINGERPRINT_MATCH_KEYS, m.key);
  r.atLeastOne(m?.value, `${path}.match`, FINGERPRINT_MATCH_KEYS);
  const match = r.patterns(mf, `${path}.match`, FINGERPRINT_MATCH_KEYS);
  if (!match || fingerprint === undefined) return undefined;
  return { match, fingerprint };
}

function readRedact(r: Reader, field: Field, config: GardenerConfig): void {
  const f = r.fields(field.value, 'redact', REDACT_KEYS, field.key);
  if (!f) return;
  config.redact.emails = r.bool(f.get('emails'), 'redact.emails') ?? true;
  config.redact.ips = r.bool(f.get('ips'), 'redact.ips') ?? true;
  const pf = f.get('patterns');
  const items = pf ? r.list(pf.value, 'redact.patterns', pf.key) : [];
  items.forEach((item, i) => {
    const path = `redact.patterns[${i}]`;
    const p = r.regex({ key: item, value: item }, path);
    if (p === undefined) return;
    if (new RegExp(p).test('')) r.problem(item, path, `${quote(p)} matches empty text; make it match the secret itself, e.g. cus_[A-Za-z0-9]{14}`);
    else config.redact.patterns.push(p);
  });
}

/** Grouping masks: regular expressions whose matches are variables of a message template. */
function readMasks(r: Reader, field: Field, config: GardenerConfig): void {
  r.list(field.value, 'masks', field.key).forEach((item, i) => {
    const path = `masks[${i}]`;
    const p = r.regex({ key: item, value: item }, path);
    if (p === undefined) return;
    if (new RegExp(p).test('')) r.problem(item, path, `${quote(p)} matches empty text; make it match the variable itself, e.g. order-[0-9]+`);
    else config.masks.push(p);
  });
}

function readList<T>(r: Reader, field: Field | undefined, name: string, read: (r: Reader, node: Node, path: string) => T | undefined): T[] {
  if (!field) return [];
  return r.list(field.value, name, field.key).flatMap((node, i) => {
    const v = read(r, node, `${name}[${i}]`);
    return v === undefined ? [] : [v];
  });
}

/** Parses a configuration text; throws a ConfigError listing every problem, one per line. */
export function parseConfig(text: string, fileName: string): GardenerConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  const r = new Reader(fileName, lines, doc);
  const config = defaultConfig();
  for (const e of doc.errors) {
    const line = e.linePos?.[0].line ?? lines.linePos(e.pos[0]).line;
    r.problems.push({ file: fileName, line, path: '', message: `not valid YAML: ${e.message.split('\n')[0]}` });
  }
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  const root = r.deref(doc.contents);
  if (root === null || (isScalar(root) && root.value === null)) return config;
  const top = r.fields(root, '', TOP_KEYS);
  if (top) {
    const v = top.get('version');
    if (v && r.scalar(v) !== 1) r.problem(v.value, 'version', `${quote(r.scalar(v) ?? null)} is not a supported version; write version: 1`, v.key);
    config.components = readList(r, top.get('components'), 'components', readComponent);
    config.priorities = readList(r, top.get('priorities'), 'priorities', readPriority);
    config.ignore = readList(r, top.get('ignore'), 'ignore', readIgnore);
    config.fingerprints = readList(r, top.get('fingerprints'), 'fingerprints', readFingerprint);
    const masks = top.get('masks');
    if (masks) readMasks(r, masks, config);
    const redact = top.get('redact');
    if (redact) readRedact(r, redact, config);
  }
  if (r.problems.length > 0) {
    r.problems.sort((a, b) => a.line - b.line);
    throw new ConfigError(r.problems);
  }
  return config;
}
