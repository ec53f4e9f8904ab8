// Settings and custom messages, shared by the server and the client. The client imports
// from the server only this file and `membership.ts` (both free of server internals).
import { RequestType } from 'vscode-languageserver-protocol';
import type { DiagnosticCode, GraphJson, SeveritySetting } from './model';
import { DEFAULT_MAX_BLOCK_SIZE, DEFAULT_MAX_FILE_SIZE } from './defaults';
import { DEFAULT_FILES } from './shared/membership';

export type { GraphJson } from './model';

/** The configuration section the settings live in (`argmap.*`). */
export const SETTINGS_SECTION = 'argmap';

export interface ArgmapSettings {
  files: string[];
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  diagnostics: { delay: number };
  maxFileSize: number;
  /** `argmap.maxBlockSize`: UTF-8 bytes of one block whose inline content is parsed. */
  maxBlockSize: number;
}

export const DEFAULT_SETTINGS: ArgmapSettings = {
  files: [...DEFAULT_FILES],
  severity: {},
  diagnostics: { delay: 200 },
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
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
