// GitHub publishing: deduplicated issues, the worklog commit and the pull request comment.
export { createOctokit, type Octokit, type OctokitOptions } from './client.js';
export { publishToGitHub, pullRequestFromPayload, validateGitHubSettings, type GitHubPublishResult, type PublishContext, type PublishSettings, type WorklogText } from './publish.js';
export type { IssueOutcome, IssueSyncResult, UncertainMatch } from './outcomes.js';
export type { Gate } from './pr-comment.js';
export type { LockOptions } from './lock.js';
export { worklogPaths } from './worklog-commit.js';
export { findPreviousReport } from './previous-report.js';
