import { mermaidLabel, severityChart, sparkline, timelineChart } from '../../src/render/charts.js';
import { corpus, groups, one, record, repeat, report, triaged } from './corpus.js';

const DAY = { since: '2026-11-27T00:00:00Z', until: '2026-11-28T00:00:00Z' };

function mermaidBody(md: string): string {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(md);
  if (!m) throw new Error('no mermaid block');
  return m[1];
}

describe('timelineChart', () => {
  // 3 at 00:xx, 1 at 02:xx, 6 at 05:xx.
  const g = triaged(
    one([...repeat(3, { message: 'boom' }, 0), ...repeat(1, { message: 'boom' }, 130), ...repeat(6, { message: 'boom' }, 300)]),
    'P1',
  );

  it('draws hourly bars over the whole window, with a text version after it', () => {
    const md = timelineChart(g, DAY);
    const body = mermaidBody(md);
    expect(body.split('\n')).toEqual([
      'xychart-beta',
      '    title "Occurrences per hour, UTC"',
      `    x-axis [${Array.from({ length: 24 }, (_, h) => `"${String(h).padStart(2, '0')}:00"`).join(', ')}]`,
      '    y-axis "Entries" 0 --> 6',
      `    bar [3, 0, 1, 0, 0, 6${', 0'.repeat(18)}]`,
    ]);
    expect(md).toContain('Per hour, 2026-11-27 00:00 to 2026-11-28 00:00 UTC: `▄·▂··█' + '·'.repeat(18) + '` (total 10, peak 6 at 2026-11-27 05:00)');
  });

  it('folds long windows into at most 48 wider bars', () => {
    const week = { since: '2026-11-21T00:00:00Z', until: '2026-11-28T00:00:00Z' };
    const body = mermaidBody(timelineChart(g, week));
    expect(body).toContain('title "Occurrences per 4 hours, UTC"');
    const bars = /bar \[(.*)\]/.exec(body)![1].split(', ').map(Number);
    expect(bars).toHaveLength(42);
    expect(bars.slice(-6)).toEqual([4, 6, 0, 0, 0, 0]);
    expect(body).toContain('"11-21 00h"');
  });

  it('falls back to the group\'s own hours when the range is unusable', () => {
    const body = mermaidBody(timelineChart(g, { since: 'garbage', until: '' }));
    expect(/bar \[(.*)\]/.exec(body)![1]).toBe('3, 0, 1, 0, 0, 6');
  });

  it('keeps log text out of the chart', () => {
    const hostile = triaged(one(repeat(2, { message: '"] ]]} %%{init: {"theme":"dark"}}%% <script>@admin #1' })), 'P1');
    const body = mermaidBody(timelineChart(hostile, DAY));
    expect(body).not.toContain('script');
    expect(body).not.toContain('%%');
  });
});

describe('mermaidLabel', () => {
  it.each([
    ['plain', 'Errors per hour', 'Errors per hour'],
    ['quotes and brackets', 'say "hi" [x] {y} (z)', 'say hi x y z'],
    ['mermaid directives and entities', '%%{init}%% #quot; a;b', 'init quot a b'],
    ['html and newlines', '<b>bold</b>\nnext', 'b bold /b next'],
    ['bidi controls', 'abc\u202edef', 'abc def'],
    ['long text', 'x'.repeat(100), 'x'.repeat(59) + '…'],
  ])('%s', (_n, input, expected) => {
    expect(mermaidLabel(input)).toBe(expected);
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
  it('draws errors as bars and the rest as a line, with a text version', () => {
    const gs = groups([...corpus.authFailed(3), ...repeat(2, { severity: 'WARNING', logger: 'app.db', message: 'slow' }, 60), ...corpus.poolExhausted(1)]);
    const md = severityChart(report(gs.map((g) => triaged(g, 'P1'))));
    const body = mermaidBody(md);
    expect(body).toContain('title "Entries per hour, UTC: bars ERROR and above, line below ERROR"');
    expect(body).toContain(`    bar [4${', 0'.repeat(23)}]`);
    expect(body).toContain(`    line [0, 2${', 0'.repeat(22)}]`);
    expect(md).toContain('ERROR and above  █' + '·'.repeat(23) + '  total 4, peak 4 at 2026-11-27 00:00');
    expect(md).toContain('below ERROR      ·█' + '·'.repeat(22) + '  total 2, peak 2 at 2026-11-27 01:00');
  });

  it('is empty without entries', () => {
    expect(severityChart(report([]))).toBe('');
    expect(record({ message: 'x' }).severity).toBe('ERROR');
  });
});
