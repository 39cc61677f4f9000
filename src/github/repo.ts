// Small shared pieces: the repository coordinates and HTTP status checks on Octokit errors.
// A type alias, not an interface: Octokit's parameter types need the implicit index signature.
export type Repo = { owner: string; repo: string };

export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export function isStatus(e: unknown, ...statuses: number[]): boolean {
  const s = statusOf(e);
  return s !== undefined && statuses.includes(s);
}
