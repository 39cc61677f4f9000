// Reads the team's configuration file: a missing default file means the built-in defaults.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { defaultConfig, type GardenerConfig } from './config.js';
import { parseConfig } from './config-parse.js';

interface LoadConfigOptions {
  /** The path was given by the user (config input / --config): a missing file is an error. */
  explicit: boolean;
}

export async function loadConfig(path: string, opts: LoadConfigOptions): Promise<GardenerConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !opts.explicit) return defaultConfig();
    const problem = code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (e as Error).message})`;
    throw new InputError(`config ${path}`, problem, 'give the path of an existing YAML file, or leave config empty for .github/log-gardener.yml');
  }
  return parseConfig(text, path);
}
