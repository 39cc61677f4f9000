// What reaches the runner (workflow commands, the failure line, the job summary) is normalised
// like what reaches GitHub: no bidi or C1 controls, no lone surrogates, even from log text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/main.js';
import { coreStandIn } from '../helpers/core-stand-in.js';

const action = YAML.parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default: string }> };
const UNSAFE = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('workflow commands', () => {
  it("the gate's failure line, every message and the summary carry no right-to-left override, C1 control or lone surrogate", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-wc-'));
    const input = join(dir, 'logs.json');
    const entry = (i: number) => ({
      insertId: `e${i}`,
      timestamp: `2025-09-11T12:0${i}:00Z`,
      severity: 'ERROR',
      logName: 'projects/p/logs/run.googleapis.com%2Fstderr',
      resource: { type: 'cloud_run_revision', labels: { project_id: 'p', service_name: 'api', revision_name: 'api-00001-abc', location: 'europe-west1' } },
      textPayload: 'ValueError: invoice \u202Efdp.exe\u202C rejected\u0085 by \ud800 parser',
    });
    writeFileSync(input, JSON.stringify([entry(1), entry(2)]));
    const inputs: Record<string, string> = {};
    for (const [name, i] of Object.entries(action.inputs)) inputs[name] = String(i.default).includes('${{') ? '' : String(i.default);
    const { core, record } = coreStandIn({ ...inputs, input, 'output-dir': dir, 'fail-on': 'P3' });
    await main({ core, env: {}, now: new Date('2025-09-11T13:00:00Z'), openCloudSource: () => Promise.reject(new Error('file run')) });
    expect(record.failed).toMatch(/^Gate failed/);
    expect(record.failed).toContain('fdp.exe');
    for (const text of [record.failed ?? '', record.summary, ...record.log]) {
      expect(text).not.toMatch(UNSAFE);
      expect(text.toWellFormed()).toBe(text);
    }
  });
});
