// The real language server, spawned over stdio and spoken to in LSP like an editor
// would: the latencies a user feels (open → diagnostics, keystroke → diagnostics,
// hover, outline) and the server process's memory, read from /proc.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Position, PublishDiagnosticsParams, Range, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { cpuTime, readMemory, type Memory } from './stats';

/** The settings the bench runs with: analyse at once after each change (`delay: 0`). */
export const BENCH_SETTINGS = {
  files: ['**/*.arg.md'],
  severity: {},
  diagnostics: { delay: 0 },
  maxFileSize: 10_000_000,
};

interface Published {
  version?: number;
  count: number;
  /** The diagnostics themselves (code actions are asked for them). */
  diagnostics: Diagnostic[];
  /** performance.now() when the notification arrived. */
  at: number;
}

interface Waiter {
  uri: string;
  version: number;
  resolve: (p: Published) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export interface StartOptions {
  /** Path of the server bundle (`dist/server.js`). */
  serverPath: string;
  /** Workspace folder: documents live under it. */
  root: string;
  /** Write a V8 CPU profile of the server into this directory when it exits. */
  cpuProfDir?: string;
  /** How long to wait for `initialize` (the stub server exits at once). */
  initTimeoutMs?: number;
  /** More flags for node (`--expose-gc`) and environment variables (`ARGMAP_HEAP_PROBE`) for the server. */
  nodeArgs?: string[];
  env?: Record<string, string>;
  /** More `initializationOptions`, as the extension sends them (e.g. `storagePath`). */
  initializationOptions?: Record<string, unknown>;
  /** Node IPC (`TransportKind.ipc`, the extension's transport before 2026-11-29) instead of stdio. */
  ipc?: boolean;
}

/** One running server and the editor side of its connection. */
export class LspSession {
  readonly published = new Map<string, Published>();
  private readonly waiters = new Set<Waiter>();
  /** The last version sent per uri: a publish without a version counts for it. */
  private readonly sent = new Map<string, number>();
  readonly stderr: string[] = [];
  /** The server's `window/logMessage` lines. */
  readonly logs: string[] = [];
  /** Incremental (2) unless the server asked for whole documents. */
  syncKind: TextDocumentSyncKind = 2;
  /** Set when the server published diagnostics without a document version. */
  unversionedPublishes = 0;
  private exited = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    readonly root: string,
  ) {}

  get pid(): number {
    return this.process.pid!;
  }

  static async start(options: StartOptions): Promise<LspSession> {
    const args = [...(options.nodeArgs ?? []), ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [])];
    const env = options.env ? { ...process.env, ...options.env } : undefined;
    const child = options.ipc
      ? fork(options.serverPath, ['--node-ipc'], { execArgv: args, stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env })
      : spawn(process.execPath, [...args, options.serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = options.ipc
      ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection, options.root);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => session.stderr.push(chunk));
    const exited = new Promise<never>((_, reject) =>
      child.on('exit', (code, signal) => {
        session.exited = true;
        const err = new Error(`server exited (${signal ?? code}) ${session.stderr.join('').trim().slice(-500)}`);
        for (const w of session.waiters) w.reject(err);
        session.waiters.clear();
        reject(err);
      }),
    );
    exited.catch(() => undefined);
    connection.onError(() => undefined);
    connection.onClose(() => undefined);

    connection.onRequest((method: string, params: unknown) => {
      if (method === 'workspace/configuration') {
        const items = (params as { items: { section?: string }[] }).items;
        return items.map((item) => configurationFor(item.section));
      }
      if (method === 'workspace/workspaceFolders') return [{ uri: pathToFileURL(options.root).href, name: 'bench' }];
      return null; // client/registerCapability, window/workDoneProgress/create, …
    });
    connection.onNotification((method: string, params: unknown) => {
      if (method === 'textDocument/publishDiagnostics') session.onDiagnostics(params as PublishDiagnosticsParams);
      else if (method === 'window/logMessage') session.logs.push((params as { message: string }).message);
    });
    connection.listen();

    const rootUri = pathToFileURL(options.root).href;
    const init = connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'argmap-bench' },
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions: { settings: BENCH_SETTINGS, ...options.initializationOptions },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    const timeout = new Promise<never>((_, reject) => {
      const t = setTimeout(() => reject(new Error('server did not answer initialize')), options.initTimeoutMs ?? 15_000);
      t.unref();
    });
    try {
      const result = (await Promise.race([init, exited, timeout])) as { capabilities?: { textDocumentSync?: number | { change?: number } } };
      const sync = result?.capabilities?.textDocumentSync;
      const kind = typeof sync === 'number' ? sync : sync?.change;
      if (kind === 1) session.syncKind = 1;
    } catch (e) {
      session.kill();
      throw e;
    }
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { argmap: BENCH_SETTINGS } });
    return session;
  }

  uri(name: string): string {
    return pathToFileURL(`${this.root}/${name}`).href;
  }

  /** Warms the server's JIT: `text` opened twice (as two documents), analysed, closed. */
  async warmUp(text: string): Promise<void> {
    for (let k = 0; k < 2; k++) {
      const uri = this.uri(`warm-${k}.arg.md`);
      await this.open(uri, text);
      await this.diagnostics(uri, 1);
      await this.close(uri);
    }
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    const at = performance.now();
    let version = params.version ?? undefined;
    if (version === undefined) {
      // A closed document's diagnostics are cleared without a version; that is expected.
      version = this.sent.get(params.uri);
      if (version !== undefined) this.unversionedPublishes++;
    }
    const p: Published = { version, count: params.diagnostics.length, diagnostics: params.diagnostics, at };
    this.published.set(params.uri, p);
    for (const w of [...this.waiters]) {
      if (w.uri === params.uri && version !== undefined && version >= w.version) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.resolve(p);
      }
    }
  }

  /** Resolves when diagnostics for `version` (or later) of `uri` are published. */
  diagnostics(uri: string, version: number, timeoutMs = 600_000): Promise<Published> {
    const known = this.published.get(uri);
    if (known?.version !== undefined && known.version >= version) return Promise.resolve(known);
    if (this.exited) return Promise.reject(new Error('server has exited'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        version,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    this.sent.set(uri, version);
    this.published.delete(uri);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Inserts `insert` at `at`; `fullText` (the text after the edit) is sent instead when the server syncs whole documents. */
  change(uri: string, version: number, at: Position, insert: string, fullText: () => string): Promise<void> {
    this.sent.set(uri, version);
    const contentChanges = this.syncKind === 1 ? [{ text: fullText() }] : [{ range: { start: at, end: at }, text: insert }];
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Sends one change (a range replaced by text); `fullText` (the text after it) when the server syncs whole documents. */
  edit(uri: string, version: number, change: { range: Range; text: string }, fullText: () => string): Promise<void> {
    this.sent.set(uri, version);
    const contentChanges = this.syncKind === 1 ? [{ text: fullText() }] : [change];
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    this.sent.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<unknown> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  /** Any request, as an editor sends it. */
  request(method: string, params: unknown): Promise<unknown> {
    return this.connection.sendRequest(method, params);
  }

  documentSymbol(uri: string): Promise<unknown[] | null> {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  /** The server's `process.memoryUsage()` after a full GC (a server started with `--expose-gc` and `ARGMAP_HEAP_PROBE=1`). */
  heap(): Promise<NodeJS.MemoryUsage> {
    return this.connection.sendRequest('argmap/heap');
  }

  memory(): Memory | undefined {
    return readMemory(this.pid);
  }

  /** CPU milliseconds the server has used so far (NaN off Linux). */
  cpu(): number {
    return cpuTime(this.pid) ?? NaN;
  }

  /** shutdown + exit, so a CPU profile gets written; killed if it does not go. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(timeoutMs)]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already going.
    }
    const timer = setTimeout(() => this.kill(), timeoutMs);
    await gone;
    clearTimeout(timer);
    this.connection.dispose();
  }

  kill(): void {
    if (!this.exited) this.process.kill('SIGKILL');
    this.connection.dispose();
  }
}

function configurationFor(section: string | undefined): unknown {
  if (section === 'argmap') return BENCH_SETTINGS;
  if (section?.startsWith('argmap.')) {
    let value: unknown = BENCH_SETTINGS;
    for (const key of section.slice('argmap.'.length).split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return value ?? null;
  }
  return null;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { hoverPlace, insertAt, keystrokePlaces, type Place } from './places';
