// The second stage of the fold: groups made under provisional fingerprints take their settled
// signature (Signer.finish), and groups that now share a fingerprint become one.
import { severityRank, type Counts, type Distribution, type Group, type Signature } from '../types.js';
import { bySeverityThenCount } from './order.js';

const MAX_SAMPLES = 3;

function addCounts<K extends string>(a: Counts<K>, b: Counts<K>): Counts<K> {
  const out: Counts<K> = { ...a };
  for (const [k, v] of Object.entries(b) as [K, number | undefined][]) out[k] = (out[k] ?? 0) + (v ?? 0);
  return out;
}

function mergeDistributions(a: Distribution[] | undefined, b: Distribution[] | undefined): Distribution[] | undefined {
  if (!a || !b) return a ?? b;
  const byField = new Map(a.map((d) => [d.field, { ...d, values: [...d.values] }]));
  for (const d of b) {
    const into = byField.get(d.field);
    if (!into) {
      byField.set(d.field, d);
      continue;
    }
    const width = Math.max(into.values.length, d.values.length, 1);
    for (const v of d.values) {
      const same = into.values.find((x) => x.value === v.value);
      if (same) same.count += v.count;
      else into.values.push({ ...v });
    }
    into.values.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : 1));
    const dropped = into.values.splice(width);
    into.other += d.other + dropped.reduce((s, v) => s + v.count, 0);
    into.error += d.error;
  }
  return [...byField.values()];
}

/** b folded into a (both already carrying the settled signature). */
function mergeGroup(a: Group, b: Group): Group {
  const samples = [...a.samples];
  for (const s of b.samples) if (samples.length < MAX_SAMPLES && !samples.includes(s)) samples.push(s);
  const earlier = b.firstSeen < a.firstSeen;
  const distributions = mergeDistributions(a.distributions, b.distributions);
  const suspect = !a.suspect ? b.suspect : !b.suspect ? a.suspect : b.suspect.firstSeen < a.suspect.firstSeen ? b.suspect : a.suspect;
  return {
    ...a,
    count: a.count + b.count,
    firstSeen: earlier ? b.firstSeen : a.firstSeen,
    lastSeen: b.lastSeen > a.lastSeen ? b.lastSeen : a.lastSeen,
    exemplar: earlier ? b.exemplar : a.exemplar,
    severities: addCounts(a.severities, b.severities),
    maxSeverity: severityRank(b.maxSeverity) > severityRank(a.maxSeverity) ? b.maxSeverity : a.maxSeverity,
    services: addCounts(a.services, b.services),
    revisions: addCounts(a.revisions, b.revisions),
    locations: addCounts(a.locations, b.locations),
    instances: addCounts(a.instances, b.instances),
    kinds: addCounts(a.kinds, b.kinds),
    statuses: addCounts(a.statuses, b.statuses),
    hourly: addCounts(a.hourly, b.hourly),
    // A lower bound: runs that alternated between the merged forms are not joined.
    maxConsecutive: Math.max(a.maxConsecutive, b.maxConsecutive),
    samples,
    ...(distributions ? { distributions } : {}),
    ...(suspect ? { suspect } : {}),
  };
}

/** Groups under their settled signatures, merged where they now share a fingerprint; order kept. */
export function finalizeGroups(groups: Group[], settled: ReadonlyMap<string, Signature> | undefined): Group[] {
  if (!settled || settled.size === 0) return groups;
  const out = new Map<string, Group>();
  for (const g of groups) {
    const signature = settled.get(g.signature.fingerprint) ?? g.signature;
    const moved = signature === g.signature ? g : { ...g, signature };
    const into = out.get(signature.fingerprint);
    out.set(signature.fingerprint, into ? mergeGroup(into, moved) : moved);
  }
  return [...out.values()].sort(bySeverityThenCount);
}
