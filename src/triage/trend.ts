// Change over time: each group against the previous run's report, rates normalised by window length.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { PRIORITIES, type Priority, type Report, type TriagedGroup, type Trend } from '../types.js';

/** Rising: the hourly rate grew to at least this multiple of the previous one. */
const RISING_RATIO = 1.5;
/** Falling: the hourly rate shrank to at most this fraction of the previous one. */
const FALLING_RATIO = 0.5;
/** ...and the change amounts to at least this many entries over the current window. */
const MIN_CHANGE = 5;

const HOUR_MS = 3_600_000;

function windowHours(r: Report): number | undefined {
  const ms = Date.parse(r.query.until) - Date.parse(r.query.since);
  return Number.isFinite(ms) && ms > 0 ? Math.max(1, ms / HOUR_MS) : undefined;
}

/** Hours covered by the groups themselves, when a report lacks a usable window. */
function observedHours(r: Report): number {
  const hours = new Set(r.groups.flatMap((g) => Object.keys(g.hourly)));
  return Math.max(1, hours.size);
}

export function trendOf(count: number, hours: number, previousCount: number, previousHours: number): Exclude<Trend, 'new' | 'resolved'> {
  const rate = count / hours;
  const before = previousCount / previousHours;
  const change = (rate - before) * hours;
  if (rate >= before * RISING_RATIO && change >= MIN_CHANGE) return 'rising';
  if (rate <= before * FALLING_RATIO && -change >= MIN_CHANGE) return 'falling';
  return 'ongoing';
}

/**
 * The report with each group's trend (new, ongoing, rising, falling) and the previous report's
 * groups absent now as resolved. Without a comparable previous report, trends stay unset.
 */
export function compareWithPrevious(report: Report, previous: Report | undefined): Report {
  if (!previous) return report;
  const before = new Map(previous.groups.map((g) => [g.signature.fingerprint, g]));
  const sameSigner = previous.tool.signer === report.tool.signer;
  // A group answers to its fingerprint and to its aliases (what an older signer version called it).
  const oldOf = (g: TriagedGroup): TriagedGroup | undefined =>
    (sameSigner ? before.get(g.signature.fingerprint) : undefined) ?? g.signature.aliases?.map((a) => before.get(a)).find((o) => o !== undefined);
  if (!sameSigner && !report.groups.some((g) => oldOf(g))) {
    const note = `The previous report grouped entries with signer ${previous.tool.signer}, this run with ${report.tool.signer}: groups cannot be compared, so change over time is not shown this once.`;
    return { ...report, notes: [...(report.notes ?? []), note] };
  }
  const hours = windowHours(report) ?? observedHours(report);
  const previousHours = windowHours(previous) ?? observedHours(previous);
  const matched = new Set<string>();
  const groups = report.groups.map((g): TriagedGroup => {
    const old = oldOf(g);
    if (old) matched.add(old.signature.fingerprint);
    return { ...g, trend: old ? trendOf(g.count, hours, old.count, previousHours) : 'new' };
  });
  const resolved = previous.groups
    .filter((g) => !matched.has(g.signature.fingerprint))
    .map((g) => ({ fingerprint: g.signature.fingerprint, title: g.signature.title, priority: g.triage.priority }));
  return { ...report, groups, resolved };
}

/** How many groups changed which way; resolved counts report.resolved. */
export function trendCounts(report: Report): Record<Trend, number> {
  const counts: Record<Trend, number> = { new: 0, rising: 0, ongoing: 0, falling: 0, resolved: report.resolved.length };
  for (const g of report.groups) if (g.trend) counts[g.trend] += 1;
  return counts;
}

/**
 * Groups at `priority` or more urgent that are new since the previous report, for the gate's
 * fail-on-new-only mode. Without a previous report every group counts as new (fail closed).
 */
export function newGroupsAtOrAbove(report: Report, priority: Priority): TriagedGroup[] {
  const limit = PRIORITIES.indexOf(priority);
  return report.groups.filter((g) => PRIORITIES.indexOf(g.triage.priority) <= limit && (g.trend === undefined || g.trend === 'new'));
}

/** Why a parsed JSON value is not a report this version can compare with, or undefined. */
export function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'it is not a JSON object';
  const r = value as Partial<Report>;
  if (r.schemaVersion !== 1) return `schemaVersion is ${JSON.stringify(r.schemaVersion ?? null)}, expected 1`;
  if (typeof r.tool?.signer !== 'string') return 'tool.signer is missing';
  if (typeof r.query?.since !== 'string' || typeof r.query?.until !== 'string') return 'query.since / query.until are missing';
  if (!Array.isArray(r.groups)) return 'groups is not a list';
  for (const [i, g] of r.groups.entries()) {
    const ok =
      typeof g?.signature?.fingerprint === 'string' &&
      typeof g.signature.title === 'string' &&
      typeof g.count === 'number' &&
      typeof g.hourly === 'object' &&
      PRIORITIES.includes(g.triage?.priority);
    if (!ok) return `groups[${i}] lacks signature.fingerprint, signature.title, count, hourly or triage.priority`;
  }
  return undefined;
}

const FIX = 'give the report.json an earlier run wrote (in its output-dir), or leave previous-report empty';

/** Reads the previous run's JSON report. With missingOk, a missing file means "no previous run". */
export async function loadPreviousReport(path: string): Promise<Report>;
export async function loadPreviousReport(path: string, opts: { missingOk: boolean }): Promise<Report | undefined>;
export async function loadPreviousReport(path: string, opts: { missingOk?: boolean } = {}): Promise<Report | undefined> {
  const input = `previous-report ${path}`;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && opts.missingOk) return undefined;
    throw new InputError(input, code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (e as Error).message})`, FIX);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(input, `not valid JSON (${(e as Error).message.split('\n')[0]})`, FIX);
  }
  const problem = shapeProblem(value);
  if (problem) throw new InputError(input, `not a Log Gardener report: ${problem}`, FIX);
  return value as Report;
}
