// Reports, groups and clients for the GitHub publisher tests.
import { createHash } from 'node:crypto';
import { createOctokit, type Octokit } from '../../src/github/client.js';
import type { PublishContext, PublishSettings } from '../../src/github/publish.js';
import type { Priority, Report, TriagedGroup } from '../../src/types.js';
import { unbounded, type Budget } from '../../src/budget.js';
import type { Clock } from '../../src/clock.js';
import type { GitHubFake } from '../fakes/github-server.js';

export interface GroupSpec {
  title: string;
  priority?: Priority;
  component?: string;
  sample?: string;
  count?: number;
  revisions?: string[];
  firstSeen?: string;
  lastSeen?: string;
  exceptionType?: string;
}

export function group(spec: GroupSpec): TriagedGroup {
  const fp = `v2:${createHash('sha256').update(spec.title).digest('hex').slice(0, 16)}`;
  const lastSeen = spec.lastSeen ?? '2026-11-27T10:30:00.000Z';
  const firstSeen = spec.firstSeen ?? '2026-11-27T08:05:00.000Z';
  const revisions = Object.fromEntries((spec.revisions ?? ['api-00042-abc']).map((r) => [r, 3]));
  return {
    signature: { kind: 'stack', fingerprint: fp, title: spec.title, detail: spec.title, exceptionType: spec.exceptionType },
    count: spec.count ?? 12,
    firstSeen,
    lastSeen,
    severities: { ERROR: spec.count ?? 12 },
    maxSeverity: 'ERROR',
    services: { api: spec.count ?? 12 },
    revisions,
    locations: { 'europe-west1': spec.count ?? 12 },
    instances: {},
    kinds: { stderr: spec.count ?? 12 },
    statuses: {},
    hourly: { '2026-11-27T08': 4, '2026-11-27T09': 6, '2026-11-27T10': 2 },
    maxConsecutive: 3,
    samples: [spec.sample ?? `${spec.title}\n  File "app/main.py", line 3, in <module>`],
    exemplar: {
      timestamp: firstSeen,
      time: Date.parse(firstSeen),
      severity: 'ERROR',
      kind: 'stderr',
      message: spec.sample ?? spec.title,
      errorGroups: [],
      labels: {},
      service: 'api',
      logger: 'app.main',
      sourceLocation: { file: 'app/main.py', line: '3', function: 'handler' },
      trace: 'projects/p/traces/abc',
    },
    triage: { priority: spec.priority ?? 'P1', reason: 'builtin:test', impact: 'Requests to api fail.', component: spec.component ?? 'api', owners: [] },
    explorerUrl: 'https://console.cloud.google.com/logs/query;query=x?project=p',
  };
}

export function report(groups: TriagedGroup[]): Report {
  const byPriority = { P0: 0, P1: 0, P2: 0, P3: 0 };
  for (const g of groups) byPriority[g.triage.priority] += 1;
  return {
    schemaVersion: 1,
    tool: { name: 'gcp-log-gardener', version: '0.1.0', signer: 'v2' },
    generatedAt: '2026-11-27T11:00:00.000Z',
    source: { kind: 'file', path: 'x.json' },
    query: {
      projects: ['p'],
      services: ['api'],
      resourceType: 'cloud_run_revision',
      minSeverity: 'WARNING',
      since: '2026-11-26T11:00:00.000Z',
      until: '2026-11-27T11:00:00.000Z',
      filter: '',
      gcloudCommand: '',
    },
    stats: { entries: groups.reduce((n, g) => n + g.count, 0), malformed: [], ignored: 0 },
    byPriority,
    bySeverity: {},
    highestPriority: groups.length ? groups.map((g) => g.triage.priority).sort()[0] : 'none',
    groups,
    resolved: [],
    failures: [],
  };
}

/** A deep copy, so each run gets its own groups. */
export const fresh = (r: Report): Report => structuredClone(r);

/** A clock whose sleeps only move its time on (after letting other work run): no test waits for real. */
export interface FakeClock extends Clock {
  /** Every sleep asked for, in milliseconds. */
  slept: number[];
}

export function fakeClock(start = Date.now()): FakeClock {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export interface ClientOptions {
  clock?: Clock;
  budget?: Budget;
  requestTimeoutMs?: number;
}

/** An Octokit on the fake with GitHub's spacing and waits, on a fake clock. */
export function client(fake: GitHubFake, token = 'test-token', notice?: (line: string) => void, opts: ClientOptions = {}): Octokit {
  const clock = opts.clock ?? fakeClock();
  return createOctokit(token, { baseUrl: fake.url, notice, clock, budget: opts.budget ?? unbounded(clock), requestTimeoutMs: opts.requestTimeoutMs });
}

export const SETTINGS: PublishSettings = {
  createIssues: true,
  issueLabel: 'log-gardener',
  maxNewIssues: 10,
  onRegression: 'reopen',
  commitWorklog: true,
  worklogPath: 'gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md',
  prComment: true,
  dryRun: false,
};

export function context(fake: GitHubFake, over: Partial<PublishContext> = {}, settings: Partial<PublishSettings> = {}): PublishContext {
  const clock = over.clock ?? fakeClock();
  return {
    octokit: client(fake, 'test-token', undefined, { clock }),
    clock,
    owner: fake.state.owner,
    repo: fake.state.repo,
    settings: { ...SETTINGS, ...settings },
    worklog: { markdown: '# Worklog\n', json: '{}\n' },
    runUrl: 'https://github.com/acme/shop/actions/runs/1',
    lockOwner: 'run-1',
    now: new Date('2026-11-27T11:00:00.000Z'),
    lock: { pollMs: 5, waitMs: 60_000 },
    ...over,
  };
}
