// The bundled CLI redacts on a second thread: every planted secret of the corpus, given as log
// entries, is absent from the worklog and the report it writes, as in the in-process pipeline
// (__tests__/safety/redact-outputs.test.ts).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { runNode } from '../helpers/action-env.js';
import { secretCases } from '../safety/corpus.js';

const CLI = resolve('dist/cli/index.js');

it('dist/cli run: no planted secret reaches the worklog or the report', async () => {
  const dir = mkdtempSync(resolve(tmpdir(), 'lg-redact-'));
  const cases = secretCases();
  const start = Date.parse('2026-11-30T10:00:00Z');
  // More entries than one redaction batch, so several are in flight on the thread at once.
  const entries = Array.from({ length: 2500 }, (_, i) => {
    const c = cases[i % cases.length];
    return JSON.stringify({ timestamp: new Date(start + i * 1000).toISOString(), severity: 'ERROR', insertId: `e${i}`, textPayload: c.text });
  });
  const input = resolve(dir, 'export.ndjson');
  writeFileSync(input, entries.join('\n') + '\n');
  const r = await runNode([CLI, 'run', '--input', input, '--output-dir', resolve(dir, 'out')], process.env);
  expect(r.code).toBe(0);
  const outputs = readdirSync(resolve(dir, 'out')).map((f) => readFileSync(resolve(dir, 'out', f), 'utf8'));
  expect(outputs).toHaveLength(2);
  const leaked = cases.flatMap((c) => c.secrets).filter((s) => outputs.some((o) => o.includes(s)));
  expect(leaked).toEqual([]);
  expect(outputs.join('\n')).toContain('<redacted:');
});
