// Clusters the masked forms a run has seen into templates, once, after the last record: the
// result depends on the set of forms, not on the order the records came in. Bounded by the
// number of forms (capped by the signer), never by the number of lines.
//  1. A form that an earlier run's template matches joins that template (stable fingerprints).
//  2. Templates equal but for one position merge when the position is a variable by evidence
//     (evidence.ts); repeated until nothing merges.
//  3. Optionally, a template whose variable stands for several tokens absorbs the longer forms.
import { isVariableSlot, type EvidenceParams } from './evidence.js';
import { VAR } from './mask.js';

export interface ClusterParams extends EvidenceParams {
  /** Constant tokens a template must keep for a position to become a variable. */
  minConstants: number;
  /** A variable may stand for several tokens (a value with spaces), across token counts. */
  variableRuns: boolean;
  /** A bracketed value on its own, "(<*>)" or "[<*>]", is an optional detail: it does not split an event. */
  optionalParts: boolean;
}

export const DEFAULT_CLUSTER_PARAMS: ClusterParams = {
  slotValues: 5,
  contextKeys: 1,
  colonKeys: false,
  verbsStay: true,
  namesStay: true,
  constantValues: true,
  enumerations: 1,
  minConstants: 2,
  variableRuns: false,
  optionalParts: true,
};

/** Positions beyond this are never merged (a long line's tail does not multiply the work). */
const MAX_POSITIONS = 64;

interface Node {
  tokens: string[];
  parent: Node | undefined;
  /** Templates of earlier runs this cluster holds, the primary first once finished. */
  seeds: string[];
}

interface Cluster {
  /** The template: constants and `<*>`. */
  template: string;
  /** Earlier runs' templates (seeds) that fell into this cluster, the primary one first. */
  seeds: string[];
}

interface Clustering {
  clusters: Cluster[];
  /** Cluster index of each form, in the order the forms were given. */
  clusterOf: number[];
}

const OPTIONAL = /^[([{<](?:<\*>)?[)\]}>][,.;:]?$/;

/** The tokens clustering compares: optional bracketed values left out. */
export function clusterTokens(form: string, params: ClusterParams): string[] {
  const tokens = form === '' ? [] : form.split(' ');
  return params.optionalParts ? tokens.filter((t) => !OPTIONAL.test(t)) : tokens;
}

function root(n: Node): Node {
  while (n.parent) n = n.parent;
  return n;
}

function constants(tokens: string[]): number {
  let c = 0;
  for (const t of tokens) if (t !== VAR) c += 1;
  return c;
}

/** Whether template t matches tokens u: constants equal, a variable one token (or, with runs, one or more). */
export function matches(t: string[], u: string[], runs: boolean): boolean {
  if (!runs) {
    if (t.length !== u.length) return false;
    for (let i = 0; i < t.length; i += 1) if (t[i] !== VAR && t[i] !== u[i]) return false;
    return true;
  }
  if (u.length < t.length) return false;
  // next[j]: t[i+1..] matches u[j..]; a variable takes u[j..k) for some k > j.
  let next = new Uint8Array(u.length + 1);
  next[u.length] = 1;
  for (let i = t.length - 1; i >= 0; i -= 1) {
    const cur = new Uint8Array(u.length + 1);
    for (let j = u.length - 1; j >= 0; j -= 1) {
      if (t[i] === VAR) cur[j] = next[j + 1] | cur[j + 1];
      else cur[j] = t[i] === u[j] ? next[j + 1] : 0;
    }
    next = cur;
  }
  return next[0] === 1;
}

function union(into: Node, from: Node): void {
  if (into === from) return;
  from.parent = into;
  into.seeds.push(...from.seeds);
  from.seeds = [];
}

/** Seeds before forms, a variable at the position before a word, then the smaller template. */
function headOf(list: Node[], i: number): Node {
  return list.reduce((best, n) => {
    const rank = (x: Node) => (x.seeds.length > 0 ? 0 : x.tokens[i] === VAR ? 1 : 2);
    const d = rank(n) - rank(best);
    return d < 0 || (d === 0 && n.tokens.join(' ') < best.tokens.join(' ')) ? n : best;
  });
}

function mergeSlots(roots: Node[], params: ClusterParams): boolean {
  let any = false;
  for (let changed = true; changed;) {
    changed = false;
    let longest = 0;
    for (const n of roots) if (!n.parent) longest = Math.max(longest, n.tokens.length);
    for (let i = 0; i < Math.min(longest, MAX_POSITIONS); i += 1) {
      const buckets = new Map<string, Node[]>();
      for (const n of roots) {
        if (n.parent || i >= n.tokens.length) continue;
        const k = n.tokens.slice();
        k[i] = VAR;
        const key = k.join(' ');
        const list = buckets.get(key);
        if (list) list.push(n);
        else buckets.set(key, [n]);
      }
      for (const [key, list] of buckets) {
        if (list.length < 2) continue;
        const keyTokens = key.split(' ');
        if (constants(keyTokens) < params.minConstants) continue;
        const words = new Set(list.map((n) => n.tokens[i]));
        if (!isVariableSlot(words, i > 0 ? keyTokens[i - 1] : undefined, params)) continue;
        const head = headOf(list, i);
        for (const n of list) union(head, n);
        head.tokens = keyTokens;
        changed = any = true;
      }
    }
  }
  return any;
}

/** Templates with a variable absorb templates of other lengths they match with multi-token variables. */
function mergeRuns(roots: Node[], params: ClusterParams): void {
  const general = roots.filter((n) => !n.parent && n.tokens.includes(VAR) && constants(n.tokens) >= params.minConstants);
  // Indexed by the first constant, which any matching template must hold.
  const byFirst = new Map<string, Node[]>();
  for (const g of general) {
    const first = g.tokens.find((t) => t !== VAR)!;
    const list = byFirst.get(first);
    if (list) list.push(g);
    else byFirst.set(first, [g]);
  }
  for (const u of roots) {
    if (u.parent) continue;
    const candidates = new Set<Node>();
    for (const t of new Set(u.tokens)) for (const g of byFirst.get(t) ?? []) if (g !== u && g.tokens.length !== u.tokens.length) candidates.add(g);
    let best: Node | undefined;
    for (const g of candidates) {
      if (g.parent || !matches(g.tokens, u.tokens, true)) continue;
      if (
        !best ||
        constants(g.tokens) > constants(best.tokens) ||
        (constants(g.tokens) === constants(best.tokens) && g.tokens.join(' ') < best.tokens.join(' '))
      )
        best = g;
    }
    if (best) union(best, u);
  }
}

/**
 * Clusters forms (masked messages) into templates. Seeds are templates of an earlier run: a form
 * they match joins them, and they keep their text as long as no new evidence generalizes them.
 */
export function clusterForms(forms: readonly string[], seeds: readonly string[], params: ClusterParams = DEFAULT_CLUSTER_PARAMS): Clustering {
  const seedNodes: Node[] = [...new Set(seeds)].sort().map((s) => ({ tokens: clusterTokens(s, params), parent: undefined, seeds: [s] }));
  const formNodes: Node[] = forms.map((f) => ({ tokens: clusterTokens(f, params), parent: undefined, seeds: [] }));
  const bySeedLength = new Map<number, Node[]>();
  for (const s of seedNodes) {
    const list = bySeedLength.get(s.tokens.length);
    if (list) list.push(s);
    else bySeedLength.set(s.tokens.length, [s]);
  }
  for (const f of formNodes) {
    const candidates = params.variableRuns ? seedNodes : (bySeedLength.get(f.tokens.length) ?? []);
    let best: Node | undefined;
    for (const s of candidates) {
      if (!matches(s.tokens, f.tokens, params.variableRuns)) continue;
      if (!best || constants(s.tokens) > constants(best.tokens)) best = s;
    }
    if (best) f.parent = best;
  }
  // Sorted, so that the result does not depend on the order the forms came in.
  const order = formNodes.map((_, i) => i).sort((a, b) => (forms[a] < forms[b] ? -1 : forms[a] > forms[b] ? 1 : a - b));
  const roots = [...seedNodes, ...order.map((i) => formNodes[i])];
  mergeSlots(roots, params);
  if (params.variableRuns) {
    mergeRuns(roots, params);
    mergeSlots(roots, params);
  }
  const index = new Map<Node, number>();
  const clusters: Cluster[] = [];
  const clusterOf = formNodes.map((f) => {
    const r = root(f);
    let at = index.get(r);
    if (at === undefined) {
      at = clusters.length;
      index.set(r, at);
      const template = r.tokens.join(' ');
      // The primary seed: the one that is the template itself, else the most general one.
      const seeds = [...r.seeds].sort(
        (a, b) =>
          Number(b === template) - Number(a === template) || constants(clusterTokens(a, params)) - constants(clusterTokens(b, params)) || (a < b ? -1 : 1),
      );
      clusters.push({ template, seeds });
    }
    return at;
  });
  return { clusters, clusterOf };
}
