// The markdown worklog: an overview a person reads in 30 seconds, then one section per group (the
// top ones), the rest in one compact table, summary metrics, actions and the query in the footer.
import type { Priority, Report, Severity, TriagedGroup } from '../types.js';
import { PRIORITIES, SEVERITIES } from '../types.js';
import { cell, code, fenced, inline, link, shorten } from '../safety/markdown.js';
import { countList, displayTitle, distributionLine, shortDisplay, minute, plural, shortTime, thousands, topKeys, utc, wrapLines } from './format.js';
import { bucketUnit, groupTimeline, severityChart } from './charts.js';
import { evidence } from './next-step.js';
import { wrapCommand, wrapFilter } from './query-text.js';
import { trendCounts } from '../triage/trend.js';
import { serviceHealth, type HealthStatus } from '../triage/health.js';
import { entryAccount, entryAccountText, nothingInRange } from './entry-counts.js';

/** Groups shown with a full section; the rest go to one compact table. */
export const DEFAULT_MAX_GROUPS = 50;
/** The compact table stops before the worklog passes this size (the JSON report keeps every group). */
const MAX_WORKLOG_BYTES = 1_950_000;

const PRIORITY_HEADINGS: Record<Priority, string> = {
  P0: 'Immediate (P0 - Critical)',
  P1: 'High Priority (P1)',
  P2: 'Medium Priority (P2)',
  P3: 'Low Priority (P3)',
};

const STATUS_WORD: Record<HealthStatus, string> = {
  failing: '❌ FAILING',
  degraded: '⚠️ DEGRADED',
  minor: '🔸 MINOR',
  operational: '✅ OPERATIONAL',
};

export interface WorklogOptions {
  /** Components the team configured, shown as operational when they have no groups. */
  components?: string[];
  /** How many groups get a full section (default 50). */
  maxGroups?: number;
  /**
   * The action's issue filing: on, a dry run, off (create-issues: false), or unavailable (no token or
   * repository). Unset for the command line, which never files issues. Changes what NEXT STEPS advises.
   */
  issues?: 'on' | 'dry-run' | 'off' | 'unavailable';
}

/** The services a report is about, for headings. */
export function servicesShown(report: Report): string {
  return report.query.services.join(', ') || topKeys(Object.assign({}, ...report.groups.map((g) => g.services))).join(', ') || 'all services';
}

const anchor = (i: number) => `g${i + 1}`;
const grouped = (r: Report) => r.groups.reduce((n, g) => n + g.count, 0);

/** "ImportError: cannot import name … from …", cut for a table or a line. */
function shortTitle(g: TriagedGroup, max = 70): string {
  return inline(shortDisplay(g.signature.title, max));
}

function issueLink(g: TriagedGroup): string {
  return g.issue ? link(String(g.issue.number), g.issue.url) : '';
}

function stillSeen(g: TriagedGroup, r: Report): boolean {
  const until = Date.parse(r.query.until);
  return Number.isFinite(until) && Date.parse(g.lastSeen) >= until - 3_600_000;
}

/** Every entry read, accounted for: the parts add up to the total. */
function accounting(r: Report): string {
  const malformed = r.stats.malformed.length ? `; ${plural(r.stats.malformed.length, 'entry', 'entries')} could not be read` : '';
  return `**Entries:** ${entryAccountText(r)}${malformed}`;
}

function changeLine(r: Report, shown: number): string {
  const hasTrends = r.groups.some((g) => g.trend) || r.resolved.length > 0;
  if (!hasTrends) return '**Since the last run:** no earlier report to compare with, so every group is listed without a trend.';
  const c = trendCounts(r);
  // New and rising groups are what a reader looks for first: name the most urgent ones, linked.
  const named = (t: 'new' | 'rising') => {
    const gs = r.groups.map((g, i) => ({ g, i })).filter(({ g }) => g.trend === t);
    if (gs.length === r.groups.length || !gs.length) return '';
    const links = gs
      .slice(0, 3)
      .map(({ g, i }) => (i < shown ? `[${g.triage.priority} ${shortName(g, 30)}](#${anchor(i)})` : `${g.triage.priority} ${shortName(g, 30)}`));
    return ` (${links.join(', ')}${gs.length > 3 ? ', …' : ''})`;
  };
  const parts = (['new', 'rising', 'falling', 'ongoing'] as const)
    .filter((t) => c[t])
    .map((t) => `${c[t]} ${t}${t === 'new' || t === 'rising' ? named(t) : ''}`);
  if (r.resolved.length) {
    const names = r.resolved
      .slice(0, 3)
      .map((g) => `${g.priority} ${inline(shortDisplay(g.title, 50))}`)
      .join('; ');
    parts.push(`${r.resolved.length} resolved (${names}${r.resolved.length > 3 ? '; …' : ''})`);
  }
  return `**Since the last run:** ${parts.join(', ') || 'nothing changed'}.`;
}

function callouts(r: Report): string[] {
  const lines: string[] = [];
  if (r.stats.truncated)
    lines.push('', `> [!WARNING]`, `> Collection stopped at the max-entries budget (${r.stats.truncated.limit}): ${inline(r.stats.truncated.note)}`);
  if (r.notes?.length) {
    lines.push('', '> [!NOTE]');
    for (const n of r.notes) lines.push(`> ${inline(n)}`);
  }
  if (r.failures.length) {
    lines.push('', '> [!CAUTION]', '> Part of this run failed; everything collected before the failure is below.');
    for (const f of r.failures) lines.push(`> - ${inline(f)}`);
  }
  return lines;
}

function header(r: Report, shown: number): string[] {
  const q = r.query;
  const hours = Math.round((Date.parse(q.until) - Date.parse(q.since)) / 3_600_000);
  const projects = q.projects.length ? ` · project ${q.projects.map((p) => inline(p)).join(', ')}` : '';
  const lines = [
    `# GCP Log Gardener Worklog - ${inline(servicesShown(r))}`,
    `**${minute(q.since)} → ${minute(q.until)} UTC**${Number.isFinite(hours) ? ` (${hours} h)` : ''}${projects} · generated ${minute(r.generatedAt)} UTC  `,
  ];
  if (r.groups.length) {
    const count = (p: Priority) => r.groups.filter((g) => g.triage.priority === p).length;
    const byP = PRIORITIES.filter((p) => count(p))
      .map((p) => `${thousands(count(p))} ${p}`)
      .join(', ');
    const entries = `${thousands(grouped(r))} of ${thousands(entryAccount(r).read)} entries read ([how they add up](#summary))`;
    lines.push(`**${plural(r.groups.length, 'problem')}** (${byP}) in ${entries}  `);
  } else lines.push(`${accounting(r)}  `);
  lines.push(changeLine(r, shown), ...callouts(r), '');
  // Nothing read says nothing about health: no "all clear" on no evidence.
  if (!r.groups.length) return [...lines, nothingInRange(r) ?? `✅ No entries at ${q.minSeverity} or above in the window.`, ''];
  if (r.groups.length > shown)
    lines.push(`The first ${shown} have a section below; the other ${thousands(r.groups.length - shown)} are in [the compact table](#more).`, '');
  return lines;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Wed 20:08" within a window of up to 6 days, else "Sep 10": short, and kept on one line (no-break space). */
function cellTime(iso: string, r: Report): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return inline(iso);
  const days = (Date.parse(r.query.until) - Date.parse(r.query.since)) / 86_400_000;
  const text = days <= 6 ? `${DAYS[d.getUTCDay()]} ${iso.slice(11, 16)}` : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return text.replace(' ', '\u00a0');
}

/** A short name for a group: its exception type when the title starts with one, else the title cut short. */
function shortName(g: TriagedGroup, max = 44): string {
  const type = /^(?:\w+\.)*(\w+(?:Error|Exception|Failure|Warning)):/.exec(g.signature.title)?.[1];
  return type && evidence(g).fact ? inline(type) : shortTitle(g, max);
}

/** The title with its key fact: "ImportError · `charge_card` missing", or the title cut short, then the fact. */
function problemCell(g: TriagedGroup, i: number): string {
  const fact = evidence(g).fact;
  return `[${shortName(g)}](#${anchor(i)})${fact ? ` · ${fact}` : ''}`;
}

function overview(r: Report, shown: TriagedGroup[]): string[] {
  if (!shown.length) return [];
  const unit = bucketUnit(groupTimeline(shown[0], r.query).buckets);
  // Columns that would be empty on every row (a first run has no trends, the CLI no issues) are left out.
  const withTrend = shown.some((g) => g.trend);
  const withIssue = shown.some((g) => g.issue);
  const extra = (t: string, i: string) => `${withTrend ? ` ${t} |` : ''}${withIssue ? ` ${i} |` : ''}`;
  const lines = [`| P | Problem | Count | Seen (UTC) | Per ${unit} |${extra('Trend', 'Issue')}`, `|---|---|--:|---|---|${extra('---', '---')}`];
  shown.forEach((g, i) => {
    const title = problemCell(g, i);
    const seen =
      g.firstSeen.slice(0, 16) === g.lastSeen.slice(0, 16) ? cellTime(g.firstSeen, r) : `${cellTime(g.firstSeen, r)}\u00a0→\u00a0${cellTime(g.lastSeen, r)}`;
    lines.push(`| ${g.triage.priority} | ${title} | ${g.count} | ${seen} | ${code(groupTimeline(g, r.query).spark)} |${extra(g.trend ?? '', issueLink(g))}`);
  });
  lines.push('', 'Jump to: [summary metrics](#summary) · [recommended actions](#actions) · [the query](#query)', '');
  return lines;
}

function severityLabel(g: TriagedGroup): string {
  return SEVERITIES.filter((s) => g.severities[s])
    .reverse()
    .map((s) => `${s} ${g.severities[s]}`)
    .join(', ');
}

/** "~14 an hour" only where a rate means something: enough entries over enough time. */
function rate(g: TriagedGroup): string {
  const hours = (Date.parse(g.lastSeen) - Date.parse(g.firstSeen)) / 3_600_000;
  if (!(hours >= 2 && g.count >= 10)) return '';
  const perHour = g.count / hours;
  return `, ~${perHour < 10 ? perHour.toFixed(1) : Math.round(perHour)} an hour`;
}

function seenLine(g: TriagedGroup, r: Report): string {
  const t = groupTimeline(g, r.query);
  const sameDay = g.firstSeen.slice(0, 10) === g.lastSeen.slice(0, 10);
  const sameMinute = g.firstSeen.slice(0, 16) === g.lastSeen.slice(0, 16);
  const last = sameMinute ? utc(g.lastSeen).slice(11, 19) : sameDay ? g.lastSeen.slice(11, 16) : minute(g.lastSeen);
  const first = sameMinute ? utc(g.firstSeen).slice(0, 19).replace('T', ' ') : minute(g.firstSeen);
  const span = g.count === 1 ? `${minute(g.firstSeen)} UTC, once` : `${first} → ${last} UTC, ${plural(g.count, 'time')}${rate(g)}`;
  const still = stillSeen(g, r) ? ', still happening at the end of the window' : '';
  const shape = g.count > 2 ? ` · ${code(t.spark)} ${t.peak}` : '';
  return `**Seen:** ${span}${still}${shape}  `;
}

function whereLine(g: TriagedGroup): string {
  const e = g.exemplar;
  const instances = Object.keys(g.instances).length;
  const parts = [
    Object.keys(g.revisions).length ? `revisions ${countList(g.revisions, 3, inline)}` : '',
    instances ? plural(instances, 'instance') : '',
    countList(g.kinds, 3),
    Object.keys(g.statuses).length ? `HTTP ${countList(g.statuses, 4)}` : '',
    e.logger ? `logger ${code(e.logger)}` : '',
    e.sourceLocation?.file
      ? code(
          `${e.sourceLocation.file}${e.sourceLocation.line ? `:${e.sourceLocation.line}` : ''}${e.sourceLocation.function ? ` (${e.sourceLocation.function})` : ''}`,
        )
      : '',
    Object.keys(g.locations).length > 1 ? countList(g.locations, 3, inline) : '',
  ].filter(Boolean);
  return parts.length ? `**Where:** ${parts.join(' · ')}  ` : '';
}

function suspectLine(g: TriagedGroup): string {
  const s = g.suspect;
  if (!s) return '';
  const since = s.revisionFirstSeen ? `, serving since ${minute(s.revisionFirstSeen)} UTC` : '';
  const commit = s.commit
    ? ` · commit ${s.commit.url ? link(s.commit.sha.slice(0, 7), s.commit.url) : code(s.commit.sha.slice(0, 7))}${s.commit.compareUrl ? ` (${link('changes since the previous revision', s.commit.compareUrl)})` : ''}`
    : '';
  const order =
    s.order.length > 1
      ? ` · appeared on ${s.order
          .slice(0, 4)
          .map((o) => code(o))
          .join(' → ')}${s.order.length > 4 ? ' → …' : ''}`
      : '';
  return `**Suspect deploy:** ${code(s.revision)}${s.newest ? ' (newest revision)' : ''}, first seen there ${minute(s.firstSeen)} UTC${since}${commit}${order}  `;
}

function groupSection(g: TriagedGroup, i: number, r: Report): string[] {
  const ev = evidence(g);
  const links = [
    g.issue ? `${link(`issue ${g.issue.number}`, g.issue.url)} (${g.issue.state})` : '',
    g.explorerUrl ? link('Logs Explorer', g.explorerUrl) : '',
  ].filter(Boolean);
  const lines = [
    `<a name="${anchor(i)}"></a>`,
    '',
    `### ${i + 1}. [${g.triage.priority}] ${inline(g.triage.component)}: ${inline(shortDisplay(g.signature.title, 100))}`,
    `**Impact:** ${inline(g.triage.impact)}  `,
    `**Next step:** ${ev.step}.  `,
    `**Severity:** ${severityLabel(g)} · **Priority:** ${g.triage.priority}, set by ${code(g.triage.reason)}${g.trend ? ` · **Trend:** ${g.trend}` : ''}${links.length ? ` · ${links.join(' · ')}` : ''}  `,
    seenLine(g, r),
    whereLine(g),
    g.distributions?.length ? `**Values:** ${g.distributions.map((d) => distributionLine(d)).join(' · ')}  ` : '',
    suspectLine(g),
    g.triage.owners.length ? `**Owners:** ${g.triage.owners.map((o) => inline(o)).join(', ')}  ` : '',
  ].filter(Boolean);
  lines.push('', fenced(wrapLines(g.samples[0] ?? g.signature.title)), '');
  const more = g.samples.slice(1);
  const ids = [
    g.exemplar.trace ? `- Trace: ${code(g.exemplar.trace)}` : '',
    g.exemplar.errorGroups[0] ? `- Error Reporting group: ${code(g.exemplar.errorGroups[0])}` : '',
    `- Signature: ${g.signature.kind} ${code(g.signature.fingerprint)}`,
  ].filter(Boolean);
  const summary = more.length ? `${plural(more.length, 'more example')}, trace and signature` : 'Trace and signature';
  lines.push(`<details><summary>${summary}</summary>`, '');
  for (const s of more) lines.push(fenced(wrapLines(s)), '');
  lines.push(...ids, '', '</details>', '', '---', '');
  return lines;
}

/** The groups past the limit, one row each, until the byte budget; what did not fit is counted. */
function compactTable(rest: TriagedGroup[], offset: number, budget: number): string[] {
  if (!rest.length) return [];
  const lines = [
    '<a name="more"></a>',
    '',
    `## 📋 MORE GROUPS (${thousands(rest.length)}, one line each)`,
    '',
    '| # | P | Component | Problem | Count | Last seen (UTC) | Issue |',
    '|--:|---|---|---|--:|---|---|',
  ];
  let bytes = 0;
  let shown = 0;
  for (const g of rest) {
    const row = `| ${offset + shown + 1} | ${g.triage.priority} | ${cell(shorten(g.triage.component, 24))} | ${cell(shortDisplay(g.signature.title, 60))} | ${g.count} | ${shortTime(g.lastSeen)} | ${issueLink(g)} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > budget) break;
    lines.push(row);
    shown++;
  }
  if (shown < rest.length)
    lines.push('', `${thousands(rest.length - shown)} more groups are left out to keep this page readable; the JSON report lists every group.`);
  return [...lines, '', '---', ''];
}

function metrics(r: Report, components: string[], limit: number): string[] {
  const lines = [
    '<a name="summary"></a>',
    '',
    '## 📊 SUMMARY METRICS',
    '',
    `${accounting(r)}.`,
    '',
    '### Error Distribution',
    '| Severity | Entries | Groups | Primary Component |',
    '|---|--:|--:|---|',
  ];
  for (const s of [...SEVERITIES].reverse()) {
    const count = r.bySeverity[s as Severity];
    if (!count) continue;
    const comps: Record<string, number> = {};
    let groups = 0;
    for (const g of r.groups) {
      if (!g.severities[s]) continue;
      groups++;
      comps[g.triage.component] = (comps[g.triage.component] ?? 0) + (g.severities[s] ?? 0);
    }
    lines.push(
      `| **${s}** | ${count} | ${groups} | ${
        topKeys(comps, 3)
          .map((c) => cell(c))
          .join(', ') || 'None identified'
      } |`,
    );
  }
  lines.push(`| **Total** | ${grouped(r)} | ${r.groups.length} | |`);
  lines.push('', '### Groups by Priority', '| Priority | Groups | Entries |', '|---|--:|--:|');
  for (const p of PRIORITIES) {
    const gs = r.groups.filter((g) => g.triage.priority === p);
    lines.push(`| ${p} | ${gs.length} | ${gs.reduce((n, g) => n + g.count, 0)} |`);
  }
  lines.push(`| **Total** | ${r.groups.length} | ${grouped(r)} |`);
  const chart = severityChart(r);
  if (chart) lines.push('', '### Severity Over Time', '', chart);
  lines.push('', '### Service Health Status');
  const quiet = nothingInRange(r);
  const health = quiet ? { components: [], unattributed: [] } : serviceHealth(r, components);
  if (quiet) lines.push('- Unknown: 0 entries in range.');
  for (const h of health.components) lines.push(`- **${inline(h.component)}:** ${STATUS_WORD[h.status]} (${h.note})`);
  if (health.unattributed.length) {
    const worst = health.unattributed[0].triage.priority;
    const index = new Map(r.groups.map((g, i) => [g, i]));
    const named = health.unattributed.slice(0, 3).map((g) => {
      const i = index.get(g) ?? limit;
      return i < limit ? `[${shortName(g, 30)}](#${anchor(i)})` : shortName(g, 30);
    });
    lines.push(
      `- Not tied to a component (${plural(health.unattributed.length, 'group')}, worst ${worst}: ${named.join(', ')}${health.unattributed.length > 3 ? ', …' : ''}): ` +
        "name one in the config's `components` to track it here.",
    );
  }
  if (!r.groups.length && !components.length && !quiet) lines.push(`- All components: ${STATUS_WORD.operational} (no warnings or errors in the window)`);
  if (!quiet) lines.push(`- Scale: ${STATUS_WORD.failing} a P0 problem · ${STATUS_WORD.degraded} P1 · ${STATUS_WORD.minor} P2 or P3 only`);
  lines.push('', '---', '');
  return lines;
}

function actions(shown: TriagedGroup[], total: number): string[] {
  const lines = ['<a name="actions"></a>', '', '## 🎯 RECOMMENDED ACTIONS', ''];
  for (const p of PRIORITIES) {
    const here = shown.map((g, i) => ({ g, i })).filter(({ g }) => g.triage.priority === p);
    if (!here.length) continue;
    lines.push(`### ${PRIORITY_HEADINGS[p]}`);
    for (const { g, i } of here) lines.push(`- [${shortName(g, 40)}](#${anchor(i)}): ${evidence(g).step}.${g.issue ? ` Issue ${issueLink(g)}.` : ''}`);
    lines.push('');
  }
  if (!shown.length) lines.push('Nothing to do: no groups in this window.', '');
  if (total > shown.length)
    lines.push(`The ${total - shown.length} groups in [the compact table](#more) get no action line: open their issues or rerun with a narrower window.`, '');
  lines.push('---', '');
  return lines;
}

function issueNotes(r: Report): string[] {
  const n = r.issues;
  if (!n || (!n.notFiled.length && !n.possibleDuplicates.length)) return [];
  const lines = ['## 🗂️ GITHUB ISSUES LEFT FOR A PERSON', ''];
  if (n.notFiled.length) {
    lines.push('**Not filed this run:**');
    for (const g of n.notFiled) lines.push(`- [${g.priority}] ${inline(displayTitle(g.title))}${g.note ? ` (${inline(g.note)})` : ''}`);
    lines.push('');
  }
  if (n.possibleDuplicates.length) {
    lines.push('**Possibly already filed by someone (not acted on: check them by hand):**');
    for (const g of n.possibleDuplicates) {
      const candidates = g.candidates.map((c) => link(`issue ${c.number}: ${c.title}`, c.url)).join('; ');
      lines.push(`- [${g.priority}] ${inline(displayTitle(g.title))}: ${candidates}`);
    }
    lines.push('');
  }
  return [...lines, '---', ''];
}

function issueStep(r: Report, mode: WorklogOptions['issues']): string {
  const filed = r.groups.filter((g) => g.issue && g.issue.state !== 'skipped').length;
  if (filed) return `GitHub issues: ${plural(filed, 'group')} linked to issues (links in the table above).`;
  if (mode === 'dry-run') return 'GitHub issues: this was a dry run, so nothing was filed; run without `dry-run` to file them.';
  if (mode === 'on') return 'GitHub issues: none were filed or updated this run (see the notes above).';
  if (mode === 'off') return 'GitHub issues: the action files one issue per group when its `create-issues` input is `true`.';
  if (mode === 'unavailable') return 'GitHub issues: none filed: this run had no `github-token` or repository to file them in.';
  return 'GitHub issues: none filed by this run (the command line only writes files; the GitHub Action files them).';
}

function nextSteps(r: Report, mode: WorklogOptions['issues']): string[] {
  const steps: string[] = [];
  const top = r.groups[0];
  if (top) steps.push(`Start with [${top.triage.priority} ${shortName(top, 40)}](#${anchor(0)}): ${evidence(top).step}.`);
  if (r.groups.length) steps.push(issueStep(r, mode), 'Re-run after a fix: a group absent from the next window is reported as resolved.');
  if (r.stats.malformed.length)
    steps.push(
      `Check the export: ${r.stats.malformed.length} entries could not be read (first at position ${r.stats.malformed[0].position}: ${inline(r.stats.malformed[0].reason)}).`,
    );
  if (!steps.length) return [];
  return ['## 📋 NEXT STEPS', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', '---', ''];
}

function footer(r: Report): string[] {
  return [
    '<a name="query"></a>',
    '',
    `**Generated by:** GCP Log Gardener v${r.tool.version} (signatures ${r.tool.signer}) at ${utc(r.generatedAt)}  `,
    `**Analysis Status:** ${r.failures.length ? 'PARTIAL: see the failures at the top' : 'COMPLETE'}  `,
    `**Source:** ${r.source.kind === 'file' ? `file ${code(r.source.path ?? '-')}` : r.source.kind === 'bigquery' ? `BigQuery ${code(r.source.path ?? '')}` : 'Cloud Logging API'}, ${utc(r.query.since)} to ${utc(r.query.until)}`,
    '',
    '**Filter:**',
    '',
    fenced(wrapFilter(r.query.filter)),
    '',
    '**Collection Command:**',
    '',
    fenced(wrapCommand(r.query.gcloudCommand), 'sh'),
    '',
  ];
}

export function renderWorklog(r: Report, options: WorklogOptions = {}): string {
  const limit = Math.max(0, options.maxGroups ?? DEFAULT_MAX_GROUPS);
  const shown = r.groups.slice(0, limit);
  const head = [...header(r, shown.length), ...overview(r, shown), '---', ''];
  if (shown.length) head.push('## 🚨 ISSUES DISCOVERED', '');
  shown.forEach((g, i) => head.push(...groupSection(g, i, r)));
  const tail = [
    ...metrics(r, options.components ?? [], limit),
    ...actions(shown, r.groups.length),
    ...issueNotes(r),
    ...nextSteps(r, options.issues),
    ...footer(r),
  ];
  const used = Buffer.byteLength(head.join('\n')) + Buffer.byteLength(tail.join('\n'));
  // What the other parts leave of the size cap, less room for the table's heading and its closing note.
  const budget = MAX_WORKLOG_BYTES - used - 1_000;
  return [...head, ...compactTable(r.groups.slice(limit), limit, budget), ...tail].join('\n');
}
