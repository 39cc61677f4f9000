// The worklog as a person sees it: rendered like GitHub (GFM, Mermaid drawn) in headless Chromium.
// Runs where Debian's `chromium` is installed; elsewhere only the clean skip is checked.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { readSettings } from '../../src/inputs.js';

const SCRIPT = 'scripts/screenshot-worklog.mjs';
const hasChromium = ['chromium', 'chromium-browser'].some((b) => spawnSync('which', [b]).status === 0);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('skips cleanly, exit 0, when chromium is not on PATH', () => {
  // A PATH holding node alone.
  const bin = mkdtempSync(join(tmpdir(), 'shot-bin-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  const r = spawnSync(process.execPath, [SCRIPT, 'README.md', mkdtempSync(join(tmpdir(), 'shot-'))], { env: { PATH: bin }, encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^skipped: no chromium on PATH/);
});

(hasChromium ? test : test.skip)('the demo: first screen holds every P0 and P1 row, the chart is drawn, both screenshots saved', async () => {
  const out = mkdtempSync(join(tmpdir(), 'shot-'));
  const settings = readSettings((name) => ({ input: 'examples/cloud-run-staging-48h.json', 'output-dir': out })[name] ?? '');
  const { files } = await run(settings, { now: new Date('2025-09-11T12:45:00Z') });
  const facts = JSON.parse(execFileSync(process.execPath, [SCRIPT, files.worklog, out], { encoding: 'utf8' }));
  expect(pngSize(facts.firstScreen)).toEqual({ width: 1280, height: 900 });
  expect(pngSize(facts.group).width).toBe(1280);
  expect(facts.urgentRowBottoms.length).toBeGreaterThan(0);
  for (const bottom of facts.urgentRowBottoms) expect(bottom).toBeLessThanOrEqual(900);
  expect(facts).toMatchObject({ charts: 1, chartsDrawn: 1, chartErrors: 0 });
});
