// Writes the worklog and the JSON report to a local folder. The report is written group by group
// through one buffer, so its text never exists whole beside the report object; groups past the first
// DETAILED_GROUPS keep bounded detail there, and the report says so.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Report, TriagedGroup } from '../types.js';
import type { WorklogPaths, WrittenFiles } from '../outcome.js';

/** Groups (in report order: priority, then count) written with all their detail. */
export const DETAILED_GROUPS = 200;
const COMPACT_CHARS = 300;
const COMPACT_VALUES = 3;

const clip = (s: string): string => (s.length > COMPACT_CHARS ? `${s.slice(0, COMPACT_CHARS - 1)}…` : s);

/** A group with bounded detail: one short sample, a short exemplar, the top values of each field, no
 * Logs Explorer link (the worklog has it); every count and what a later run reads back stays. */
function compactGroup(g: TriagedGroup): TriagedGroup {
  const e = g.exemplar;
  // Copied key by key: a rest pattern would read the link (made anew on every read) only to drop it.
  const rest: Record<string, unknown> = {};
  for (const k of Object.keys(g)) if (k !== 'explorerUrl') rest[k] = g[k as keyof TriagedGroup];
  return {
    ...(rest as Omit<TriagedGroup, 'explorerUrl'>),
    samples: g.samples.slice(0, 1).map(clip),
    exemplar: { ...e, message: clip(e.message), ...(e.stackTrace === undefined ? {} : { stackTrace: clip(e.stackTrace) }) },
    ...(g.distributions
      ? {
          distributions: g.distributions.map((d) => {
            const values = d.values.slice(0, COMPACT_VALUES);
            return { ...d, values, other: d.other + d.values.slice(COMPACT_VALUES).reduce((n, v) => n + v.count, 0) };
          }),
        }
      : {}),
  };
}

function cutNote(report: Report): string | undefined {
  const cut = report.groups.length - DETAILED_GROUPS;
  if (cut <= 0) return undefined;
  return (
    `This report keeps full detail for the first ${DETAILED_GROUPS} groups (by priority, then count); the other ${cut}, one a line, keep one sample, ` +
    `the first ${COMPACT_CHARS} characters of their exemplar, the top ${COMPACT_VALUES} values of each field and no Logs Explorer link.`
  );
}

/** The report's JSON text in pieces, laid out as JSON.stringify(report, null, 2) + "\n" would be, but
 * for compact groups on one line each. */
function* reportChunks(report: Report): Generator<string> {
  const note = cutNote(report);
  const shown: Report = note ? { ...report, notes: [...(report.notes ?? []), note] } : report;
  const keys = Object.keys(shown).filter((k) => (shown as unknown as Record<string, unknown>)[k] !== undefined);
  yield '{';
  for (const [i, key] of keys.entries()) {
    const comma = i < keys.length - 1 ? ',' : '';
    yield `\n  ${JSON.stringify(key)}: `;
    if (key !== 'groups') {
      yield JSON.stringify((shown as unknown as Record<string, unknown>)[key], null, 2).replace(/\n/g, '\n  ') + comma;
      continue;
    }
    if (shown.groups.length === 0) {
      yield '[]' + comma;
      continue;
    }
    yield '[';
    for (const [j, g] of shown.groups.entries()) {
      const text = j < DETAILED_GROUPS ? JSON.stringify(g, null, 2).replace(/\n/g, '\n    ') : JSON.stringify(compactGroup(g));
      yield `\n    ${text}${j < shown.groups.length - 1 ? ',' : ''}`;
    }
    yield '\n  ]' + comma;
  }
  yield '\n}\n';
}

/** The report's JSON text whole, for where a string is needed (a commit through the API). */
export function reportText(report: Report): string {
  let out = '';
  for (const piece of reportChunks(report)) out += piece;
  return out;
}

/** Bytes written at a time; a piece is copied in whole, up to 3 bytes a character. */
const WRITE_BUFFER = 1 << 17;

/** `bytes[0, length)` to the file, however many writes the system takes. */
function writeAll(fd: number, bytes: Uint8Array, length = bytes.length): void {
  for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
}

/**
 * The report's pieces copied into one buffer and written from it, synchronously: a stream turned each
 * piece into a Buffer of its own, freed only by a collection, 6 to 11 MiB at the end of a 10,000-group
 * run, where its memory peaks. The run has nothing else to do meanwhile.
 */
function writeReport(path: string, report: Report): void {
  const fd = openSync(path, 'w');
  try {
    const buf = Buffer.allocUnsafe(WRITE_BUFFER);
    let used = 0;
    for (const piece of reportChunks(report)) {
      if (used + 3 * piece.length > WRITE_BUFFER) {
        writeAll(fd, buf, used);
        used = 0;
        if (3 * piece.length > WRITE_BUFFER) {
          writeAll(fd, Buffer.from(piece));
          continue;
        }
      }
      used += buf.write(piece, used);
    }
    writeAll(fd, buf, used);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // The write's error is the one that says what went wrong.
    }
    throw e;
  }
  closeSync(fd);
}

/** Writes both files; `json` is the report (streamed) or its text when it was already made. */
export async function writeOutputs(outputDir: string, paths: WorklogPaths, markdown: string, json: string | Report): Promise<WrittenFiles> {
  await mkdir(outputDir, { recursive: true });
  const worklog = join(outputDir, basename(paths.markdown));
  const report = join(outputDir, basename(paths.json));
  await writeFile(worklog, markdown);
  if (typeof json === 'string') await writeFile(report, json);
  else writeReport(report, json);
  return { worklog, report };
}
