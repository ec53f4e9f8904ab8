// Posix path helpers for workspace-relative paths (the model stays free of node:path).

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * Joins `rel` onto `dir` and normalises `.` and `..`. A result that climbs out of the
 * workspace keeps its leading `../` so callers can refuse it.
 */
export function joinPath(dir: string, rel: string): string {
  const parts = rel.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  let up = 0;
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length) parts.pop();
      else up++;
    } else parts.push(part);
  }
  return [...Array<string>(up).fill('..'), ...parts].join('/');
}

/** True when a normalised workspace-relative path stays inside the workspace. */
export function insideWorkspace(path: string): boolean {
  return path !== '' && path !== '..' && !path.startsWith('../');
}
