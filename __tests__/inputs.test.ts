import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { readSettings, type InputGetter } from '../src/inputs.js';

const action = YAML.parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string; description: string }> };

/** Inputs as the runner gives them: action.yml defaults, overridden by `given`. */
function inputs(given: Record<string, string> = {}): InputGetter {
  return (name) => given[name] ?? action.inputs[name]?.default ?? '';
}

const fileMode = { input: 'logs.json' };

describe('readSettings', () => {
  test('reads exactly the inputs action.yml declares', () => {
    const asked = new Set<string>();
    readSettings((name) => {
      asked.add(name);
      return inputs(fileMode)(name);
    });
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test('action.yml defaults give the documented settings', () => {
    const s = readSettings(inputs(fileMode));
    expect(s).toMatchObject({
      inputFile: 'logs.json',
      resourceType: 'cloud_run_revision',
      minSeverity: 'WARNING',
      windowMs: 24 * 3600_000,
      maxEntries: 10000,
      authMode: 'auto',
      failOn: 'none',
      dryRun: false,
      createIssues: true,
      maxNewIssues: 10,
      onRegression: 'reopen',
      configPath: '.github/log-gardener.yml',
    });
  });

  test('lists, severities and priorities are normalised', () => {
    const s = readSettings(inputs({ ...fileMode, service: 'a, b c', 'min-severity': 'warn', 'fail-on': 'p1', window: '1h30m' }));
    expect(s.services).toEqual(['a', 'b', 'c']);
    expect(s.minSeverity).toBe('WARNING');
    expect(s.failOn).toBe('P1');
    expect(s.windowMs).toBe(90 * 60_000);
  });

  test('the project falls back to GOOGLE_CLOUD_PROJECT', () => {
    expect(readSettings(inputs(), { GOOGLE_CLOUD_PROJECT: 'p1' }).projects).toEqual(['p1']);
  });

  test.each([
    [{ window: '2 days' }, 'window: "2 days" is not a duration. Fix: use a number and a unit: 30m, 6h, 2d or 1w.'],
    [{ 'fail-on': 'P5' }, 'fail-on: "P5" is not one of P0, P1, P2, P3, none. Fix: use one of P0, P1, P2, P3, none.'],
    [{ 'min-severity': 'LOUD' }, /^min-severity: "LOUD" is not one of DEFAULT, .*EMERGENCY\. Fix: use one of/],
    [{ 'max-entries': '-3' }, /^max-entries: "-3" is not a whole number from 1 to 1000000\. Fix:/],
    [{ 'dry-run': 'maybe' }, 'dry-run: "maybe" is not a boolean. Fix: use true or false.'],
    [{ since: 'last tuesday' }, /^since: "last tuesday" is not a time\. Fix: give an ISO 8601 UTC time/],
    [{ since: '2025-09-11T00:00:00Z', until: '2025-09-10T00:00:00Z' }, /^since: .* is not before until/],
    [{ 'auth-mode': 'keys' }, /^auth-mode: "keys" is not one of auto, workload-identity, adc/],
    [
      { 'workload-identity-provider': 'my-pool' },
      /^workload-identity-provider: "my-pool" is not a provider name\. Fix: use the full name projects\/PROJECT_NUMBER/,
    ],
    [{ 'worklog-path': 'logs/{when}.md' }, /^worklog-path: .* unknown placeholder/],
  ])('bad input %j gives one line naming the input and the fix', (given, message) => {
    expect(() => readSettings(inputs({ ...fileMode, ...(given as Record<string, string>) }))).toThrow(message);
  });

  test('no project and no file: says how to give one', () => {
    expect(() => readSettings(inputs(), {})).toThrow(/^project-id: no Google Cloud project given .* Fix: set project-id/);
  });
});

describe('README', () => {
  test('inputs and outputs tables match action.yml', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { withTables } = await import('../scripts/inputs-table.mjs');
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withTables(readme, readFileSync('action.yml', 'utf8')));
  });

  test('names the two set-up commands near the top', () => {
    const top = readFileSync('README.md', 'utf8').split('\n').slice(0, 40).join('\n');
    expect(top).toContain('npm ci && npm run demo');
    expect(top).toContain('npm ci && npm test');
  });
});

describe('README validation table', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /<!-- validation:start -->\n([\s\S]*?)\n<!-- validation:end -->/.exec(readme)![1];
  const rows = block
    .split('\n')
    .slice(2)
    .map((line) => line.slice(2, -2).split(' | '))
    .map(([input, , bad, error]) => ({ input: input.replace(/`/g, ''), bad, error }));

  test('has a row for every input of action.yml', () => {
    expect(rows.map((r) => r.input).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  const checked = rows.filter((r) => r.bad !== '—');
  test.each(checked.map((r) => [r.input, r.bad, r.error]))('%s = %s gives the documented error', async (input, bad, error) => {
    const { run } = await import('../src/run.js');
    const given: Record<string, string> = { input: 'examples/cloud-run-staging-48h.json', 'output-dir': mkdtempSync(join(tmpdir(), 'lg-v-')) };
    if (bad.startsWith('(empty')) delete given.input;
    else given[input] = bad.replace(/^`|`$/g, '');
    await expect((async () => run(readSettings((n) => given[n] ?? '', {})))()).rejects.toThrow(error);
  });
});
