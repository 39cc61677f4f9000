#!/usr/bin/env node
// Prints the README's inputs and outputs tables from action.yml (the README must match it).
import { readFileSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';

export function tables(actionYml) {
  const a = YAML.parse(actionYml);
  const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputs = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, i] of Object.entries(a.inputs)) inputs.push(`| \`${name}\` | ${i.default === '' ? '' : `\`${esc(i.default)}\``} | ${esc(i.description)} |`);
  const outputs = ['| Output | Description |', '|---|---|'];
  for (const [name, o] of Object.entries(a.outputs)) outputs.push(`| \`${name}\` | ${esc(o.description)} |`);
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

/** The README with its tables (between the inputs/outputs markers) replaced by fresh ones. */
export function withTables(readme, actionYml) {
  const t = tables(actionYml);
  const put = (text, name, table) => text.replace(new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1\n${table}\n$2`);
  return put(put(readme, 'inputs', t.inputs), 'outputs', t.outputs);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const action = readFileSync('action.yml', 'utf8');
  if (process.argv.includes('--write')) writeFileSync('README.md', withTables(readFileSync('README.md', 'utf8'), action));
  else {
    const t = tables(action);
    console.log(t.inputs + '\n\n' + t.outputs);
  }
}
