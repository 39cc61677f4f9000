import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('bench:grouping', () => {
  it('skips with a message and exit code 0 where the shared eval data is absent', async () => {
    const { stdout } = await run(process.execPath, ['scripts/bench-grouping.mjs'], {
      env: { ...process.env, GROUPING_SHARED: '/nonexistent/shared' },
    });
    expect(stdout).toMatch(/skipping/);
  });
});

describe('select:grouping', () => {
  it('skips with a message and exit code 0 where the Loghub systems are absent', async () => {
    const { stdout } = await run(process.execPath, ['scripts/select-grouping.mjs'], {
      env: { ...process.env, GROUPING_SHARED: '/nonexistent/shared' },
    });
    expect(stdout).toMatch(/skipping/);
  });
});
