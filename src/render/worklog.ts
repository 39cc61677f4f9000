// The markdown worklog, in the layout of the hand-written worklogs it replaces.
import type { Priority, Report, Severity, TriagedGroup } from '../types.js';
import { PRIORITIES, SEVERITIES } from '../types.js';
import { cell, code, fenced, inline, link } from '../safety/markdown.js';
import { countList, ratePerHour, topKeys, utc } from './format.js';
import { severityChart, timelineChart } from './charts.js';
import { recommendedActions, serviceHealth, type HealthStatus } from '../triage/health.js';
import { entryAccountText, nothingInRange } from './entry-counts.js';

const PRIORITY_HEADINGS: Record<Priority, string> = {
  P0: 'Immediate (P0 - Critical)',
  P1: 'High Priority (P1)',
  P2: 'Medium Priority (P2)',
  P3: 'Low Priority (P3)',
};

const STATUS_ICON: Record<HealthStatus, string> = {
  failing: '❌ FAILING',
  critical: '🚨 CRITICAL',
  degraded: '⚠️ DEGRADED',
  intermittent: '⚠️ INTERMITTENT',
  operational: '✅ OPERATIONAL',
};

export interface WorklogOptions {
  /** Components the team configured, shown as operational when they have no groups. */
  components?: string[];
}

/** The services a report is about, for headings. */
export function servicesShown(report: Report): string {
  return report.query.services.join(', ') || topKeys(Object.assign({}, ...report.groups.map((g) => g.services))).join(', ') || 'all services';
}

function header(r: Report): string[] {
  const q = r.query;
  const lines = [
    `# GCP Log Gardener Worklog - ${inline(servicesShown(r))}`,
    `**Generated:** ${utc(r.generatedAt)}  `,
    `**Service:** ${inline(servicesShown(r))}${q.projects.length ? ` (project ${q.projects.map((p) => inline(p)).join(', ')})` : ''}  `,
    `**Time Range:** ${utc(q.since)} to ${utc(q.until)} (UTC)  `,
    `**Source:** ${r.source.kind === 'file' ? `file ${code(r.source.path ?? '-')}` : r.source.kind === 'bigquery' ? `BigQuery ${code(r.source.path ?? '')}` : 'Cloud Logging API'}  `,
    `**Entries:** ${entryAccountText(r)}${r.stats.malformed.length ? `; ${r.stats.malformed.length} malformed` : ''}  `,
    `**Filter:**`,
    '',
    fenced(q.filter),
  ];
  if (r.stats.truncated) lines.push('', `> [!WARNING]`, `> Collection stopped at the max-entries budget (${r.stats.truncated.limit}): ${inline(r.stats.truncated.note)}`);
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

function changes(r: Report): string[] {
  const trended = r.groups.filter((g) => g.trend && g.trend !== 'ongoing');
  if (!trended.length && !r.resolved.length) return [];
  const lines = ['## 🔄 WHAT CHANGED SINCE THE LAST RUN', ''];
  for (const t of ['new', 'rising', 'falling'] as const) {
    const gs = trended.filter((g) => g.trend === t);
    if (gs.length) lines.push(`- **${t[0].toUpperCase()}${t.slice(1)}:** ${gs.map((g) => `[${g.triage.priority}] ${inline(g.signature.title)}`).join('; ')}`);
  }
  if (r.resolved.length) lines.push(`- **Resolved (absent from this window):** ${r.resolved.map((g) => `[${g.priority}] ${inline(g.title)}`).join('; ')}`);
  lines.push('', '---', '');
  return lines;
}

function severityLabel(g: TriagedGroup): string {
  return SEVERITIES.filter((s) => g.severities[s]).reverse().map((s) => `${s} (${g.severities[s]})`).join(', ');
}

function context(g: TriagedGroup): string[] {
  const r = g.exemplar;
  const items: [string, string | undefined][] = [
    ['Component', inline(g.triage.component)],
    ['Services', countList(g.services, 5, inline) || undefined],
    ['Revisions', countList(g.revisions, 5, inline) || undefined],
    ['Locations', countList(g.locations, 5, inline) || undefined],
    ['Instances', Object.keys(g.instances).length ? String(Object.keys(g.instances).length) : undefined],
    ['Log streams', countList(g.kinds, 5) || undefined],
    ['HTTP statuses', countList(g.statuses, 5) || undefined],
    ['Logger', r.logger && code(r.logger)],
    ['Source location', r.sourceLocation?.file && code(`${r.sourceLocation.file}${r.sourceLocation.line ? `:${r.sourceLocation.line}` : ''}${r.sourceLocation.function ? ` (${r.sourceLocation.function})` : ''}`)],
    ['Trace', r.trace && code(r.trace)],
    ['Error Reporting group', r.errorGroups[0] && code(r.errorGroups[0])],
    ['Signature', `${g.signature.kind} ${code(g.signature.fingerprint)}`],
    ['Owners', g.triage.owners.length ? g.triage.owners.map((o) => inline(o)).join(', ') : undefined],
  ];
  return items.filter(([, v]) => v).map(([k, v]) => `- ${k}: ${v}`);
}

function groupSection(g: TriagedGroup, n: number, r: Report): string[] {
  const rate = ratePerHour(g.count, g.firstSeen, g.lastSeen);
  const lines = [
    `### ${n}. [${g.triage.priority}] ${inline(g.triage.component)}: ${inline(g.signature.title)}`,
    `**Impact:** ${inline(g.triage.impact)}  `,
    `**Severity:** ${severityLabel(g)}  `,
    `**Priority:** ${g.triage.priority}, set by ${code(g.triage.reason)}  `,
    `**First Occurrence:** ${utc(g.firstSeen)}  `,
    `**Last Occurrence:** ${utc(g.lastSeen)}  `,
    `**Pattern:** ${g.count} occurrence${g.count === 1 ? '' : 's'}, ~${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/hour while active, up to ${g.maxConsecutive} in a row${g.trend ? `, ${g.trend}` : ''}  `,
  ];
  if (g.issue) lines.push(`**GitHub issue:** [issue ${g.issue.number}](${g.issue.url}) (${g.issue.state})  `);
  if (g.explorerUrl) lines.push(`**Logs Explorer:** ${link('open the query', g.explorerUrl)}  `);
  lines.push('', '**Error Details:**', '', fenced(g.samples[0] ?? g.signature.title));
  if (g.samples.length > 1) {
    lines.push('', `<details><summary>${g.samples.length - 1} more example${g.samples.length > 2 ? 's' : ''}</summary>`, '');
    for (const s of g.samples.slice(1)) lines.push(fenced(s), '');
    lines.push('</details>');
  }
  lines.push('', '**Technical Context:**', ...context(g), '', '**Timeline:**', '', timelineChart(g, r.query), '---', '');
  return lines;
}

function metrics(r: Report, components: string[]): string[] {
  const lines = ['## 📊 SUMMARY METRICS', '', '### Error Distribution', '| Severity | Count | Primary Component |', '|----------|-------|------------------|'];
  for (const s of [...SEVERITIES].reverse()) {
    const count = r.bySeverity[s as Severity];
    if (!count) continue;
    const comps: Record<string, number> = {};
    for (const g of r.groups) if (g.severities[s]) comps[g.triage.component] = (comps[g.triage.component] ?? 0) + (g.severities[s] ?? 0);
    lines.push(`| **${s}** | ${count} | ${topKeys(comps, 3).map((c) => cell(c)).join(', ') || 'None identified'} |`);
  }
  lines.push('', '### Groups by Priority', '| Priority | Groups | Entries |', '|----------|--------|---------|');
  for (const p of PRIORITIES) {
    const gs = r.groups.filter((g) => g.triage.priority === p);
    lines.push(`| ${p} | ${gs.length} | ${gs.reduce((n, g) => n + g.count, 0)} |`);
  }
  const chart = severityChart(r);
  if (chart) lines.push('', '### Severity Over Time', '', chart);
  lines.push('', '### Service Health Status');
  // Nothing read says nothing about health: no component is called operational on no evidence.
  if (nothingInRange(r)) lines.push('- Unknown: 0 entries in range.');
  else for (const h of serviceHealth(r, components)) lines.push(`- **${inline(h.component)}:** ${STATUS_ICON[h.status]} (${h.note})`);
  if (!r.groups.length && !components.length && !nothingInRange(r)) lines.push('- All components: ✅ OPERATIONAL (no warnings or errors in the window)');
  lines.push('', '---', '');
  return lines;
}

function actions(r: Report): string[] {
  const lines = ['## 🎯 RECOMMENDED ACTIONS', ''];
  const byPriority = recommendedActions(r);
  for (const a of byPriority) lines.push(`### ${PRIORITY_HEADINGS[a.priority]}`, ...a.lines, '');
  if (!byPriority.length) lines.push('Nothing to do: no groups in this window.', '');
  lines.push('---', '');
  return lines;
}

function issueNotes(r: Report): string[] {
  const n = r.issues;
  if (!n || (!n.notFiled.length && !n.possibleDuplicates.length)) return [];
  const lines = ['## 🗂️ GITHUB ISSUES LEFT FOR A PERSON', ''];
  if (n.notFiled.length) {
    lines.push('**Not filed this run:**');
    for (const g of n.notFiled) lines.push(`- [${g.priority}] ${inline(g.title)}${g.note ? ` (${inline(g.note)})` : ''}`);
    lines.push('');
  }
  if (n.possibleDuplicates.length) {
    lines.push('**Possibly already filed by someone (not acted on: check them by hand):**');
    for (const g of n.possibleDuplicates) {
      const candidates = g.candidates.map((c) => link(`issue ${c.number}: ${c.title}`, c.url)).join('; ');
      lines.push(`- [${g.priority}] ${inline(g.title)}: ${candidates}`);
    }
    lines.push('');
  }
  return [...lines, '---', ''];
}

function nextSteps(r: Report): string[] {
  const filed = r.groups.filter((g) => g.issue).length;
  const steps = [
    filed
      ? `GitHub issues: ${filed} group${filed === 1 ? '' : 's'} linked to issues (new, updated or reopened above).`
      : 'GitHub issues: run with `create-issues: true` and a `github-token` to file or update one issue per group.',
    'Fix P0 groups first; each section above names the revisions and the first occurrence to start from.',
    'Re-run after the fix: a group absent from the next window is reported as resolved.',
  ];
  if (r.stats.malformed.length) steps.push(`Check the export: ${r.stats.malformed.length} entries could not be read (first at position ${r.stats.malformed[0].position}: ${inline(r.stats.malformed[0].reason)}).`);
  return ['## 📋 NEXT STEPS', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', '---', ''];
}

export function renderWorklog(r: Report, options: WorklogOptions = {}): string {
  const lines = [...header(r), '', '---', '', ...changes(r)];
  const quiet = nothingInRange(r);
  lines.push(r.groups.length ? '## 🚨 ISSUES DISCOVERED' : quiet ? '## NOTHING READ' : '## ✅ NO ISSUES DISCOVERED', '');
  if (!r.groups.length) lines.push(quiet ?? `No entries at ${r.query.minSeverity} or above in the window.`, '', '---', '');
  r.groups.forEach((g, i) => lines.push(...groupSection(g, i + 1, r)));
  lines.push(...metrics(r, options.components ?? []), ...actions(r), ...issueNotes(r), ...nextSteps(r));
  lines.push(
    `**Generated by:** GCP Log Gardener v${r.tool.version} (signatures ${r.tool.signer})  `,
    `**Analysis Status:** ${r.failures.length ? 'PARTIAL: see the failures at the top' : 'COMPLETE'}  `,
    '**Collection Command:**',
    '',
    fenced(r.query.gcloudCommand, 'sh'),
    '',
  );
  return lines.join('\n');
}
