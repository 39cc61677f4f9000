// The bundled action and CLI, end to end on the sample export, as a runner and a user run them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { runAction, runNode } from '../helpers/action-env.js';

const ACTION = resolve('dist/index.js');
const CLI = resolve('dist/cli/index.js');
const SAMPLE = resolve('examples/cloud-run-staging-48h.json');

describe('dist/index.js (the action) in file mode', () => {
  test('writes the worklog and report, sets outputs and the job summary', async () => {
    const r = await runAction(ACTION, { input: SAMPLE, 'dry-run': 'true', 'output-dir': 'out' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Number(r.outputs['entry-count'])).toBe(1648);
    expect(Number(r.outputs['group-count'])).toBeGreaterThan(0);
    expect(r.outputs['highest-priority']).toBe('P0');
    expect(r.outputs['gate-failed']).toBe('false');
    const worklog = readFileSync(resolve(r.dir, r.outputs['worklog-path']), 'utf8');
    expect(worklog).toMatch(/^# GCP Log Gardener Worklog - billing-worker, netra-backend-staging, orders-api/);
    const report = JSON.parse(readFileSync(resolve(r.dir, r.outputs['report-path']), 'utf8'));
    expect(report.groups).toHaveLength(Number(r.outputs['group-count']));
    expect(r.summary).toContain('| Priority | Component | Problem | Count | Last seen | Issue |');
  });

  test('the fail-on gate fails the step and names the groups', async () => {
    const r = await runAction(ACTION, { input: SAMPLE, 'fail-on': 'P0', 'output-dir': 'out' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::Gate failed \(fail-on: P0\): \d+ groups? at P0 or above: \[P0\] /);
    expect(r.outputs['gate-failed']).toBe('true');
  });

  test('bad input: one ::error:: line naming the input and the fix, no stack', async () => {
    const r = await runAction(ACTION, { input: SAMPLE, window: 'soon' });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual(['::error::window: "soon" is not a duration. Fix: use a number and a unit: 30m, 6h, 2d or 1w.']);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('dist/cli/index.js', () => {
  test('run writes the worklog locally and prints where it went', async () => {
    const out = mkdtempSync(resolve(tmpdir(), 'lg-cli-'));
    const r = await runNode([CLI, 'run', '--input', SAMPLE, '--output-dir', out], process.env);
    expect(r.code).toBe(0);
    const m = /^Worklog written to (.+\.md)$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(existsSync(m![1])).toBe(true);
  });

  test.each([
    [['run', '--input', 'missing.json'], /^error: input: cannot read missing\.json\. Fix: check the path/],
    [['run', '--input', SAMPLE, '--fail-on', 'urgent'], /^error: fail-on: "urgent" is not one of P0, P1, P2, P3, none\. Fix:/],
    [['run', '--input', SAMPLE, '--min-severity', 'LOUD'], /^error: min-severity: "LOUD" is not one of/],
    [['run', '--input', SAMPLE, '--window', '2 days'], /^error: window: "2 days" is not a duration/],
    [['run', '--input', SAMPLE, '--colour'], /^error: --colour: unknown option\. Fix: see --help/],
    [['frobnicate'], /^error: frobnicate: unknown command/],
    [['group', '--input', SAMPLE, '--threads', 'two'], /^error: --threads: "two" is not a whole number of threads\. Fix:/],
    [['run', '--input', SAMPLE, '--threads', '2'], /^error: --threads: is an option of group\. Fix: drop it from run/],
  ])('%j fails with one line', async (args, message) => {
    const r = await runNode([CLI, ...args], process.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('invalid JSON: one line naming the fix', async () => {
    const r = await runNode([CLI, 'run', '--input', resolve('README.md')], process.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: input: no log entry could be read from .*README\.md .* Fix: give the JSON that `gcloud logging read --format=json` prints/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('group prints one {"line_id","group_id"} per line', async () => {
    const r = await runNode([CLI, 'group', '--input', resolve('__tests__/fixtures/messages.txt')], process.env);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.line_id)).toEqual([1, 2, 3, 4]);
    expect(rows[0].group_id).toBe(rows[1].group_id);
    expect(rows[0].group_id).not.toBe(rows[2].group_id);
  });

  test('group on three threads prints what it prints on one', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'lg-threads-'));
    const input = resolve(dir, 'messages.txt');
    const verbs = ['Started', 'Stopped', 'Paused'];
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0
        ? `Invalid user u${i % 11} from 10.0.${i % 7}.${i % 13} port ${2200 + i}`
        : i % 3 === 1
          ? `VM ${verbs[i % 3]} (Lifecycle Event) after ${i} ms`
          : `cache ${i < 1500 ? 'warm' : 'cold'} miss for key k${i}`,
    );
    writeFileSync(input, lines.join('\n') + '\n');
    const one = await runNode([CLI, 'group', '--input', input, '--threads', '1'], process.env);
    const three = await runNode([CLI, 'group', '--input', input, '--threads', '3'], process.env);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(three.stderr).toBe('');
    expect(three.stdout.trim().split('\n')).toHaveLength(3000);
    expect(three.stdout).toBe(one.stdout);
  });
});
