// Mermaid charts for the worklog (GitHub renders them), each followed by a plain-text version.
import type { Counts, Report, Severity, TriagedGroup } from '../types.js';
import { severityRank } from '../types.js';
import { cutText } from '../safety/truncate.js';
import { code, fenced } from '../safety/markdown.js';

const HOUR_MS = 3_600_000;
/** More hours than this are folded into wider bars. */
export const MAX_BARS = 48;
const SPARKS = '▁▂▃▄▅▆▇█';

export interface TimeRange {
  since: string;
  until: string;
}

interface Bins {
  /** Start of each bar, epoch ms. */
  starts: number[];
  hoursPerBar: number;
}

/** A label for Mermaid: only letters, digits and plain punctuation, so it cannot break the chart. */
export function mermaidLabel(text: string, max = 60): string {
  const clean = text.replace(/[^\p{L}\p{N} .,:_/+-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return cutText(clean, max);
}

function hourKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 13);
}

function keyTime(key: string): number {
  return Date.parse(`${key}:00:00Z`);
}

function bins(range: TimeRange, fallbackKeys: string[]): Bins {
  let from = Math.floor(Date.parse(range.since) / HOUR_MS) * HOUR_MS;
  let to = Math.floor((Date.parse(range.until) - 1) / HOUR_MS) * HOUR_MS;
  if (!(Number.isFinite(from) && Number.isFinite(to) && to >= from)) {
    const times = fallbackKeys.map(keyTime).filter(Number.isFinite);
    from = times.length ? Math.min(...times) : 0;
    to = times.length ? Math.max(...times) : 0;
  }
  const hours = (to - from) / HOUR_MS + 1;
  const hoursPerBar = Math.ceil(hours / MAX_BARS);
  const starts: number[] = [];
  for (let t = from; t <= to; t += hoursPerBar * HOUR_MS) starts.push(t);
  return { starts, hoursPerBar };
}

function fill(b: Bins, hourly: Counts, into: number[] = b.starts.map(() => 0)): number[] {
  const first = b.starts[0];
  for (const [key, n] of Object.entries(hourly)) {
    const i = Math.floor((keyTime(key) - first) / (b.hoursPerBar * HOUR_MS));
    if (i >= 0 && i < into.length) into[i] += n ?? 0;
  }
  return into;
}

function labels(b: Bins): string[] {
  const oneDay = b.starts.length > 0 && hourKey(b.starts[0]).slice(0, 10) === hourKey(b.starts[b.starts.length - 1]).slice(0, 10);
  return b.starts.map((t) => {
    const iso = new Date(t).toISOString();
    return oneDay ? iso.slice(11, 16) : `${iso.slice(5, 10)} ${iso.slice(11, 13)}h`;
  });
}

function when(t: number): string {
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (v <= 0 ? '·' : SPARKS[Math.min(7, Math.ceil((v / max) * 8) - 1)])).join('');
}

function unit(b: Bins): string {
  return b.hoursPerBar === 1 ? 'hour' : `${b.hoursPerBar} hours`;
}

function xychart(title: string, b: Bins, series: { kind: 'bar' | 'line'; values: number[] }[]): string {
  const peak = Math.max(1, ...series.flatMap((s) => s.values));
  const lines = [
    'xychart-beta',
    `    title "${mermaidLabel(title, 100)}"`,
    `    x-axis [${labels(b).map((l) => `"${mermaidLabel(l)}"`).join(', ')}]`,
    `    y-axis "Entries" 0 --> ${peak}`,
    ...series.map((s) => `    ${s.kind} [${s.values.join(', ')}]`),
  ];
  return fenced(lines.join('\n'), 'mermaid');
}

function summary(b: Bins, values: number[]): string {
  const total = values.reduce((a, v) => a + v, 0);
  const peak = Math.max(0, ...values);
  const at = b.starts[values.indexOf(peak)];
  return `total ${total}, peak ${peak} at ${when(at)}`;
}

/** Occurrences of one group per hour (or wider bars for long windows), with a sparkline after it. */
export function timelineChart(group: TriagedGroup, range: TimeRange): string {
  const b = bins(range, Object.keys(group.hourly));
  const values = fill(b, group.hourly);
  const chart = xychart(`Occurrences per ${unit(b)}, UTC`, b, [{ kind: 'bar', values }]);
  const span = `${when(b.starts[0])} to ${when(b.starts[b.starts.length - 1] + b.hoursPerBar * HOUR_MS)} UTC`;
  return `${chart}\n\nPer ${unit(b)}, ${span}: ${code(sparkline(values))} (${summary(b, values)})\n`;
}

const isError = (s: Severity) => severityRank(s) >= severityRank('ERROR');

/**
 * Entries per hour over the report's window: bars for groups whose highest severity is ERROR or
 * above, a line for the rest (a group counts at its highest severity). Empty text when no entries.
 */
export function severityChart(report: Report): string {
  const b = bins(report.query, report.groups.flatMap((g) => Object.keys(g.hourly)));
  const errors = b.starts.map(() => 0);
  const others = b.starts.map(() => 0);
  for (const g of report.groups) fill(b, g.hourly, isError(g.maxSeverity) ? errors : others);
  if ([...errors, ...others].every((v) => v === 0)) return '';
  const chart = xychart(`Entries per ${unit(b)}, UTC: bars ERROR and above, line below ERROR`, b, [
    { kind: 'bar', values: errors },
    { kind: 'line', values: others },
  ]);
  const text = [
    `ERROR and above  ${sparkline(errors)}  ${summary(b, errors)}`,
    `below ERROR      ${sparkline(others)}  ${summary(b, others)}`,
    `(per ${unit(b)}, from ${when(b.starts[0])} UTC)`,
  ].join('\n');
  return `${chart}\n\n${fenced(text)}\n`;
}
