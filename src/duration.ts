// Durations as gcloud's --freshness takes them: 30m, 6h, 2d, 1w (also 90s, 1h30m).
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds of a duration, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (!/^(\d+[smhdw])+$/.test(t)) return undefined;
  let ms = 0;
  for (const m of t.matchAll(/(\d+)([smhdw])/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  return ms > 0 ? ms : undefined;
}

/** How far back Cloud Logging's _Default bucket keeps entries (its default retention). */
const DEFAULT_RETENTION_MS = 30 * 86_400_000;
/** Longer than any bucket keeps logs (3,650 days): a range reaching further back is a typo. */
export const MAX_RANGE_MS = 3650 * 86_400_000;

/** A sentence for the worklog when the range starts before the _Default bucket's retention. */
export function retentionWarning(since: Date, now: Date): string | undefined {
  const days = Math.ceil((now.getTime() - since.getTime()) / 86_400_000);
  if (now.getTime() - since.getTime() <= DEFAULT_RETENTION_MS) return undefined;
  return `The time range starts ${days} days ago; the _Default log bucket keeps 30 days, so older entries are read only from buckets with a longer retention.`;
}
