import { run } from '../../src/run.js';
import { readSettings } from '../../src/inputs.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function demo() {
  const settings = readSettings((name) => ({ input: 'examples/cloud-run-staging-48h.json', 'output-dir': mkdtempSync(join(tmpdir(), 'lg-w-')) })[name] ?? '');
  return run(settings, { now: new Date('2025-09-11T12:45:00Z') });
}

describe('worklog', () => {
  test('has the sections of the hand-written worklog, in order', async () => {
    const { markdown } = await demo();
    const headings = [
      '# GCP Log Gardener Worklog - billing-worker, netra-backend-staging, orders-api',
      '**Generated:** 2025-09-11T12:45:00Z',
      '**Time Range:** 2025-09-09T',
      '**Filter:**',
      '## 🚨 ISSUES DISCOVERED',
      '### 1. [P0]',
      '**Impact:**',
      '**Severity:**',
      '**First Occurrence:**',
      '**Pattern:**',
      '**Error Details:**',
      '**Technical Context:**',
      '## 📊 SUMMARY METRICS',
      '### Error Distribution',
      '### Service Health Status',
      '## 🎯 RECOMMENDED ACTIONS',
      '### Immediate (P0 - Critical)',
      '## 📋 NEXT STEPS',
      '**Collection Command:**',
      '```sh\ngcloud logging read ',
      '--project=netra-staging',
    ];
    let at = 0;
    for (const h of headings) {
      const i = markdown.indexOf(h, at);
      expect({ heading: h, found: i >= 0 }).toEqual({ heading: h, found: true });
      at = i;
    }
  });

  test('the collection command names the service and an explicit UTC range; the filter only what a file run applied', async () => {
    const { report } = await demo();
    expect(report.query.gcloudCommand).toMatch(/resource\.labels\.service_name="netra-backend-staging"/);
    expect(report.query.gcloudCommand).toMatch(/timestamp>="2025-09-09T\d\d:\d\d:\d\d\.\d{3}Z" AND timestamp<"2025-09-11T/);
    expect(report.query.filter).toMatch(/^\(severity>=WARNING OR /);
    expect(report.query.filter).not.toMatch(/service_name|timestamp/);
  });

  test('the JSON report holds the same groups as the worklog', async () => {
    const { report, markdown, json } = await demo();
    expect(JSON.parse(json).groups).toHaveLength(report.groups.length);
    expect(markdown.match(/^### \d+\. \[P\d\]/gm)).toHaveLength(report.groups.length);
  });
});

describe('worklog text', () => {
  test('names the project and the primary components in full', async () => {
    const { markdown } = await demo();
    expect(markdown).toContain('**Service:** billing-worker, netra-backend-staging, orders-api (project netra-staging)');
    expect(markdown).toMatch(/^\| \*\*ERROR\*\* \| \d+ \| [a-z_\\]+, /m);
    expect(markdown).not.toMatch(/\| …/);
  });
});
