// Expands the worklog path template: {service}, {timestamp}, {date}.
export function expandPathTemplate(template: string, service: string, at: Date): string {
  const iso = at.toISOString();
  const timestamp = iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const safeService = service.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'all-services';
  return template.replace(/\{service\}/g, safeService).replace(/\{timestamp\}/g, timestamp).replace(/\{date\}/g, iso.slice(0, 10));
}

/** The JSON report's path beside a worklog path. */
export function reportPathFor(worklogPath: string): string {
  return worklogPath.replace(/\.md$/i, '') + '.json';
}
