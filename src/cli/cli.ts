// The command line: the same stages as the action, on a log export or on Cloud Logging.
import { clockFromEnv } from '../clock.js';
import { readSettings } from '../inputs.js';
import { InputError, errorLine } from '../errors.js';
import { parseArgs } from './args.js';
import { BOOLEANS, KNOWN, RUN_OPTIONS } from './options.js';
import type { GroupThreads } from './group.js';
import { VERSION } from '../version.js';
import { conclude } from '../conclude.js';
import { singleLine } from '../safety/markdown.js';

const HELP = `gcp-log-gardener ${VERSION}: group Google Cloud warnings and errors into issues, triage them, write a worklog.

Usage:
  gcp-log-gardener run --input logs.json [options]   worklog from a \`gcloud logging read --format=json\` export ('-' = stdin)
  gcp-log-gardener run --project-id P --service S    worklog from Cloud Logging (Application Default Credentials)
  gcp-log-gardener group --input messages.txt         one message a line in, {"line_id","group_id"} a line out
                  [--threads N]                      sign on N threads (default: one per core for files over 16 MB)

Options of run (same names and defaults as the action's inputs; see the README):
  ${RUN_OPTIONS.map((o) => `--${o}`).join('  ')}

Exit status: 0 done, 1 bad input or failure, 2 the fail-on gate failed.`;

/** How `group` may start threads: the script this CLI runs from (given by the entry point only). */
type Entry = Pick<GroupThreads, 'workerScript'>;

function threadsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InputError('--threads', `${JSON.stringify(value)} is not a whole number of threads`, 'give 1 or more, or leave it out');
  return n;
}

export async function cli(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  entry: Entry = {},
): Promise<number> {
  try {
    const { command, flags } = parseArgs(argv, KNOWN, BOOLEANS);
    if (flags.has('version')) {
      out.write(`${VERSION}\n`);
      return 0;
    }
    if (flags.has('help') || command === undefined || command === 'help') {
      out.write(HELP + '\n');
      return command === undefined && !flags.has('help') ? 1 : 0;
    }
    if (command === 'group') {
      const input = flags.get('input');
      if (!input) throw new InputError('--input', 'missing', 'give the file of messages, one a line: group --input FILE');
      // Loaded when needed: the entry point reads the command in a thread that only waits for the run.
      const { runGroupCommand } = await import('./group.js');
      await runGroupCommand(input, out, {}, { ...entry, threads: threadsOption(flags.get('threads')) });
      return 0;
    }
    if (flags.has('threads')) throw new InputError('--threads', 'is an option of group', 'drop it from run');
    if (command !== 'run') throw new InputError(command, 'unknown command', 'use run or group (see --help)');
    const settings = readSettings((name) => flags.get(name) ?? '', process.env);
    if (!flags.has('output-dir')) settings.outputDir = '.';
    const now = new Date();
    const { run } = await import('../run.js');
    const outcome = await run(settings, {
      now,
      // Loaded only for Cloud Logging runs, so file runs and `group` start fast.
      openCloudSource: async (s, env) => (await import('../google-source.js')).openGoogleSource(s, env, now, { clock: clockFromEnv(env) }),
      log: { info: (m) => err.write(`${singleLine(m)}\n`), warning: (m) => err.write(`warning: ${singleLine(m)}\n`) },
    });
    // Messages quote log text: one line each, so none can pass for a workflow command.
    const c = conclude(outcome);
    for (const m of c.messages) err.write(`${m.level === 'error' ? 'failed: ' : ''}${singleLine(m.text)}\n`);
    if (c.failure) err.write(`${singleLine(c.failure)}\n`);
    out.write(`Worklog written to ${outcome.files.worklog}\nReport written to ${outcome.files.report}\n`);
    return c.exitCode;
  } catch (e) {
    err.write(`error: ${singleLine(errorLine(e))}\n`);
    return 1;
  }
}
