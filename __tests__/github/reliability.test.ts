// Issues 13 and 18 against the stateful fake, on a fake clock: a lock unique per process, waits
// bounded by the run budget, sizes GitHub accepts, text normalised, and a next run that repairs
// what an earlier one left half done.
import { afterEach, describe, expect, it } from '@jest/globals';
import { Budget } from '../../src/budget.js';
import { publishToGitHub } from '../../src/github/publish.js';
import { LOCK_LABEL, lockOwner } from '../../src/github/lock.js';
import { findPreviousReport } from '../../src/github/previous-report.js';
import { fingerprintMarker, readMemory, stateMarker, STATE_LIMIT, wrapStatus } from '../../src/safety/markers.js';
import { startGitHubFake, type FakeInitial, type GitHubFake } from '../fakes/github-server.js';
import { client, context, fakeClock, fresh, group, report } from './helpers.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});
const start = async (init?: FakeInitial) => (fake = await startGitHubFake(init));
const ours = (gh: GitHubFake) => gh.state.issues.filter((i) => !i.pull_request);

const crash = group({ title: 'KeyError: user_id missing in session', priority: 'P0' });
const slow = group({ title: 'TimeoutError: db query exceeded deadline', priority: 'P2' });

describe('the issue lock', () => {
  it('two legs of one matrix job (same run id, attempt and job) at once leave exactly the issues one run leaves', async () => {
    const gh = await start();
    const env = { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'gardener' };
    const [a, b] = [lockOwner(env), lockOwner(env)];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^42\.1\.gardener\.[0-9a-f]{8}$/);
    const r = report([crash, slow]);
    const [x, y] = await Promise.all([
      publishToGitHub(fresh(r), context(gh, { lockOwner: a, worklog: undefined })),
      publishToGitHub(fresh(r), context(gh, { lockOwner: b, worklog: undefined })),
    ]);
    expect(ours(gh)).toHaveLength(2);
    expect(x.created.length + y.created.length).toBe(2);
    expect([...x.failures, ...y.failures]).toEqual([]);
    expect(gh.state.labels.some((l) => l.name === LOCK_LABEL)).toBe(false);
  });

  it('a 404 when releasing our own lock counts as released', async () => {
    const gh = await start();
    gh.state.faults.push({ match: /^DELETE \/repos\/acme\/shop\/labels\/log-gardener-lock$/, status: 404, message: 'Not Found' });
    const result = await publishToGitHub(report([fresh(report([crash])).groups[0]]), context(gh));
    expect(result.created).toHaveLength(1);
    expect(result.failures).toEqual([]);
  });

  it('an expired lock whose deletion fails is reported once, not retried for ever', async () => {
    const gh = await start({
      labels: [
        { name: LOCK_LABEL, color: '000000', description: 'Held by GCP Log Gardener run dead until 2020-01-01T00:00:00.000Z; safe to delete after that' },
      ],
    });
    gh.state.faults.push({ match: /^DELETE .*\/labels\/log-gardener-lock$/, status: 403, message: 'Resource not accessible by integration', times: 100 });
    const result = await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(result.failures).toEqual([expect.stringMatching(/expired but could not be taken over: deleting it failed: Resource not accessible/)]);
    expect(gh.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
    expect(ours(gh)).toHaveLength(0);
  });
});

describe('the run budget', () => {
  it('a secondary limit asking for 300 s is not waited out: the group is left, the worklog and PR comment still go out, the failure says what was skipped', async () => {
    const gh = await start({ issues: [{ number: 1, title: 'PR', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    gh.state.faults.push({
      match: /^POST \/repos\/acme\/shop\/issues$/,
      status: 403,
      headers: { 'retry-after': '300' },
      message: 'You have exceeded a secondary rate limit',
    });
    const clock = fakeClock();
    const budget = new Budget(clock, { totalMs: 15 * 60_000 });
    const notices: string[] = [];
    const octokit = client(gh, 'test-token', (l) => notices.push(l), { clock, budget });
    const result = await publishToGitHub(
      report([structuredClone(crash), structuredClone(slow)]),
      context(gh, { octokit, clock, budget, pullRequest: { number: 1, isFork: false } }),
    );
    expect(clock.slept.every((ms) => ms < 60_000)).toBe(true);
    expect(notices).toContainEqual(
      expect.stringMatching(/secondary rate limit on POST .*: not waited: a wait of 300 s is longer than the 60 s one wait may take/),
    );
    expect(result.skipped).toContainEqual(expect.objectContaining({ title: slow.signature.title, note: expect.stringMatching(/run budget was spent/) }));
    expect(result.failures).toContainEqual(expect.stringMatching(/^GitHub: the run budget \(max-run-time\) stopped the waiting: /));
    expect(result.worklog?.commitShas).toHaveLength(1);
    expect(result.prComment?.action).toBe('created');
    expect(gh.state.labels.some((l) => l.name === LOCK_LABEL)).toBe(false);
  });

  it('a primary limit that resets in 600 s is not waited out (the issue measured "retrying after 601s")', async () => {
    const gh = await start();
    const clock = fakeClock();
    const reset = String(Math.floor(clock.now() / 1000) + 600);
    gh.state.faults.push({
      match: /^POST \/repos\/acme\/shop\/issues$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      message: 'API rate limit exceeded',
    });
    const notices: string[] = [];
    const budget = new Budget(clock, { totalMs: 15 * 60_000 });
    const octokit = client(gh, 'test-token', (l) => notices.push(l), { clock, budget });
    const result = await publishToGitHub(report([structuredClone(crash)]), context(gh, { octokit, clock, budget }));
    expect(notices).toEqual([
      expect.stringMatching(/primary rate limit on POST .*: not waited: a wait of (59\d|60\d) s is longer than the 60 s one wait may take$/),
    ]);
    expect(clock.slept.every((ms) => ms <= 60_000)).toBe(true);
    expect(result.failures).toContainEqual(expect.stringMatching(/API rate limit exceeded/));
    expect(result.worklog?.commitShas).toHaveLength(1);
  });

  it('a run whose budget runs out while another run holds the lock stops waiting, still commits its worklog, and says why', async () => {
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const gh = await start({
      labels: [{ name: LOCK_LABEL, color: '000000', description: `Held by GCP Log Gardener run other until ${until}; safe to delete after that` }],
    });
    const clock = fakeClock();
    const budget = new Budget(clock, { totalMs: 30_000 });
    const octokit = client(gh, 'test-token', undefined, { clock, budget });
    const result = await publishToGitHub(report([structuredClone(crash)]), context(gh, { octokit, clock, budget, lock: {} }));
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
    expect(result.skipped).toMatchObject([{ note: expect.stringMatching(/^the run budget ran out while another run held the issue lock/) }]);
    expect(result.failures).toContainEqual(expect.stringMatching(/^GitHub: the run budget ran out while another run held the issue lock/));
    expect(result.worklog?.commitShas).toHaveLength(1);
    expect(ours(gh)).toHaveLength(0);
  });

  it('a read that hangs fails after the request timeout, and GitHub down is one failure line, not one per step', async () => {
    const gh = await start();
    gh.state.faults.push({ match: /^GET \/repos\/acme\/shop$/, status: 200, message: '', delayMs: 60_000, times: 10 });
    const clock = fakeClock();
    const octokit = client(gh, 'test-token', undefined, { clock, requestTimeoutMs: 30 });
    const result = await publishToGitHub(report([structuredClone(crash)]), context(gh, { octokit, clock, pullRequest: { number: 1, isFork: false } }));
    expect(result.failures).toEqual([
      expect.stringMatching(
        /^GitHub: reading the repository \(so the worklog is not committed\): GitHub unreachable: no answer from GitHub within 0 s \(GET \/repos\/\{owner\}\/\{repo\}\)/,
      ),
    ]);
    expect(result.read).toBe(false);
    expect(result.created).toEqual([]);
  });

  it('a dry run with GitHub unreachable fails fast: at most 20 s of waiting, no plan from data never read', async () => {
    const gh = await start();
    const url = gh.url;
    await gh.stop();
    fake = undefined;
    const clock = fakeClock();
    const budget = new Budget(clock, { totalMs: 15 * 60_000, maxWaitedMs: 20_000 });
    const octokit = client({ ...gh, url }, 'test-token', undefined, { clock, budget });
    const result = await publishToGitHub(report([structuredClone(crash)]), { ...context(gh, { octokit, clock, budget }, { dryRun: true }) });
    expect(budget.waited).toBeLessThanOrEqual(20_000);
    expect(result.read).toBe(false);
    expect(result.created).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/GitHub unreachable/);
  });
});

describe('sizes GitHub accepts', () => {
  it('a 300-character component and 50 revisions of 2,000 characters: the title, the body and every edit fit; the memory stays readable', async () => {
    const gh = await start();
    const huge = structuredClone(crash);
    huge.triage.component = 'c'.repeat(300);
    huge.revisions = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`rev-${i}-${'x'.repeat(2000)}`, 1]));
    const first = await publishToGitHub(report([huge]), context(gh));
    expect(first.failures).toEqual([]);
    const [issue] = ours(gh);
    expect(issue.title.length).toBeLessThanOrEqual(256);
    expect(issue.body.length).toBeLessThanOrEqual(65_536);
    expect(readMemory(issue.body)?.revisions).toHaveLength(50);

    const more = structuredClone(huge);
    more.revisions = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`rev-${i + 40}-${'y'.repeat(63)}`, 1]));
    const second = await publishToGitHub(report([more]), context(gh));
    expect(second.failures).toEqual([]);
    expect(second.commented[0].note).toMatch(/new revisions affected/);
    expect(ours(gh)[0].body.length).toBeLessThanOrEqual(65_536);
    expect(readMemory(ours(gh)[0].body)).toBeDefined();
  });

  it('the state marker never outgrows its reader, however many revisions are remembered', () => {
    const revisions = Array.from({ length: 400 }, (_, i) => `svc-${String(i).padStart(5, '0')}-${'r'.repeat(52)}`);
    const m = stateMarker({ priority: 'P1', revisions, lastSeen: '2026-11-27T10:00:00.000Z' });
    expect(m.length).toBeLessThanOrEqual(STATE_LIMIT + 40);
    const read = readMemory(wrapStatus([m]));
    expect(read?.revisions.at(-1)).toBe(revisions.at(-1)); // the newest are kept
    expect(read!.revisions.length).toBeGreaterThan(20);
  });
});

describe('text leaving the process', () => {
  it('lone surrogates, bidi overrides and C1 controls never reach GitHub', async () => {
    const gh = await start();
    const evil = group({ title: 'Error: bad \ud800 input \u202Egnp.exe\u202C next\u0085line', priority: 'P1' });
    evil.triage.component = 'api\u2066x';
    await publishToGitHub(report([evil]), context(gh));
    const [issue] = ours(gh);
    for (const text of [issue.title, issue.body]) {
      expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(text.toWellFormed()).toBe(text);
    }
    expect(issue.title).toContain('gnp.exe');
  });
});

describe('the previous report', () => {
  it('is found through the latest-report pointer, past 1,000 files in the folder', async () => {
    const gh = await start();
    const folder = 'gcp/log-gardener';
    for (let i = 0; i < 1100; i++)
      gh.state.files.set(`main:${folder}/GCP-LOG-GARDENER-WORKLOG-api-2025${String(i).padStart(6, '0')}T000000Z.json`, { content: '{}', sha: `s${i}` });
    const r = report([structuredClone(crash)]);
    await publishToGitHub(r, context(gh, { worklog: { markdown: '# W\n', json: JSON.stringify(r) } }));
    const reads = gh.calls.length;
    const found = await findPreviousReport(client(gh), { owner: 'acme', repo: 'shop' }, context(gh).settings.worklogPath, ['api']);
    expect(found.problem).toBeUndefined();
    expect(found.path).toBe(`${folder}/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z.json`);
    expect(found.report?.groups[0].signature.fingerprint).toBe(crash.signature.fingerprint);
    // Two reads (the pointer, the report), no folder listing, and no object spread into the query.
    expect(gh.calls.slice(reads).map((c) => decodeURIComponent(c.path))).toEqual([
      `/repos/acme/shop/contents/${folder}/LATEST-api.json`,
      `/repos/acme/shop/contents/${folder}/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z.json`,
    ]);
    expect(gh.calls.every((c) => !c.query.includes('object'))).toBe(true);
  });
});

describe('self-healing', () => {
  const human = {
    title: 'Checkout broken: KeyError user_id missing in session',
    body: 'KeyError: user_id missing in session\n\nSeen after login.',
    labels: ['bug'],
  };

  it('an adoption comment that failed is posted by the next run, once', async () => {
    const gh = await start({ issues: [human] });
    gh.state.faults.push({ match: /^POST \/repos\/acme\/shop\/issues\/1\/comments$/, status: 403, message: 'Resource not accessible by integration' });
    const first = await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(first.adopted).toHaveLength(1);
    expect(first.failures).toHaveLength(1);
    expect(gh.state.comments).toHaveLength(0);
    expect(readMemory(gh.state.issues[0].body)?.owed).toEqual(['adopted']);

    const second = await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(second.failures).toEqual([]);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toMatch(/matched this issue to the error group/);
    expect(readMemory(gh.state.issues[0].body)?.owed).toBeUndefined();
    await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(gh.state.comments).toHaveLength(1);
  });

  it('two open issues with one fingerprint: the newer is closed as a duplicate linking the older', async () => {
    const body = `${fingerprintMarker(crash.signature.fingerprint)}\nfiled twice`;
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
    const gh = await start({
      issues: [
        { number: 3, title: '[P0] api: KeyError', body, labels: ['log-gardener'], user: bot },
        { number: 4, title: '[P0] api: KeyError', body, labels: ['log-gardener'], user: bot },
      ],
    });
    const result = await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(result.failures).toEqual([]);
    expect(result.closed).toMatchObject([{ number: 4, note: 'duplicate of #3' }]);
    expect(gh.state.issues.find((i) => i.number === 4)).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    expect(gh.state.comments.find((c) => c.issue_number === 4)?.body).toContain('duplicate of #3');
    expect(result.refs[crash.signature.fingerprint]?.number).toBe(3);
  });
});

describe('issues that resolve themselves (resolve-after)', () => {
  it("closes our quiet issue as completed with the last occurrence; a return reopens it; people's issues stay open", async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(crash)]), context(gh));
    const later = new Date('2026-12-08T11:00:00.000Z');
    const quiet = await publishToGitHub(report([]), context(gh, { now: later }, { resolveAfterMs: 7 * 86_400_000 }));
    expect(quiet.closed).toMatchObject([{ number: 1, note: 'quiet since 2026-11-27T10:30:00.000Z' }]);
    expect(gh.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(gh.state.comments.at(-1)?.body).toMatch(/no entries of this error group since 2026-11-27T10:30:00.000Z \(11 days\)/);

    gh.state.issues[0].closed_at = '2026-12-08T11:00:00.000Z';
    const back = { ...structuredClone(crash), firstSeen: '2026-12-09T08:00:00.000Z', lastSeen: '2026-12-09T09:00:00.000Z' };
    const again = await publishToGitHub(report([back]), context(gh, { now: new Date('2026-12-09T10:00:00.000Z') }, { resolveAfterMs: 7 * 86_400_000 }));
    expect(again.reopened.map((o) => o.number)).toEqual([1]);
    expect(gh.state.issues[0].state).toBe('open');
  });

  it('is off by default, and leaves adopted issues open unless the team opts in', async () => {
    const person = { login: 'octocat', type: 'User' as const };
    const memory = stateMarker({ priority: 'P2', revisions: [], lastSeen: '2026-11-01T00:00:00.000Z', services: ['api'] });
    const body = `Steps.\n\n${fingerprintMarker(slow.signature.fingerprint)}\n${wrapStatus([memory])}\n`;
    const gh = await start({ issues: [{ number: 1, title: 'Slow db', body, labels: ['log-gardener'], user: person }] });
    expect((await publishToGitHub(report([]), context(gh))).closed).toEqual([]);
    expect((await publishToGitHub(report([]), context(gh, {}, { resolveAfterMs: 7 * 86_400_000 }))).closed).toEqual([]);
    expect((await publishToGitHub(report([]), context(gh, {}, { resolveAfterMs: 7 * 86_400_000, resolveAdopted: true }))).closed).toHaveLength(1);
  });
});

describe('matching what the repository knows', () => {
  it("a person's closed issue that matches confidently is reopened and adopted on regression, or linked from a new issue", async () => {
    const closedHuman = {
      number: 1,
      title: 'KeyError: user_id missing in session',
      body: 'KeyError: user_id missing in session on checkout',
      state: 'closed' as const,
      state_reason: 'completed' as const,
      closed_at: '2026-11-20T00:00:00.000Z',
    };
    let gh = await start({ issues: [closedHuman] });
    const reopened = await publishToGitHub(report([structuredClone(crash)]), context(gh));
    expect(reopened.adopted).toMatchObject([{ number: 1 }]);
    expect(gh.state.issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(gh.state.comments[0].body).toMatch(/came back after the issue was closed/);
    await gh.stop();

    gh = await start({ issues: [closedHuman] });
    const linked = await publishToGitHub(report([structuredClone(crash)]), context(gh, {}, { onRegression: 'new-issue' }));
    expect(linked.created).toMatchObject([{ number: 2, note: 'returned after #1 was closed' }]);
    expect(gh.state.issues[0]).toMatchObject({ state: 'closed', body: closedHuman.body });
  });

  it('finds an issue filed under an older fingerprint of the same problem (signature.aliases)', async () => {
    const old = 'v1:0123456789abcdef';
    const gh = await start({
      issues: [
        {
          number: 9,
          title: '[P0] api: KeyError',
          body: `${fingerprintMarker(old)}\nold`,
          labels: ['log-gardener'],
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
      ],
    });
    const g = structuredClone(crash);
    g.signature.aliases = [old];
    const result = await publishToGitHub(report([g]), context(gh));
    expect(result.created).toEqual([]);
    expect(result.refs[crash.signature.fingerprint]?.number).toBe(9);
  });
});

describe("the gate's known groups (fail-on-new-only)", () => {
  it("come from the action's issues, open and closed, and the gate line says so and how many", async () => {
    const { knownFromIssues } = await import('../../src/publish/github-step.js');
    const { evaluateGate, knownFromReport } = await import('../../src/gate.js');
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
    const gh = await start({
      issues: [
        {
          number: 1,
          title: 'a',
          body: fingerprintMarker(crash.signature.fingerprint),
          labels: ['log-gardener'],
          user: bot,
          state: 'closed',
          state_reason: 'completed',
          closed_at: '2020-01-01T00:00:00Z',
          updated_at: '2020-01-01T00:00:00Z',
        },
      ],
    });
    const target = { octokit: client(gh), owner: 'acme', repo: 'shop' };
    const settings = { issueLabel: 'log-gardener' } as Parameters<typeof knownFromIssues>[1];
    const known = await knownFromIssues(target, settings, () => undefined);
    expect(known).toEqual({ source: 'issues', fingerprints: new Set([crash.signature.fingerprint]) });
    const r = report([structuredClone(crash), structuredClone(slow)]);
    const verdict = evaluateGate(r, 'P3', true, known);
    expect(verdict.groups.map((g) => g.signature.title)).toEqual([slow.signature.title]);
    expect(verdict.text).toMatch(/Known groups from the action's issues \(open and closed\): 1 fingerprint\.$/);
    expect(evaluateGate(r, 'P3', true, knownFromReport(undefined)).text).toMatch(/Nothing is known yet .*every group counts as new\.$/);
  });

  it('fall back on the previous report when the token cannot read issues', async () => {
    const { knownFromIssues } = await import('../../src/publish/github-step.js');
    const gh = await start();
    gh.state.faults.push({ match: /^GET \/repos\/acme\/shop\/issues$/, status: 403, message: 'Resource not accessible by integration', times: 5 });
    const known = await knownFromIssues({ octokit: client(gh), owner: 'acme', repo: 'shop' }, { issueLabel: 'log-gardener' } as never, () => undefined);
    expect(known).toBeUndefined();
  });
});

describe('resolve-after and other services', () => {
  it("closes only issues of the services this run read: another service's quiet issue is not this run's to judge", async () => {
    const memory = (service: string) => stateMarker({ priority: 'P2', revisions: [], lastSeen: '2026-11-01T00:00:00.000Z', services: [service] });
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
    const issue = (n: number, service: string) => ({
      number: n,
      title: `[P2] ${service}: old`,
      body: `${fingerprintMarker(`v2:${String(n).padStart(16, '0')}`)}\n${wrapStatus([memory(service)])}\n`,
      labels: ['log-gardener'],
      user: bot,
    });
    const gh = await start({ issues: [issue(1, 'api'), issue(2, 'worker')] });
    const result = await publishToGitHub(report([]), context(gh, {}, { resolveAfterMs: 7 * 86_400_000 }));
    expect(result.closed.map((c) => c.number)).toEqual([1]);
    expect(gh.state.issues.find((i) => i.number === 2)?.state).toBe('open');
  });
});
