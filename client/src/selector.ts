// Which documents are argument files: Markdown on disk matching `argmap.files`, globs
// against workspace-relative paths. Untitled documents have no path to match, so they are
// not argument files (save one as `*.arg.md` to map it).
import * as vscode from 'vscode';

export const DEFAULT_FILES = ['**/*.arg.md'];

export interface ArgumentSelector {
  filters: vscode.DocumentFilter[];
  /** Equal keys select the same documents. */
  key: string;
}

/** `argmap.files` for a folder (or the window), with bad entries dropped. */
export function filesSetting(scope?: vscode.Uri): string[] {
  const value = vscode.workspace.getConfiguration('argmap', scope).get<unknown>('files');
  if (!Array.isArray(value)) return DEFAULT_FILES;
  return value
    .filter((glob): glob is string => typeof glob === 'string')
    .map((glob) => glob.trim().replace(/^\.\//, ''))
    .filter((glob) => glob !== '');
}

/**
 * One filter per folder and glob, relative to the folder; globs that start with `**` also
 * match files outside every folder. With no folder open, every glob matches at any depth.
 */
export function argumentSelector(): ArgumentSelector {
  const filters: vscode.DocumentFilter[] = [];
  const keys: string[] = [];
  const add = (pattern: vscode.GlobPattern, key: string) => {
    filters.push({ language: 'markdown', scheme: 'file', pattern });
    keys.push(key);
  };
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    for (const glob of filesSetting(folder.uri)) add(new vscode.RelativePattern(folder, glob), `${folder.uri.toString()} ${glob}`);
  }
  for (const glob of filesSetting()) {
    if (glob.startsWith('**')) add(glob, `* ${glob}`);
    else if (folders.length === 0) add(`**/${glob.replace(/^\/+/, '')}`, `* **/${glob}`);
  }
  return { filters, key: keys.join('\n') };
}

export function isArgumentDocument(selector: ArgumentSelector, document: vscode.TextDocument): boolean {
  return vscode.languages.match(selector.filters, document) > 0;
}
