// Runs a bundled entry the way the runner does: inputs as INPUT_* variables (action.yml defaults
// first), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

const action = YAML.parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string }> };

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

/**
 * Under Jest a child that does not exit (a stale bundle waiting for real, a hung connection) is
 * killed and its test fails naming it, well inside the test timeout, instead of holding Jest open.
 * A guard against hanging, not a bound on speed: a run here takes about a second. Outside Jest (the
 * load benchmark's driver) children run as long as they need.
 */
export const SPAWN_TIMEOUT_MS = process.env.JEST_WORKER_ID ? 30_000 : undefined;

const running = new Set<ChildProcess>();

/** Kills every child still running (Jest calls it after each test file). */
export function killSpawned(): void {
  for (const p of running) p.kill('SIGKILL');
  running.clear();
}
if (process.env.JEST_WORKER_ID && typeof afterAll === 'function') afterAll(killSpawned);

export function runNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
  timeoutMs = SPAWN_TIMEOUT_MS,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(p);
    let stdout = '';
    let stderr = '';
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            p.kill('SIGKILL');
            const tail = (stdout + stderr).trim().split('\n').slice(-5).join('\n');
            reject(
              new Error(
                `node ${args.join(' ')} did not exit within ${timeoutMs / 1000} s and was killed (a stale bundle? run npm run bundle). Last output:\n${tail}`,
              ),
            );
          }, timeoutMs);
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => {
      clearTimeout(timer);
      running.delete(p);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

export async function runAction(entry: string, inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'lg-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    METADATA_SERVER_DETECTION: 'none',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...extraEnv,
  };
  for (const [name, i] of Object.entries(action.inputs))
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? (String(i.default).includes('${{') ? '' : String(i.default));
  const r = await runNode([entry], env, dir);
  return { ...r, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir };
}
