import { InputError } from '../errors.js';

/** A user's regular expression, or a one-line error naming where it came from. */
export function userPattern(source: string, where: string, flags = ''): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(where, `${JSON.stringify(source)} is not a valid regular expression (${reason})`, 'correct the pattern (JavaScript RegExp syntax)');
  }
}
