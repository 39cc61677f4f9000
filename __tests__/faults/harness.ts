// A whole gardener run in-process, as the action wires it (garden, then conclude), against the Cloud
// Logging gRPC fake and the GitHub fake. Nothing sleeps for real: Cloud Logging pacing is off and its
// backoff runs on a fake clock; GitHub's spacing, retries and lock polling run on another.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { garden, type Gardened } from '../../src/main.js';
import { conclude } from '../../src/conclude.js';
import { openCloudLoggingSource } from '../../src/gcp/open-source.js';
import type { GitHubTarget } from '../../src/publish/github-step.js';
import type { GitHubPublishResult } from '../../src/github/index.js';
import type { Settings } from '../../src/settings.js';
import { startGoogleFakes, FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT, type GoogleFakes } from '../fakes/google-fakes.js';
import { startGitHubFake, type FakeInitial, type GitHubFake } from '../fakes/github-server.js';
import { client, fakeClock } from '../github/helpers.js';
import { testSettings } from '../gcp/settings.js';
import { coreStandIn } from '../helpers/core-stand-in.js';

process.env.METADATA_SERVER_DETECTION = 'none';

export const NOW = new Date('2026-03-01T12:00:00Z');
export const PROJECT = 'shop-prod';
/** Distinct problems the entries carry, one group each. */
export const PROBLEMS = ['KeyError', 'ValueError', 'TimeoutError', 'ZeroDivisionError', 'PermissionError'];

/** `count` entries, newest first a minute apart, cycling through PROBLEMS so every page holds all of them. */
export function entries(count: number, project = PROJECT): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    insertId: `${project}-e${i}`,
    logName: `projects/${project}/logs/run.googleapis.com%2Fstderr`,
    timestamp: new Date(NOW.getTime() - 60_000 * (i + 1)).toISOString(),
    severity: 'ERROR',
    textPayload: `Traceback (most recent call last):\n  File "/app/${PROBLEMS[i % PROBLEMS.length].toLowerCase()}.py", line ${10 + (i % PROBLEMS.length)}, in handler\n${PROBLEMS[i % PROBLEMS.length]}: order ${i}`,
    resource: {
      type: 'cloud_run_revision',
      labels: { project_id: project, service_name: 'checkout', revision_name: 'checkout-00007-abc', location: 'europe-west1' },
    },
    labels: { instanceId: `inst-${i % 3}` },
  }));
}

export interface Fakes {
  google: GoogleFakes;
  gh: GitHubFake;
  stop(): Promise<void>;
}

export async function startFakes(byProject: Record<string, Record<string, unknown>[]> = { [PROJECT]: entries(50) }, github: FakeInitial = {}): Promise<Fakes> {
  const google = await startGoogleFakes({ entries: byProject });
  const gh = await startGitHubFake(github);
  // The OIDC endpoint is read from the process environment by @actions/core.
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: google.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: google.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
  return { google, gh, stop: async () => void (await Promise.all([google.stop(), gh.stop()])) };
}

export interface GardenerRun {
  outcome: Gardened;
  github: GitHubPublishResult;
  /** What the action exits with: 1 when any part failed or the gate failed (conclude decides). */
  exitCode: number;
  summary: string;
  worklog: string;
  report: { groups: { signature: { fingerprint: string }; count: number; issue?: { number: number } }[]; failures: string[]; stats: { entries: number } };
  notices: string[];
}

export interface RunOptions {
  settings?: Partial<Settings>;
  /** entries.list page size (the API's largest is 1000). */
  pageSize?: number;
  /** Backoff retries on RESOURCE_EXHAUSTED / UNAVAILABLE (default 5, as shipped). */
  retries?: number;
  /** Talk to GitHub through this URL (a lossy proxy) instead of the fake's own. */
  githubUrl?: string;
  /** The run's clock reading (default NOW). */
  now?: Date;
}

export async function gardener(f: Fakes, opts: RunOptions = {}): Promise<GardenerRun> {
  const settings = testSettings({
    projects: [PROJECT],
    services: ['checkout'],
    authMode: 'workload-identity',
    workloadIdentityProvider: FAKE_PROVIDER,
    serviceAccount: FAKE_SERVICE_ACCOUNT,
    windowMs: 7 * 24 * 3600_000,
    until: NOW,
    outputDir: mkdtempSync(join(tmpdir(), 'lg-faults-')),
    worklogPath: 'gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md',
    dryRun: false,
    createIssues: true,
    commitWorklog: true,
    githubToken: 'ghs_faultsFakeToken0123456789',
    ...opts.settings,
  });
  const env = { ...f.google.env, GITHUB_REPOSITORY: `${f.gh.state.owner}/${f.gh.state.repo}`, GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://github.com' };
  const notices: string[] = [];
  // GitHub's waits (spacing, retries, lock polling) on a fake clock: nothing sleeps for real.
  const clock = fakeClock();
  const octokit = client(opts.githubUrl ? { ...f.gh, url: opts.githubUrl } : f.gh, 'test-token', (line) => notices.push(line), { clock });
  const target: GitHubTarget = { octokit, owner: f.gh.state.owner, repo: f.gh.state.repo, clock };
  const { core } = coreStandIn();
  const outcome = await garden(settings, {
    core,
    now: opts.now ?? NOW,
    env,
    openCloudSource: (s, e) =>
      openCloudLoggingSource(s, e, NOW, {
        authDeps: { setSecret: () => undefined },
        requestsPerMinute: 0,
        backoff: { retries: opts.retries ?? 5, initialMs: 1, maxMs: 4 },
        // Cloud Logging's backoff on a clock of its own, so its waits do not count against GitHub's budget.
        clock: fakeClock(),
        pageSize: opts.pageSize,
      }),
    githubTarget: async () => target,
  });
  const concluded = conclude(outcome);
  return {
    outcome,
    github: outcome.published!,
    exitCode: concluded.failure ? 1 : 0,
    summary: concluded.summary,
    worklog: readFileSync(outcome.files.worklog, 'utf8'),
    report: JSON.parse(readFileSync(outcome.files.report, 'utf8')) as GardenerRun['report'],
    notices,
  };
}

/** The action's issues in the fake, and whether any fingerprint was filed twice. */
export function filed(gh: GitHubFake): { issues: number; fingerprints: string[]; duplicates: string[] } {
  const fps = gh.state.issues
    .filter((i) => !i.pull_request)
    .map((i) => /log-gardener:fingerprint=(v\d+:[0-9a-f]+)/.exec(i.body)?.[1] ?? `untagged #${i.number}`);
  return { issues: fps.length, fingerprints: fps, duplicates: fps.filter((fp, i) => fps.indexOf(fp) !== i) };
}

/** Calls the GitHub fake logged for one "METHOD /path" pattern, by answer status. */
export function callsTo(gh: GitHubFake, method: string, path: RegExp): number[] {
  return gh.calls.filter((c) => c.method === method && path.test(c.path)).map((c) => c.status);
}

/**
 * A proxy in front of the GitHub fake that lets matching calls through and then loses the answer:
 * GitHub did the write, the client sees `status` (a gateway error after the fact).
 */
export async function lossyProxy(gh: GitHubFake, match: RegExp, status: number, times = 1): Promise<{ url: string; lost: string[]; stop(): Promise<void> }> {
  const lost: string[] = [];
  let left = times;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', gh.url).pathname;
      // GraphQL calls are told apart by operation, as the fake does: "POST /graphql#mutation".
      const op = path === '/graphql' ? (/^\s*\{?\s*"query"\s*:\s*"\s*mutation/.test(Buffer.concat(chunks).toString('utf8')) ? '#mutation' : '#query') : '';
      const key = `${req.method} ${path}${op}`;
      const upstream = request(`${gh.url}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
        const body: Buffer[] = [];
        up.on('data', (c: Buffer) => body.push(c));
        up.on('end', () => {
          if (left > 0 && match.test(key) && (up.statusCode ?? 500) < 300) {
            left -= 1;
            lost.push(key);
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ message: 'Bad Gateway' }));
            return;
          }
          res.writeHead(up.statusCode ?? 500, up.headers);
          res.end(Buffer.concat(body));
        });
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lost, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
