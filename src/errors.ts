/** A problem with what the user gave us: reported as one line naming the input and the fix. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${input}: ${problem}. Fix: ${fix}.`);
    this.name = 'InputError';
  }
}

/** The one-line text for any error: ours verbatim, others without a stack. */
export function errorLine(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0];
  return String(e);
}
