// The language server in this process, over an in-memory connection (two stream pairs):
// startServer driven as the editor drives it, without spawning dist/server.js. Documents
// are Markdown text in, LSP payloads out; `$$CURSOR$$` in a text marks a hover position
// (test/features/text.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  type ClientCapabilities,
  type DocumentSymbol,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type Range,
  type PublishDiagnosticsParams,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/startServer';
import { GraphRequest, type GraphJson } from '../../server/src/protocol';
import { withCursor } from '../features/text';

export { joinLines } from '../features/text';

/** What VS Code announces, trimmed to what these tests touch. */
export const EDITOR: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true, labelSupport: true },
  },
};

export interface InProcessOptions {
  /** Files of a fresh workspace folder (relative path → text); none when undefined. */
  files?: Record<string, string>;
  settings?: unknown;
  capabilities?: ClientCapabilities;
  /** Features to fail on `fault*` documents (server/src/faults.ts). */
  faults?: string[];
}

const TIMEOUT_MS = 10_000;

export class InProcessServer {
  readonly logs: string[] = [];
  private readonly publishes: PublishDiagnosticsParams[] = [];
  private readonly waiting: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  initializeResult!: InitializeResult;

  private constructor(
    readonly client: ProtocolConnection,
    private readonly streams: PassThrough[],
    /** The workspace folder (a temporary one), if the test asked for files. */
    readonly root: string | undefined,
  ) {
    client.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes.push(p);
      const waiter = this.waiting.find((w) => w.match(p));
      if (waiter) {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        waiter.resolve(p);
      }
    });
    client.onRequest(RegistrationRequest.type, () => null);
  }

  static async start(options: InProcessOptions = {}): Promise<InProcessServer> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Message readers and writers, not raw streams: on a raw stream's end the library exits the process.
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, { faults: options.faults });
    server.listen();
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    let root: string | undefined;
    if (options.files) {
      root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-inprocess-')));
      for (const [name, text] of Object.entries(options.files)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
      }
    }
    const running = new InProcessServer(client, [toServer, toClient], root);
    const settings = options.settings ?? { diagnostics: { delay: 0 } };
    client.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'argmap' ? settings : null)));
    client.listen();
    const folder = root ? [{ uri: pathToFileURL(root).href, name: 'workspace' }] : null;
    // No process id: the library would poll it with a timer that keeps the test process alive.
    running.initializeResult = await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: folder ? folder[0].uri : null,
      workspaceFolders: folder,
      capabilities: options.capabilities ?? EDITOR,
    });
    await client.sendNotification(InitializedNotification.type, {});
    return running;
  }

  /** The uri of a file of the workspace folder (or of a file outside any folder). */
  uri(name: string): string {
    return pathToFileURL(path.join(this.root ?? os.tmpdir(), name)).href;
  }

  async open(name: string, text: string, version = 1): Promise<string> {
    const uri = this.uri(name);
    await this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    return uri;
  }

  /** Replaces `range` of the open document `uri` with `text`, as its `version`. */
  async change(uri: string, version: number, range: Range, text: string): Promise<void> {
    await this.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** The first publish for `uri` at `version` (waits for it). */
  diagnostics(uri: string, version = 1): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === version;
    const earlier = this.publishes.find(match);
    if (earlier) return Promise.resolve(earlier);
    return this.within(`diagnostics of ${uri} v${version}`, new Promise((resolve) => this.waiting.push({ match, resolve })));
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.within('hover', this.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
  }

  /** Opens `marked` as `name` and hovers at its `$$CURSOR$$`. */
  async hoverAt(name: string, marked: string): Promise<Hover | null> {
    const { text, position } = withCursor(marked);
    return this.hover(await this.open(name, text), position);
  }

  symbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.within('documentSymbol', this.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
  }

  graph(uri: string): Promise<GraphJson | null> {
    return this.within('argmap/graph', this.client.sendRequest(GraphRequest.type, { uri }));
  }

  /** Ends the connection (never `exit`: that would end this process) and removes the workspace. */
  dispose(): void {
    this.client.dispose();
    for (const s of this.streams) s.destroy();
    if (this.root) fs.rmSync(this.root, { recursive: true, force: true });
  }

  private async within<T>(what: string, promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\nlog:\n${this.logs.join('\n')}`)), TIMEOUT_MS);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
