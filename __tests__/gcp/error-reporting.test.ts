// Error Reporting link-back against a stateful fake of the REST API, with workload identity.
import { afterEach, describe, expect, it } from '@jest/globals';
import { CLOUD_PLATFORM_SCOPE, linkErrorGroups } from '../../src/gcp/error-reporting.js';
import type { Report, TriagedGroup } from '../../src/types.js';
import { FAKE_PROVIDER, FAKE_SERVICE_ACCOUNT, startGoogleFakes } from '../fakes/google-fakes.js';
import type { GoogleFakes } from '../fakes/google-fakes.js';
import { startErrorReportingFake } from '../fakes/google-error-reporting.js';
import type { ErrorReportingFake } from '../fakes/google-error-reporting.js';
import { testSettings } from './settings.js';

process.env.METADATA_SERVER_DETECTION = 'none';
let google: GoogleFakes | undefined;
let er: ErrorReportingFake | undefined;
afterEach(async () => {
  await Promise.all([google?.stop(), er?.stop()]);
  google = er = undefined;
});

function group(project: string | undefined, errorGroups: string[], issue?: TriagedGroup['issue']): TriagedGroup {
  return { exemplar: { project, errorGroups }, issue } as unknown as TriagedGroup;
}

const report = (groups: TriagedGroup[]) => ({ groups }) as unknown as Report;

async function setup() {
  google = await startGoogleFakes({ entries: { 'shop-prod': [] } });
  er = await startErrorReportingFake({
    tokens: google.auth.accessTokens,
    groups: [
      { name: 'projects/shop-prod/groups/CKyx9', groupId: 'CKyx9', trackingIssues: [{ url: 'https://tracker.example/1' }], resolutionStatus: 'OPEN' },
      { name: 'projects/shop-prod/groups/CPa1', groupId: 'CPa1' },
      { name: 'projects/billing-prod/groups/CKyx9', groupId: 'CKyx9' },
    ],
  });
  Object.assign(process.env, {
    ACTIONS_ID_TOKEN_REQUEST_URL: google.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: google.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  });
  const env = { ...google.env, LOG_GARDENER_ERROR_REPORTING_URL: er.url } as NodeJS.ProcessEnv;
  const settings = testSettings({
    projects: ['shop-prod'],
    workloadIdentityProvider: FAKE_PROVIDER,
    serviceAccount: FAKE_SERVICE_ACCOUNT,
    errorReportingLink: true,
    dryRun: false,
  });
  return { env, settings, google, er };
}

const deps = { authDeps: { setSecret: () => undefined } };

describe('linkErrorGroups', () => {
  it('adds the issue URL to each error group, per project, keeping the links it had; a second run changes nothing', async () => {
    const { env, settings, google: g, er: fake } = await setup();
    const r = report([
      group('shop-prod', ['CKyx9'], { number: 7, url: 'https://github.com/o/r/issues/7', state: 'new' }),
      group(undefined, ['CPa1'], { number: 8, url: 'https://github.com/o/r/issues/8', state: 'updated' }),
      // Same id, other project: another error altogether.
      group('billing-prod', ['CKyx9'], { number: 9, url: 'https://github.com/o/r/issues/9', state: 'reopened' }),
      group('shop-prod', ['CZZZ'], { number: 10, url: 'https://github.com/o/r/issues/10', state: 'skipped' }),
      group('shop-prod', ['<redacted:x>'], { number: 11, url: 'https://github.com/o/r/issues/11', state: 'new' }),
      group('shop-prod', ['CQQQ']),
    ]);
    const first = await linkErrorGroups(r, settings, env, deps);
    expect(first.failures).toEqual([]);
    expect(first.linked).toEqual([
      { group: 'projects/shop-prod/groups/CKyx9', url: 'https://github.com/o/r/issues/7' },
      { group: 'projects/shop-prod/groups/CPa1', url: 'https://github.com/o/r/issues/8' },
      { group: 'projects/billing-prod/groups/CKyx9', url: 'https://github.com/o/r/issues/9' },
    ]);
    expect(fake.groups.get('projects/shop-prod/groups/CKyx9')).toEqual({
      name: 'projects/shop-prod/groups/CKyx9',
      groupId: 'CKyx9',
      resolutionStatus: 'OPEN',
      trackingIssues: [{ url: 'https://tracker.example/1' }, { url: 'https://github.com/o/r/issues/7' }],
    });
    expect(fake.groups.get('projects/billing-prod/groups/CKyx9')?.trackingIssues).toEqual([{ url: 'https://github.com/o/r/issues/9' }]);
    expect(new Set(fake.calls.map((c) => c.who))).toEqual(new Set([FAKE_SERVICE_ACCOUNT]));
    expect(g.calls.auth.filter((c) => c.endpoint === 'iam').map((c) => c.detail.scope)).toContainEqual([CLOUD_PLATFORM_SCOPE]);

    const again = await linkErrorGroups(r, settings, env, deps);
    expect(again).toEqual({
      linked: [],
      unchanged: ['projects/shop-prod/groups/CKyx9', 'projects/shop-prod/groups/CPa1', 'projects/billing-prod/groups/CKyx9'],
      failures: [],
    });
    expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(3);
  });

  it('a permission error is one line naming the role and the principal; other projects are still linked', async () => {
    const { env, settings, er: fake } = await setup();
    fake.denied.set('shop-prod', new Set([FAKE_SERVICE_ACCOUNT]));
    const r = report([
      group('shop-prod', ['CKyx9'], { number: 7, url: 'https://github.com/o/r/issues/7', state: 'new' }),
      group('shop-prod', ['CPa1'], { number: 8, url: 'https://github.com/o/r/issues/8', state: 'new' }),
      group('billing-prod', ['CKyx9'], { number: 9, url: 'https://github.com/o/r/issues/9', state: 'new' }),
      group('billing-prod', ['CGone'], { number: 12, url: 'https://github.com/o/r/issues/12', state: 'new' }),
    ]);
    const result = await linkErrorGroups(r, settings, env, deps);
    expect(result.linked).toEqual([{ group: 'projects/billing-prod/groups/CKyx9', url: 'https://github.com/o/r/issues/9' }]);
    expect(result.failures).toHaveLength(2);
    expect(result.failures[0]).toBe(
      `Error Reporting denied updating error groups in project shop-prod (The caller does not have permission). Fix: grant roles/errorreporting.user on project shop-prod to ${FAKE_SERVICE_ACCOUNT}, or set error-reporting-link: false.`,
    );
    expect(result.failures[1]).toMatch(/^Error Reporting has no group CGone in project billing-prod/);
    // Denied once: the project's other group is not tried.
    expect(fake.calls.filter((c) => c.name.startsWith('projects/shop-prod/'))).toHaveLength(1);
    expect(fake.groups.get('projects/shop-prod/groups/CKyx9')?.trackingIssues).toEqual([{ url: 'https://tracker.example/1' }]);
  });

  it('makes no call when no filed group carries an Error Reporting id, when the input is off, or in a dry run', async () => {
    const { env, settings, er: fake } = await setup();
    const none = { linked: [], unchanged: [], failures: [] };
    expect(
      await linkErrorGroups(report([group('shop-prod', [], { number: 1, url: 'https://github.com/o/r/issues/1', state: 'new' })]), settings, env, deps),
    ).toEqual(none);
    const r = report([group('shop-prod', ['CPa1'], { number: 1, url: 'https://github.com/o/r/issues/1', state: 'new' })]);
    expect(await linkErrorGroups(r, { ...settings, errorReportingLink: false }, env, deps)).toEqual(none);
    expect(await linkErrorGroups(r, { ...settings, dryRun: true }, env, deps)).toEqual(none);
    expect(fake.calls).toEqual([]);
  });

  it('without credentials the link-back is skipped with one line, not a failed run', async () => {
    const { settings, er: fake } = await setup();
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/credentials.json';
    try {
      const r = report([group('shop-prod', ['CPa1'], { number: 1, url: 'https://github.com/o/r/issues/1', state: 'new' })]);
      const result = await linkErrorGroups(
        r,
        { ...settings, authMode: 'adc', workloadIdentityProvider: undefined, serviceAccount: undefined },
        { METADATA_SERVER_DETECTION: 'none' },
        deps,
      );
      expect(result.linked).toEqual([]);
      expect(result.failures).toHaveLength(1);
      expect(result.failures[0]).toMatch(/^Error Reporting link-back skipped: auth-mode: no Application Default Credentials/);
      expect(fake.calls).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    }
  });
});
