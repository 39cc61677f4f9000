// The action's main() in process, with a typed stand-in for @actions/core (no bundle, no mocking):
// inputs in, outputs, summary, messages and the failure line out.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { main } from '../src/main.js';
import { coreStandIn } from './helpers/core-stand-in.js';

const action = YAML.parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string }>; outputs: Record<string, unknown> };
const SAMPLE = 'examples/cloud-run-staging-48h.json';
const NOW = new Date('2025-09-11T13:00:00Z');

/** Inputs as the runner gives them: action.yml defaults (expressions left empty), overridden by `given`. */
function inputs(given: Record<string, string>): Record<string, string> {
  const all: Record<string, string> = {};
  for (const [name, i] of Object.entries(action.inputs)) all[name] = String(i.default).includes('${{') ? '' : String(i.default);
  return { ...all, 'output-dir': mkdtempSync(join(tmpdir(), 'lg-main-')), ...given };
}

async function act(given: Record<string, string>) {
  const { core, record } = coreStandIn(inputs(given));
  await main({ core, env: {}, now: NOW, openCloudSource: () => Promise.reject(new Error('a file run must not open Cloud Logging')) });
  return record;
}

describe('main (the action) in file mode', () => {
  test('sets every output action.yml declares, writes the summary, and passes', async () => {
    const r = await act({ input: SAMPLE, 'dry-run': 'true' });
    expect(r.failed).toBeUndefined();
    expect(Object.keys(r.outputs)).toEqual(Object.keys(action.outputs));
    expect(r.outputs['entry-count']).toBeGreaterThan(1000);
    expect(r.outputs['highest-priority']).toBe('P0');
    expect(r.outputs['gate-failed']).toBe(false);
    expect(r.outputs.failures).toBe(0);
    expect(readFileSync(String(r.outputs['worklog-path']), 'utf8')).toMatch(/^# GCP Log Gardener Worklog - .*netra-backend-staging/);
    expect(r.summary).toContain('| Priority | Component | Problem | Count | Last seen | Issue |');
    expect(r.log).toContain('info: GitHub step skipped: no github-token or GITHUB_REPOSITORY (local run). The worklog is written locally only.');
    expect(r.log).toContainEqual(expect.stringMatching(/^info: Gate off/));
  });

  test('the fail-on gate fails the step with one line naming the groups', async () => {
    const r = await act({ input: SAMPLE, 'fail-on': 'P0' });
    expect(r.failed).toMatch(/^Gate failed \(fail-on: P0\): \d+ groups? at P0 or above: \[P0\] /);
    expect(r.outputs['gate-failed']).toBe(true);
  });

  test('bad input: the failure names the input and the fix; nothing else is set', async () => {
    const r = await act({ input: SAMPLE, window: 'soon' });
    expect(r.failed).toBe('window: "soon" is not a duration. Fix: use a number and a unit: 30m, 6h, 2d or 1w.');
    expect(r.outputs).toEqual({});
    expect(r.log.filter((l) => l.startsWith('debug:'))).toEqual([]);
  });

  test('an empty export fails naming the input, unless allow-empty', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'lg-empty-')), 'logs.json');
    (await import('node:fs')).writeFileSync(empty, '');
    expect((await act({ input: empty })).failed).toMatch(/^input: .* holds no log entries/);
    const allowed = await act({ input: empty, 'allow-empty': 'true' });
    expect(allowed.failed).toBeUndefined();
    expect(allowed.outputs['entry-count']).toBe(0);
  });

  test('a GitHub token masks itself before anything is logged', async () => {
    const r = await act({ input: SAMPLE, 'github-token': 'ghs_mainTestToken0123456789abcdef', 'dry-run': 'true' });
    expect(r.secrets).toContain('ghs_mainTestToken0123456789abcdef');
  });
});
