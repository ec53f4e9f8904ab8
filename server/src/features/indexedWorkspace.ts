// The workspace index (server/src/workspace/index/) as the ArgumentWorkspace navigation reads:
// the files, analyses and closed files' summaries it holds, the open documents first; paths
// resolve as the listed workspace resolves them. Before `initialize` makes the index, the
// listed workspace answers.
import type { Analysis } from '../model';
import type { FileSummary } from '../workspace/index/summary';
import type { ArgumentWorkspace } from './workspaceFiles';

/** What navigation uses of the index (server/src/workspace/index/index.ts). */
export interface IndexView {
  uris(): string[];
  analysis(uri: string): Promise<Analysis | undefined>;
  /** A closed file's current summary; undefined when open, not indexed or stale. */
  summary(uri: string): FileSummary | undefined;
  whenComplete(timeoutMs: number): Promise<boolean>;
}

export function indexedWorkspace(index: () => IndexView | undefined, listed: ArgumentWorkspace, open: () => string[]): ArgumentWorkspace {
  return {
    async uris() {
      const i = index();
      if (!i) return listed.uris();
      // Open argument documents outside every folder are not indexed, yet they are known.
      return [...new Set([...open(), ...i.uris()])];
    },
    // The index knows the folders' files; an open document outside them is the listed workspace's.
    analysis: async (uri) => (await index()?.analysis(uri)) ?? listed.analysis(uri),
    summary: (uri) => index()?.summary(uri),
    resolve: (near, path) => listed.resolve(near, path),
    complete: (timeoutMs) => index()?.whenComplete(timeoutMs) ?? Promise.resolve(true),
  };
}
