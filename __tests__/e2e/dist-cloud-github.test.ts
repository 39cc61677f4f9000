// The bundled action end to end, configured only by inputs and environment: workload identity
// against loopback fakes of the OIDC endpoint, STS, IAM credentials and Cloud Logging (gRPC), and a
// stateful fake of GitHub's REST API. Nothing is mocked inside the process.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { startGoogleFakes, type GoogleFakes } from '../fakes/google-fakes.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github-server.js';
import { runAction, type ActionRun } from '../helpers/action-env.js';

// LOG_GARDENER_ACTION points the tests at another bundle. GitHub's waits (write spacing, retry
// pauses) are scaled to zero through the documented test-only LOG_GARDENER_TEST_WAIT_SCALE.
const ACTION = resolve(process.env.LOG_GARDENER_ACTION ?? 'dist/index.js');
const SAMPLE = JSON.parse(readFileSync('examples/cloud-run-staging-48h.json', 'utf8')) as Record<string, unknown>[];
const WINDOW = { since: '2025-09-09T00:00:00Z', until: '2025-09-12T00:00:00Z', service: 'netra-backend-staging' };

let google: GoogleFakes;
let gh: GitHubFake;

beforeEach(async () => {
  google = await startGoogleFakes({ entries: { 'netra-staging': SAMPLE }, repository: 'acme/shop' });
  gh = await startGitHubFake();
});
afterEach(async () => {
  await google.stop();
  await gh.stop();
});

function action(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    ACTION,
    { ...google.inputs, ...WINDOW, 'github-token': 'ghs_e2eFakeToken0123456789abcdefABCDEF', ...inputs },
    {
      ...google.env,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      LOG_GARDENER_TEST_WAIT_SCALE: '0',
      ...env,
    },
  );
}

/** Lines a reader sees: everything but the runner's own ::add-mask:: commands. */
const visible = (r: ActionRun) =>
  (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

describe('dist/index.js against Google and GitHub fakes', () => {
  test('workload identity, Cloud Logging, issues and the worklog commit; a second run files nothing new', async () => {
    const first = await action({ 'max-new-issues': '3' });
    expect(first.code).toBe(0);
    expect(Number(first.outputs['entry-count'])).toBeGreaterThan(700);
    expect(Number(first.outputs['group-count'])).toBe(10);
    expect(first.outputs['issues-created']).toBe('3');

    // Every Cloud Logging call carried the access token the IAM fake minted, and the filter the worklog shows.
    expect(google.calls.logging.length).toBeGreaterThan(0);
    expect(google.calls.logging.every((c) => c.status === 0 && /^Bearer /.test(c.authorization ?? ''))).toBe(true);
    const worklog = readFileSync(resolve(first.dir, first.outputs['worklog-path']), 'utf8');
    expect(worklog).toContain(google.calls.logging[0].filter.slice(0, 60));

    // Tokens never reach what a reader sees.
    const tokens = [...google.auth.accessTokens.keys()];
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of [...tokens, 'ghs_e2eFakeToken0123456789abcdefABCDEF']) expect(visible(first)).not.toContain(t);

    // Three issues with priority labels and a hidden fingerprint; the rest listed in the worklog.
    const issues = gh.state.issues.filter((i) => !i.pull_request);
    expect(issues).toHaveLength(3);
    for (const i of issues) {
      expect(i.title).toMatch(/^\[P[0-3]\] /);
      expect(i.labels).toEqual(expect.arrayContaining(['log-gardener', i.title.slice(1, 3)]));
      expect(i.body).toMatch(/<!-- log-gardener:fingerprint=v\d+:[0-9a-f]{16} -->/);
    }
    expect(worklog).toContain('GITHUB ISSUES LEFT FOR A PERSON');
    expect(worklog).toMatch(/\[issue \d+\]\(http/);

    // The worklog, its report and the latest-report pointer were committed through the API in one verified commit, not from the workspace.
    expect(gh.state.commits).toEqual([
      expect.objectContaining({
        verified: true,
        paths: [
          expect.stringMatching(/^gcp\/log-gardener\/GCP-LOG-GARDENER-WORKLOG-netra-backend-staging-\d{8}T\d{6}Z-run42\.1\.md$/),
          expect.stringMatching(/-run42\.1\.json$/),
          'gcp/log-gardener/LATEST-netra-backend-staging.json',
        ],
      }),
    ]);
    expect(first.outputs['worklog-url']).toMatch(/\/blob\/main\/gcp\/log-gardener\//);

    const second = await action({ 'max-new-issues': '3' });
    expect(second.code).toBe(0);
    // It read the first run's committed report back: the same groups again are ongoing.
    const secondReport = JSON.parse(readFileSync(resolve(second.dir, second.outputs['report-path']), 'utf8'));
    expect(secondReport.groups.map((g: { trend?: string }) => g.trend)).toEqual(Array(10).fill('ongoing'));
    expect(gh.state.issues.filter((i) => !i.pull_request)).toHaveLength(6); // three more under the cap, none twice
    const titles = gh.state.issues.map((i) => i.title);
    expect(new Set(titles).size).toBe(titles.length);
    const third = await action({});
    expect(third.outputs['issues-created']).toBe('4');
    const fourth = await action({});
    expect(fourth.outputs['issues-created']).toBe('0');
    expect(gh.state.issues.filter((i) => !i.pull_request)).toHaveLength(10);
    expect(gh.state.comments.length).toBe(0); // nothing a human needs to hear about
  });

  test('two legs of one matrix job at once (same run id, attempt and job): exactly the issues one run files', async () => {
    const legs = { GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'gardener' };
    const [a, b] = await Promise.all([action({ 'max-new-issues': '100' }, legs), action({ 'max-new-issues': '100' }, legs)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const groups = Number(a.outputs['group-count']);
    const issues = gh.state.issues.filter((i) => !i.pull_request);
    expect(issues).toHaveLength(groups); // one per group, as one run files them
    const fingerprints = issues.map((i) => /fingerprint=(v\d+:[0-9a-f]+)/.exec(i.body)?.[1]);
    expect(new Set(fingerprints).size).toBe(groups);
    expect([a.outputs['issues-created'], b.outputs['issues-created']].sort()).toEqual(['0', String(groups)]);
    expect(gh.state.comments).toHaveLength(0);
    expect(gh.state.labels.map((l) => l.name)).not.toContain('log-gardener-lock');
  });

  test('on a pull request: one comment, edited in place on the next run', async () => {
    await gh.stop();
    gh = await startGitHubFake({ issues: [{ number: 5, title: 'Add caching', pull_request: { head_repo: 'acme/shop', base_repo: 'acme/shop' } }] });
    const dir = mkdtempSync(join(tmpdir(), 'lg-event-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { number: 5, head: { repo: { full_name: 'acme/shop' } }, base: { repo: { full_name: 'acme/shop' } } } }),
    );
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath };
    const inputs = { 'create-issues': 'false', 'commit-worklog': 'false', 'fail-on': 'P0' };
    const first = await action(inputs, env);
    expect(first.code).toBe(1); // the gate: P0 groups are present
    expect(first.outputs['comment-url']).toMatch(/issuecomment/);
    const second = await action(inputs, env);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    const comments = gh.state.comments.filter((c) => c.issue_number === 5);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/Gate failed/);
  });

  test('a project denied half-way: the rest is kept, the worklog says what failed, the step fails', async () => {
    google.logging.faults.push({
      code: grpc.status.PERMISSION_DENIED,
      project: 'other-project',
      times: 10,
      message: 'Permission denied on project other-project',
    });
    const r = await action({ 'project-id': 'netra-staging,other-project', 'create-issues': 'false', 'commit-worklog': 'false' });
    expect(r.code).toBe(1);
    expect(Number(r.outputs['group-count'])).toBe(10);
    expect(Number(r.outputs.failures)).toBeGreaterThan(0);
    const worklog = readFileSync(resolve(r.dir, r.outputs['worklog-path']), 'utf8');
    expect(worklog).toMatch(/Part of this run failed/);
    expect(worklog).toMatch(/other-project/);
    expect(r.summary).toMatch(/❌ .*other-project/);
    expect(r.stdout).toMatch(/::error::Partial failure: 1 part of the run failed/);
  });

  test('a dry run with GitHub unreachable: one failure line naming it, no plan from issues never read', async () => {
    const url = gh.url;
    await gh.stop();
    const r = await action({ 'dry-run': 'true' }, { GITHUB_API_URL: url });
    gh = await startGitHubFake();
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors.filter((l) => /GitHub unreachable/.test(l))).toHaveLength(1);
    expect(r.stdout).not.toMatch(/would file/);
    expect(Number(r.outputs['group-count'])).toBeGreaterThan(0);
  });

  test('bad workload identity setup: one line naming the fix', async () => {
    const r = await action({}, { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/id-token: write/);
  });
});
