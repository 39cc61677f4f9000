#!/usr/bin/env node
import { cli } from './cli.js';

void cli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
