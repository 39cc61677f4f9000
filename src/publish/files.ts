// Writes the worklog and the JSON report to a local folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { WorklogPaths, WrittenFiles } from '../outcome.js';

export async function writeOutputs(outputDir: string, paths: WorklogPaths, markdown: string, json: string): Promise<WrittenFiles> {
  await mkdir(outputDir, { recursive: true });
  const worklog = join(outputDir, basename(paths.markdown));
  const report = join(outputDir, basename(paths.json));
  await writeFile(worklog, markdown);
  await writeFile(report, json);
  return { worklog, report };
}
