// The entry points' worker thread: what an error that ended it reads like.
import { failureLine } from '../src/worker.js';

describe('failureLine', () => {
  test('running out of heap names the fix', () => {
    const e = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(failureLine(e)).toMatch(/^the run ran out of memory \(JavaScript heap\)\. Fix: .*max-old-space-size/);
  });

  test('any other error: its first line, no stack', () => {
    expect(failureLine(new Error('boom\n    at somewhere'))).toBe('boom');
    expect(failureLine('plain')).toBe('plain');
  });
});
