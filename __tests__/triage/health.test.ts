import { recommendedActions, serviceHealth } from '../../src/triage/health.js';
import { triage } from '../../src/triage/index.js';
import { corpus, one, repeat, report, triaged } from './corpus.js';
import { inline } from '../../src/safety/markdown.js';
import type { TriagedGroup } from '../../src/types.js';

// The window ends 2026-11-28T00:00Z; the corpus starts 2026-11-27T00:00Z.
const late = (minutes: number) => 24 * 60 - minutes;

describe('serviceHealth', () => {
  const stillFailing = triaged(one(repeat(2, { severity: 'CRITICAL', message: 'db down' }, late(30))), 'P0', 'db');
  const stopped = triaged(one(corpus.startupProbe()), 'P0', 'startup');
  const degraded = triaged(one(corpus.authFailed()), 'P1', 'auth');
  const minorA = triaged(one(corpus.wsClosed()), 'P2', 'websocket');
  const minorB = triaged(one(corpus.slowQuery()), 'P3', 'websocket');

  it('derives each component\'s status from its worst group, worst first', () => {
    const rows = serviceHealth(report([minorB, degraded, stopped, minorA, stillFailing]), ['redis', 'auth']);
    expect(rows).toEqual([
      { component: 'db', status: 'failing', worst: 'P0', note: '1 group, 2 entries; worst P0 last seen 2026-11-27 23:31 UTC.' },
      { component: 'startup', status: 'critical', worst: 'P0', note: '1 group, 2 entries; worst P0 last seen 2026-11-27 00:01 UTC.' },
      { component: 'auth', status: 'degraded', worst: 'P1', note: '1 group, 3 entries; worst P1 last seen 2026-11-27 00:02 UTC.' },
      { component: 'websocket', status: 'intermittent', worst: 'P2', note: '2 groups, 7 entries; worst P2 last seen 2026-11-27 00:04 UTC.' },
      { component: 'redis', status: 'operational', worst: undefined, note: 'No problems in this window.' },
    ]);
  });

  it('is empty for an empty report without configured components', () => {
    expect(serviceHealth(report([]))).toEqual([]);
  });
});

describe('recommendedActions', () => {
  it('runs from P0 to P3, one line per group, with issue links where they exist', () => {
    const p0 = one(corpus.importError());
    const p1: TriagedGroup = {
      ...triaged(one(corpus.authFailed()), 'P1', 'auth'),
      trend: 'rising',
      issue: { number: 42, url: 'https://github.com/acme/backend/issues/42', state: 'updated' },
    };
    p1.triage.owners = ['bob'];
    const p3 = triaged(one(corpus.slowQuery()), 'P3', 'db');
    const actions = recommendedActions(report([p3, { ...p0, triage: triage(p0) }, p1]));
    expect(actions.map((a) => a.priority)).toEqual(['P0', 'P1', 'P3']);
    expect(actions[0].lines).toEqual([
      `- **Fix now** — roll back or fix the missing import: ${inline(p0.signature.title)} in stripe\\_client, 1×, in backend-prod-00042-abc`,
    ]);
    expect(actions[1].lines).toEqual([
      '- **Fix this week**: Token verification failed for user &lt;\\*&gt; in auth (rising), 3×, in backend-prod-00042-abc; owners: bob — [issue 42](https://github.com/acme/backend/issues/42)',
    ]);
    expect(actions[2].lines[0]).toMatch(/^- \*\*Watch\*\*: Slow query took/);
  });

  it('makes log text inert: no mentions, issue references, HTML or links', () => {
    const g = triaged(one(repeat(1, { message: 'closes #12 @admin <img src=x> [a](http://evil)' })), 'P1', '<b>x</b>');
    const [line] = recommendedActions(report([g]))[0].lines;
    expect(line).not.toMatch(/@admin|<img|<b>|[^\\]\]\(http/);
    expect(line).toContain('@\u200badmin');
  });
});
