import { isFallbackComponent, serviceHealth } from '../../src/triage/health.js';
import { corpus, one, repeat, report, triaged } from './corpus.js';

// The window ends 2026-11-28T00:00Z; the corpus starts 2026-11-27T00:00Z.
const late = (minutes: number) => 24 * 60 - minutes;

describe('serviceHealth', () => {
  const stillFailing = triaged(one(repeat(2, { severity: 'CRITICAL', message: 'db down' }, late(30))), 'P0', 'db');
  const stopped = triaged(one(corpus.startupProbe()), 'P0', 'startup');
  const degraded = triaged(one(corpus.authFailed()), 'P1', 'auth');
  const minorA = triaged(one(corpus.wsClosed()), 'P2', 'websocket');
  const minorB = triaged(one(corpus.slowQuery()), 'P3', 'websocket');

  it("derives each component's status from its worst group, in one word per priority, worst first", () => {
    const { components } = serviceHealth(report([minorB, degraded, stopped, minorA, stillFailing]), ['redis', 'auth']);
    expect(components.map(({ component, status, worst, note }) => ({ component, status, worst, note }))).toEqual([
      { component: 'db', status: 'failing', worst: 'P0', note: '1 group, 2 entries; worst P0 still seen in the last hour of the window' },
      { component: 'startup', status: 'failing', worst: 'P0', note: '1 group, 2 entries; worst P0 last seen 2026-11-27 00:01 UTC' },
      { component: 'auth', status: 'degraded', worst: 'P1', note: '1 group, 3 entries; worst P1 last seen 2026-11-27 00:02 UTC' },
      { component: 'websocket', status: 'minor', worst: 'P2', note: '2 groups, 7 entries; worst P2 last seen 2026-11-27 00:04 UTC' },
      { component: 'redis', status: 'operational', worst: undefined, note: 'no problems in this window' },
    ]);
  });

  it('keeps the fallback component (the service name) out of the component rows', () => {
    const byService = triaged(one(corpus.authFailed()), 'P1', 'backend-prod');
    const unknown = triaged(one(repeat(1, { message: 'x', service: undefined })), 'P2', 'unknown');
    const health = serviceHealth(report([byService, stopped, unknown]));
    expect(health.components.map((c) => c.component)).toEqual(['startup']);
    expect(health.unattributed).toEqual([byService, unknown]);
  });

  it('lists a configured component named like the service', () => {
    const g = triaged(one(corpus.authFailed()), 'P1', 'backend-prod');
    expect(isFallbackComponent(g, ['backend-prod'])).toBe(false);
    expect(serviceHealth(report([g]), ['backend-prod']).components.map((c) => c.component)).toEqual(['backend-prod']);
  });

  it('is empty for an empty report without configured components', () => {
    expect(serviceHealth(report([]))).toEqual({ components: [], unattributed: [] });
  });
});
