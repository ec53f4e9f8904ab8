// @ts-check
// Records what the language server sends for every sample, e2e and protocol fixture, as one stable
// JSON file, so a refactoring can be checked to leave the protocol payloads byte-identical:
//   node esbuild.mjs && node scripts/payload-snapshot.mjs before.json
//   (change the code) node esbuild.mjs && node scripts/payload-snapshot.mjs after.json
//   diff before.json after.json
// Per file: the last published diagnostics, textDocument/documentSymbol, textDocument/hover
// at the first character of every line and at every `[` and digit run (references, footnotes,
// figures), and the argmap/graph payload. Absolute paths and URIs become `<root>`, so two
// checkouts in different folders give the same file.
// Plain Node with its own LSP-over-stdio client: a .mjs cannot import the TypeScript test client.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['samples', path.join('test', 'e2e', 'workspace', 'fixtures'), path.join('test', 'protocol', 'fixtures')];
const REQUEST_TIMEOUT_MS = 20_000;
/** After the last open, diagnostics count as settled once no publish came for this long. */
const QUIET_MS = 750;

/** @typedef {{ jsonrpc: '2.0', id?: number | string, method?: string, params?: unknown, result?: unknown, error?: { code: number, message: string } }} Message */

/** A minimal LSP client over a child's stdio: Content-Length framing, requests, notifications. */
class StdioClient {
  /** @param {import('node:child_process').ChildProcessWithoutNullStreams} child */
  constructor(child) {
    this.child = child;
    this.nextId = 1;
    /** @type {Map<number, { resolve: (v: unknown) => void, reject: (e: Error) => void }>} */
    this.pending = new Map();
    /** @type {(message: Message) => void} */
    this.onNotification = () => {};
    /** @type {(message: Message) => unknown} */
    this.onRequest = () => null;
    this.buffer = Buffer.alloc(0);
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  drain() {
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length: *(\d+)/i.exec(header);
      if (!match) throw new Error(`LSP header without Content-Length: ${header}`);
      const start = headerEnd + 4;
      const end = start + Number(match[1]);
      if (this.buffer.length < end) return;
      /** @type {Message} */
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8'));
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  /** @param {Message} message */
  dispatch(message) {
    if (message.method !== undefined && message.id !== undefined) {
      this.write({ jsonrpc: '2.0', id: message.id, result: this.onRequest(message) ?? null });
    } else if (message.method !== undefined) {
      this.onNotification(message);
    } else if (typeof message.id === 'number') {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    }
  }

  /** @param {Message} message */
  write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** @param {string} method @param {unknown} params @returns {Promise<any>} */
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), REQUEST_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** @param {string} method @param {unknown} params */
  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }
}

/** Every `*.arg.md` under the source folders, as sorted repository-relative paths. */
function argumentFiles() {
  const files = [];
  for (const dir of SOURCES) {
    for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
      const rel = path.join(dir, String(f));
      if (rel.endsWith('.arg.md') && fs.statSync(path.join(ROOT, rel)).isFile()) files.push(rel.split(path.sep).join('/'));
    }
  }
  return files.sort();
}

/**
 * Where to hover in `text`: each line's first character, each `[`, each digit run's start.
 * @param {string} text
 */
function hoverPositions(text) {
  /** @type {{ line: number, character: number }[]} */
  const positions = [];
  text.split('\n').forEach((line, n) => {
    positions.push({ line: n, character: 0 });
    for (let c = 1; c < line.length; c++) {
      const isDigitStart = /\d/.test(line[c]) && !/\d/.test(line[c - 1]);
      if (line[c] === '[' || isDigitStart) positions.push({ line: n, character: c });
    }
  });
  return positions;
}

/**
 * A JSON text with the checkout's absolute location replaced by `<root>`, keys sorted.
 * @param {unknown} value
 */
function stableJson(value) {
  /** @type {(v: unknown) => unknown} */
  const sorted = (v) => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const key of Object.keys(v).sort()) out[key] = sorted(/** @type {Record<string, unknown>} */ (v)[key]);
      return out;
    }
    return v;
  };
  let text = JSON.stringify(sorted(value), null, 1);
  const rootUri = pathToFileURL(ROOT).href;
  for (const needle of [rootUri, encodeURIComponent(rootUri), JSON.stringify(ROOT).slice(1, -1)]) {
    text = text.split(needle).join('<root>');
  }
  return text + '\n';
}

async function main() {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/payload-snapshot.mjs OUT.json   (build first: node esbuild.mjs)');
    process.exit(2);
  }
  const serverJs = path.join(ROOT, 'dist', 'server.js');
  if (!fs.existsSync(serverJs)) {
    console.error(`${serverJs} is missing: run node esbuild.mjs first`);
    process.exit(2);
  }
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: 'pipe', cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => (stderr += chunk.toString()));
  const client = new StdioClient(child);
  const settings = { diagnostics: { delay: 0 } };
  /** @type {Map<string, unknown>} */
  const lastPublish = new Map();
  let lastPublishAt = Date.now();
  client.onNotification = (message) => {
    if (message.method === 'textDocument/publishDiagnostics') {
      const params = /** @type {{ uri: string }} */ (message.params);
      lastPublish.set(params.uri, params);
      lastPublishAt = Date.now();
    }
  };
  client.onRequest = (message) => {
    if (message.method === 'workspace/configuration') {
      const items = /** @type {{ items: { section?: string }[] }} */ (message.params).items;
      return items.map((item) => (item.section === 'argmap' ? settings : null));
    }
    return null;
  };

  const rootUri = pathToFileURL(ROOT).href;
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(ROOT) }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true, labelSupport: true },
      },
      general: { positionEncodings: ['utf-16'] },
    },
  });
  client.notify('initialized', {});

  const files = argumentFiles();
  /** @type {Map<string, string>} */
  const texts = new Map();
  for (const rel of files) {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    texts.set(rel, text);
    client.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(path.join(ROOT, rel)).href, languageId: 'markdown', version: 1, text } });
  }
  // Opening one file can republish another that references it: wait until publishing stops.
  const deadline = Date.now() + REQUEST_TIMEOUT_MS;
  const uris = files.map((rel) => pathToFileURL(path.join(ROOT, rel)).href);
  while (Date.now() < deadline && (uris.some((u) => !lastPublish.has(u)) || Date.now() - lastPublishAt < QUIET_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  /** @type {Record<string, unknown>} */
  const snapshot = {};
  for (const [i, rel] of files.entries()) {
    const uri = uris[i];
    const textDocument = { uri };
    /** @type {Record<string, unknown>} */
    const hovers = {};
    for (const position of hoverPositions(/** @type {string} */ (texts.get(rel)))) {
      const hover = await client.request('textDocument/hover', { textDocument, position });
      if (hover !== null) hovers[`${position.line}:${position.character}`] = hover;
    }
    snapshot[rel] = {
      diagnostics: lastPublish.get(uri) ?? null,
      documentSymbol: await client.request('textDocument/documentSymbol', { textDocument }),
      hover: hovers,
      graph: await client.request('argmap/graph', { uri }),
    };
  }

  await client.request('shutdown', null);
  client.notify('exit', null);
  fs.writeFileSync(out, stableJson(snapshot));
  if (stderr.trim()) console.error(`server stderr:\n${stderr}`);
  console.log(`${files.length} files → ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
