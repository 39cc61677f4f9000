// Sizes GitHub accepts, applied to every request as the last step before it leaves: titles at most
// 256 characters, issue and comment bodies at most 65,536. Callers fit their text first (and say
// what they cut); this is the guarantee that nothing over the limit is ever sent.
import { shorten } from '../safety/markdown.js';
import { truncateBody } from '../safety/truncate.js';
import { cleanDeep } from '../safety/unicode.js';

const TITLE_LIMIT = 256;
/** GitHub's limit for issue and comment bodies. */
export const BODY_LIMIT = 65_536;

/** Request parameters with every string normalised (see unicode.ts) and title and body cut to fit. */
export function fitForGitHub<T extends Record<string, unknown>>(params: T): T {
  const out: Record<string, unknown> = cleanDeep(params);
  if (typeof out.title === 'string' && out.title.length > TITLE_LIMIT) out.title = shorten(out.title, TITLE_LIMIT);
  if (typeof out.body === 'string' && out.body.length > BODY_LIMIT) out.body = truncateBody(out.body, BODY_LIMIT).body;
  return out as T;
}
