// A group's distributions as markdown bullets, for the issue body; one line each as the worklog
// writes them (distributionLine), so both read the same.
import type { Group } from '../types.js';
import { distributionLine } from './format.js';

/** A bullet per distribution; empty when there are none. */
export function distributionLines(g: Group, max = 12): string[] {
  const ds = g.distributions ?? [];
  const lines = ds.slice(0, max).map((d) => `- ${distributionLine(d, 5)}`);
  if (ds.length > max) lines.push(`- … ${ds.length - max} more fields in the JSON report`);
  return lines;
}
