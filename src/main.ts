// The GitHub Action: reads inputs, runs the pipeline, publishes, sets outputs and the summary.
import * as core from '@actions/core';
import { readSettings } from './inputs.js';
import { run, type RunOutcome } from './run.js';
import { renderSummary } from './render/summary.js';
import { InputError, errorLine } from './errors.js';
import { PRIORITIES } from './types.js';
import { maskForActions } from './safety/redact.js';
import { truncateBody } from './safety/truncate.js';

function setOutputs(o: RunOutcome): void {
  const r = o.report;
  core.setOutput('entry-count', r.stats.entries);
  core.setOutput('group-count', r.groups.length);
  for (const p of PRIORITIES) core.setOutput(`${p.toLowerCase()}-count`, r.byPriority[p]);
  core.setOutput('highest-priority', r.highestPriority);
  core.setOutput('worklog-path', o.files.worklog);
  core.setOutput('report-path', o.files.report);
  core.setOutput('gate-failed', o.gate.failed);
  core.setOutput('failures', r.failures.length);
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), env);
    if (settings.githubToken) for (const s of maskForActions(settings.githubToken)) core.setSecret(s);
    const outcome = await run(settings, {
      env,
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
    });
    const r = outcome.report;
    core.info(`Read ${r.stats.entries} entries into ${r.groups.length} groups (${PRIORITIES.map((p) => `${p}: ${r.byPriority[p]}`).join(', ')}).`);
    core.info(`Worklog: ${outcome.files.worklog}`);
    setOutputs(outcome);
    // The job summary holds at most 1 MiB; 349,525 UTF-16 units stay under it even at 3 bytes each.
    await core.summary.addRaw(truncateBody(renderSummary(r, outcome.gate, outcome.files), 349_525).body).write();
    if (r.failures.length) core.setFailed(`Partial failure (the worklog holds everything collected): ${r.failures.join('; ')}`);
    else if (outcome.gate.failed) core.setFailed(outcome.gate.text);
    else core.info(outcome.gate.text);
  } catch (e) {
    if (!(e instanceof InputError)) core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(errorLine(e));
  }
}
