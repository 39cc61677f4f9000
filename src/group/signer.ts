// Grouping v3: one signature per record, strongest evidence first:
// explicit fingerprint (user rule, Error Reporting group) -> stack trace -> request -> audit call -> message template.
// Templates are settled once, after the last record (`finish`): records are keyed online by their
// masked form, then the forms are clustered (cluster.ts), so the grouping does not depend on the
// order entries arrive in, and memory grows with forms, not lines.
import type { FingerprintRule, LogRecord, Signature, Signer } from '../types.js';
import { cutText } from '../safety/truncate.js';
import { auditSignature } from './audit.js';
import { clusterForms, clusterTokens, DEFAULT_CLUSTER_PARAMS, matches, type ClusterParams } from './cluster.js';
import { fingerprint, fingerprintVersion, SIGNER_VERSION } from './fingerprint.js';
import { firstLine } from './first-line.js';
import { compileMasks, MAX_MASKED_CHARS, maskMessage, VAR } from './mask.js';
import { errorGroupKey, requestSignature } from './request.js';
import { compileRules } from './rules.js';
import { parseStack, type StackTrace } from './stack.js';
import { SharedValues } from './values.js';

/** What the signer needs of an earlier run's group (a report's groups fit). */
export interface PreviousGroup {
  signature: Signature;
  samples?: string[];
  exemplar?: LogRecord;
}

export interface SignerOptions {
  /** User rules that name a group outright. */
  fingerprints?: FingerprintRule[];
  /** Extra regular expressions whose matches are variables, applied before the built-in masks. */
  masks?: string[];
  /** Template details (`Signature.detail` of kind template) of this signer version from an earlier
   * run: forms they match join them and keep their fingerprint. */
  knownTemplates?: Iterable<string>;
  /** The previous report's groups: their templates seed this run, their fingerprints (of this or an
   * older signer version) become aliases of the groups their entries fall into now. */
  previous?: Iterable<PreviousGroup>;
  /** Clustering parameters; the default was chosen by leave-one-system-out (docs/grouping.md). */
  params?: ClusterParams;
}

const MAX_TITLE = 200;
/** Aliases a signature keeps (the newest first), so markers that record them stay bounded. */
const MAX_ALIASES = 32;
/** Forms kept for clustering; past this, a new form is its own template (memory stays bounded). */
const MAX_FORMS = 50_000;
const SINGLE_EXCEPTION = /^((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Failure|Fault)):\s?(.*)$/;

function clip(text: string): string {
  return cutText(text, MAX_TITLE);
}

function headline(message: string): string {
  const head = message.length > MAX_MASKED_CHARS ? message.slice(0, MAX_MASKED_CHARS) : message;
  if (!head.includes('\n')) return head.trim();
  return firstLine(head)?.trim() ?? '';
}

interface Form {
  signature: Signature;
  values: SharedValues;
}

interface StackSeen {
  signature: Signature;
  prefix: string;
  form: string;
  values: SharedValues;
}

/** A member form's tokens as clustering sees them, each with the index of its first variable. */
function memberTokens(form: string, params: ClusterParams): { token: string; at: number }[] {
  const kept = new Set(clusterTokens(form, params));
  const out: { token: string; at: number }[] = [];
  let at = 0;
  for (const token of form === '' ? [] : form.split(' ')) {
    if (kept.has(token)) out.push({ token, at });
    at += token.split(VAR).length - 1;
  }
  return out;
}

function fillToken(token: string, at: number, values: SharedValues): string | undefined {
  const parts = token.split(VAR);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 1) {
    const v = values.shared(at + k - 1);
    if (v === undefined) return undefined;
    out += v + parts[k];
  }
  return out;
}

/** The template with each variable written out where every member form had one and the same value. */
function titleOf(template: string, members: Form[], params: ClusterParams): string {
  const t = template === '' ? [] : template.split(' ');
  const rows = members.map((m) => ({ tokens: memberTokens(m.signature.detail, params), values: m.values }));
  return t
    .map((token, i) => {
      if (!token.includes(VAR)) return token;
      let shown: string | undefined;
      for (const { tokens, values } of rows) {
        const m = tokens[i];
        if (tokens.length !== t.length || !m) return token;
        const v = m.token === token || m.token.includes(VAR) ? fillToken(m.token, m.at, values) : m.token;
        if (v === undefined || (shown !== undefined && v !== shown)) return token;
        shown = v;
      }
      return shown ?? token;
    })
    .join(' ');
}

/** What a signer learned, as plain data: another signer over other records of the same run absorbs
 * it (`group` signs parts of a file on several threads), and settles as if it had seen them all. */
export interface SignerState {
  forms: [form: string, signature: Signature, values: (string | null)[] | undefined][];
  stacks: [signature: Signature, prefix: string, form: string, values: (string | null)[] | undefined][];
  others: Signature[];
}

/** A signer that can also settle its templates under other clustering parameters (for their selection). */
interface TunableSigner extends Signer {
  /** What this signer learned from the records it signed. */
  state(): SignerState;
  /** Learns what another signer with the same options learned, before finish. */
  absorb(state: SignerState): void;
  finish(params?: ClusterParams): Map<string, Signature>;
  /** The previous report's groups when they are known only after the records were signed (a file run
   * finds its previous report by the services the export holds): as `previous`, if given before finish. */
  addPrevious(previous: Iterable<PreviousGroup>): void;
}

export function createSigner(options: SignerOptions = {}): TunableSigner {
  const rules = compileRules(options.fingerprints);
  const premask = compileMasks(options.masks);
  const mask = (text: string): string => maskMessage(premask(text));
  const defaults = options.params ?? DEFAULT_CLUSTER_PARAMS;
  const V = SIGNER_VERSION;
  const forms = new Map<string, Form>();
  const stacks = new Map<string, StackSeen>();
  /** Request, audit and explicit signatures given, so aliases that arrive late reach them in finish. */
  const others = new Map<string, Signature>();

  const seeds = new Set(options.knownTemplates ?? []);
  /** Aliases carried by an earlier run's template, by template. */
  const seedAliases = new Map<string, string[]>();
  /** Aliases of non-template fingerprints (stack, request, explicit), attached when signing. */
  const carried = new Map<string, string[]>();
  /** Forms of older-version groups' entries: the group their form falls in now inherits the old fingerprints. */
  const upgrades: { form: string; old: string[] }[] = [];
  const addTo = (m: Map<string, string[]>, key: string, values: string[]) => m.set(key, [...new Set([...values, ...(m.get(key) ?? [])])].slice(0, MAX_ALIASES));

  function stackSignature(stack: StackTrace): Signature {
    const message = mask(stack.message.slice(0, MAX_MASKED_CHARS));
    const title = clip(message === '' ? stack.exceptionType : `${stack.exceptionType}: ${message}`);
    // Without any frame, the normalized message has to tell problems of one type apart.
    const detail = [stack.exceptionType, ...(stack.frames.length > 0 ? stack.frames : [message])].join('\n');
    return { kind: 'stack', fingerprint: fingerprint(V, 'stack', detail), title, detail, exceptionType: stack.exceptionType };
  }

  function templateSignature(form: string, exceptionType: string | undefined): Signature {
    return { kind: 'template', fingerprint: fingerprint(V, 'template', form), title: clip(form), detail: form, exceptionType };
  }

  /** The signature of a record before templates are settled; learn=false leaves no trace. */
  const noRules = (options.fingerprints ?? []).length === 0;

  function classify(record: LogRecord, learn: boolean): Signature {
    const oneLine = record.stackTrace === undefined && !record.message.includes('\n');
    const stack = oneLine ? undefined : parseStack(record.stackTrace ?? record.message);
    const line = oneLine
      ? (record.message.length > MAX_MASKED_CHARS ? record.message.slice(0, MAX_MASKED_CHARS) : record.message).trim()
      : headline(record.message);
    // The common case, a line of a form seen before, with nothing else to decide.
    if (!stack && noRules && record.errorGroups.length === 0 && !(record.kind === 'requests' && record.http) && !record.audit) {
      const known = forms.get(mask(line));
      if (known) {
        if (learn) known.values.see(line);
        return carried.size === 0 ? known.signature : withAliases(known.signature);
      }
    }
    const single = stack ? undefined : SINGLE_EXCEPTION.exec(line);
    const exceptionType = stack?.exceptionType ?? single?.[1];
    const named = rules({ record, exceptionType });
    const explicit = named !== undefined ? `rule:${named}` : errorGroupKey(record);
    let base: Signature;
    if (stack) {
      base = stackSignature(stack);
      if (learn && !explicit) {
        let seen = stacks.get(base.fingerprint);
        if (!seen && stacks.size < MAX_FORMS) {
          const form = mask(stack.message.slice(0, MAX_MASKED_CHARS));
          seen = { signature: base, prefix: form === '' ? stack.exceptionType : `${stack.exceptionType}: `, form, values: new SharedValues(form) };
          stacks.set(base.fingerprint, seen);
        }
        seen?.values.see(stack.message.slice(0, MAX_MASKED_CHARS));
        if (seen) base = seen.signature;
      }
    } else if (record.kind === 'requests' && record.http) {
      base = requestSignature(V, { ...record, http: record.http });
    } else if (record.audit) {
      base = auditSignature(V, { ...record, audit: record.audit });
    } else {
      const form = mask(line);
      const known = forms.get(form);
      if (known) {
        if (learn) known.values.see(line);
        base = known.signature;
      } else {
        base = templateSignature(form, exceptionType);
        if (learn && forms.size < MAX_FORMS) {
          const values = new SharedValues(form);
          values.see(line);
          forms.set(form, { signature: base, values });
        }
      }
    }
    if (explicit) base = { ...base, kind: 'explicit', fingerprint: fingerprint(V, 'explicit', explicit), detail: explicit };
    if (learn && base.kind !== 'template' && base.kind !== 'stack' && others.size < MAX_FORMS) others.set(base.fingerprint, base);
    return withAliases(base);
  }

  function withAliases(base: Signature): Signature {
    const aliases = carried.get(base.fingerprint);
    return aliases ? { ...base, aliases } : base;
  }

  function addPrevious(previous: Iterable<PreviousGroup>): void {
    for (const g of previous) addOne(g);
  }

  function addOne(g: PreviousGroup): void {
    const sig = g.signature;
    const old = [sig.fingerprint, ...(sig.aliases ?? [])];
    if (fingerprintVersion(sig.fingerprint) === V) {
      if (sig.kind === 'template') {
        seeds.add(sig.detail);
        if (sig.aliases?.length) addTo(seedAliases, sig.detail, sig.aliases);
      } else if (sig.aliases?.length) addTo(carried, sig.fingerprint, sig.aliases);
      return;
    }
    // An older signer made this group: where do its entries go now?
    const records = [
      ...(g.exemplar ? [g.exemplar] : []),
      ...(g.samples ?? []).map((message): LogRecord => ({
        ...g.exemplar,
        stackTrace: undefined,
        timestamp: '',
        time: 0,
        severity: 'DEFAULT',
        kind: g.exemplar?.kind ?? 'stderr',
        errorGroups: [],
        labels: {},
        message,
      })),
    ];
    for (const r of records) {
      const now = classify(r, false);
      if (now.kind === 'template') upgrades.push({ form: now.detail, old });
      else addTo(carried, now.fingerprint, old);
    }
  }
  addPrevious(options.previous ?? []);

  function state(): SignerState {
    return {
      forms: [...forms].map(([form, f]) => [form, f.signature, f.values.seen()]),
      stacks: [...stacks.values()].map((s) => [s.signature, s.prefix, s.form, s.values.seen()]),
      others: [...others.values()],
    };
  }

  // Past the caps, which forms are kept depends on how the records were split, as it does on their order.
  function absorb(other: SignerState): void {
    for (const [form, signature, seen] of other.forms) {
      let f = forms.get(form);
      if (!f && forms.size < MAX_FORMS) forms.set(form, (f = { signature, values: new SharedValues(form) }));
      f?.values.merge(seen);
    }
    for (const [signature, prefix, form, seen] of other.stacks) {
      let s = stacks.get(signature.fingerprint);
      if (!s && stacks.size < MAX_FORMS) stacks.set(signature.fingerprint, (s = { signature, prefix, form, values: new SharedValues(form) }));
      s?.values.merge(seen);
    }
    for (const o of other.others) if (!others.has(o.fingerprint) && others.size < MAX_FORMS) others.set(o.fingerprint, o);
  }

  /** Idempotent: settling again (with other parameters) starts from the same forms. */
  function finish(params: ClusterParams = defaults): Map<string, Signature> {
    const result = new Map<string, Signature>();
    for (const s of stacks.values()) {
      const title = clip(`${s.prefix}${s.values.filled()}`);
      const aliases = carried.get(s.signature.fingerprint);
      if (title !== s.signature.title || aliases) result.set(s.signature.fingerprint, { ...s.signature, title, ...(aliases ? { aliases } : {}) });
    }
    for (const [fp, aliases] of carried) {
      const signed = others.get(fp);
      if (signed) result.set(fp, { ...signed, aliases });
    }
    const list = [...forms.values()];
    const { clusters, clusterOf } = clusterForms(
      list.map((f) => f.signature.detail),
      [...seeds],
      params,
    );
    const members: Form[][] = clusters.map(() => []);
    list.forEach((f, i) => members[clusterOf[i]].push(f));
    const extra: string[][] = clusters.map(() => []);
    for (const u of upgrades) {
      const i = list.findIndex((f) => f.signature.detail === u.form);
      const at =
        i >= 0 ? clusterOf[i] : clusters.findIndex((c) => matches(clusterTokens(c.template, params), clusterTokens(u.form, params), params.variableRuns));
      if (at >= 0) extra[at].push(...u.old);
    }
    clusters.forEach((c, k) => {
      const detail = c.seeds[0] ?? c.template;
      const fp = fingerprint(V, 'template', detail);
      const aliases = [
        ...new Set([...extra[k], ...c.seeds.slice(1).map((s) => fingerprint(V, 'template', s)), ...c.seeds.flatMap((s) => seedAliases.get(s) ?? [])]),
      ]
        .filter((a) => a !== fp)
        .slice(0, MAX_ALIASES);
      // The smallest form speaks for the cluster, whatever order the entries came in.
      const first = members[k].reduce((a, b) => (b.signature.detail < a.signature.detail ? b : a)).signature;
      const signature: Signature = {
        kind: 'template',
        fingerprint: fp,
        title: clip(titleOf(c.template, members[k], params)),
        detail,
        ...(first.exceptionType ? { exceptionType: first.exceptionType } : {}),
        ...(aliases.length ? { aliases } : {}),
      };
      for (const m of members[k]) result.set(m.signature.fingerprint, signature);
    });
    return result;
  }

  return {
    version: V,
    sign: (record) => classify(record, true),
    finish,
    addPrevious,
    state,
    absorb,
  };
}
