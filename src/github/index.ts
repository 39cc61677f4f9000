// GitHub publishing: deduplicated issues, the worklog commit and the pull request comment.
export { createOctokit, type Octokit } from './client.js';
export { publishToGitHub, pullRequestFromPayload, type GitHubPublishResult } from './publish.js';
export type { IssueSyncResult } from './outcomes.js';
