// The options the command line takes, and the command its arguments ask for. Apart from cli.ts so
// that the entry point can read the command without loading the CLI: the first thread and the thread
// that reads the input only start or serve the run (src/worker.ts), and load nothing more.
import { parseArgs } from './args.js';

export const RUN_OPTIONS = [
  'input',
  'allow-empty',
  'project-id',
  'service',
  'resource-type',
  'min-severity',
  'window',
  'since',
  'until',
  'filter',
  'max-entries',
  'auth-mode',
  'workload-identity-provider',
  'service-account',
  'audience',
  'config',
  'previous-report',
  'output-dir',
  'worklog-path',
  'dry-run',
  'fail-on',
  'fail-on-new-only',
  'transport',
  'source',
  'bigquery-table',
  'maximum-bytes-billed',
];
/** Options of group only. */
const GROUP_OPTIONS = ['threads'];
export const BOOLEANS = new Set(['allow-empty', 'dry-run', 'fail-on-new-only', 'help', 'version']);
export const KNOWN = new Set([...RUN_OPTIONS, ...GROUP_OPTIONS, 'help', 'version']);

/** The command the arguments ask for and its options; undefined when they do not parse (cli() then says why). */
export function argsOf(argv: string[]): ReturnType<typeof parseArgs> | undefined {
  try {
    return parseArgs(argv, KNOWN, BOOLEANS);
  } catch {
    return undefined;
  }
}
