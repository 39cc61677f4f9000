import { segmentTraces, traceLike } from '../../src/group/trace-lines.js';

// Log text is hostile: the line rules must stay linear on long lines made to look almost like a trace.
it('classifies long near-miss lines without backtracking blow-up', () => {
  const lines = ['a.'.repeat(50_000) + '!', 'a'.repeat(100_000) + ':', '\t'.repeat(50_000) + 'x', 'Error'.repeat(20_000) + ' x', 'goroutine 1 ['.repeat(5_000)];
  for (const l of lines) traceLike(l);
  expect(segmentTraces(lines)).toHaveLength(5);
});
