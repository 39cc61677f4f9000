import { afterEach, describe, expect, it } from '@jest/globals';
import { publishToGitHub } from '../../src/github/publish.js';
import { readFingerprint } from '../../src/safety/markers.js';
import { LOCK_LABEL } from '../../src/github/lock.js';
import { startGitHubFake, type FakeInitial, type GitHubFake } from '../fakes/github-server.js';
import { context, fresh, group, report } from './helpers.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});
const start = async (init?: FakeInitial) => (fake = await startGitHubFake(init));

/** Holds the lock until two runs wait for it, so they surely overlap; then lets go. */
async function holdLockWhile<T>(gh: GitHubFake, runs: () => Promise<T>): Promise<T> {
  const until = new Date(Date.now() + 3_600_000).toISOString();
  gh.state.labels.push({ name: LOCK_LABEL, color: '000000', description: `Held by GCP Log Gardener run test until ${until}; safe to delete after that` });
  const refusedBefore = refused(gh);
  const done = runs();
  while (refused(gh) < refusedBefore + 2) await new Promise((resolve) => setTimeout(resolve, 2));
  gh.state.labels = gh.state.labels.filter((l) => l.name !== LOCK_LABEL);
  return done;
}
const refused = (gh: GitHubFake) => gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/labels') && c.status === 422).length;

const importError = group({
  title: "ImportError: cannot import name 'create_defensive_user_execution_context' from 'netra_backend.app.websocket'",
  priority: 'P0',
  component: 'websocket',
  exceptionType: 'ImportError',
});
const timeout = group({ title: 'TimeoutError: upstream <*> did not answer in <*>', priority: 'P2', component: 'billing' });

describe('filing issues', () => {
  it('files one issue per group with the title scheme, labels and a fingerprint marker', async () => {
    const gh = await start();
    const r = report([importError, timeout].map((g) => structuredClone(g)));
    const result = await publishToGitHub(r, context(gh));

    expect(result.failures).toEqual([]);
    expect(result.created.map((c) => c.number)).toEqual([1, 2]);
    expect(result.refs[importError.signature.fingerprint]).toEqual({ number: 1, url: `${gh.url}/acme/shop/issues/1`, state: 'new' });
    const [a, b] = gh.state.issues;
    expect(a.title).toBe("[P0] websocket: ImportError: cannot import name 'create_defensive_user_execution_context' from…");
    expect(a.title.length).toBeLessThanOrEqual(120);
    expect(a.labels).toEqual(['log-gardener', 'P0', 'component:websocket']);
    expect(b.labels).toEqual(['log-gardener', 'P2', 'component:billing']);
    expect(readFingerprint(a.body)).toBe(importError.signature.fingerprint);
    for (const section of [
      '## Impact',
      '## Priority',
      '## First and last seen',
      '## Pattern',
      '## Error details',
      '## Technical context',
      '[Logs Explorer]',
      '[Worklog]',
    ]) {
      expect(a.body).toContain(section);
    }
    expect(a.body).toContain('/blob/main/gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20261127T110000Z.md');
    // Labels are created with colours and descriptions; the lock label is gone again.
    expect(gh.state.labels.map((l) => l.name).sort()).toEqual(['P0', 'P2', 'component:billing', 'component:websocket', 'log-gardener']);
    expect(gh.state.labels.find((l) => l.name === 'P0')).toMatchObject({ color: 'b60205', description: expect.stringContaining('Critical') });
  });

  it('a second run files nothing new, creates no label and writes nothing when nothing changed', async () => {
    const gh = await start();
    const r = report([importError, timeout]);
    await publishToGitHub(fresh(r), context(gh, { worklog: undefined }));
    const labelPosts = gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/labels')).length;
    gh.resetCalls();

    const again = await publishToGitHub(fresh(r), context(gh, { worklog: undefined }));
    expect(again.created).toEqual([]);
    expect(again.unchanged.map((u) => u.number).sort()).toEqual([1, 2]);
    expect(gh.state.issues).toHaveLength(2);
    expect(gh.count().writes).toBe(0);
    expect(gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/labels')).length).toBe(labelPosts);
  });

  it('two runs at once file no duplicate: the lock serialises filing and the waiter re-lists', async () => {
    const gh = await start();
    const r = report([importError, timeout]);
    const [a, b] = await holdLockWhile(gh, () =>
      Promise.all([
        publishToGitHub(fresh(r), context(gh, { lockOwner: 'run-a', worklog: undefined })),
        publishToGitHub(fresh(r), context(gh, { lockOwner: 'run-b', worklog: undefined })),
      ]),
    );
    expect(gh.state.issues).toHaveLength(2);
    expect(a.created.length + b.created.length).toBe(2);
    expect(a.unchanged.length + b.unchanged.length).toBe(2);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(gh.state.labels.some((l) => l.name === LOCK_LABEL)).toBe(false);
  });

  it('takes over a lock whose holder crashed once it expires', async () => {
    const gh = await start({
      labels: [
        { name: LOCK_LABEL, color: '000000', description: 'Held by GCP Log Gardener run dead until 2020-01-01T00:00:00.000Z; safe to delete after that' },
      ],
    });
    const result = await publishToGitHub(report([structuredClone(timeout)]), context(gh));
    expect(result.created).toHaveLength(1);
  });

  it('gives up on a live lock after waiting, lists the groups as skipped and says why', async () => {
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const gh = await start({
      labels: [{ name: LOCK_LABEL, color: '000000', description: `Held by GCP Log Gardener run other until ${until}; safe to delete after that` }],
    });
    const result = await publishToGitHub(report([structuredClone(timeout)]), context(gh, { lock: { waitMs: 0, pollMs: 1 } }));
    expect(result.created).toEqual([]);
    expect(result.skipped[0].note).toContain('lock');
    expect(result.failures[0]).toContain('lock');
    expect(gh.state.issues).toHaveLength(0);
  });

  it('honours the cap on new issues, most urgent first, and lists the rest as skipped', async () => {
    const gh = await start();
    const groups = [1, 2, 3, 4, 5].map((n) => group({ title: `Error${n}: thing ${n} broke`, priority: n === 5 ? 'P0' : 'P3' }));
    const result = await publishToGitHub(report(groups), context(gh, {}, { maxNewIssues: 2 }));
    expect(gh.state.issues).toHaveLength(2);
    expect(result.created[0].title).toBe('Error5: thing 5 broke');
    expect(result.skipped).toHaveLength(3);
    expect(result.skipped[0].note).toBe('cap of 2 new issues per run reached');
  });

  it('keeps a body under 65,536 characters and says what was cut', async () => {
    const gh = await start();
    const huge = group({ title: 'MemoryError: huge', sample: 'MemoryError: huge\n' + 'x'.repeat(200_000) });
    const result = await publishToGitHub(report([huge]), context(gh));
    expect(result.failures).toEqual([]);
    const body = gh.state.issues[0].body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toContain('Error details cut to fit');
    expect(body).toContain('## Technical context');
  });

  it('log text cannot forge a marker, mention people or reference issues', async () => {
    const gh = await start();
    const evil = group({
      title: 'ValueError: bad input @admin fixes #12',
      sample: 'ValueError: bad\n<!-- log-gardener:fingerprint=v2:0000000000000000 -->\n```\n@admin closes #1',
    });
    await publishToGitHub(report([evil]), context(gh));
    const { body, title } = gh.state.issues[0];
    expect(readFingerprint(body)).toBe(evil.signature.fingerprint);
    expect(body).not.toMatch(/^<!-- log-gardener:fingerprint=v2:0{16} -->$/m);
    expect(title).not.toMatch(/@admin/);
    // Mentions inside a fenced block do not notify; outside one they are broken by a zero-width space.
    const outsideFences = body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideFences).not.toContain('@admin');
    expect(body).toContain('log-gardener:fingerprint=v2:0000000000000000 -->');
    expect(body).not.toContain('<!-- log-gardener:fingerprint=v2:0000000000000000');
  });
});

describe('known groups', () => {
  it('updates the status block in place, follows the priority with label and title, comments only on news', async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(timeout)]), context(gh));
    const before = gh.state.issues[0].body;

    // Same revision, more entries: the status block changes, no comment.
    const busier = { ...structuredClone(timeout), count: 40, lastSeen: '2026-11-27T10:50:00.000Z' };
    const r2 = await publishToGitHub(report([busier]), context(gh));
    expect(r2.updated).toHaveLength(1);
    expect(r2.commented).toEqual([]);
    const after = gh.state.issues[0].body;
    expect(after).not.toBe(before);
    expect(after).toContain('**40** entries');
    expect(after.split('## Impact')[1]).toBe(before.split('## Impact')[1]);
    expect(gh.state.comments).toHaveLength(0);

    // Escalated and a new revision: one comment naming both; the priority label and title follow.
    const worse = structuredClone(busier);
    worse.triage.priority = 'P1';
    worse.revisions = { 'api-00043-def': 5 };
    const r3 = await publishToGitHub(report([worse]), context(gh));
    expect(r3.commented).toHaveLength(1);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toContain('priority escalated from P2 to P1');
    expect(gh.state.comments[0].body).toContain('api-00043-def');
    expect(gh.state.issues[0].labels).toEqual(['log-gardener', 'component:billing', 'P1']);
    expect(gh.state.issues[0].title.startsWith('[P1] billing:')).toBe(true);

    // The same report again: no comment, no write.
    gh.resetCalls();
    await publishToGitHub(report([structuredClone(worse)]), context(gh, { worklog: undefined }));
    expect(gh.count().writes).toBe(0);
  });

  it('two runs at once with news comment once: the waiter sees the status block the other wrote', async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(timeout)]), context(gh));
    const worse = structuredClone(timeout);
    worse.triage.priority = 'P0';
    await holdLockWhile(gh, () =>
      Promise.all([
        publishToGitHub(report([structuredClone(worse)]), context(gh, { lockOwner: 'a' })),
        publishToGitHub(report([structuredClone(worse)]), context(gh, { lockOwner: 'b' })),
      ]),
    );
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toContain('priority escalated from P2 to P0');
  });

  it('comments when a group is back after a quiet spell', async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(timeout)]), context(gh));
    const back = { ...structuredClone(timeout), firstSeen: '2026-12-05T08:00:00.000Z', lastSeen: '2026-12-05T09:00:00.000Z' };
    const result = await publishToGitHub(report([back]), context(gh));
    expect(result.commented[0].note).toContain('back after');
  });

  it('reopens a closed issue on regression with a comment naming the revisions', async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(importError)]), context(gh));
    Object.assign(gh.state.issues[0], { state: 'closed', state_reason: 'completed', closed_at: '2026-11-27T10:00:00.000Z' });
    const again = { ...structuredClone(importError), lastSeen: '2026-11-27T10:59:00.000Z', revisions: { 'api-00050-zzz': 2 } };
    const result = await publishToGitHub(report([again]), context(gh));
    expect(result.reopened.map((o) => o.number)).toEqual([1]);
    expect(gh.state.issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(gh.state.comments.at(-1)?.body).toContain('api-00050-zzz');
    expect(gh.state.issues).toHaveLength(1);
  });

  it('does not reopen when every entry predates the close, nor an issue closed as not planned', async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(importError), structuredClone(timeout)]), context(gh));
    Object.assign(gh.state.issues[0], { state: 'closed', state_reason: 'completed', closed_at: '2026-11-27T10:45:00.000Z' });
    Object.assign(gh.state.issues[1], { state: 'closed', state_reason: 'not_planned', closed_at: '2026-11-27T09:00:00.000Z' });
    const result = await publishToGitHub(report([structuredClone(importError), structuredClone(timeout)]), context(gh));
    expect(result.reopened).toEqual([]);
    expect(result.skipped.map((s) => s.note).sort()).toEqual(['all entries predate the close: not reopened', 'issue closed as not planned: not reopened']);
    expect(gh.state.issues.every((i) => i.state === 'closed')).toBe(true);
  });

  it('files a new issue linking the closed one when on-regression is new-issue', async () => {
    const gh = await start();
    await publishToGitHub(report([structuredClone(importError)]), context(gh));
    Object.assign(gh.state.issues[0], { state: 'closed', state_reason: 'completed', closed_at: '2026-11-27T10:00:00.000Z' });
    const result = await publishToGitHub(report([structuredClone(importError)]), context(gh, {}, { onRegression: 'new-issue' }));
    expect(result.created[0]).toMatchObject({ number: 2, note: 'returned after #1 was closed' });
    expect(gh.state.issues[1].body).toContain(`[#1](${gh.url}/acme/shop/issues/1)`);
    // The next run finds the open one, not the closed one.
    const next = await publishToGitHub(report([structuredClone(importError)]), context(gh, {}, { onRegression: 'new-issue' }));
    expect(next.created).toEqual([]);
    expect(next.unchanged.map((u) => u.number)).toEqual([2]);
  });
});

describe("people's issues", () => {
  const human = {
    title: "websocket crashes: cannot import name 'create_defensive_user_execution_context'",
    body: "Since the last deploy the websocket service logs\n\nImportError: cannot import name 'create_defensive_user_execution_context' from 'netra_backend.app.websocket'\n",
    labels: ['bug'],
  };

  it('adopts a confident match: label, status block with marker, one comment; then keeps it current', async () => {
    const gh = await start({ issues: [human, { title: 'Docs typo on the landing page', body: 'teh' }] });
    const result = await publishToGitHub(report([structuredClone(importError)]), context(gh));
    expect(result.adopted).toMatchObject([{ number: 1 }]);
    expect(result.created).toEqual([]);
    const issue = gh.state.issues[0];
    expect(issue.labels).toEqual(['bug', 'log-gardener', 'P0', 'component:websocket']);
    expect(issue.body.startsWith(human.body.trimEnd())).toBe(true);
    expect(readFingerprint(issue.body)).toBe(importError.signature.fingerprint);
    expect(gh.state.comments).toHaveLength(1);

    const next = await publishToGitHub(report([structuredClone(importError)]), context(gh));
    expect(next.adopted).toEqual([]);
    expect(next.unchanged.map((u) => u.number)).toEqual([1]);
    expect(gh.state.comments).toHaveLength(1);
  });

  it('lists an uncertain match for the worklog without touching it, and files its own issue', async () => {
    const vague = { title: 'ImportError in websocket after deploy', body: 'cannot import name, see logs' };
    const gh = await start({ issues: [vague] });
    const result = await publishToGitHub(report([structuredClone(importError)]), context(gh));
    expect(result.adopted).toEqual([]);
    expect(result.uncertain).toMatchObject([{ fingerprint: importError.signature.fingerprint, candidates: [{ number: 1 }] }]);
    expect(gh.state.issues[0]).toMatchObject({ labels: [], body: vague.body });
    expect(result.created.map((c) => c.number)).toEqual([2]);
  });
});
