// One place decides the worklog's name (the run in it, and "-2", "-3", ... when another leg of the
// same matrix run holds it): the local file, the committed file and the links in the issues agree.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { basename } from 'node:path';
import { gardener, NOW, startFakes, type Fakes } from '../faults/harness.js';

let f: Fakes;
beforeEach(async () => {
  f = await startFakes();
});
afterEach(async () => {
  await f.stop();
});

const ourCommits = (fakes: Fakes) => fakes.gh.state.commits.filter((c) => c.message !== 'someone else');

describe('the worklog is named once', () => {
  it('the local file bears the run suffix the commit uses, and the issues link that name', async () => {
    const r = await gardener(f);
    const committed = r.github.worklog!.path;
    expect(committed).toMatch(/-run7\.1\.md$/);
    expect(basename(r.outcome.files.worklog)).toBe(basename(committed));
    expect(basename(r.outcome.files.report)).toBe(basename(r.github.worklog!.jsonPath));
    expect(ourCommits(f)[0].paths.slice(0, 2)).toEqual([committed, r.github.worklog!.jsonPath]);
    for (const issue of f.gh.state.issues) expect(issue.body).toContain(`/blob/main/${committed})`);
  });

  it('a second leg of the same run gets "-2" before its issues are filed: local file, commit and links agree', async () => {
    const a = await gardener(f);
    const before = new Map(f.gh.state.issues.map((i) => [i.number, i.body]));
    // Another leg, the same second (the name holds the time to the second), other content.
    const b = await gardener(f, { now: new Date(NOW.getTime() + 250), settings: { minSeverity: 'CRITICAL' } });
    expect(b.github.worklog!.path).toBe(a.github.worklog!.path.replace(/\.md$/, '-2.md'));
    expect(basename(b.outcome.files.worklog)).toBe(basename(b.github.worklog!.path));
    expect(b.github.worklog!.url).toMatch(/-run7\.1-2\.md$/);
    expect(f.gh.state.files.get(`main:${a.github.worklog!.path}`)?.content).toBe(a.worklog);
    expect(f.gh.state.files.get(`main:${b.github.worklog!.path}`)?.content).toBe(b.worklog);
    // What leg B wrote into an issue links leg B's worklog, never leg A's.
    const changed = f.gh.state.issues.filter((i) => before.get(i.number) !== i.body);
    for (const issue of changed) expect(issue.body).not.toContain(`/blob/main/${a.github.worklog!.path})`);
  });
});
