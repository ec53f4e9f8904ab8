// What navigation, rename, workspace symbols and code lens need from the workspace: every
// argument file, open or not, and each one's analysis (or, for a closed file the index holds,
// its summary). Kept small so that the workspace index can stand behind it;
// `listedWorkspace.ts` is the simple implementation.
import type { Analysis } from '../model';
import type { FileSummary } from '../workspace/index/summary';

export interface ArgumentWorkspace {
  /** Every argument file known (open ones included), each once; what is indexed so far. */
  uris(): Promise<string[]>;
  /** The analysis of an argument file, the open buffer winning over the disk; undefined when it cannot be read. */
  analysis(uri: string): Promise<Analysis | undefined>;
  /**
   * What the workspace index keeps of a closed file, when it is current: its links are read
   * from it without parsing the file. Undefined (or absent): ask `analysis(uri)`.
   */
  summary?(uri: string): FileSummary | undefined;
  /**
   * The uri of `path` (workspace-relative, as the model writes a link's file) in the workspace
   * folder of `near`; undefined when `near` lies outside every folder or `path` escapes it.
   */
  resolve(near: string, path: string): string | undefined;
  /**
   * Settles true once `uris()` holds every argument file (a rename edits all or nothing),
   * false if that takes longer than `timeoutMs`. Absent: always complete.
   */
  complete?(timeoutMs: number): Promise<boolean>;
}

/** How long a rename waits for the workspace to be complete (the spec's 10 s). */
export const RENAME_WAIT_MS = 10_000;

/** An analysed argument file. */
export interface AnalysedFile {
  uri: string;
  analysis: Analysis;
}

/** The uri of a link's target file as `file` (analysed as `analysis`) writes it: itself for `#x`. */
export function uriOf(workspace: ArgumentWorkspace, file: AnalysedFile, path: string): string | undefined {
  return uriFrom(workspace, file.uri, file.analysis.path, path);
}

/** The same for the file at `uri` whose workspace-relative path is `own` (from an analysis or a summary). */
export function uriFrom(workspace: ArgumentWorkspace, uri: string, own: string, path: string): string | undefined {
  return path === own ? uri : workspace.resolve(uri, path);
}
