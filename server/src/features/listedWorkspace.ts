// The simple ArgumentWorkspace: the open argument documents plus the argument files found by
// listing each workspace folder on every request (no index, no cache: the workspace index
// replaces it). Closed files are read and analysed through Documents, as a hover's target is.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { Documents } from '../documents';
import type { Analysis } from '../model';
import { globsFor } from '../shared/membership';
import type { WorkspaceFiles } from '../workspace/files';
import { fsPathOf, workspacePath } from '../workspace/paths';
import type { ArgumentWorkspace } from './workspaceFiles';

export interface ListedWorkspaceHost {
  documents: Documents;
  workspace: WorkspaceFiles;
  /** The workspace folders' file-system paths. */
  roots(): string[];
  /** `argmap.files`. */
  files(): readonly string[];
}

export class ListedWorkspace implements ArgumentWorkspace {
  constructor(private readonly host: ListedWorkspaceHost) {}

  async uris(): Promise<string[]> {
    const open = this.host.documents.openArguments();
    const seen = new Set(open.map((o) => o.fsPath).filter((p): p is string => p !== undefined));
    const out = open.map((o) => o.uri);
    const matchers = globsFor(this.host.files(), 'folder').map((glob) => picomatch(glob, { dot: true }));
    for (const root of this.host.roots()) {
      for (const absolute of await listMarkdown(root)) {
        if (seen.has(absolute)) continue;
        const relative = workspacePath(root, absolute);
        if (!matchers.some((m) => m(relative))) continue;
        seen.add(absolute);
        out.push(pathToFileURL(absolute).href);
      }
    }
    return out;
  }

  async analysis(uri: string): Promise<Analysis | undefined> {
    const { documents, workspace } = this.host;
    if (documents.openArguments().some((o) => o.uri === uri)) return documents.analysis(uri);
    const location = workspace.locate(uri);
    return location ? documents.analyzeFile(location.root, location.path) : undefined;
  }

  resolve(near: string, relative: string): string | undefined {
    const { documents, workspace } = this.host;
    const location = workspace.locate(near);
    if (!location) return relative === '' ? near : undefined;
    const absolute = workspace.resolve(location.root, relative);
    if (absolute === undefined) return undefined;
    // An open document keeps the uri the editor gave it (its encoding may differ from ours).
    const open = documents.openArguments().find((o) => o.fsPath === absolute);
    return open ? open.uri : pathToFileURL(absolute).href;
  }
}

/** Markdown files below `root`, skipping `node_modules` and dot-folders; unreadable folders hold nothing. */
async function listMarkdown(root: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop() as string;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) pending.push(path.join(dir, entry.name));
      } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) out.push(path.join(dir, entry.name));
    }
  }
  return out.sort();
}

/** The file-system paths of the folders' uris. */
export function rootsOf(folderUris: readonly string[]): string[] {
  return folderUris.map(fsPathOf).filter((p): p is string => p !== undefined);
}
