// The indexed files that read a given file (their summaries list it as a dependency):
// when it changes, they are indexed again.
import type { FileState } from './fileState';
import { isInside, workspacePath } from '../paths';

export function dependentsOf(files: ReadonlyMap<string, FileState>, fsPath: string): string[] {
  // Dependencies are workspace-relative: compare with the changed file's path per folder.
  const relativeIn = new Map<string, string>();
  const dependents: string[] = [];
  for (const [path, state] of files) {
    if (path === fsPath || !state.summary || !isInside(state.root, fsPath)) continue;
    let relative = relativeIn.get(state.root);
    if (relative === undefined) relativeIn.set(state.root, (relative = workspacePath(state.root, fsPath)));
    if (state.summary.dependencies.includes(relative)) dependents.push(path);
  }
  return dependents;
}
