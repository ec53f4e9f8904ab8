// The language client for dist/server.js: started with the current argument-file selector,
// started again (a new client) when the selector or the user asks for it.
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { CheckWorkspaceResult, GraphJson, InitializationOptions } from '../../server/src/protocol';
import { CheckWorkspaceRequest, GraphRequest } from '../../server/src/protocol';
import { argumentSelector, isArgumentDocument, type ArgumentSelector } from './selector';

/** Where "Attach to Server" (.vscode/launch.json) finds the server when the extension is debugged. */
const DEBUG_PORT = 6009;

export class ArgmapLanguageServer implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private selector: ArgumentSelector = argumentSelector();
  private starting: Promise<void> = Promise.resolve();
  /** Starts and stops run one after another. */
  private queue: Promise<void> = Promise.resolve();
  private readonly started = new vscode.EventEmitter<void>();
  /** Fires each time a client has started, with the selector it was started with. */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly serverModule: string,
    readonly output: vscode.OutputChannel,
    /** The extension's workspace storage (`context.storageUri`), where the server caches its workspace index. */
    private readonly storage?: vscode.Uri,
  ) {}

  get client(): LanguageClient | undefined {
    return this.current;
  }

  /** Settles when the latest start has: the client is running (or failed to start). */
  get ready(): Promise<void> {
    return this.starting;
  }

  isArgumentDocument(document: vscode.TextDocument): boolean {
    return isArgumentDocument(this.selector, document);
  }

  /** Starts a new client; with a selector, only when it differs from the current one. */
  restart(selector?: ArgumentSelector): Promise<void> {
    if (selector && selector.key === this.selector.key && this.current) return this.starting;
    const run = this.queue.then(async () => {
      await this.stopClient();
      if (selector) this.selector = selector;
      await this.startClient();
    });
    this.queue = run.catch(() => undefined);
    this.starting = run;
    run.catch((err) => this.output.appendLine(`argmap: the language server did not start: ${describe(err)}`));
    return run;
  }

  /** The graph of a document, or null when it is not an argument file. */
  async graph(uri: string): Promise<GraphJson | null> {
    await this.starting;
    const client = this.current;
    if (!client) throw new Error('the argmap language server is not running');
    return client.sendRequest(GraphRequest.type, { uri });
  }

  /** `argmap/checkWorkspace`: every argument file's diagnostics published. */
  async checkWorkspace(): Promise<CheckWorkspaceResult> {
    await this.starting;
    const client = this.current;
    if (!client) throw new Error('the argmap language server is not running');
    return client.sendRequest(CheckWorkspaceRequest.type, {});
  }

  async dispose(): Promise<void> {
    const stop = this.queue.then(() => this.stopClient());
    this.queue = stop;
    await stop;
    this.started.dispose();
  }

  private async startClient(): Promise<void> {
    const serverOptions: ServerOptions = {
      // stdio, not Node IPC: over IPC Node stringifies every message itself, while over stdio
      // the server keeps each diagnostic's JSON (server/src/documents/publishEncoder.ts).
      run: { module: this.serverModule, transport: TransportKind.stdio },
      debug: {
        module: this.serverModule,
        transport: TransportKind.stdio,
        options: { execArgv: ['--nolazy', `--inspect=${DEBUG_PORT}`] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      // vscode.RelativePattern instances pass through the client to languages.match unchanged;
      // the protocol type only knows its own RelativePattern shape.
      documentSelector: this.selector.filters as LanguageClientOptions['documentSelector'],
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // The server registers for `argmap` setting changes and Markdown file events itself.
      // Only a `file:` storage is a folder the server can write to.
      initializationOptions: { storagePath: this.storage?.scheme === 'file' ? this.storage.fsPath : undefined } satisfies InitializationOptions,
    };
    // The id makes `argmap.trace.server` the trace setting.
    const client = new LanguageClient('argmap', 'argmap language server', serverOptions, clientOptions);
    this.current = client;
    await client.start();
    this.started.fire();
  }

  private async stopClient(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (err) {
      this.output.appendLine(`argmap: stopping the language server: ${describe(err)}`);
    }
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
