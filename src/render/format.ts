// Small formatting helpers shared by the renderers.
import type { Counts } from '../types.js';

/** "a (3), b (1)" sorted by count, at most `max` keys. */
export function topKeys(counts: Counts, max = 5): string[] {
  return Object.entries(counts)
    .filter((e): e is [string, number] => e[1] !== undefined)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([k]) => k);
}

export function countList(counts: Counts, max = 5, fmt: (k: string) => string = (k) => k): string {
  const keys = topKeys(counts, max);
  const rest = Object.keys(counts).length - keys.length;
  const parts = keys.map((k) => `${fmt(k)} (${counts[k]})`);
  if (rest > 0) parts.push(`${rest} more`);
  return parts.join(', ');
}

/** Entries per hour over the hours the group was active. */
export function ratePerHour(count: number, firstSeen: string, lastSeen: string): number {
  const hours = Math.max(1, (Date.parse(lastSeen) - Date.parse(firstSeen)) / 3_600_000);
  return count / hours;
}

export function utc(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}
