// Stand-alone entry for the grouping benchmark: `node group-main.js --input FILE`.
// The product CLI calls runGroupCommand from `group --input FILE`.
import { errorLine } from '../errors.js';
import { runGroupCommand } from './group.js';

const at = process.argv.indexOf('--input');
const input = at >= 0 ? process.argv[at + 1] : undefined;
if (!input) {
  process.stderr.write('group-main: --input FILE is missing. Fix: pass the file with one message per line.\n');
  process.exit(2);
}
runGroupCommand(input, process.stdout).catch((e: unknown) => {
  process.stderr.write(errorLine(e) + '\n');
  process.exit(1);
});
