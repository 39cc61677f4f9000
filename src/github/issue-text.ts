// Titles, bodies and status blocks of the issues the publisher files. All log text goes through
// the markdown safety helpers; the body stays under GitHub's limit and says what was cut.
import type { Counts, Report, TriagedGroup } from '../types.js';
import { cell, code, fenced, inline, plainText, shorten } from '../safety/markdown.js';
export { shorten };
import { truncateBody } from '../safety/truncate.js';
import { distributionLines } from '../render/distributions.js';
import { suspectMarkdown } from '../triage/suspect.js';
import { fingerprintMarker, stateMarker, statusBlockOf, wrapStatus, type IssueMemory } from '../safety/markers.js';

import { BODY_LIMIT } from './limits.js';
export { BODY_LIMIT };
const TITLE_MAX = 120;
/** Longest name (component, revision, location) shown in a title or a list. */
const NAME_MAX = 80;
const HISTOGRAM_HOURS = 72;

export interface Links {
  worklogUrl?: string;
  runUrl?: string;
}

/** One scheme for every issue: `[P1] websocket: ImportError: cannot import name 'x'`. */
export function issueTitle(g: TriagedGroup): string {
  const prefix = `[${g.triage.priority}] ${shorten(plainText(g.triage.component), 40)}: `;
  return prefix + shorten(plainText(g.signature.title), TITLE_MAX - prefix.length);
}

/** The same title with the priority prefix moved to the group's current priority. */
export function retitle(current: string, g: TriagedGroup): string {
  return /^\[P[0-3]\] /.test(current) ? `[${g.triage.priority}] ${current.slice(5)}` : current;
}

const sorted = (c: Counts) => Object.entries(c).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)) as [string, number][];
const list = (c: Counts, max = 10) => {
  const all = sorted(c);
  const shown = all.slice(0, max).map(([k, n]) => `${code(shorten(k, NAME_MAX))} (${n})`);
  return all.length > max ? `${shown.join(', ')} and ${all.length - max} more` : shown.join(', ') || 'none';
};

export function memoryOf(g: TriagedGroup, previous?: IssueMemory): IssueMemory {
  const revisions = [...(previous?.revisions ?? [])];
  for (const r of Object.keys(g.revisions)) if (!revisions.includes(r)) revisions.push(r);
  const services = [...new Set([...Object.keys(g.services), ...(previous?.services ?? [])])].slice(0, 5);
  return { priority: g.triage.priority, revisions, lastSeen: g.lastSeen, ...(services.length ? { services } : {}) };
}

export function statusBlock(g: TriagedGroup, report: Report, links: Links, memory: IssueMemory): string {
  const window = `${report.query.since} to ${report.query.until}`;
  const where = [links.runUrl && `[run](${safeUrl(links.runUrl)})`, links.worklogUrl && `[worklog](${safeUrl(links.worklogUrl)})`].filter(Boolean);
  return wrapStatus([
    stateMarker(memory),
    `**Status** (kept up to date by GCP Log Gardener): **${g.count}** entries in the window ${window}; ` +
      `last seen **${g.lastSeen}**; priority **${g.triage.priority}**; revisions ${list(g.revisions, 5)}.` +
      (where.length ? ` Latest ${where.join(', ')}.` : ''),
  ]);
}

/** Only http(s) URLs, with the characters that would end a markdown link escaped. */
export function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '#';
  return url.replace(/[()\s<>"]/g, (c) => encodeURIComponent(c));
}

function rate(g: TriagedGroup): string {
  const hours = Math.max(1, (Date.parse(g.lastSeen) - Date.parse(g.firstSeen)) / 3_600_000);
  const perHour = g.count / hours;
  return perHour >= 1 ? `${perHour.toFixed(1)} per hour` : `${(perHour * 24).toFixed(1)} per day`;
}

function histogram(hourly: Counts): { text: string; omitted: number } {
  const hours = Object.keys(hourly).sort();
  const shown = hours.slice(-HISTOGRAM_HOURS);
  const max = Math.max(1, ...shown.map((h) => hourly[h] ?? 0));
  const lines = shown.map((h) => {
    const n = hourly[h] ?? 0;
    return `${h}:00Z ${'█'.repeat(Math.max(1, Math.round((n / max) * 30)))} ${n}`;
  });
  return { text: lines.join('\n'), omitted: hours.length - shown.length };
}

function technical(g: TriagedGroup): string[] {
  const e = g.exemplar;
  const src =
    e.sourceLocation &&
    [e.sourceLocation.file, e.sourceLocation.line].filter(Boolean).join(':') + (e.sourceLocation.function ? ` in ${e.sourceLocation.function}` : '');
  const rows: [string, string][] = [
    ['Service', list(g.services)],
    ['Revisions', list(g.revisions)],
    ['Locations', list(g.locations)],
    ['Severity', `${g.maxSeverity} (highest)`],
    ['Signature', `${g.signature.kind}, ${code(g.signature.fingerprint)}`],
  ];
  if (e.logger) rows.push(['Logger', code(e.logger)]);
  if (src) rows.push(['Source location', code(src)]);
  if (e.trace) rows.push(['Trace (exemplar)', code(e.trace)]);
  if (e.http?.status) rows.push(['HTTP', cell(`${e.http.method ?? ''} ${e.http.path ?? ''} -> ${e.http.status}`.trim())]);
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

/** Error text of the group: its distinct samples, and the exemplar's stack when it is not in them. */
function errorText(g: TriagedGroup): string {
  const parts = [...g.samples];
  const stack = g.exemplar.stackTrace;
  if (stack && !parts.some((s) => s.includes(stack.slice(0, 200)))) parts.push(stack);
  return parts.join('\n\n-----\n\n');
}

interface BodyInput {
  group: TriagedGroup;
  report: Report;
  links: Links;
  memory: IssueMemory;
  /** Set when this issue is a regression of a closed one. */
  regressionOf?: { number: number; url: string };
}

export function issueBody(input: BodyInput): string {
  const { group: g, report, links } = input;
  const hist = histogram(g.hourly);
  const head = [
    fingerprintMarker(g.signature.fingerprint),
    statusBlock(g, report, links, input.memory),
    '',
    ...(input.regressionOf ? [`> Regression: this came back after [#${input.regressionOf.number}](${safeUrl(input.regressionOf.url)}) was closed.`, ''] : []),
    '## Impact',
    inline(g.triage.impact),
    '',
    '## Priority',
    `**${g.triage.priority}**, because of rule ${code(g.triage.reason)}.${g.triage.owners.length ? ` Owners: ${g.triage.owners.map((o) => code(o)).join(', ')}.` : ''}`,
    '',
    '## First and last seen',
    `First seen **${g.firstSeen}**, last seen **${g.lastSeen}** (window ${report.query.since} to ${report.query.until}).`,
    '',
    '## Pattern',
    `**${g.count}** entries, about ${rate(g)}; at most ${g.maxConsecutive} in a row.${hist.omitted ? ` Hourly counts below show the last ${HISTOGRAM_HOURS} hours (${hist.omitted} earlier hours omitted).` : ''}`,
    '',
    fenced(hist.text),
    '',
    ...groupFactsSection(g),
    '## Error details',
  ].join('\n');
  const tail = [
    '',
    '## Technical context',
    ...technical(g),
    '',
    '## Links',
    g.explorerUrl ? `- [Logs Explorer](${safeUrl(g.explorerUrl)})` : '- Logs Explorer: project unknown',
    links.worklogUrl ? `- [Worklog](${safeUrl(links.worklogUrl)})` : '- Worklog: not committed',
    ...(links.runUrl ? [`- [Workflow run](${safeUrl(links.runUrl)})`] : []),
    '',
    `<sub>Filed by GCP Log Gardener ${inline(report.tool.version)}. The status block above is rewritten by each run; edit anything else freely.</sub>`,
    '',
  ].join('\n');
  return fitErrorDetails(head, errorText(g), tail);
}

/** Which deploy brought it and what its entries have in common (suspect revision, distributions). */
export function groupFactsSection(g: TriagedGroup): string[] {
  const suspect = suspectMarkdown(g);
  const dist = distributionLines(g);
  return [...(suspect.length ? ['## Suspect revision', ...suspect, ''] : []), ...(dist.length ? ['## Distributions', ...dist, ''] : [])];
}

/** Puts as much error text as fits between head and tail, saying what was cut. */
function fitErrorDetails(head: string, details: string, tail: string): string {
  const whole = `${head}\n${fenced(details)}\n${tail}`;
  if (whole.length <= BODY_LIMIT) return whole;
  const overhead = 400; // the note and the fence lines
  const room = BODY_LIMIT - head.length - tail.length - overhead;
  if (room < 1000) return truncateBody(whole, BODY_LIMIT).body;
  // fenced() may lengthen text (it breaks `<!--`), so shrink until the block fits.
  let keep = room;
  let block = fenced(shorten(details, keep));
  while (block.length > room && keep > 0) {
    keep -= block.length - room + 16;
    block = fenced(shorten(details, keep));
  }
  const note = `_Error details cut to fit GitHub's ${BODY_LIMIT}-character body limit: ${Math.max(0, keep)} of ${details.length} characters shown._`;
  return `${head}\n${note}\n\n${block}\n${tail}`;
}

/**
 * The body with its status block replaced (or appended when there is none), within `limit`: what
 * is cut is the text before the block (a person's words, or our error details), never the block.
 */
export function withStatusBlock(body: string, block: string, limit = BODY_LIMIT): string {
  const old = statusBlockOf(body);
  const [before, after] = old ? [body.slice(0, body.indexOf(old)), body.slice(body.indexOf(old) + old.length)] : [`${body.replace(/\s+$/, '')}\n\n`, '\n'];
  const whole = before + block + after;
  if (whole.length <= limit) return whole;
  const tail = truncateBody(after, Math.max(0, Math.floor((limit - block.length) / 4))).body;
  const head = truncateBody(before.replace(/\s+$/, ''), Math.max(0, limit - block.length - tail.length - 2)).body;
  return `${head}\n\n${block}${tail}`.slice(0, limit);
}
