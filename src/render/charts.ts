// Time buckets, sparklines and the one Mermaid chart of the worklog (severity over time).
// At most 12 buckets, so every label can be read; a partial last bucket is marked, not shown as a drop.
import type { Counts, Report, Severity, TriagedGroup } from '../types.js';
import { severityRank } from '../types.js';
import { fenced } from '../safety/markdown.js';

const HOUR_MS = 3_600_000;
export const MAX_BUCKETS = 12;
/** Bucket widths in hours, from which the narrowest giving at most MAX_BUCKETS is chosen. */
const WIDTHS = [1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 168];
const SPARKS = '▁▂▃▄▅▆▇█';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** GitHub's red and blue: ERROR bars and the line below them. */
const COLOURS = ['#cf222e', '#0969da'];

interface TimeRange {
  since: string;
  until: string;
}

interface Buckets {
  /** Start of each bucket drawn, epoch ms. */
  starts: number[];
  hours: number;
  /** End of the window, epoch ms. */
  end: number;
  /** The window ends inside the last bucket drawn: its count covers only part of it. */
  partialLast: boolean;
  /** Start of a last bucket left out because the window covers less than half of it. */
  leftOut?: number;
}

function keyTime(key: string): number {
  return Date.parse(`${key}:00:00Z`);
}

function layout(since: number, until: number, hours: number): Buckets {
  const width = hours * HOUR_MS;
  const from = Math.floor(since / width) * width;
  const count = Math.max(1, Math.ceil((until - from) / width));
  const starts = Array.from({ length: count }, (_, i) => from + i * width);
  const last = starts[count - 1];
  const covered = (until - last) / width;
  // A bucket the window barely entered would read as the problem stopping: leave it out, say so.
  if (count > 1 && covered < 0.5) return { starts: starts.slice(0, -1), hours, end: until, partialLast: false, leftOut: last };
  return { starts, hours, end: until, partialLast: covered < 1 };
}

/**
 * Buckets aligned on UTC boundaries of the narrowest width that gives at most MAX_BUCKETS, covering
 * the range (or the data when the range is unusable).
 */
export function buckets(range: TimeRange, fallbackKeys: string[] = []): Buckets {
  let since = Date.parse(range.since);
  let until = Date.parse(range.until);
  if (!(Number.isFinite(since) && Number.isFinite(until) && until > since)) {
    const times = fallbackKeys.map(keyTime).filter(Number.isFinite);
    since = times.length ? Math.min(...times) : 0;
    until = times.length ? Math.max(...times) + HOUR_MS : HOUR_MS;
  }
  for (const w of WIDTHS) {
    const b = layout(since, until, w);
    if (b.starts.length <= MAX_BUCKETS) return b;
  }
  const weeks = Math.ceil((until - since) / (168 * HOUR_MS * (MAX_BUCKETS - 1)));
  return layout(since, until, 168 * weeks);
}

function fill(b: Buckets, hourly: Counts, into: number[] = b.starts.map(() => 0)): number[] {
  const width = b.hours * HOUR_MS;
  for (const [key, n] of Object.entries(hourly)) {
    const i = Math.floor((keyTime(key) - b.starts[0]) / width);
    if (i >= 0 && i < into.length) into[i] += n ?? 0;
  }
  return into;
}

/** Short and unique within one chart: "20:00" within a day, "Wed 20h" within a week, else "09-10". */
export function bucketLabels(b: Buckets): string[] {
  return b.starts.map((t) => {
    const d = new Date(t);
    const iso = d.toISOString();
    if (b.hours <= 2) return iso.slice(11, 16);
    if (b.hours < 24) return `${DAYS[d.getUTCDay()]} ${iso.slice(11, 13)}h`;
    return iso.slice(5, 10);
  });
}

/** "4 h", "1 day" */
export function bucketUnit(b: Buckets): string {
  if (b.hours % 24 === 0) return b.hours === 24 ? 'day' : `${b.hours / 24} days`;
  return b.hours === 1 ? 'hour' : `${b.hours} h`;
}

export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (v <= 0 ? '·' : SPARKS[Math.min(7, Math.ceil((v / max) * 8) - 1)])).join('');
}

interface Timeline {
  /** One character per bucket. */
  spark: string;
  /** "peak 8 per 4 h at Wed 20h" */
  peak: string;
  buckets: Buckets;
}

/** A group's occurrences over the window, as a sparkline and its peak. */
export function groupTimeline(g: TriagedGroup, range: TimeRange): Timeline {
  const b = buckets(range, Object.keys(g.hourly));
  const values = fill(b, g.hourly);
  const peak = Math.max(0, ...values);
  const at = bucketLabels(b)[values.indexOf(peak)];
  return { spark: sparkline(values), peak: `peak ${peak} per ${bucketUnit(b)} at ${at}`, buckets: b };
}

const isError = (s: Severity) => severityRank(s) >= severityRank('ERROR');

function frontmatter(height: number): string[] {
  return [
    '---',
    'config:',
    '  xyChart:',
    '    width: 720',
    `    height: ${height}`,
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${COLOURS.join(', ')}"`,
    '---',
  ];
}

/**
 * Entries per bucket over the report's window: red bars for groups whose highest severity is ERROR
 * or above, a blue line for the rest (a group counts at its highest severity), a legend, and the
 * same numbers as text. Empty text when there are no entries.
 */
export function severityChart(report: Report): string {
  const b = buckets(
    report.query,
    report.groups.flatMap((g) => Object.keys(g.hourly)),
  );
  const errors = b.starts.map(() => 0);
  const others = b.starts.map(() => 0);
  for (const g of report.groups) fill(b, g.hourly, isError(g.maxSeverity) ? errors : others);
  if ([...errors, ...others].every((v) => v === 0)) return '';
  const labels = bucketLabels(b).map((l, i) => (b.partialLast && i === b.starts.length - 1 ? `${l}*` : l));
  // d3 draws fractional ticks below a range of 10; an axis to at least 10 keeps them whole numbers.
  const top = Math.max(10, ...errors, ...others);
  const chart = fenced(
    [
      ...frontmatter(260),
      'xychart-beta',
      `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
      `    y-axis "Entries per ${bucketUnit(b)}" 0 --> ${top}`,
      `    bar [${errors.join(', ')}]`,
      `    line [${others.join(', ')}]`,
    ].join('\n'),
    'mermaid',
  );
  const endsAt = new Date(b.end).toISOString().slice(11, 16);
  const notDrawn = (hourly: Counts) => Object.entries(hourly).reduce((n, [k, v]) => n + (b.leftOut !== undefined && keyTime(k) >= b.leftOut ? (v ?? 0) : 0), 0);
  const leftOut = b.leftOut !== undefined ? report.groups.reduce((n, g) => n + notDrawn(g.hourly), 0) : 0;
  const legend =
    `🟥 bars: groups at ERROR or above · 🟦 line: groups below ERROR · UTC, per ${bucketUnit(b)}` +
    (b.partialLast ? ` · \\* partial: the window ends at ${endsAt}` : '') +
    (b.leftOut !== undefined
      ? ` · not drawn: the window's last ${Math.round((b.end - b.leftOut) / 60_000)} minutes (${leftOut} entries), too short for a bar`
      : '');
  const sum = (v: number[]) => v.reduce((a, n) => a + n, 0);
  const text = [
    `ERROR and above  ${sparkline(errors)}  ${sum(errors)} entries drawn, at most ${Math.max(...errors)} per ${bucketUnit(b)}`,
    `below ERROR      ${sparkline(others)}  ${sum(others)} entries drawn, at most ${Math.max(...others)} per ${bucketUnit(b)}`,
  ].join('\n');
  return `${chart}\n\n${legend}\n\n${fenced(text)}\n`;
}
