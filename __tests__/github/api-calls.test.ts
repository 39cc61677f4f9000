// API calls per run against open issues and groups: the figures in docs/BENCHMARKS.md (## GitHub).
// Deterministic counts from the fake's call log, so they are asserted as well as printed.
import { describe, expect, it } from '@jest/globals';
import { fingerprintMarker } from '../../src/safety/markers.js';
import { publishToGitHub } from '../../src/github/publish.js';
import { startGitHubFake, type FakeIssue } from '../fakes/github-server.js';
import { context, fresh, group, report } from './helpers.js';

interface Row {
  open: number;
  groups: number;
  run: string;
  reads: number;
  writes: number;
}

async function measure(open: number, groups: number): Promise<Row[]> {
  // Half the open issues are the action's (other groups), half are people's; one pull request.
  const issues: Partial<FakeIssue>[] = [{ number: 1, title: 'PR', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }];
  for (let i = 0; i < open; i++) {
    const ours = i % 2 === 0;
    issues.push({
      number: i + 2,
      title: ours ? `[P3] other: Old error ${i}` : `Dashboard shows wrong total ${i}`,
      body: ours ? `${fingerprintMarker(`v2:${i.toString(16).padStart(16, '0')}`)}\nold` : 'Steps to reproduce: open the dashboard.',
      labels: ours ? ['log-gardener'] : ['bug'],
    });
  }
  const fake = await startGitHubFake({ issues });
  const gs = Array.from({ length: groups }, (_, n) =>
    group({ title: `Error${n}: component ${n} failed to load config`, priority: (['P0', 'P1', 'P2', 'P3'] as const)[n % 4] }),
  );
  const base = report(gs);
  const rows: Row[] = [];
  let hour = 0;
  const run = async (name: string, r: typeof base) => {
    fake.resetCalls();
    // Each run writes its own worklog file, as runs at different times do.
    const at = fresh(r);
    at.generatedAt = new Date(Date.parse(r.generatedAt) + 3_600_000 * hour++).toISOString();
    const result = await publishToGitHub(at, context(fake, { pullRequest: { number: 1, isFork: false } }, { maxNewIssues: 1000 }));
    expect(result.failures).toEqual([]);
    rows.push({ open, groups, run: name, ...fake.count() });
  };
  await run('first (all groups new)', base);
  await run('second (same report)', base);
  const busier = fresh(base);
  for (const g of busier.groups) g.count += 5;
  await run('third (counts changed)', busier);
  await fake.stop();
  return rows;
}

describe('API calls per run', () => {
  it('grows with pages of issues and with groups, not with open issues one by one', async () => {
    const rows: Row[] = [];
    for (const [open, groups] of [
      [0, 5],
      [0, 20],
      [100, 20],
      [500, 20],
      [500, 50],
    ] as const) {
      rows.push(...(await measure(open, groups)));
    }
    const table = [
      '| open issues | groups | run | reads | writes |',
      '|---:|---:|---|---:|---:|',
      ...rows.map((r) => `| ${r.open} | ${r.groups} | ${r.run} | ${r.reads} | ${r.writes} |`),
    ].join('\n');
    process.stdout.write(`\n${table}\n`);

    for (const r of rows) {
      const ourPages = Math.max(1, Math.ceil((r.open / 2 + r.groups) / 100));
      if (r.run.startsWith('first')) {
        // Lock, labels (6 here), one create per group, unlock, worklog (one commit), PR comment.
        expect(r.writes).toBe(r.groups + 10);
        expect(r.reads).toBeLessThanOrEqual(17);
      } else {
        // Repository, the worklog names taken, our open issues (a page per 100), our closed ones, the branch head, the PR's comments.
        expect(r.reads).toBeLessThanOrEqual(5 + ourPages);
        // Same data: only the worklog commit and the PR comment; changed counts: one edit per group.
        expect(r.writes).toBe(r.run.startsWith('second') ? 2 : r.groups + 2);
      }
    }
  });
});
