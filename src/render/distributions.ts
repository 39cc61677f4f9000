// A group's distributions as markdown: "method: POST 52, GET 48". Values are log text (redacted
// before they were counted), so each goes through code().
import type { Distribution, Group, TriagedGroup } from '../types.js';
import { code, inline } from '../safety/markdown.js';
import { suspectMarkdown } from '../triage/suspect.js';

/** One distribution on one line; counts from a sketch say how far they may be over. */
export function distributionText(d: Distribution): string {
  const values = d.values.map((v) => `${code(v.value)} ${v.count}`).join(', ');
  const other = d.other > 0 ? `, other ${d.other}` : '';
  const error = d.error > 0 ? ` (counts may be over by up to ${d.error})` : '';
  return `${inline(d.field)}: ${values}${other}${error}`;
}

/** A bullet per distribution, the group's context fields first; empty when there are none. */
export function distributionLines(g: Group, max = 12): string[] {
  const ds = g.distributions ?? [];
  const lines = ds.slice(0, max).map((d) => `- ${distributionText(d)}`);
  if (ds.length > max) lines.push(`- … ${ds.length - max} more fields in the JSON report`);
  return lines;
}

/** A group's suspect revision and distributions for its worklog section (one call, after its context). */
export function worklogFacts(g: TriagedGroup): string[] {
  const suspect = suspectMarkdown(g);
  const dist = distributionLines(g);
  return [...(suspect.length ? ['', `**Suspect revision:** ${suspect.join(' ')}`] : []), ...(dist.length ? ['', '**Distributions:**', '', ...dist] : [])];
}
