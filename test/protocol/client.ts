// A tiny LSP client for protocol tests: spawns `node dist/server.js --stdio`, answers
// the server's requests (configuration, registrations) and waits for notifications
// instead of sleeping. Every wait has a timeout that fails loudly with what did arrive.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type DocumentSymbol,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { GraphRequest } from '../../server/src/protocol';
import type { GraphJson } from '../../server/src/protocol';

/** The repository root, found from the bundled test's location (out/test/protocol). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export const FIXTURES = path.join(repoRoot(), 'test', 'protocol', 'fixtures');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function uriOf(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}

/** A fresh folder with copies of the named fixtures, for tests that change files on disk. */
export function tempWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-protocol-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** What a realistic editor (VS Code) announces, trimmed to what these tests touch. */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true, labelSupport: true },
  },
  general: { positionEncodings: ['utf-16'] },
};

export interface StartOptions {
  /** Workspace folder (file-system path); none when undefined. */
  root?: string;
  /** The `argmap` section as `workspace/configuration` answers it. */
  settings?: unknown;
  capabilities?: ClientCapabilities;
  /** Extra environment variables for the server process (e.g. `ARGMAP_FAULT`). */
  env?: Record<string, string>;
  /** Node options for the server process (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** `initializationOptions` as the extension sends them (e.g. `storagePath`). */
  initializationOptions?: unknown;
}

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

const TIMEOUT_MS = 10_000;

export class TestClient {
  readonly logs: string[] = [];
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly registrations: string[] = [];
  /** How many configuration requests the server made. */
  configurationRequests = 0;
  settings: unknown;
  initializeResult!: InitializeResult;
  private readonly consumed = new Set<PublishDiagnosticsParams>();
  private readonly waiters: Waiter<PublishDiagnosticsParams>[] = [];
  private stderr = '';
  private exited: number | null | undefined;

  private constructor(
    private readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    process.on('exit', (code) => (this.exited = code));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publishes.push(params);
      for (const waiter of [...this.waiters]) {
        if (!this.consumed.has(params) && waiter.match(params)) {
          this.consumed.add(params);
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification(LogMessageNotification.type, (params) => this.logs.push(params.message));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === 'argmap' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const r of params.registrations) this.registrations.push(r.method);
      return null;
    });
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    // ARGMAP_DIST: another build's folder (`npm run test:production` runs these tests on the production bundles).
    const server = path.join(process.env.ARGMAP_DIST ? path.resolve(repoRoot(), process.env.ARGMAP_DIST) : path.join(repoRoot(), 'dist'), 'server.js');
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), server, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection);
    client.settings = options.settings ?? { diagnostics: { delay: 0 } };
    connection.listen();
    const folders = options.root ? [{ uri: uriOf(options.root), name: path.basename(options.root) }] : null;
    client.initializeResult = await client.within(
      'initialize',
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders ? folders[0].uri : null,
        workspaceFolders: folders,
        capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
        initializationOptions: options.initializationOptions,
      }),
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Rejects with the server's log when `promise` takes longer than the timeout. */
  async within<T>(what: string, promise: Promise<T>, ms = TIMEOUT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}\n${this.report()}`)), ms);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  report(): string {
    const codes = (p: PublishDiagnosticsParams) => {
      const shown = p.diagnostics.slice(0, 12).map((d) => d.code);
      if (p.diagnostics.length > shown.length) shown.push(`… ${p.diagnostics.length} in all`);
      return shown.join(', ') || '[]';
    };
    const publishes = this.publishes.map((p) => `  ${p.uri} v${p.version}: ${codes(p)}`);
    return [
      `server exited: ${this.exited === undefined ? 'no' : this.exited}`,
      `publishes:\n${publishes.join('\n')}`,
      `log:\n${this.logs.join('\n')}`,
      `stderr:\n${this.stderr}`,
    ].join('\n');
  }

  /** The next publish for `uri` (not yet returned by an earlier wait) that `match` accepts. */
  diagnostics(
    uri: string,
    match: (p: PublishDiagnosticsParams) => boolean = () => true,
    what?: string,
    ms = TIMEOUT_MS,
  ): Promise<PublishDiagnosticsParams> {
    const accept = (p: PublishDiagnosticsParams) => p.uri === uri && match(p);
    const earlier = this.publishes.find((p) => !this.consumed.has(p) && accept(p));
    if (earlier) {
      this.consumed.add(earlier);
      return Promise.resolve(earlier);
    }
    return this.within(
      what ?? `diagnostics for ${uri}`,
      new Promise((resolve) => this.waiters.push({ match: accept, resolve })),
      ms,
    );
  }

  /** The publish for exactly this version of `uri`. */
  diagnosticsFor(uri: string, version: number, ms = TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (p) => p.version === version, `diagnostics for ${uri} version ${version}`, ms);
  }

  /** Marks everything published so far as seen, so the next wait only sees new publishes. */
  skipPublished(): void {
    for (const p of this.publishes) this.consumed.add(p);
  }

  async open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  /** Replaces `range` by `text`. */
  async edit(uri: string, version: number, range: Range, text: string): Promise<void> {
    await this.change(uri, version, [{ range, text }]);
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configure(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { argmap: settings } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  hover(uri: string, position: Position, ms = TIMEOUT_MS): Promise<Hover | null> {
    return this.within('hover', this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), ms);
  }

  symbols(uri: string, ms = TIMEOUT_MS): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.within('documentSymbol', this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), ms);
  }

  graph(uri: string, ms = TIMEOUT_MS): Promise<GraphJson | null> {
    return this.within('argmap/graph', this.connection.sendRequest(GraphRequest.type, { uri }), ms);
  }

  /** The server process's exit code: undefined while it runs, null when a signal ended it. */
  get exitCode(): number | null | undefined {
    return this.exited;
  }

  get alive(): boolean {
    return this.exited === undefined;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
      try {
        await this.within('shutdown', this.connection.sendRequest(ShutdownRequest.type), 3000);
        await this.connection.sendNotification(ExitNotification.type);
        await this.within('exit', exited, 3000);
      } catch {
        this.process.kill();
      }
    }
    this.connection.dispose();
  }
}

/** The position of the first `needle` in `text` (plus `offset` characters). */
export function positionOf(text: string, needle: string, offset = 0): Position {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
