// Every planted secret, through the real pipeline (file source -> normalize -> redact -> group ->
// triage -> render), must be absent from every output a person or a repository sees: the worklog,
// the JSON report, the job summary, and each issue's title and body.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings } from '../../src/inputs.js';
import { run } from '../../src/run.js';
import { renderSummary } from '../../src/render/summary.js';
import { issueBody, issueTitle, memoryOf } from '../../src/github/issue-text.js';
import { generatedCases, secretCases, type SecretCase } from './corpus.js';

const NOW = new Date('2026-11-30T12:00:00Z');

function entryFor(c: SecretCase & { shape?: string }, i: number): Record<string, unknown> {
  const timestamp = new Date(NOW.getTime() - (i + 1) * 7_000).toISOString();
  const base = {
    insertId: `id${i}`,
    timestamp,
    severity: 'ERROR',
    logName: 'projects/demo/logs/run.googleapis.com%2Fstderr',
    resource: { type: 'cloud_run_revision', labels: { service_name: 'api', revision_name: 'api-00007-abc', location: 'us-central1', project_id: 'demo' } },
    // Some secrets also sit in a label and in the request URL: every field is an output path.
    labels: { instanceId: `00f46b92a77d0b${i}`, ...(i % 7 === 0 ? { note: c.text.split('\n')[0] } : {}) },
  };
  if (c.shape === 'json') return { ...base, jsonPayload: JSON.parse(c.text) as unknown };
  if (i % 11 === 0)
    return {
      ...base,
      httpRequest: { requestMethod: 'GET', requestUrl: `https://api.example.test/cb?q=${encodeURIComponent(c.text.split('\n')[0])}`, status: 500 },
      textPayload: c.text,
    };
  return { ...base, textPayload: c.text };
}

/** The ways an output may show text: as is, markdown-unescaped, HTML-entity-decoded, JSON-decoded. */
function views(output: string): string[] {
  const unescaped = output.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const decoded = unescaped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const json = output.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  return [output, unescaped, decoded, json];
}

test('no planted secret reaches the worklog, the JSON report, the summary or an issue', async () => {
  const cases = [...secretCases(), ...generatedCases()];
  expect(cases.flatMap((c) => c.secrets).length).toBeGreaterThanOrEqual(150);
  const dir = mkdtempSync(join(tmpdir(), 'lg-redact-outputs-'));
  const input = join(dir, 'logs.json');
  writeFileSync(input, JSON.stringify(cases.map(entryFor)));
  const settings = readSettings((name) => ({ input, 'output-dir': join(dir, 'out'), since: '24h' })[name] ?? '');
  const outcome = await run(settings, { now: NOW });
  if (process.env.DUMP_OUTPUTS) writeFileSync(process.env.DUMP_OUTPUTS, outcome.json);
  expect(outcome.report.stats.entries).toBe(cases.length);

  const { report } = outcome;
  const outputs: Record<string, string> = {
    worklog: outcome.markdown,
    'JSON report': outcome.json,
    summary: renderSummary(report, outcome.gate, { worklog: 'worklog.md', report: 'report.json' }),
  };
  for (const g of report.groups) {
    const key = `issue ${g.signature.fingerprint}`;
    outputs[key] =
      issueTitle(g) +
      '\n' +
      issueBody({ group: g, report, links: { worklogUrl: 'https://example.test/w', runUrl: 'https://example.test/r' }, memory: memoryOf(g) });
  }
  const leaked: { output: string; secret: string; piece: string }[] = [];
  for (const [name, text] of Object.entries(outputs)) {
    // Every 12-character window of every view, so each secret's pieces are looked up, not searched.
    const windows = new Set<string>();
    const whole = views(text);
    for (const v of whole) for (let i = 0; i + 12 <= v.length; i++) windows.add(v.slice(i, i + 12));
    for (const c of cases) {
      for (const s of c.secrets) {
        const parts = s.split('\n');
        const piece =
          parts.filter((p) => p.length <= 12).find((p) => whole.some((v) => v.includes(p))) ??
          parts.flatMap((p) => Array.from({ length: Math.max(0, p.length - 11) }, (_, i) => p.slice(i, i + 12))).find((p) => windows.has(p));
        if (piece) leaked.push({ output: name, secret: s.slice(0, 40), piece });
      }
    }
  }
  expect(leaked).toEqual([]);
  // The secrets were there to be found: the outputs do carry placeholders.
  expect(outcome.json).toMatch(/<redacted:[a-z0-9-]+>/);
});
