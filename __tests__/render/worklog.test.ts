import { run } from '../../src/run.js';
import { readSettings } from '../../src/inputs.js';
import { renderWorklog } from '../../src/render/worklog.js';
import { renderSummary } from '../../src/render/summary.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { corpus, one, repeat, report, triaged } from '../triage/corpus.js';
import { activeReferences, visibleText } from '../safety/github-eye.js';
import type { Report, TriagedGroup } from '../../src/types.js';

async function demo() {
  const settings = readSettings((name) => ({ input: 'examples/cloud-run-staging-48h.json', 'output-dir': mkdtempSync(join(tmpdir(), 'lg-w-')) })[name] ?? '');
  return run(settings, { now: new Date('2025-09-11T12:45:00Z') });
}

/** The worklog as GitHub's GFM would parse it: every token, tables included. */
function tokens(markdown: string): Tokens.Generic[] {
  const all: Tokens.Generic[] = [];
  marked.walkTokens(marked.lexer(markdown, { gfm: true }), (t) => {
    all.push(t as Tokens.Generic);
  });
  return all;
}

describe('worklog layout', () => {
  test('overview first, then the sections of the hand-written worklog, the query last', async () => {
    const { markdown } = await demo();
    const order = [
      '# GCP Log Gardener Worklog - billing-worker, netra-backend-staging, orders-api',
      '**2025-09-09 12:01 → 2025-09-11 12:31 UTC** (48 h) · project netra-staging',
      '**10 problems** (2 P0, 6 P1, 1 P2, 1 P3) in 787 of 1,648 entries read ([how they add up](#summary))',
      '**Since the last run:**',
      '| P | Problem | Count | Seen (UTC) | Per 4 h |',
      '## 🚨 ISSUES DISCOVERED',
      '### 1. [P0] websocket: ImportError: cannot import name',
      '**Impact:**',
      '**Next step:**',
      '**Seen:**',
      '## 📊 SUMMARY METRICS',
      '**Entries:** 1,648 read = 787 in 10 groups + 685 below WARNING + 176 lines joined into traces.',
      '### Error Distribution',
      '### Severity Over Time',
      '### Service Health Status',
      '## 🎯 RECOMMENDED ACTIONS',
      '### Immediate (P0 - Critical)',
      '## 📋 NEXT STEPS',
      '**Filter:**',
      '**Collection Command:**',
      '```sh\ngcloud logging read ',
      '  --project=netra-staging',
    ];
    let at = 0;
    for (const h of order) {
      const i = markdown.indexOf(h, at);
      expect({ text: h, found: i >= 0 }).toEqual({ text: h, found: true });
      at = i;
    }
  });

  test('the collection command names the service and an explicit UTC range; the filter only what a file run applied', async () => {
    const { report } = await demo();
    expect(report.query.gcloudCommand).toMatch(/resource\.labels\.service_name="netra-backend-staging"/);
    expect(report.query.gcloudCommand).toMatch(/timestamp>="2025-09-09T\d\d:\d\d:\d\d\.\d{3}Z" AND timestamp<"2025-09-11T/);
    expect(report.query.filter).toMatch(/^\(severity>=WARNING OR /);
    expect(report.query.filter).not.toMatch(/service_name|timestamp/);
  });

  test('the overview has a row per group, P0 first, each linking to its section', async () => {
    const { markdown, report } = await demo();
    const table = tokens(markdown).find((t) => t.type === 'table') as Tokens.Table;
    expect(table.rows).toHaveLength(report.groups.length);
    expect(table.rows.map((r) => r[0].text)).toEqual(report.groups.map((g) => g.triage.priority));
    for (const [i, row] of table.rows.entries()) {
      expect(row[1].text).toContain(`](#g${i + 1})`);
      expect(markdown).toContain(`<a name="g${i + 1}"></a>`);
    }
    expect(table.rows[0][1].text).toBe('[ImportError](#g1) · `create_defensive_user_execution_context` missing');
  });

  test('every link inside the page has its anchor', async () => {
    const { markdown } = await demo();
    const targets = [...markdown.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const t of new Set(targets)) expect(markdown).toContain(`<a name="${t}"></a>`);
  });

  test('no line of code runs off the page: samples wrapped, the query broken at each clause that fits', async () => {
    const { markdown } = await demo();
    const footer = markdown.indexOf('<a name="query"></a>');
    const lines = (md: string) =>
      tokens(md)
        .filter((t) => t.type === 'code' && (t as Tokens.Code).lang !== 'mermaid')
        .flatMap((t) => (t as Tokens.Code).text.split('\n'));
    expect(Math.max(...lines(markdown.slice(0, footer)).map((l) => l.length))).toBeLessThanOrEqual(100);
    // A clause with no AND / OR outside quotes cannot be broken without changing the query.
    for (const l of lines(markdown.slice(footer)).filter((l) => l.length > 100)) expect(l.slice(4)).not.toMatch(/^[^"]*(?:"[^"]*"[^"]*)* (AND|OR) /);
  });
});

describe('worklog text', () => {
  test('placeholders read cleanly raw and rendered; no "in a row", no rate for a burst of 2', async () => {
    const { markdown } = await demo();
    expect(markdown).not.toContain('&lt;\\*&gt;');
    expect(markdown).not.toContain('<*>');
    expect(markdown).not.toMatch(/in a row/);
    const smd = markdown.slice(markdown.indexOf('### 2. [P0] smd'), markdown.indexOf('### 3.'));
    expect(smd).toContain('**Seen:** 2025-09-10 22:00:00 → 22:00:15 UTC, 2 times  ');
    expect(smd).not.toMatch(/an hour/);
  });

  test('counts add up: the severity and priority totals equal the grouped entries', async () => {
    const { markdown, report } = await demo();
    const grouped = report.groups.reduce((n, g) => n + g.count, 0);
    expect(markdown).toContain(`| **Total** | ${grouped} | ${report.groups.length} | |`);
    expect(markdown).toContain(`| **Total** | ${report.groups.length} | ${grouped} |`);
    const s = report.stats;
    const joined = Number(/ \+ (\d+) lines joined into traces/.exec(markdown)?.[1]);
    expect(grouped + (s.belowThreshold ?? 0) + s.ignored + joined).toBe(s.entries);
  });

  test('one health word per priority; the service name is not listed as a component', async () => {
    const { markdown } = await demo();
    const health = markdown.slice(markdown.indexOf('### Service Health Status'), markdown.indexOf('## 🎯'));
    expect(health).toContain('- **smd:** ❌ FAILING');
    expect(health).toContain('- **websocket:** ❌ FAILING');
    expect(health).not.toContain('CRITICAL');
    expect(health).not.toContain('**netra-backend-staging:**');
    expect(health).toContain('Not tied to a component (1 group, worst P1: [GCP WebSocket readiness…](#g4))');
  });

  test('actions: one line per group, linking its section, with the step its evidence supports', async () => {
    const { markdown, report } = await demo();
    const actions = markdown.slice(markdown.indexOf('## 🎯'), markdown.indexOf('## 📋'));
    const lines = actions.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(report.groups.length);
    lines.forEach((l) => expect(l).toMatch(/^- \[[^\]]+\]\(#g\d+\): /));
    expect(lines[0]).toMatch(/^- \[ImportError\]\(#g1\): add `create_defensive_user_execution_context`/);
    expect(actions).toContain('add `create_defensive_user_execution_context` to `netra_backend.app.websocket_core.websocket_manager_factory`');
    expect(actions).toContain('install `SessionMiddleware`');
    expect(actions).toContain('check `auth_validation`');
    expect(actions).not.toContain('degraded dependency');
  });

  test('next steps: never tells a CLI user to set create-issues, nor a dry run; nothing to fix when there are no groups', async () => {
    const { markdown, report } = await demo();
    expect(markdown).not.toMatch(/set `create-issues: true`|run with `create-issues: true`/);
    const dry = renderWorklog(report, { issues: 'dry-run' });
    expect(dry).toContain('this was a dry run, so nothing was filed');
    expect(dry).not.toContain('create-issues');
    const empty = renderWorklog({ ...report, groups: [], byPriority: { P0: 0, P1: 0, P2: 0, P3: 0 } });
    expect(empty).not.toMatch(/Fix P0|Start with/);
    expect(empty).toContain('✅ No entries at WARNING or above in the window.');
  });
});

describe('what changed since the last run', () => {
  test('one line: counts per trend, the new and rising groups named and linked, the resolved ones named', () => {
    const a = triaged(one(corpus.authFailed()), 'P1', 'auth', { trend: 'new' });
    const b = triaged(one(corpus.payments503()), 'P0', 'payments', { trend: 'ongoing' });
    const md = renderWorklog({
      ...report([b, a]),
      resolved: [{ fingerprint: 'v2:1', title: 'Redis readiness: No app_state available (attempt <*>)', priority: 'P3' }],
    });
    expect(md).toContain(
      '**Since the last run:** 1 new ([P1 Token verification failed…](#g2)), 1 ongoing, 1 resolved (P3 Redis readiness: No app\\_state available (attempt…).',
    );
    expect(md).toContain('| P | Problem | Count | Seen (UTC) | Per 2 h | Trend |');
    expect(md).toContain('**2 problems** (1 P0, 1 P1)');
  });
});

describe('new group fields', () => {
  const base = triaged(one(corpus.payments503(6)), 'P1', 'payments');
  const g: TriagedGroup = {
    ...base,
    distributions: [
      {
        field: 'method',
        values: [
          { value: 'POST', count: 52 },
          { value: 'GET', count: 48 },
        ],
        error: 0,
        other: 0,
      },
      { field: 'user <b>agent</b>', values: [{ value: '@admin closes #1', count: 3 }], error: 2, other: 4 },
    ],
    suspect: {
      revision: 'backend-prod-00043-new',
      firstSeen: '2026-11-27T00:00:00Z',
      revisionFirstSeen: '2026-11-26T23:50:00Z',
      newest: true,
      order: ['backend-prod-00043-new', 'backend-prod-00042-abc'],
      commit: {
        sha: 'a1b2c3d4e5f6',
        url: 'https://github.com/acme/backend/commit/a1b2c3d4e5f6',
        compareUrl: 'https://github.com/acme/backend/compare/0f0f0f0...a1b2c3d',
      },
    },
  };
  const md = renderWorklog(report([g]));

  test('distributions are one compact line, log text inert', () => {
    expect(md).toContain('**Values:** method: POST 52, GET 48 · user &lt;b&gt;agent&lt;/b&gt;: @\u200badmin closes #\u200b1 3, other 4 (counts ±2)  ');
  });

  test('the suspect revision names its deploy, commit and order, and the next step rolls it back', () => {
    expect(md).toContain(
      '**Suspect deploy:** `backend-prod-00043-new` (newest revision), first seen there 2026-11-27 00:00 UTC, serving since 2026-11-26 23:50 UTC · commit [a1b2c3d](https://github.com/acme/backend/commit/a1b2c3d4e5f6) ([changes since the previous revision](https://github.com/acme/backend/compare/0f0f0f0...a1b2c3d)) · appeared on `backend-prod-00043-new` → `backend-prod-00042-abc`',
    );
    expect(md).toContain('**Next step:** roll back `backend-prod-00043-new`, the newest revision, where it first appeared; then');
  });

  test('no rollback advice when the problem did not start on the newest revision', () => {
    const older = renderWorklog(report([{ ...g, suspect: { ...g.suspect!, newest: false } }]));
    expect(older).not.toContain('roll back');
  });
});

describe('output at scale', () => {
  function many(n: number): Report {
    const seed = triaged(one(corpus.authFailed(3)), 'P2', 'auth');
    const gs: TriagedGroup[] = Array.from({ length: n }, (_, i) => ({
      ...seed,
      signature: {
        ...seed.signature,
        fingerprint: `v2:${i.toString(16).padStart(16, '0')}`,
        title: `Token verification failed for tenant <*> in shard ${i} after a long and winding path through the service`,
      },
      explorerUrl: `https://console.cloud.google.com/logs/query;query=${'x'.repeat(600)}`,
      issue: { number: 1000 + i, url: `https://github.com/acme/backend/issues/${1000 + i}`, state: 'updated' },
      triage: { ...seed.triage, priority: i < 10 ? 'P1' : 'P2' },
    }));
    return { ...report(gs), byPriority: { P0: 0, P1: 10, P2: n - 10, P3: 0 } };
  }

  test('the top 50 get a section, the rest one compact table with links, and the page says so', () => {
    const md = renderWorklog(many(120));
    expect(md.match(/^### \d+\. \[P\d\]/gm)).toHaveLength(50);
    expect(md).toContain('**120 problems** (10 P1, 110 P2)');
    expect(md).toContain('The first 50 have a section below; the other 70 are in [the compact table](#more).');
    expect(md).toContain('## 📋 MORE GROUPS (70, one line each)');
    expect(md).toContain('| 51 | P2 | auth | Token verification failed for tenant … in shard 50');
    expect(md).toContain('[1119](https://github.com/acme/backend/issues/1119)');
    expect(renderWorklog(many(120), { maxGroups: 5 }).match(/^### \d+\./gm)).toHaveLength(5);
  });

  test('10,000 groups make a worklog of at most 2 MB, every group in it', () => {
    const md = renderWorklog(many(10_000));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(2_000_000);
    expect(md.match(/^\| \d+ \| P\d \|/gm)).toHaveLength(9_950);
    expect(md).toContain('| 10000 | P2 |');
  });

  test('past what 2 MB holds, the page says how many groups it left out', () => {
    const md = renderWorklog(many(20_000));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(2_000_000);
    expect(md).toMatch(/\n[\d,]+ more groups are left out to keep this page readable; the JSON report lists every group\./);
  });

  test('the job summary says what it cut', () => {
    const r = many(120);
    const summary = renderSummary(r, { failed: false, text: 'Gate off.' } as never, { worklog: 'w.md', report: 'r.json' });
    expect(summary).toContain('This table shows the 50 most urgent of 120 groups; the other 70 are in the worklog (a section for each of its first 50');
  });
});

describe('hostile log text', () => {
  const evil = '@admin closes #12 <img src=x onerror=alert(1)> [x](https://evil.example) <!-- gardener:fp --> `tick` | pipe ~~s~~ $x$';
  const base = triaged(one(repeat(3, { message: `Traceback (most recent call last):\nValueError: ${evil}`, logger: evil, revision: evil })), 'P0', evil);
  const g: TriagedGroup = {
    ...base,
    signature: { ...base.signature, title: `ValueError: ${evil}` },
    samples: [`ValueError: ${evil}\n\`\`\`\n# heading`, evil],
    triage: { ...base.triage, impact: evil, owners: [evil] },
    distributions: [{ field: evil, values: [{ value: evil, count: 2 }], error: 0, other: 1 }],
    suspect: { revision: evil, firstSeen: base.firstSeen, newest: true, order: [evil, 'r2'], commit: { sha: evil, url: 'javascript:alert(1)' } },
  };
  const md = renderWorklog({ ...report([g]), resolved: [{ fingerprint: 'v2:1', title: evil, priority: 'P1' }] });
  const all = tokens(md);

  test('no HTML but our own anchors and details', () => {
    const html = all.filter((t) => t.type === 'html').map((t) => (t as Tokens.HTML).text.trim());
    for (const h of html) expect(h).toMatch(/^(<a name="(g\d+|summary|actions|query|more)">(<\/a>)?|<\/a>|<details><summary>[^<]*<\/summary>|<\/details>)$/);
    expect(md).not.toContain('<!--');
  });

  test('no mention, reference or link GitHub would act on outside code', () => {
    const visible = all.filter((t) => t.type === 'text' && !('tokens' in t && t.tokens?.length)).map((t) => t.text);
    for (const v of visible) expect(activeReferences(visibleText(v))).toEqual([]);
    const links = all.filter((t) => t.type === 'link').map((t) => (t as Tokens.Link).href);
    for (const href of links) expect(href).toMatch(/^(#[\w-]+|https:\/\/(console\.cloud\.google\.com|github\.com)\/)/);
  });

  test('fenced samples cannot be closed by the log text', () => {
    const code = all.filter((t) => t.type === 'code').map((t) => (t as Tokens.Code).text);
    expect(code.some((c) => c.includes('```\n# heading'))).toBe(true);
    expect(all.filter((t) => t.type === 'heading').map((t) => (t as Tokens.Heading).text)).not.toContain('heading');
  });
});
