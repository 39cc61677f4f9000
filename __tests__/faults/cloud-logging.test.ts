// Cloud Logging failing under a whole run (collect -> GitHub): transient errors are backed off and
// read through; persistent ones end that project's reading with one failure line, and every entry
// read before it still reaches the groups, the worklog, the report and the issues.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import { entries, filed, gardener, PROBLEMS, PROJECT, startFakes, type Fakes } from './harness.js';

let f: Fakes;
beforeEach(async () => {
  f = await startFakes({ [PROJECT]: entries(50) });
});
afterEach(async () => {
  await f.stop();
});

const statuses = (fakes: Fakes) => fakes.google.calls.logging.map((c) => c.status);

describe('transient Cloud Logging errors are backed off, then read through', () => {
  it.each([
    ['UNAVAILABLE', grpc.status.UNAVAILABLE],
    ['RESOURCE_EXHAUSTED', grpc.status.RESOURCE_EXHAUSTED],
    ['DEADLINE_EXCEEDED (a timed-out call)', grpc.status.DEADLINE_EXCEEDED],
    ['INTERNAL', grpc.status.INTERNAL],
  ])('%s twice after the first page: every entry read once, no failure', async (_name, code) => {
    f.google.logging.faults.push({ code, afterCalls: 1, times: 2 });
    const r = await gardener(f, { pageSize: 10 });

    expect(statuses(f)).toEqual([0, code, code, 0, 0, 0, 0]);
    expect(r.report.stats.entries).toBe(50);
    expect(r.report.groups.map((g) => g.count).sort()).toEqual(PROBLEMS.map(() => 10));
    expect(r.report.failures).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.summary).not.toContain('❌');
    expect(filed(f.gh)).toMatchObject({ issues: 5, duplicates: [] });
  });
});

describe('persistent Cloud Logging errors: the rest of the run goes on with what was read', () => {
  it('RESOURCE_EXHAUSTED after the first page, past every retry: one failure line, the first page kept and published', async () => {
    f.google.logging.faults.push({ code: grpc.status.RESOURCE_EXHAUSTED, afterCalls: 1, times: 100, message: 'Quota exceeded for quota metric Read requests' });
    const r = await gardener(f, { pageSize: 10, retries: 3 });

    expect(statuses(f)).toEqual([0, 8, 8, 8, 8]); // the first page, then 1 + 3 retries
    expect(r.report.stats.entries).toBe(10);
    expect(r.report.groups).toHaveLength(PROBLEMS.length);
    expect(r.report.failures).toEqual([
      expect.stringMatching(/^Cloud Logging quota exhausted for project shop-prod after retries \(.*Quota exceeded.*\)\. Fix: /),
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toMatch(/❌ Cloud Logging quota exhausted for project shop-prod/);
    expect(r.worklog).toMatch(/Part of this run failed/);
    expect(r.worklog).toContain('quota exhausted');
    // What was read is published like any other run: issues filed, the worklog committed.
    expect(filed(f.gh)).toMatchObject({ issues: 5, duplicates: [] });
    expect(f.gh.state.commits.map((c) => c.paths)).toEqual([expect.arrayContaining([expect.stringMatching(/\.md$/), expect.stringMatching(/\.json$/)])]);
    const committed = [...f.gh.state.files.values()].map((x) => x.content).join('\n');
    expect(committed).toContain('quota exhausted');
  });

  it('PERMISSION_DENIED after the first page: the failure names the role; a rerun once access is back files nothing twice', async () => {
    f.google.logging.faults.push({
      code: grpc.status.PERMISSION_DENIED,
      afterCalls: 1,
      times: 1,
      message: "Permission 'logging.logEntries.list' denied on resource",
    });
    const first = await gardener(f, { pageSize: 10 });

    expect(statuses(f)).toEqual([0, grpc.status.PERMISSION_DENIED]); // never retried
    expect(first.report.stats.entries).toBe(10);
    expect(first.report.groups).toHaveLength(PROBLEMS.length);
    expect(first.report.failures).toEqual([
      expect.stringMatching(/^Cloud Logging denied reading project shop-prod \(.*\)\. Fix: grant roles\/logging\.viewer on project shop-prod to /),
    ]);
    expect(first.exitCode).toBe(1);
    expect(first.summary).toMatch(/❌ Cloud Logging denied reading project shop-prod/);
    expect(first.worklog).toContain('roles/logging.viewer');
    expect(filed(f.gh)).toMatchObject({ issues: 5, duplicates: [] });
    const issueNumbers = first.report.groups.map((g) => g.issue?.number).sort();

    const second = await gardener(f, { pageSize: 10 });
    expect(second.report.stats.entries).toBe(50);
    expect(second.report.failures).toEqual([]);
    expect(second.exitCode).toBe(0);
    expect(second.report.groups.map((g) => g.issue?.number).sort()).toEqual(issueNumbers);
    expect(filed(f.gh)).toMatchObject({ issues: 5, duplicates: [] });
    expect(f.gh.state.comments).toHaveLength(0);
  });

  it('one of two projects denied from the start: the other is read in full and published', async () => {
    await f.stop();
    f = await startFakes({ [PROJECT]: entries(50), 'other-project': entries(20, 'other-project') });
    f.google.logging.faults.push({ code: grpc.status.PERMISSION_DENIED, project: 'other-project', times: 10 });
    const r = await gardener(f, { pageSize: 10, settings: { projects: [PROJECT, 'other-project'] } });

    expect(r.report.stats.entries).toBe(50);
    expect(r.report.failures).toEqual([expect.stringMatching(/^Cloud Logging denied reading project other-project/)]);
    expect(r.exitCode).toBe(1);
    expect(filed(f.gh)).toMatchObject({ issues: 5, duplicates: [] });
  });
});
