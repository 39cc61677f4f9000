// The job summary: the headline table a reader sees on the run page.
import type { Report } from '../types.js';
import { PRIORITIES } from '../types.js';
import { cell, code, inline } from '../safety/markdown.js';
import type { GateVerdict } from '../outcome.js';
import { DEFAULT_MAX_GROUPS, servicesShown } from './worklog.js';
import { displayTitle } from './format.js';

const MAX_ROWS = 50;

export function renderSummary(r: Report, gate: GateVerdict, paths: { worklog: string; report: string }): string {
  const lines = [
    `## GCP Log Gardener: ${inline(servicesShown(r))}`,
    '',
    `${r.stats.entries} entries, ${r.groups.length} groups, ${r.query.since} to ${r.query.until}. ` +
      PRIORITIES.map((p) => `${p}: ${r.byPriority[p]}`).join(' · '),
    '',
  ];
  if (gate.failed) lines.push(`> [!CAUTION]`, `> ${inline(gate.text)}`, '');
  else lines.push(`${inline(gate.text)}`, '');
  for (const f of r.failures) lines.push(`- ❌ ${inline(f)}`);
  if (r.failures.length) lines.push('');
  if (r.groups.length) {
    lines.push('| Priority | Component | Problem | Count | Last seen | Issue |', '|---|---|---|---|---|---|');
    for (const g of r.groups.slice(0, MAX_ROWS)) {
      const issue = g.issue ? `[${g.issue.number}](${g.issue.url}) ${g.issue.state}` : '';
      lines.push(
        `| ${g.triage.priority} | ${cell(g.triage.component)} | ${cell(displayTitle(g.signature.title), 140)} | ${g.count} | ${g.lastSeen} | ${issue} |`,
      );
    }
    if (r.groups.length > MAX_ROWS) {
      lines.push(
        '',
        `This table shows the ${MAX_ROWS} most urgent of ${r.groups.length} groups; the other ${r.groups.length - MAX_ROWS} are in the worklog ` +
          `(a section for each of its first ${DEFAULT_MAX_GROUPS}, then one line each, as many as fit in 2 MB) and every group in the JSON report.`,
      );
    }
  }
  lines.push('', `Worklog: ${code(paths.worklog)} · report: ${code(paths.report)}`, '');
  return lines.join('\n');
}
