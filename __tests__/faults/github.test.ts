// GitHub failing under a whole run (Cloud Logging -> issues -> worklog commit): server errors and
// rate limits are retried, a commit conflict is re-read and retried, permission errors end only the
// write they hit. Every run keeps its groups in the worklog and report, and no issue or comment is
// ever made twice, neither by a retry nor by the next run.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { callsTo, filed, gardener, lossyProxy, PROBLEMS, startFakes, type Fakes } from './harness.js';

let f: Fakes;
beforeEach(async () => {
  f = await startFakes();
});
afterEach(async () => {
  await f.stop();
});

const ISSUES = /^POST \/repos\/acme\/shop\/issues$/;
const COMMIT = /^POST \/graphql#mutation$/;
/** What each commit of ours wrote: worklog, report and latest-report pointer, together. */
const committedPaths = (fakes: Fakes) => fakes.gh.state.commits.filter((c) => c.message !== 'someone else').map((c) => c.paths);
const ONE_COMMIT = [[expect.stringMatching(/\.md$/), expect.stringMatching(/\.json$/), 'gcp/log-gardener/LATEST-checkout.json']];

describe('server errors are retried (the request policy; filing an issue looks for it before filing again)', () => {
  it('500 then 502 on filing an issue: each group filed once, nothing failed', async () => {
    f.gh.state.faults.push({ match: ISSUES, status: 500, message: 'Server Error' }, { match: ISSUES, status: 502, message: 'Bad Gateway' });
    const r = await gardener(f);

    expect(callsTo(f.gh, 'POST', /\/issues$/).slice(0, 3)).toEqual([500, 502, 201]);
    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
    expect(r.report.failures).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.report.groups.every((g) => g.issue?.number)).toBe(true);
  });

  it('503 twice on the worklog commit: committed once', async () => {
    f.gh.state.faults.push({ match: COMMIT, status: 503, message: 'Service Unavailable', times: 2 });
    const r = await gardener(f);

    expect(r.report.failures).toEqual([]);
    expect(callsTo(f.gh, 'POST', /^\/graphql#mutation$/)).toEqual([503, 503, 200]);
    expect(committedPaths(f)).toEqual(ONE_COMMIT);
    expect(r.github.worklog?.url).toMatch(/\/blob\/main\/gcp\/log-gardener\//);
  });

  it('a server error that outlasts the retries: that group fails alone, the worklog names it, the next run files it once', async () => {
    f.gh.state.faults.push({ match: ISSUES, status: 502, message: 'Bad Gateway', times: 3 }); // 3 attempts, the issue looked for in between
    const first = await gardener(f);
    expect(callsTo(f.gh, 'POST', /\/issues$/).slice(0, 4)).toEqual([502, 502, 502, 201]);

    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length - 1, duplicates: [] });
    expect(first.report.failures).toEqual([expect.stringMatching(/^GitHub: issue for group v\d+:[0-9a-f]{16}: Bad Gateway/)]);
    expect(first.exitCode).toBe(1);
    expect(first.summary).toMatch(/❌ GitHub: issue for group/);
    expect(first.report.groups).toHaveLength(PROBLEMS.length);
    expect(committedPaths(f)).toEqual(ONE_COMMIT);
    const committed = [...f.gh.state.files.values()].map((x) => x.content).join('\n');
    expect(committed).toContain('Bad Gateway');
    expect(first.worklog).toContain('Bad Gateway');

    const second = await gardener(f);
    expect(second.report.failures).toEqual([]);
    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
    expect(f.gh.state.comments).toHaveLength(0);
  });
});

describe('rate limits wait and retry (the request policy, on the injected clock)', () => {
  it('secondary limits as 403 and 429 with retry-after, and a spent primary quota: all retried, nothing twice', async () => {
    f.gh.state.faults.push(
      {
        match: ISSUES,
        status: 403,
        headers: { 'retry-after': '2' },
        message: 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation.',
      },
      {
        match: COMMIT,
        status: 429,
        headers: { 'retry-after': '1' },
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      {
        match: /^GET \/repos\/acme\/shop\/issues$/,
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)) },
        message: 'API rate limit exceeded for installation.',
      },
    );
    const r = await gardener(f);

    expect(r.report.failures).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
    expect(committedPaths(f)).toEqual(ONE_COMMIT);
    expect(r.notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GitHub secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues: retrying after 2s$/),
        expect.stringMatching(/^GitHub secondary rate limit on POST \/graphql: retrying after 1s$/),
        expect.stringMatching(/^GitHub primary rate limit on GET .*\/issues\?.*: retrying after \d+s$/),
      ]),
    );
  });

  it('a secondary limit that does not lift: the group is left with a failure line, the rest is published', async () => {
    f.gh.state.faults.push({ match: ISSUES, status: 403, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit', times: 3 });
    const r = await gardener(f);

    expect(r.notices).toContainEqual(expect.stringMatching(/secondary rate limit on POST .*: giving up$/));
    expect(r.report.failures).toEqual([expect.stringMatching(/^GitHub: issue for group v\d+:[0-9a-f]{16}: You have exceeded a secondary rate limit/)]);
    expect(r.exitCode).toBe(1);
    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length - 1, duplicates: [] });
    expect(committedPaths(f)).toEqual(ONE_COMMIT);
  });
});

describe('permission errors mid-run', () => {
  it('403 on filing issues: every group is in the committed worklog with the failure; a rerun with the permission files each once', async () => {
    f.gh.state.faults.push({ match: ISSUES, status: 403, message: 'Resource not accessible by integration', times: 100 });
    const first = await gardener(f);

    expect(filed(f.gh).issues).toBe(0);
    expect(first.report.failures).toHaveLength(PROBLEMS.length);
    for (const line of first.report.failures) expect(line).toMatch(/^GitHub: issue for group v\d+:[0-9a-f]{16}: Resource not accessible by integration/);
    expect(first.exitCode).toBe(1);
    expect(first.report.groups).toHaveLength(PROBLEMS.length);
    expect(first.report.stats.entries).toBe(50);
    expect(committedPaths(f)).toEqual(ONE_COMMIT);
    for (const p of PROBLEMS) expect(first.worklog).toContain(p);
    const committed = [...f.gh.state.files.values()].map((x) => x.content).join('\n');
    expect(committed).toContain('Resource not accessible by integration');
    // The lock was released although every write under it failed.
    expect(f.gh.state.labels.map((l) => l.name)).not.toContain('log-gardener-lock');

    f.gh.state.faults.length = 0;
    const second = await gardener(f);
    expect(second.report.failures).toEqual([]);
    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
    const third = await gardener(f);
    expect(third.github.created).toHaveLength(0);
    expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
  });

  it('a read-only token (every write 403): nothing published, the local worklog and report still hold every group and say what failed', async () => {
    f.gh.state.readOnlyTokens.add('test-token');
    const r = await gardener(f);

    expect(f.gh.state.issues).toHaveLength(0);
    expect(f.gh.state.commits).toHaveLength(0);
    expect(r.exitCode).toBe(1);
    expect(r.report.groups).toHaveLength(PROBLEMS.length);
    expect(r.report.stats.entries).toBe(50);
    // The worklog is written once, before the commit: it holds the issue failure; the summary holds both.
    expect(r.report.failures).toEqual([expect.stringMatching(/^GitHub: (issues|creating labels): .*Resource not accessible by integration/)]);
    expect(r.summary).toMatch(/❌ GitHub: committing the worklog to .*: Resource not accessible by integration/);
    expect(r.worklog).toMatch(/Part of this run failed/);
    for (const p of PROBLEMS) expect(r.worklog).toContain(p);
  });
});

describe('commit conflicts', () => {
  it('someone else commits twice as the worklog is committed: the head is read again, ours lands once on top', async () => {
    f.gh.state.concurrentWrites = 2;
    const r = await gardener(f);

    expect(r.report.failures).toEqual([]);
    expect(f.gh.state.commits.map((c) => c.message)).toEqual(['someone else', 'someone else', expect.stringMatching(/^log-gardener: worklog /)]);
    expect(committedPaths(f)).toEqual(ONE_COMMIT);
    const md = [...f.gh.state.files.entries()].find(([k]) => k.includes('WORKLOG') && k.endsWith('.md'))?.[1].content;
    expect(md).toBe(r.worklog);
  });
});

describe('a lost answer: GitHub did the write, the client saw a gateway error', () => {
  it('filing an issue: the issue is found by its marker instead of filed again', async () => {
    const proxy = await lossyProxy(f.gh, ISSUES, 502);
    try {
      const r = await gardener(f, { githubUrl: proxy.url });
      expect(proxy.lost).toHaveLength(1);
      expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
      expect(r.report.failures).toEqual([]);
      expect(r.report.groups.every((g) => g.issue?.number)).toBe(true);
      expect(new Set(r.report.groups.map((g) => g.issue?.number)).size).toBe(PROBLEMS.length);
    } finally {
      await proxy.stop();
    }
  });

  it('taking the issue lock: the run knows its own lock label and goes on', async () => {
    const proxy = await lossyProxy(f.gh, /^POST \/repos\/acme\/shop\/labels$/, 502);
    try {
      const r = await gardener(f, { githubUrl: proxy.url });
      expect(proxy.lost).toEqual(['POST /repos/acme/shop/labels']);
      expect(r.report.failures).toEqual([]);
      expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
      expect(f.gh.state.labels.map((l) => l.name)).not.toContain('log-gardener-lock');
    } finally {
      await proxy.stop();
    }
  });

  it('the pull request comment: posted once, and edited in place by the next run', async () => {
    await f.stop();
    f = await startFakes(undefined, { issues: [{ number: 5, title: 'Add caching', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    const proxy = await lossyProxy(f.gh, /^POST \/repos\/acme\/shop\/issues\/5\/comments$/, 502);
    try {
      const settings = { prComment: true, prNumber: 5 };
      const first = await gardener(f, { githubUrl: proxy.url, settings });
      expect(proxy.lost).toHaveLength(1);
      expect(first.report.failures).toEqual([]);
      expect(first.github.prComment).toMatchObject({ number: 5, action: 'created' });
      await gardener(f, { githubUrl: proxy.url, settings });
      expect(f.gh.state.comments.filter((c) => c.issue_number === 5)).toHaveLength(1);
      expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
    } finally {
      await proxy.stop();
    }
  });
});

/**
 * The fault sweep: every write of a run, each fault class. A run meets the fault, a clean rerun
 * follows; then each group has exactly one issue, the pull request one comment, no lock is left,
 * the committed worklog is there, and the faulty run either succeeded or said what failed (exit 1).
 */
describe('fault sweep: every write of a run x each fault class', () => {
  const WRITES: [string, RegExp][] = [
    ['taking the issue lock', /^POST \/repos\/acme\/shop\/labels$/],
    ['filing an issue', ISSUES],
    ['the worklog commit', COMMIT],
    ['the pull request comment', /^POST \/repos\/acme\/shop\/issues\/5\/comments$/],
    ['releasing the issue lock', /^DELETE \/repos\/acme\/shop\/labels\/log-gardener-lock$/],
  ];
  type Fault = { name: string; lost?: boolean; status: number; headers?: Record<string, string>; message: string };
  const FAULTS: Fault[] = [
    { name: '500 server error', status: 500, message: 'Server Error' },
    { name: 'lost answer (502 after the write)', lost: true, status: 502, message: 'Bad Gateway' },
    { name: 'secondary limit 403 retry-after', status: 403, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit' },
    { name: '429 retry-after', status: 429, headers: { 'retry-after': '1' }, message: 'Too many requests' },
    { name: '422 refused', status: 422, message: 'Validation Failed' },
  ];
  const PR = { issues: [{ number: 5, title: 'Add caching', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] };
  const settings = { prComment: true, prNumber: 5 };

  it.each(WRITES.flatMap(([write, match]) => FAULTS.map((fault) => [write, fault.name, match, fault] as const)))('%s, %s', async (_w, _f, match, fault) => {
    await f.stop();
    f = await startFakes(undefined, PR);
    const proxy = fault.lost ? await lossyProxy(f.gh, match, fault.status) : undefined;
    if (!fault.lost) f.gh.state.faults.push({ match, status: fault.status, headers: fault.headers, message: fault.message });
    try {
      const first = await gardener(f, { settings, githubUrl: proxy?.url });
      // What failed before the worklog was written is in it; the commit's and comment's failures come after.
      const failed = [...first.report.failures, ...(first.outcome.github?.failures ?? [])];
      expect(failed.every((l) => l.startsWith('GitHub: '))).toBe(true);
      expect(first.exitCode).toBe(failed.length ? 1 : 0);
      expect(first.report.groups).toHaveLength(PROBLEMS.length);
      f.gh.state.faults.length = 0;
      const second = await gardener(f, { settings });
      expect(second.report.failures).toEqual([]);
      expect(filed(f.gh)).toMatchObject({ issues: PROBLEMS.length, duplicates: [] });
      expect(f.gh.state.comments.filter((c) => c.issue_number === 5)).toHaveLength(1);
      // A lock left behind is one the faulty run said it could not release; it expires on its own.
      const left = f.gh.state.labels.some((l) => l.name === 'log-gardener-lock');
      expect(left).toBe(first.report.failures.some((l) => l.includes('releasing the issue lock')));
      expect([...f.gh.state.files.keys()].some((k) => /WORKLOG.*\.md$/.test(k))).toBe(true);
    } finally {
      await proxy?.stop();
    }
  });
});

describe('a lost answer while the issue list lags', () => {
  it('filing twice cannot be ruled out then; the next run closes the newer issue as a duplicate of the older', async () => {
    f.gh.state.listLag = 3;
    const proxy = await lossyProxy(f.gh, ISSUES, 502);
    try {
      await gardener(f, { githubUrl: proxy.url });
      expect(proxy.lost).toHaveLength(1);
    } finally {
      await proxy.stop();
    }
    const twice = filed(f.gh).duplicates;
    expect(twice).toHaveLength(1);
    f.gh.state.listLag = 0;
    const next = await gardener(f);
    expect(next.report.failures).toEqual([]);
    expect(next.github.closed).toMatchObject([{ note: expect.stringMatching(/^duplicate of #\d+$/) }]);
    const open = f.gh.state.issues.filter((i) => !i.pull_request && i.state === 'open');
    const fps = open.map((i) => /fingerprint=(v\d+:[0-9a-f]+)/.exec(i.body)?.[1]);
    expect(new Set(fps).size).toBe(open.length);
    expect(open).toHaveLength(PROBLEMS.length);
  });
});
