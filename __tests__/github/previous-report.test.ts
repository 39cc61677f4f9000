// The previous run's report, found among the reports committed beside the worklogs.
import { startGitHubFake, type GitHubFake } from '../fakes/github-server.js';
import { client, group, report } from './helpers.js';
import { findPreviousReport, reportNamePattern } from '../../src/github/previous-report.js';
import { DEFAULT_WORKLOG_PATH } from '../../src/inputs.js';

let gh: GitHubFake;
beforeEach(async () => {
  gh = await startGitHubFake();
});
afterEach(() => gh.stop());

const put = (path: string, content: string) => gh.state.files.set(`main:${path}`, { content, sha: path.length.toString(16) });
const repo = { owner: 'acme', repo: 'shop' };

describe('findPreviousReport', () => {
  test('the newest report of the same service, not another service', async () => {
    const older = report([group({ title: 'old' })]);
    const newer = report([group({ title: 'new' })]);
    put('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20250910T000000Z.json', JSON.stringify(older));
    put('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20250911T000000Z.json', JSON.stringify(newer));
    put('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20250911T000000Z.md', '# worklog');
    put('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-worker-20250912T000000Z.json', JSON.stringify(older));
    const found = await findPreviousReport(client(gh), repo, DEFAULT_WORKLOG_PATH, ['api']);
    expect(found.path).toBe('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20250911T000000Z.json');
    expect(found.report?.groups[0].signature.title).toBe('new');
  });

  test('no folder yet: no previous report, no problem', async () => {
    expect(await findPreviousReport(client(gh), repo, DEFAULT_WORKLOG_PATH, ['api'])).toEqual({});
  });

  test('a file that is not a report is a problem to warn about, not a crash', async () => {
    put('gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-api-20250911T000000Z.json', '{"schemaVersion": 1, "groups": []}');
    const found = await findPreviousReport(client(gh), repo, DEFAULT_WORKLOG_PATH, ['api']);
    expect(found.report).toBeUndefined();
    expect(found.problem).toMatch(/is not a log-gardener report/);
  });

  test('the name pattern follows the template and the service key', () => {
    expect(reportNamePattern('logs/{date}-{service}.md', ['a', 'b']).test('2025-09-11-multi.json')).toBe(true);
    expect(reportNamePattern(DEFAULT_WORKLOG_PATH, []).test('GCP-LOG-GARDENER-WORKLOG-all-20250911T000000Z.json')).toBe(true);
  });
});
