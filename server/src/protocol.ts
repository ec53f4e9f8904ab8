// Settings and custom messages, shared by the server and the client. The client imports
// from the server only this file and `membership.ts` (both free of server internals).
import { RequestType } from 'vscode-languageserver-protocol';
import type { DiagnosticCode, GraphJson, IdConversion, IdStyle, SeveritySetting } from './model';
import { DEFAULT_MAX_BLOCK_SIZE, DEFAULT_MAX_FILE_SIZE } from './defaults';
import { DEFAULT_FILES } from './shared/membership';

export type { GraphJson, IdConversion, IdStyle } from './model';

/** The configuration section the settings live in (`argmap.*`). */
export const SETTINGS_SECTION = 'argmap';

export interface ArgmapSettings {
  files: string[];
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  diagnostics: { delay: number; scope: DiagnosticsScope };
  maxFileSize: number;
  /** `argmap.codeLens.enabled`. */
  codeLens: { enabled: boolean };
  /** Which form argmap writes an id in (`{#id}` or `<a id="id"></a>`). */
  ids: { style: IdStyle };
  /** `argmap.maxBlockSize`: UTF-8 bytes of one block whose inline content is parsed. */
  maxBlockSize: number;
}

/** `argmap.diagnostics.scope`: diagnostics of open documents only, or of every argument file of the workspace. */
export type DiagnosticsScope = 'open' | 'workspace';

export const DEFAULT_SETTINGS: ArgmapSettings = {
  files: [...DEFAULT_FILES],
  severity: {},
  diagnostics: { delay: 200, scope: 'open' },
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  codeLens: { enabled: true },
  ids: { style: 'pandoc' },
  maxBlockSize: DEFAULT_MAX_BLOCK_SIZE,
};

export interface GraphParams {
  uri: string;
}

/** `argmap/graph`: the spec's graph JSON of a document, or null when it is not an argument file. */
// A namespace, as the LSP libraries declare their messages: `GraphRequest.type`, `GraphRequest.method`.
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace GraphRequest {
  export const method = 'argmap/graph';
  export const type = new RequestType<GraphParams, GraphJson | null, void>(method);
}

export interface ConvertIdsParams {
  uri: string;
  /** The document's text as the client has it now: the edits are for this text. */
  text: string;
  /** The form every id is to be written in. */
  style: IdStyle;
}

/**
 * `argmap/convertIds`: edits that rewrite every id of the document in `style`, keeping every link
 * working (the command "Convert Ids in This File"), or null when it is not an argument file.
 */
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace ConvertIdsRequest {
  export const method = 'argmap/convertIds';
  export const type = new RequestType<ConvertIdsParams, IdConversion | null, void>(method);
}

/** What the client hands the server in `initialize` (`initializationOptions`). */
export interface InitializationOptions {
  /** The extension's workspace storage folder (`context.storageUri`), where the workspace index is cached. */
  storagePath?: string;
}

export interface CheckWorkspaceParams {
  /** How long to wait for indexing before answering (ms); the server's default when absent. */
  waitMs?: number;
}

export interface CheckWorkspaceResult {
  /** Argument files indexed when the answer was given. */
  files: number;
  /** False when indexing was still under way at the time limit: the rest are published as they are indexed. */
  complete: boolean;
}

/** `argmap/checkWorkspace` (command `argmap.checkWorkspace`): publish every indexed argument file's diagnostics. */
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace CheckWorkspaceRequest {
  export const method = 'argmap/checkWorkspace';
  export const type = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>(method);
}
