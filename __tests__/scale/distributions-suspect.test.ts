// Distributions per group and the suspect revision, through run() as the CLI and the action use it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { readSettings } from '../../src/inputs.js';
import { groupFactsSection } from '../../src/github/issue-text.js';
import type { Report, TriagedGroup } from '../../src/types.js';
import { rawEntry } from '../helpers/entries.js';

const SHA1 = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SHA2 = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const SHA3 = '3333333ccccccccccccccccccccccccccccccccc';

function at(minute: number): string {
  return new Date(Date.parse('2025-09-11T10:00:00Z') + minute * 60_000).toISOString();
}

function entry(minute: number, revision: string, sha: string, o: Parameters<typeof rawEntry>[0]) {
  const e = rawEntry({ t: at(minute), revision, ...o });
  return { ...e, labels: { ...(e.labels as object), 'commit-sha': sha, team: 'payments' } };
}

async function runOn(entries: unknown[], inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lg-scale-'));
  const input = join(dir, 'in.ndjson');
  writeFileSync(input, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const settings = readSettings((name) => ({ input, 'output-dir': join(dir, 'out'), ...inputs })[name] ?? '');
  const outcome = await run(settings, { now: new Date('2025-09-12T00:00:00Z'), env });
  const onDisk = JSON.parse(readFileSync(outcome.files.report, 'utf8')) as Report;
  return { ...outcome, onDisk, dir };
}

const byTitle = (r: Report, re: RegExp): TriagedGroup => r.groups.find((g) => re.test(g.signature.title))!;

// The old revision serves from minute 0, the new one from minute 60; "Redis" is there all along,
// "Ledger" only since the new revision; request logs carry methods and user agents.
function window(): unknown[] {
  const out: unknown[] = [];
  for (let m = 0; m < 120; m += 2) {
    const [rev, sha] = m < 60 ? ['api-00001-old', SHA1] : ['api-00002-new', SHA2];
    out.push(
      entry(m, rev, sha, { severity: 'WARNING', instance: `i-${m % 3}`, text: `Redis readiness: no app_state (attempt ${1 + (m % 3)}/5) id ${m * 7919}` }),
    );
    if (m >= 60) out.push(entry(m, rev, sha, { severity: 'ERROR', text: `Ledger write failed for account ${m * 31}: quota exceeded` }));
    out.push(
      entry(m, rev, sha, {
        severity: 'ERROR',
        log: 'requests',
        http: {
          requestMethod: m % 4 === 0 ? 'POST' : 'GET',
          requestUrl: `https://x.run.app/api/threads/${m}abc/messages`,
          status: 503,
          userAgent: m % 6 === 0 ? 'curl/8' : 'Mozilla/5.0',
        },
      }),
    );
  }
  return out;
}

describe('distributions per group', () => {
  test('template variables and context fields, with counts, in the report and the issue body', async () => {
    const { report, onDisk } = await runOn(window());
    const redis = byTitle(report, /Redis readiness/);
    const d = Object.fromEntries((redis.distributions ?? []).map((x) => [x.field, x]));
    expect(d.attempt).toEqual({
      field: 'attempt',
      values: [
        { value: '1/5', count: 20 },
        { value: '2/5', count: 20 },
        { value: '3/5', count: 20 },
      ],
      error: 0,
      other: 0,
    });
    expect(d.revision.values).toEqual([
      { value: 'api-00001-old', count: 30 },
      { value: 'api-00002-new', count: 30 },
    ]);
    expect(d.instance.values.map((v) => v.count)).toEqual([20, 20, 20]);
    expect(d['label team'].values).toEqual([{ value: 'payments', count: 60 }]);
    // Ids never repeat: counting them would say nothing.
    expect(d.id).toBeUndefined();

    const posts = report.groups.find((g) => g.signature.kind === 'request' && g.signature.detail.startsWith('POST'))!;
    const r = Object.fromEntries((posts.distributions ?? []).map((x) => [x.field, x.values]));
    expect(r.method).toEqual([{ value: 'POST', count: 30 }]);
    expect(r['user agent']).toEqual([
      { value: 'Mozilla/5.0', count: 20 },
      { value: 'curl/8', count: 10 },
    ]);
    expect(r.status).toEqual([{ value: '503', count: 30 }]);
    expect(r.route).toBeUndefined(); // every path holds an id: no route repeats

    expect(onDisk.groups.find((g) => g.signature.fingerprint === redis.signature.fingerprint)!.distributions).toEqual(redis.distributions);
    const body = groupFactsSection(redis).join('\n');
    expect(body).toContain('## Distributions');
    expect(body).toContain('- attempt: 1/5 20, 2/5 20, 3/5 20');
  });

  test('values are counted after redaction', async () => {
    const leaky = Array.from({ length: 6 }, (_, i) =>
      entry(i, 'api-00001-old', SHA1, { severity: 'ERROR', text: `login failed for token=ghp_${'a'.repeat(36)} attempt ${i % 2}` }),
    );
    const { report } = await runOn(leaky);
    const text = JSON.stringify(report.groups.map((g) => g.distributions));
    expect(text).not.toContain('ghp_');
  });
});

describe('suspect revision', () => {
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/api' };

  test('a group that started with the newest revision names it, its commit and the compare view; the gate says roll back', async () => {
    const { report, gate } = await runOn(window(), { 'fail-on': 'P1' }, env);
    const ledger = byTitle(report, /Ledger write failed/);
    expect(ledger.suspect).toEqual({
      revision: 'api-00002-new',
      firstSeen: at(60),
      revisionFirstSeen: at(60),
      newest: true,
      order: ['api-00002-new'],
      commit: { sha: SHA2, url: `https://github.com/acme/api/commit/${SHA2}`, compareUrl: `https://github.com/acme/api/compare/${SHA1}...${SHA2}` },
    });
    const redis = byTitle(report, /Redis readiness/);
    expect(redis.suspect).toMatchObject({ revision: 'api-00001-old', newest: false, order: ['api-00001-old', 'api-00002-new'], commit: { sha: SHA1 } });
    expect(redis.suspect!.commit!.compareUrl).toBeUndefined();

    expect(gate.failed).toBe(true);
    expect(gate.text).toContain(`Ledger write failed for account <*>: quota exceeded (new on the newest revision api-00002-new (commit ${SHA2.slice(0, 12)})`);
    const body = groupFactsSection(ledger).join('\n');
    expect(body).toContain('rolling back to the previous revision');
    expect(body).toContain(`[${SHA2.slice(0, 12)}](https://github.com/acme/api/commit/${SHA2})`);
    expect(groupFactsSection(redis).join('\n')).toContain('would not remove it');
  });

  test('without the repository, the commit is named without links', async () => {
    const { report } = await runOn(window());
    expect(byTitle(report, /Ledger write failed/).suspect!.commit).toEqual({ sha: SHA2 });
  });

  test('an export in newest-first order gives the same suspects', async () => {
    const { report } = await runOn(window().reverse(), {}, env);
    expect(byTitle(report, /Ledger write failed/).suspect).toMatchObject({ revision: 'api-00002-new', newest: true });
    expect(byTitle(report, /Redis readiness/).suspect).toMatchObject({ revision: 'api-00001-old', order: ['api-00001-old', 'api-00002-new'] });
  });

  test('the previous report keeps where a group first appeared; the next deploy is not blamed for it', async () => {
    const first = await runOn(window(), {}, env);
    // Next window: a third revision; the ledger problem goes on there.
    const next: unknown[] = [];
    for (let m = 200; m < 260; m += 2) {
      const [rev, sha] = m < 230 ? ['api-00002-new', SHA2] : ['api-00003-next', SHA3];
      next.push(entry(m, rev, sha, { severity: 'ERROR', text: `Ledger write failed for account ${m}: quota exceeded` }));
      if (m >= 230) next.push(entry(m, rev, sha, { severity: 'ERROR', text: `Invoice renderer crashed on page ${m}` }));
    }
    const { report } = await runOn(next, { 'previous-report': first.files.report }, env);
    const ledger = byTitle(report, /Ledger write failed/);
    expect(ledger.suspect).toMatchObject({
      revision: 'api-00002-new',
      firstSeen: at(60),
      revisionFirstSeen: at(60),
      newest: false,
      order: ['api-00002-new', 'api-00003-next'],
    });
    const invoice = byTitle(report, /Invoice renderer crashed/);
    expect(invoice.suspect).toMatchObject({
      revision: 'api-00003-next',
      newest: true,
      commit: { compareUrl: `https://github.com/acme/api/compare/${SHA2}...${SHA3}` },
    });
  });

  test('a malformed suspect in the previous report is not used (it is a file anyone could have edited)', async () => {
    const first = await runOn(window(), {}, env);
    const edited = JSON.parse(readFileSync(first.files.report, 'utf8')) as Report;
    for (const g of edited.groups)
      (g as unknown as { suspect: unknown }).suspect = { revision: 'x', firstSeen: 'y', order: 'not a list', commit: { sha: 'javascript:alert(1)' } };
    const path = join(first.dir, 'edited.json');
    writeFileSync(path, JSON.stringify(edited));
    const { report } = await runOn(window(), { 'previous-report': path }, env);
    expect(byTitle(report, /Ledger write failed/).suspect).toMatchObject({ revision: 'api-00002-new', commit: { sha: SHA2 } });
    expect(JSON.stringify(report.groups.map((g) => g.suspect))).not.toContain('javascript');
  });
});
