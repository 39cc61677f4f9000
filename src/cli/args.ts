// Minimal flag parsing: `--name value`, `--name=value`, and bare `--flag` for booleans.
import { InputError } from '../errors.js';

interface ParsedArgs {
  command: string | undefined;
  flags: Map<string, string>;
}

export function parseArgs(argv: string[], known: ReadonlySet<string>, booleans: ReadonlySet<string>): ParsedArgs {
  const flags = new Map<string, string>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      if (command === undefined) {
        command = a;
        continue;
      }
      throw new InputError(a, 'unexpected argument', 'give options as --name value; see --help');
    }
    const eq = a.indexOf('=');
    const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
    if (!known.has(name)) throw new InputError(`--${name}`, 'unknown option', 'see --help for the options');
    if (eq !== -1) flags.set(name, a.slice(eq + 1));
    else if (booleans.has(name) && (i + 1 >= argv.length || argv[i + 1].startsWith('--') || !/^(true|false|yes|no|1|0|on|off)$/i.test(argv[i + 1])))
      flags.set(name, 'true');
    else if (i + 1 < argv.length) flags.set(name, argv[++i]);
    else throw new InputError(`--${name}`, 'needs a value', `give it as --${name} VALUE`);
  }
  return { command, flags };
}
