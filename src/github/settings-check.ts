// Settings the GitHub API would reject later, refused up front. No API code here: the inputs
// parser calls it before anything runs.
import type { Settings } from '../settings.js';
import { InputError } from '../errors.js';

/** Settings the GitHub API would reject later, refused up front with the input's name and the fix. */
export function validateGitHubSettings(settings: Pick<Settings, 'issueLabel' | 'worklogPath'>): void {
  const label = settings.issueLabel;
  if (!label.trim() || label.includes(',') || label.length > 50) {
    throw new InputError('issue-label', `"${label}" cannot be a GitHub label used as a filter`, 'use 1 to 50 characters without commas, e.g. log-gardener');
  }
  if (/^\/|\.\.(\/|$)|\/$/.test(settings.worklogPath)) {
    throw new InputError(
      'worklog-path',
      `"${settings.worklogPath}" is not a file path inside the repository`,
      'use a relative path such as gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md',
    );
  }
}
