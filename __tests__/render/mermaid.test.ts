// Every Mermaid block the worklog holds is checked with Mermaid's own parser, as GitHub would read it.
import { run } from '../../src/run.js';
import { readSettings } from '../../src/inputs.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { severityChart } from '../../src/render/charts.js';
import { groups, repeat, report, triaged } from '../triage/corpus.js';

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  // Mermaid sanitizes titles with DOMPurify, which needs a window: jsdom gives one, no browser needed.
  const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string) => { window: unknown } };
  (globalThis as { window?: unknown }).window ??= new JSDOM('').window;
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
});

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
}

test('the demo worklog: every Mermaid block parses as an xychart', async () => {
  const settings = readSettings((name) => ({ input: 'examples/cloud-run-staging-48h.json', 'output-dir': mkdtempSync(join(tmpdir(), 'lg-m-')) })[name] ?? '');
  const { markdown } = await run(settings, { now: new Date('2025-09-11T12:45:00Z') });
  const found = blocks(markdown);
  expect(found.length).toBeGreaterThan(0);
  for (const b of found) await expect(mermaid.parse(b)).resolves.toMatchObject({ diagramType: 'xychart' });
});

test('windows from an hour to a quarter parse, partial buckets included', async () => {
  const gs = groups([...repeat(3, { message: 'boom' }), ...repeat(2, { severity: 'WARNING', message: 'slow' }, 50)]).map((g) => triaged(g, 'P1'));
  for (const until of ['2026-11-27T01:00:00Z', '2026-11-27T23:30:00Z', '2026-11-29T12:00:00Z', '2027-02-27T00:00:00Z']) {
    const [b] = blocks(severityChart(report(gs, '2026-11-27T00:00:00Z', until)));
    await expect(mermaid.parse(b)).resolves.toMatchObject({ diagramType: 'xychart', config: { xyChart: { height: 260 } } });
  }
});

test('the parser does reject a broken chart (the check is real)', async () => {
  await expect(mermaid.parse('xychart-beta\n    x-axis ["a", "b\n    bar [1,')).rejects.toThrow(/Parse error/);
});
