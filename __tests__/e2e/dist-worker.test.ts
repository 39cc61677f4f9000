// The bundled CLI runs `run` in a worker thread (src/worker.ts): what crosses the thread boundary works.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

const CLI = resolve('dist/cli/index.js');
const SAMPLE = resolve('examples/cloud-run-staging-48h.json');

describe('dist/cli/index.js run in its worker thread', () => {
  test('reads the export from stdin (--input -), prints where the files went, exits 0', () => {
    const out = mkdtempSync(resolve(tmpdir(), 'lg-stdin-'));
    const r = spawnSync(process.execPath, [CLI, 'run', '--input', '-', '--output-dir', out], { input: readFileSync(SAMPLE), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^Read 1,?648 entries into \d+ groups/m);
    const m = /^Worklog written to (.+\.md)$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(existsSync(m![1])).toBe(true);
  });

  test('standard input with a bad option: one error line, the exit code, no wait for the rest of the input', () => {
    const r = spawnSync(process.execPath, [CLI, 'run', '--input', '-', '--window', 'soon', '--output-dir', mkdtempSync(resolve(tmpdir(), 'lg-bad-'))], {
      input: readFileSync(SAMPLE),
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^error: window: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("the gate's exit status comes back from the worker", () => {
    const out = mkdtempSync(resolve(tmpdir(), 'lg-gate-'));
    const r = spawnSync(process.execPath, [CLI, 'run', '--input', SAMPLE, '--fail-on', 'P0', '--output-dir', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Gate failed \(fail-on: P0\)/m);
  });

  test('a file and standard input, each read on a thread of its own, give the same report', () => {
    const report = (args: string[], input?: Buffer) => {
      const out = mkdtempSync(resolve(tmpdir(), 'lg-front-'));
      const r = spawnSync(process.execPath, [CLI, 'run', ...args, '--output-dir', out], { input, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const json = readdirSync(out).find((f) => f.endsWith('.json'))!;
      const text = readFileSync(resolve(out, json), 'utf8');
      // Only the clock and the path differ.
      return text.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""').replace(/"path": "[^"]*"/, '"path": ""');
    };
    const fromFile = report(['--input', SAMPLE]);
    expect(fromFile).toBe(report(['--input', '-'], readFileSync(SAMPLE)));
    expect(JSON.parse(fromFile).groups.length).toBeGreaterThan(1);
    // The front's thread ends as soon as it has sent the last batch, the run still taking the ones before:
    // every entry reaches the report, and its end is no failure.
    const entries = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { insertId: string }[]).flatMap((e, i) =>
      [0, 1, 2, 3].map((k) => JSON.stringify({ ...e, insertId: `${e.insertId}-${k}-${i}` })),
    );
    const big = resolve(mkdtempSync(resolve(tmpdir(), 'lg-front-')), 'four-times.ndjson');
    writeFileSync(big, entries.join('\n') + '\n');
    const longer = report(['--input', big]);
    expect(longer).toBe(report(['--input', '-'], readFileSync(big)));
    expect(JSON.parse(longer).stats.entries).toBe(entries.length);
    expect(JSON.parse(longer).failures).toEqual([]);
  });
});
