// conclude(): one decision, shared by the action, the CLI and the fault harness.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { conclude } from '../src/conclude.js';
import type { GitHubDone, RunOutcome } from '../src/outcome.js';
import { evaluateGate } from '../src/gate.js';
import { corpus, one, report, triaged } from './triage/corpus.js';

const action = YAML.parse(readFileSync('action.yml', 'utf8')) as { outputs: Record<string, unknown> };

function outcome(o: { failures?: string[]; failOn?: 'P0' | 'none'; github?: Partial<GitHubDone> } = {}): RunOutcome {
  const r = { ...report([triaged(one(corpus.poolExhausted(3)), 'P0')], '2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z'), failures: o.failures ?? [] };
  const github: GitHubDone | undefined = o.github && {
    dryRun: false,
    created: 0,
    updated: 0,
    reopened: 0,
    adopted: 0,
    skipped: 0,
    notices: [],
    failures: [],
    ...o.github,
  };
  return { report: r, markdown: '', json: '', files: { worklog: 'out/w.md', report: 'out/w.json' }, gate: evaluateGate(r, o.failOn ?? 'none'), github };
}

describe('conclude', () => {
  test('outputs are exactly those action.yml declares, in its order', () => {
    expect(conclude(outcome()).outputs.map(([name]) => name)).toEqual(Object.keys(action.outputs));
  });

  test('a clean run passes with exit code 0 and says the gate is off', () => {
    const c = conclude(outcome());
    expect(c).toMatchObject({ exitCode: 0, failure: undefined });
    expect(c.messages.at(-1)).toEqual({ level: 'info', text: 'Gate off (fail-on: none).' });
  });

  test('the gate fails with code 2 and its own line', () => {
    const c = conclude(outcome({ failOn: 'P0' }));
    expect(c.exitCode).toBe(2);
    expect(c.failure).toMatch(/^Gate failed \(fail-on: P0\): 1 group at P0 or above/);
  });

  test('a failure anywhere (the run or the GitHub step after the worklog) fails with code 1 and is listed', () => {
    const c = conclude(
      outcome({ failures: ['Cloud Logging quota exhausted'], failOn: 'P0', github: { failures: ['GitHub: commenting on pull request #5: 500'] } }),
    );
    expect(c.exitCode).toBe(1);
    expect(c.failure).toMatch(/^Partial failure: 2 parts of the run failed .* Gate failed/);
    expect(c.messages.filter((m) => m.level === 'error').map((m) => m.text)).toEqual([
      'Cloud Logging quota exhausted',
      'GitHub: commenting on pull request #5: 500',
    ]);
    expect(c.outputs).toContainEqual(['failures', 2]);
    expect(c.summary).toMatch(/❌ GitHub: commenting on pull request #\W?5: 500/);
  });

  test('what GitHub did reaches the outputs and the messages', () => {
    const c = conclude(
      outcome({ github: { created: 2, updated: 1, reopened: 1, adopted: 1, worklogUrl: 'https://x/w', commentUrl: 'https://x/c', notices: ['fork PR'] } }),
    );
    expect(c.outputs).toEqual(
      expect.arrayContaining([
        ['issues-created', 2],
        ['issues-updated', 3],
        ['worklog-url', 'https://x/w'],
        ['comment-url', 'https://x/c'],
      ]),
    );
    expect(c.messages).toContainEqual({ level: 'notice', text: 'fork PR' });
    expect(c.messages).toContainEqual({ level: 'info', text: 'GitHub: filed 2, updated 1, reopened 1, adopted 1, left 0.' });
  });
});
