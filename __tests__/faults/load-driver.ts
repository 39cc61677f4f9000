// The load benchmark's driver (bundled by scripts/bench-load.mjs with ncc, not a test): serves N
// entries over G problems from the Cloud Logging gRPC fake and a stateful GitHub fake, runs the
// bundled action on them twice in a child process (as the runner does), and prints one JSON line
// of figures per run: the action's own peak RSS and wall time, entries.list calls, GitHub reads
// and writes, and the action's outputs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startGoogleFakes } from '../fakes/google-fakes.js';
import { startGitHubFake } from '../fakes/github-server.js';
import { runAction } from '../helpers/action-env.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const PROJECT = 'load-project';
const EXCEPTIONS = ['KeyError', 'ValueError', 'TimeoutError', 'RuntimeError', 'ConnectionResetError'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Entry i belongs to problem i % groups: its own handler file and function, so its own stack. */
export function loadEntries(count: number, groups: number): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(count);
  const spacing = Math.floor((23 * 3600_000) / count);
  for (let i = 0; i < count; i++) {
    const k = i % groups;
    out[i] = {
      insertId: `L${i}`,
      logName: `projects/${PROJECT}/logs/run.googleapis.com%2Fstderr`,
      timestamp: new Date(NOW - 1000 - i * spacing).toISOString(),
      severity: 'ERROR',
      textPayload:
        `Traceback (most recent call last):\n  File "/app/svc/handler_${k}.py", line ${20 + (k % 7)}, in handle_${k}\n    process(order)\n` +
        `  File "/app/svc/core_${k}.py", line 5, in process_${k}\n    raise\n${EXCEPTIONS[k % EXCEPTIONS.length]}: order ${i} failed for user u${i % 977}`,
      resource: { type: 'cloud_run_revision', labels: { project_id: PROJECT, service_name: 'api', revision_name: 'api-00042-xyz', location: 'europe-west1' } },
      labels: { instanceId: `inst-${i % 7}` },
    };
  }
  return out;
}

/** "POST /repos/acme/shop/issues/N/comments": a call's endpoint, numbers and file paths folded. */
const kindOf = (c: { method: string; path: string }) => `${c.method} ${c.path.replace(/\/\d+/g, '/N').replace(/\/(contents|labels)\/.*/, '/$1/…')}`;

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

async function main(): Promise<void> {
  const action = arg('action', '/tmp/faults-load/action/index.js');
  const count = Number(arg('entries', '100000'));
  const groups = Number(arg('groups', '1000'));
  const runs = Number(arg('runs', '2'));
  const google = await startGoogleFakes({ entries: { [PROJECT]: loadEntries(count, groups) }, repository: 'acme/shop' });
  const gh = await startGitHubFake();
  const dir = mkdtempSync(join(tmpdir(), 'lg-load-'));
  const hook = join(dir, 'rss-hook.cjs');
  writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.LG_LOAD_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  try {
    for (let n = 1; n <= runs; n++) {
      const rssFile = join(dir, `rss-${n}`);
      const listCalls = google.calls.logging.length;
      gh.resetCalls();
      const start = performance.now();
      const r = await runAction(
        action,
        {
          ...google.inputs,
          service: 'api',
          since: new Date(NOW - 24 * 3600_000).toISOString(),
          until: new Date(NOW).toISOString(),
          'max-entries': String(count),
          'github-token': 'ghs_loadFakeToken0123456789abcdefABCDEF',
        },
        {
          ...google.env,
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_RUN_ID: String(100 + n),
          GITHUB_SERVER_URL: 'https://github.com',
          LOG_GARDENER_REQUESTS_PER_MINUTE: '0',
          NODE_OPTIONS: `--require ${hook}`,
          LG_LOAD_RSS_FILE: rssFile,
        },
      );
      const wallMs = performance.now() - start;
      const calls = google.calls.logging.slice(listCalls);
      const github = gh.count();
      const since = gh.calls.slice(gh.calls.length - github.reads - github.writes);
      console.log(
        JSON.stringify({
          run: n,
          code: r.code,
          wallMs: Math.round(wallMs),
          peakRssMiB: Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024),
          entries: Number(r.outputs['entry-count']),
          groups: Number(r.outputs['group-count']),
          issuesCreated: Number(r.outputs['issues-created']),
          issuesUpdated: Number(r.outputs['issues-updated']),
          failures: Number(r.outputs.failures),
          entriesListCalls: calls.length,
          entriesListFailed: calls.filter((c) => c.status !== 0).length,
          githubReads: github.reads,
          githubWrites: github.writes,
          writesByKind: tally(since.filter((c) => c.write).map(kindOf)),
          readsByKind: tally(since.filter((c) => !c.write).map(kindOf)),
          openIssues: gh.state.issues.filter((i) => i.state === 'open').length,
          errors:
            r.code === 0
              ? []
              : r.stdout
                  .split('\n')
                  .filter((l) => l.startsWith('::error::'))
                  .slice(0, 3),
        }),
      );
    }
  } finally {
    await google.stop();
    await gh.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
