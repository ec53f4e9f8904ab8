// What the index knows of one argument file of the workspace.
import type { CachedFile } from './diskCache';
import type { FileSummary } from './summary';

export interface FileState {
  readonly uri: string;
  readonly root: string;
  readonly relative: string;
  summary?: FileSummary;
  /** Why the file cannot be read, when it cannot. */
  error?: string;
  /** The entry for the disk cache, when the summary was made from disk alone. */
  cached?: CachedFile;
}
