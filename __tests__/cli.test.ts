// The CLI in process: the same conclude() as the action decides its exit status and its lines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { cli } from '../src/cli/cli.js';
import { argsOf } from '../src/cli/options.js';

const SAMPLE = 'examples/cloud-run-staging-48h.json';

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d));
  err.on('data', (d: Buffer) => (stderr += d));
  const code = await cli(args, out, err);
  return { code, stdout, stderr };
}

const outDir = () => mkdtempSync(join(tmpdir(), 'lg-cli-'));

describe('cli run', () => {
  test('exit 0, where the files went on stdout, the tally and the gate on stderr', async () => {
    const r = await runCli(['run', '--input', SAMPLE, '--output-dir', outDir()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Worklog written to .*\.md\nReport written to .*\.json\n$/);
    expect(r.stderr).toMatch(/^Read [\d,]+ entries into \d+ groups/);
    expect(r.stderr).toContain('Gate off (fail-on: none).');
  });

  test('exit 2 when the gate fails, with its line', async () => {
    const r = await runCli(['run', '--input', SAMPLE, '--fail-on', 'P0', '--output-dir', outDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Gate failed \(fail-on: P0\)/m);
  });

  test('an empty export: exit 1 and one line naming the input; --allow-empty accepts it', async () => {
    const empty = join(outDir(), 'logs.json');
    writeFileSync(empty, '');
    const r = await runCli(['run', '--input', empty, '--output-dir', outDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: input: .* holds no log entries.*Fix: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runCli(['run', '--input', empty, '--allow-empty', '--output-dir', outDir()])).code).toBe(0);
  });

  test('a window on a file is applied and the entries outside it are named', async () => {
    const r = await runCli(['run', '--input', SAMPLE, '--window', '1h', '--until', '2025-09-11T00:00:00Z', '--output-dir', outDir()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Read [\d,]+ entries \(\d+ outside the filter\) into/);
  });
});

describe('argsOf (which command the entry point sends to a worker thread, and its input)', () => {
  test.each([
    [['run', '--input', 'logs.json'], 'run'],
    [['--input', 'run', 'group'], 'group'],
    [['--dry-run', 'run'], 'run'],
    [['--version'], undefined],
    [['run', '--colour'], undefined],
  ])('%j is %s', (argv, command) => {
    expect(argsOf(argv)?.command).toBe(command);
  });

  test('the input as the run reads it, in either form', () => {
    expect(argsOf(['run', '--input', '-'])?.flags.get('input')).toBe('-');
    expect(argsOf(['run', '--input=logs.json'])?.flags.get('input')).toBe('logs.json');
  });
});
