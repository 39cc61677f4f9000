// A complete Settings for tests, with overrides.
import type { Settings } from '../../src/settings.js';

export function testSettings(over: Partial<Settings> = {}): Settings {
  return {
    projects: ['demo-project'],
    services: [],
    resourceType: 'cloud_run_revision',
    minSeverity: 'WARNING',
    windowMs: 24 * 3600_000,
    maxEntries: 10_000,
    authMode: 'auto',
    configPath: '.github/log-gardener.yml',
    outputDir: 'out',
    worklogPath: 'worklogs/{date}.md',
    dryRun: true,
    failOn: 'none',
    failOnNewOnly: false,
    createIssues: false,
    issueLabel: 'log-gardener',
    maxNewIssues: 5,
    onRegression: 'reopen',
    commitWorklog: false,
    prComment: false,
    ...over,
  };
}
