import { afterEach, describe, expect, it } from '@jest/globals';
import { publishToGitHub, pullRequestFromPayload } from '../../src/github/publish.js';
import { commitFiles } from '../../src/github/worklog-commit.js';
import { worklogPaths } from '../../src/paths.js';
import { unbounded } from '../../src/budget.js';
import { PR_COMMENT_MARKER } from '../../src/safety/markers.js';
import { startGitHubFake, type FakeInitial, type GitHubFake } from '../fakes/github-server.js';
import { client, context, group, report } from './helpers.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});
const start = async (init?: FakeInitial) => (fake = await startGitHubFake(init));

const crash = group({ title: 'KeyError: user_id missing in session', priority: 'P0' });
const slow = group({ title: 'TimeoutError: db query exceeded deadline', priority: 'P2' });

describe('worklog commit', () => {
  it('commits the worklog, the JSON beside it and the latest-report pointer in one verified commit, on the chosen branch', async () => {
    const gh = await start();
    gh.state.heads.set('gardener', 'f'.repeat(40));
    const result = await publishToGitHub(
      report([structuredClone(crash)]),
      context(gh, { worklog: { markdown: '# W\n', json: '{"a":1}\n' } }, { branch: 'gardener' }),
    );
    const path = 'gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z.md';
    expect(result.worklog).toMatchObject({ path, jsonPath: path.replace(/\.md$/, '.json'), url: `${gh.url}/acme/shop/blob/gardener/${path}` });
    expect(gh.state.files.get(`gardener:${path}`)?.content).toBe('# W\n');
    expect(gh.state.files.get(`gardener:${path.replace(/\.md$/, '.json')}`)?.content).toBe('{"a":1}\n');
    expect(gh.state.commits).toEqual([
      expect.objectContaining({ branch: 'gardener', verified: true, paths: [path, path.replace(/\.md$/, '.json'), 'gcp/log-gardener/LATEST-api.json'] }),
    ]);
    expect(JSON.parse(gh.state.files.get('gardener:gcp/log-gardener/LATEST-api.json')!.content)).toMatchObject({
      report: path.replace(/\.md$/, '.json'),
      worklog: path,
    });
    expect(result.worklog?.commitShas).toEqual([gh.state.heads.get('gardener')]);
    // The issue links the worklog where it was committed.
    expect(gh.state.issues[0].body).toContain(`[Worklog](${gh.url}/acme/shop/blob/gardener/${path})`);
  });

  it('retries on a concurrent commit (the head moved) and lands on the new head', async () => {
    const gh = await start();
    gh.state.concurrentWrites = 2;
    const result = await publishToGitHub(report([]), context(gh));
    expect(result.failures).toEqual([]);
    // Someone else committed twice just before ours: each time the expected head was stale.
    expect(gh.state.commits.map((c) => c.message)).toEqual([
      'someone else',
      'someone else',
      'log-gardener: worklog GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z.md',
    ]);
    expect(gh.state.files.get('main:gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z.md')?.content).toBe('# Worklog\n');
  });

  it('commits nothing when the branch already holds exactly these files (our own commit whose answer was lost)', async () => {
    const gh = await start();
    const ctx = context(gh);
    const files = () => [{ path: 'gcp/log-gardener/W.md', content: '# W\n' }];
    const commit = { branch: 'main', message: 'log-gardener: worklog W.md', keep: 1, files };
    await commitFiles(ctx.octokit, unbounded(ctx.clock!), { owner: 'acme', repo: 'shop' }, commit);
    expect(await commitFiles(ctx.octokit, unbounded(ctx.clock!), { owner: 'acme', repo: 'shop' }, commit)).toEqual({ identical: true, suffix: '' });
    expect(gh.state.commits).toHaveLength(1);
  });

  it('a name already on the branch belongs to another run: the next publish takes "-2" before linking it', async () => {
    const gh = await start();
    const first = await publishToGitHub(report([]), context(gh));
    const again = await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(again.failures).toEqual([]);
    expect(again.worklog?.path).toBe(first.worklog!.path.replace(/\.md$/, '-2.md'));
    expect(gh.state.issues[0].body).toContain(`/blob/main/${again.worklog!.path})`);
    expect(gh.state.commits).toHaveLength(2);
  });

  it('writes committed by two runs in the same second never share a path: the run id and attempt are in the name', async () => {
    const gh = await start();
    const a = await publishToGitHub(report([]), context(gh, { run: { id: '7001', attempt: '1' }, worklog: { markdown: '# A\n', json: '{}\n' } }));
    const b = await publishToGitHub(report([]), context(gh, { run: { id: '7002', attempt: '1' }, worklog: { markdown: '# B\n', json: '{}\n' } }));
    expect(a.worklog?.path).toBe('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z-run7001.1.md');
    expect(b.worklog?.path).toBe('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z-run7002.1.md');
    expect(gh.state.files.get(`main:${a.worklog!.path}`)?.content).toBe('# A\n');
    expect(gh.state.files.get(`main:${b.worklog!.path}`)?.content).toBe('# B\n');
    expect([a.worklog!.path, b.worklog!.path].sort()).toEqual([a.worklog!.path, b.worklog!.path]);
  });

  it('hands the worklog renderer, once, the issue of each group and the failures so far; the report given is not changed', async () => {
    const gh = await start();
    const r = report([structuredClone(crash)]);
    let calls = 0;
    const render = (issues: { refs: Record<string, { number: number }> }, failures: string[]) => {
      calls += 1;
      return { markdown: `group says #${issues.refs[crash.signature.fingerprint]?.number}, ${failures.length} failures`, json: '{}' };
    };
    const result = await publishToGitHub(r, context(gh, { worklog: render }));
    expect(calls).toBe(1);
    expect([...gh.state.files.values()][0].content).toBe('group says #1, 0 failures');
    expect(r.groups[0].issue).toBeUndefined();
    expect(result.refs[crash.signature.fingerprint]).toEqual({ number: 1, url: `${gh.url}/acme/shop/issues/1`, state: 'new' });
  });

  it('refuses a label or path GitHub would trip over, naming the input', async () => {
    const gh = await start();
    await expect(publishToGitHub(report([]), context(gh, {}, { issueLabel: 'a,b' }))).rejects.toThrow(
      /^issue-label: .* Fix: use 1 to 50 characters without commas/,
    );
    await expect(publishToGitHub(report([]), context(gh, {}, { worklogPath: '../x.md' }))).rejects.toThrow(/^worklog-path: /);
    expect(gh.calls).toHaveLength(0);
  });

  it('fills the path template', () => {
    const r = report([]);
    expect(worklogPaths('logs/{date}/{service}-{timestamp}.md', r)).toEqual({
      markdown: 'logs/2026-11-27/api-20261127T110000Z.md',
      json: 'logs/2026-11-27/api-20261127T110000Z.json',
    });
    r.query.services = ['a/../b', 'c'];
    expect(worklogPaths('/{service}.log', r).markdown).toBe('multi.log');
  });
});

describe('pull request comment', () => {
  it('posts one marked comment, then edits it in place instead of posting again', async () => {
    const gh = await start({ issues: [{ number: 7, title: 'Feature', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    const pullRequest = { number: 7, isFork: false };
    const first = await publishToGitHub(report([structuredClone(crash)]), context(gh, { pullRequest, gate: { failed: true, text: '1 group at P0' } }));
    expect(first.prComment).toMatchObject({ number: 7, action: 'created' });
    const second = await publishToGitHub(
      report([structuredClone(crash), structuredClone(slow)]),
      context(gh, { pullRequest, gate: { failed: true, text: '1 group at P0' } }),
    );
    expect(second.prComment).toMatchObject({ number: 7, action: 'updated', url: first.prComment?.url });

    const comments = gh.state.comments.filter((c) => c.issue_number === 7);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('**Gate: failed.** 1 group at P0');
    expect(body).toContain('| 1 | 0 | 1 | 0 |');
    expect(body).toMatch(/### New \(1\)\n- \*\*P2\*\* TimeoutError: db query exceeded deadline: \[#\d+\]/);
    expect(body).toMatch(/### Known \(1\)\n- \*\*P0\*\* KeyError: user\\_id missing in session: \[#\d+\]/);
  });

  it('uses pr-number when there is no pull_request event, and lists groups when issues are off', async () => {
    const gh = await start({ issues: [{ number: 3, title: 'Feature', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    const result = await publishToGitHub(report([structuredClone(slow)]), context(gh, {}, { prNumber: 3, createIssues: false }));
    expect(result.prComment).toMatchObject({ number: 3, action: 'created' });
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.comments[0].body).toContain(
      '### Groups (issues not managed: create-issues is off)\n- **P2** TimeoutError: db query exceeded deadline (12 entries)',
    );
  });

  it('skips a pull request from a fork with a notice, not a failure', async () => {
    const gh = await start();
    const pullRequest = pullRequestFromPayload({
      pull_request: { number: 9, head: { repo: { full_name: 'mallory/shop' } }, base: { repo: { full_name: 'acme/shop' } } },
    });
    expect(pullRequest).toEqual({ number: 9, isFork: true });
    const result = await publishToGitHub(report([]), context(gh, { pullRequest }, { createIssues: false, commitWorklog: false }));
    expect(result.failures).toEqual([]);
    expect(result.notices[0]).toContain('fork');
    expect(gh.calls).toHaveLength(0);
  });
});

describe('faults', () => {
  it('waits out primary and secondary rate limits and carries on', async () => {
    const gh = await start({ issues: [{ number: 5, title: 'PR', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    const reset = String(Math.floor(Date.now() / 1000));
    gh.state.faults.push(
      { match: /^GET .*\/issues$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } },
      {
        match: /^POST .*\/issues$/,
        status: 403,
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        headers: { 'retry-after': '1' },
      },
      { match: /^GET \/repos\/acme\/shop$/, status: 502, message: 'Server Error' },
      { match: /^POST .*\/comments$/, status: 429, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } },
    );
    const notices: string[] = [];
    const pr = { number: 5, isFork: false };
    const result = await publishToGitHub(
      report([structuredClone(crash)]),
      context(gh, { octokit: client(gh, 'test-token', (l) => notices.push(l)), pullRequest: pr }),
    );
    expect(result.failures).toEqual([]);
    expect(result.created).toHaveLength(1);
    expect(result.prComment?.action).toBe('created');
    expect(notices.filter((n) => n.includes('primary'))).toHaveLength(1);
    expect(notices.filter((n) => n.includes('secondary'))).toHaveLength(2);
    // The 502 was retried by the retry plugin.
    expect(gh.calls.filter((c) => c.path === '/repos/acme/shop').map((c) => c.status)).toEqual([502, 200]);
  });

  it('one failing call does not stop the others, and the result says what failed', async () => {
    const gh = await start({ issues: [{ number: 1, title: 'PR', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    gh.state.faults.push({ match: /^POST .*\/issues$/, status: 422, message: 'Validation Failed', times: 1 });
    const result = await publishToGitHub(report([structuredClone(crash), structuredClone(slow)]), context(gh, { pullRequest: { number: 1, isFork: false } }));
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain(crash.signature.fingerprint);
    expect(result.created.map((c) => c.title)).toEqual([slow.signature.title]);
    expect(result.worklog?.commitShas).toHaveLength(1);
    expect(result.prComment?.action).toBe('created');
  });

  it('a dry run reads, writes nothing and reports what it would do', async () => {
    const gh = await start({ issues: [{ number: 1, title: 'PR', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    const result = await publishToGitHub(report([structuredClone(crash)]), context(gh, { pullRequest: { number: 1, isFork: false } }, { dryRun: true }));
    expect(gh.calls.filter((c) => c.write)).toEqual([]);
    expect(result.created[0].note).toBe('dry run: would file');
    expect(result.prComment?.action).toBe('would-post');
    expect(result.worklog?.path).toContain('GCP-LOG-GARDENER-WORKLOG-api');
  });

  it('answers a read-only token with a failure that names the missing permission', async () => {
    const gh = await start({ issues: [{ number: 1, title: 'PR', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    gh.state.readOnlyTokens.add('ro');
    const result = await publishToGitHub(
      report([]),
      context(gh, { octokit: client(gh, 'ro'), pullRequest: { number: 1, isFork: false } }, { commitWorklog: false }),
    );
    expect(result.failures[0]).toContain('pull-requests: write');
  });
});

describe('worklog names', () => {
  it('two legs of one matrix run (same run id and attempt) never overwrite each other: the second gets "-2"', async () => {
    const gh = (fake = await startGitHubFake());
    const run = { id: '42', attempt: '1' };
    const a = await publishToGitHub(report([]), context(gh, { run, worklog: { markdown: '# leg A\n', json: '{"leg":"a"}\n' } }));
    const b = await publishToGitHub(report([]), context(gh, { run, worklog: { markdown: '# leg B\n', json: '{"leg":"b"}\n' } }));
    expect(a.worklog?.path).toBe('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z-run42.1.md');
    expect(b.worklog?.path).toBe('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z-run42.1-2.md');
    expect(b.worklog?.url).toMatch(/-run42\.1-2\.md$/);
    expect(gh.state.files.get(`main:${a.worklog!.path}`)?.content).toBe('# leg A\n');
    expect(gh.state.files.get(`main:${b.worklog!.path}`)?.content).toBe('# leg B\n');
    expect(JSON.parse(gh.state.files.get('main:gcp/log-gardener/LATEST-api.json')!.content).report).toBe(b.worklog?.jsonPath);
  });
});
