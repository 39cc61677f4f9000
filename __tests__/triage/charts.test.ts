import { bucketLabels, buckets, groupTimeline, MAX_BUCKETS, severityChart, sparkline } from '../../src/render/charts.js';
import { corpus, groups, one, record, repeat, report, triaged } from './corpus.js';

const DAY = { since: '2026-11-27T00:00:00Z', until: '2026-11-28T00:00:00Z' };

function mermaidBody(md: string): string {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(md);
  if (!m) throw new Error('no mermaid block');
  return m[1];
}

describe('buckets', () => {
  it.each([
    ['6 hours', '2026-11-27T00:00:00Z', '2026-11-27T06:00:00Z', 1, ['00:00', '01:00', '02:00', '03:00', '04:00', '05:00']],
    ['a day', '2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z', 2, Array.from({ length: 12 }, (_, i) => `${String(i * 2).padStart(2, '0')}:00`)],
    [
      '48 h starting off the hour',
      '2025-09-09T12:01:30Z',
      '2025-09-11T12:31:23Z',
      4,
      ['Tue 12h', 'Tue 16h', 'Tue 20h', 'Wed 00h', 'Wed 04h', 'Wed 08h', 'Wed 12h', 'Wed 16h', 'Wed 20h', 'Thu 00h', 'Thu 04h', 'Thu 08h'],
    ],
    ['a week', '2026-11-21T00:00:00Z', '2026-11-28T00:00:00Z', 24, ['11-21', '11-22', '11-23', '11-24', '11-25', '11-26', '11-27']],
    ['a quarter', '2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z', 168 * 2, undefined],
  ])('%s: at most 12 buckets with short, unique labels', (_n, since, until, hours, labels) => {
    const b = buckets({ since, until });
    expect(b.hours).toBe(hours);
    expect(b.starts.length).toBeLessThanOrEqual(MAX_BUCKETS);
    const shown = bucketLabels(b);
    expect(new Set(shown).size).toBe(shown.length);
    if (labels) expect(shown).toEqual(labels);
  });

  it('marks a last bucket the window covers in part, and leaves out one it barely entered', () => {
    const partial = buckets({ since: '2026-11-27T00:00:00Z', until: '2026-11-27T23:30:00Z' });
    expect(partial.partialLast).toBe(true);
    expect(partial.leftOut).toBeUndefined();
    const barely = buckets({ since: '2025-09-09T12:01:30Z', until: '2025-09-11T12:31:23Z' });
    expect(barely).toMatchObject({ partialLast: false, leftOut: Date.parse('2025-09-11T12:00:00Z') });
    expect(buckets(DAY).partialLast).toBe(false);
    expect(buckets(DAY).leftOut).toBeUndefined();
  });

  it("falls back to the data's own hours when the range is unusable", () => {
    const b = buckets({ since: 'garbage', until: '' }, ['2026-11-27T03', '2026-11-27T05']);
    expect(bucketLabels(b)).toEqual(['03:00', '04:00', '05:00']);
  });
});

describe('groupTimeline', () => {
  // 3 at 00:xx, 1 at 02:xx, 6 at 05:xx.
  const g = triaged(one([...repeat(3, { message: 'boom' }, 0), ...repeat(1, { message: 'boom' }, 130), ...repeat(6, { message: 'boom' }, 300)]), 'P1');

  it('is a sparkline over the window with its peak', () => {
    const t = groupTimeline(g, DAY);
    expect(t.spark).toBe('▄▂█' + '·'.repeat(9));
    expect(t.peak).toBe('peak 6 per 2 h at 04:00');
  });
});

describe('sparkline', () => {
  it('scales to the peak and marks empty slots', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe('·▁▂▄█');
    expect(sparkline([])).toBe('');
    expect(sparkline([0, 0])).toBe('··');
  });
});

describe('severityChart', () => {
  const gs = groups([...corpus.authFailed(3), ...repeat(2, { severity: 'WARNING', logger: 'app.db', message: 'slow' }, 60), ...corpus.poolExhausted(1)]);

  it('draws errors as red bars and the rest as a blue line, sized and coloured by frontmatter, with a legend', () => {
    const md = severityChart(report(gs.map((g) => triaged(g, 'P1'))));
    const body = mermaidBody(md);
    expect(body).toMatch(/^---\nconfig:\n {2}xyChart:\n {4}width: 720\n {4}height: 260\n/);
    expect(body).toContain('plotColorPalette: "#cf222e, #0969da"');
    expect(body).toContain(`    bar [4${', 0'.repeat(11)}]`);
    expect(body).toContain(`    line [2${', 0'.repeat(11)}]`);
    expect(md).toContain('🟥 bars: groups at ERROR or above · 🟦 line: groups below ERROR · UTC, per 2 h');
    expect(md).toContain('ERROR and above  █' + '·'.repeat(11) + '  4 entries drawn, at most 4 per 2 h');
  });

  it('keeps the y axis to whole numbers: at least 0 to 10', () => {
    const body = mermaidBody(severityChart(report(gs.map((g) => triaged(g, 'P1')))));
    expect(body).toContain('y-axis "Entries per 2 h" 0 --> 10');
  });

  it('marks a partial last bucket instead of showing a drop', () => {
    const md = severityChart(
      report(
        gs.map((g) => triaged(g, 'P1')),
        '2026-11-27T00:00:00Z',
        '2026-11-27T23:30:00Z',
      ),
    );
    expect(mermaidBody(md)).toContain('"22:00*"]');
    expect(md).toContain('\\* partial: the window ends at 23:30');
  });

  it('says what a left-out last bucket held', () => {
    const md = severityChart(
      report(
        gs.map((g) => triaged(g, 'P1')),
        '2026-11-26T23:00:00Z',
        '2026-11-27T01:10:00Z',
      ),
    );
    expect(md).toContain("not drawn: the window's last 10 minutes (2 entries), too short for a bar");
  });

  it('holds no log text', () => {
    const hostile = triaged(one(repeat(2, { message: '"] ]]} %%{init: {"theme":"dark"}}%% <script>@admin #1' })), 'P1');
    const body = mermaidBody(severityChart(report([hostile])));
    expect(body).not.toContain('script');
    expect(body).not.toContain('%%');
  });

  it('is empty without entries', () => {
    expect(severityChart(report([]))).toBe('');
    expect(record({ message: 'x' }).severity).toBe('ERROR');
  });
});
