// What the workspace index needs from the server, and what it counts.
import type { Diagnostic, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Analysis } from '../../model';
import type { Logger } from '../../log';
import type { ArgmapSettings } from '../../protocol';
import type { WorkerPool } from '../../pool/workerPool';
import type { WorkspaceFiles } from '../files';

export interface IndexHost {
  readonly log: Logger;
  readonly workspace: WorkspaceFiles;
  settings(): ArgmapSettings;
  /** Settles once the client's settings are known. */
  ready(): Promise<void>;
  /** The analysis of an open argument document (undefined when not open or not an argument file). */
  openAnalysis(uri: string): Promise<Analysis | undefined>;
  /** The analysis of a file as the documents make it (open buffers first, then the disk). */
  analyzeFile(root: string, relative: string): Promise<Analysis | undefined>;
  /** An analysis as LSP diagnostics, under the current severities. */
  diagnostics(uri: string, analysis: Analysis): Diagnostic[];
  send(params: { uri: string; diagnostics: Diagnostic[] }): void;
  createProgress(): Promise<WorkDoneProgressServerReporter>;
  /** Worker threads that index closed files (none: the main thread does, in slices). */
  readonly pool?: WorkerPool;
}

export interface IndexStats {
  /** Files whose summary came from the disk cache (this session). */
  fromCache: number;
  /** Files parsed and analysed (this session). */
  analysed: number;
  /** Of those, the ones analysed in a worker thread. */
  inWorkers: number;
}

/** Logs; background work may end after the connection closed, where a log throws: it is dropped then. */
export function logQuietly(log: Logger, level: 'info' | 'error', message: string): void {
  try {
    log[level](message);
  } catch {
    // the client is gone: nobody to tell
  }
}
