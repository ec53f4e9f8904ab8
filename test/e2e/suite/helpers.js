// @ts-check
// Shared helpers of the e2e suite (runs inside the extension host; plain CommonJS).
'use strict';
const assert = require('assert');
const cp = require('child_process');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'argmap.argmap';

/** @typedef {{ line: number, character: number }} Pos */
/**
 * A diagnostic as plain data, from the editor or the CLI: the range as [line, character, line, character].
 * @typedef {{ code: string, severity: string, range: number[], message?: string }} Finding
 */
/** @typedef {{ code: string, severity: string, message: string, range: { start: Pos, end: Pos } }} CliDiagnostic */
/** @typedef {{ file: string, diagnostics: CliDiagnostic[] }} CliFile */

// What the suite reads of the extension's API (client/src/extension.ts, ArgmapApi); the suite
// is plain JS and cannot import the client's TypeScript types.
/** @typedef {{ id: string, kind: string, status: string, contested: boolean }} GraphNode */
/** @typedef {{ from: string, to: string, relation: string }} GraphEdge */
/** @typedef {{ nodes: GraphNode[], edges: GraphEdge[] }} Graph */
/** @typedef {{ label: string, description: string, tooltip: string, relation?: string, children: ViewItem[] }} ViewItem */
/** @typedef {{ readonly uri: import('vscode').Uri | undefined, readonly items: readonly ViewItem[], refresh(): Promise<void> }} ArgumentView */
/** @typedef {{ ready: Promise<void>, client: { isRunning(): boolean } | undefined, getGraph(uri: import('vscode').Uri | string): Promise<Graph | null>, argumentView: ArgumentView }} Api */

/**
 * Polls `probe` (sync or async) every 100 ms until it returns a truthy value; fails loudly.
 * @template T
 * @param {() => T | Promise<T>} probe
 * @param {string} what
 * @returns {Promise<NonNullable<Exclude<T, false | 0 | ''>>>}
 */
async function until(probe, what, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return /** @type {NonNullable<Exclude<T, false | 0 | ''>>} */ (last);
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${detail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceRoot() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length, 'no workspace folder is open');
  return folders[0].uri;
}

/** @param {string} rel a workspace-relative path with `/` */
function wsUri(rel) {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

function extension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** @type {Promise<Api> | undefined} */
let apiPromise;
/**
 * The API that the extension's activate() returns, once the language client is ready.
 * @returns {Promise<Api>}
 */
function api() {
  if (!apiPromise) {
    apiPromise = (async () => {
      const exports = await extension().activate();
      assert.ok(exports && typeof exports === 'object', 'activate() returned no API object');
      if (exports.ready) await exports.ready;
      return exports;
    })();
  }
  return apiPromise;
}

/** @param {string} rel */
async function open(rel, show = true) {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** @type {Record<number, string>} */
const SEVERITY_WORD = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** @param {import('vscode').Diagnostic} d */
function codeOf(d) {
  return d.code && typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/**
 * argmap's diagnostics of a document as plain, sorted records.
 * @param {import('vscode').Uri} uri
 * @returns {Finding[]}
 */
function argmapDiagnostics(uri) {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'argmap')
    .map((d) => ({
      code: codeOf(d) ?? '',
      severity: SEVERITY_WORD[d.severity],
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      message: d.message,
    }))
    .sort(byPosition);
}

/**
 * @param {Finding} a
 * @param {Finding} b
 */
function byPosition(a, b) {
  for (let i = 0; i < 4; i++) if (a.range[i] !== b.range[i]) return a.range[i] - b.range[i];
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Runs the project's CLI (dist/cli.js) in the workspace root; returns the parsed JSON of `check`.
 * @param {string[]} paths
 * @returns {CliFile[]}
 */
function cliCheck(...paths) {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  const res = cp.spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...paths], {
    cwd: workspaceRoot().fsPath,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 30000,
  });
  assert.ok(res.status === 0 || res.status === 1, `argmap check exited ${res.status}: ${res.stderr}`);
  let parsed;
  try {
    parsed = JSON.parse(res.stdout);
  } catch (e) {
    assert.fail(`argmap check --format json printed no JSON (${e instanceof Error ? e.message : e}): ${res.stdout.slice(0, 500)}`);
  }
  assert.ok(Array.isArray(parsed), 'argmap check --format json did not print an array');
  return parsed;
}

/**
 * The CLI's diagnostics of one file, in the shape of argmapDiagnostics().
 * @param {string} rel
 * @returns {Finding[]}
 */
function cliDiagnostics(rel) {
  const files = cliCheck(rel);
  const entry = files.find((f) => path.normalize(f.file) === path.normalize(rel));
  assert.ok(entry, `argmap check did not list ${rel}: ${JSON.stringify(files.map((f) => f.file))}`);
  return entry.diagnostics
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      message: d.message,
    }))
    .sort(byPosition);
}

/**
 * Comparable form: code, severity and range (messages are the server's wording).
 * @param {Finding[]} list
 */
function key(list) {
  return [...list].sort(byPosition).map((d) => `${d.range.join(':')} ${d.severity} ${d.code}`);
}

/**
 * Waits until the editor's argmap diagnostics of `uri` equal `expected` (code, severity, range).
 * @param {import('vscode').Uri} uri
 * @param {Finding[]} expected
 * @param {string} what
 */
async function untilDiagnostics(uri, expected, what, timeoutMs = 30000) {
  const want = JSON.stringify(key(expected));
  try {
    await until(() => JSON.stringify(key(argmapDiagnostics(uri))) === want, what, timeoutMs);
  } catch (e) {
    assert.deepStrictEqual(key(argmapDiagnostics(uri)), key(expected), `${e instanceof Error ? e.message : e}\n(editor vs expected)`);
  }
}

/** Sets argmap.severity.<code> in the user settings (undefined removes it), whichever way the manifest declares it. */
/**
 * @param {string} code
 * @param {string | undefined} value
 */
async function setSeverity(code, value) {
  const props = Object.assign(
    {},
    ...(/** @type {any[]} */ ([])).concat(extension().packageJSON.contributes?.configuration ?? []).map((c) => c.properties ?? {}),
  );
  const cfg = vscode.workspace.getConfiguration('argmap');
  if (props[`argmap.severity.${code}`]) {
    await cfg.update(`severity.${code}`, value, vscode.ConfigurationTarget.Global);
  } else if (props['argmap.severity']) {
    const current = { ...(cfg.inspect('severity')?.globalValue ?? {}) };
    if (value === undefined) delete current[code];
    else current[code] = value;
    await cfg.update('severity', Object.keys(current).length ? current : undefined, vscode.ConfigurationTarget.Global);
  } else {
    assert.fail(`package.json contributes no setting argmap.severity.${code} nor argmap.severity`);
  }
}

/**
 * All hover contents at a position as one string, and the raw hovers.
 * @param {import('vscode').Uri} uri
 * @param {import('vscode').Position} position
 */
async function hoverAt(uri, position) {
  /** @type {import('vscode').Hover[]} */
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position)) ?? [];
  const parts = [];
  for (const h of hovers) for (const c of h.contents) parts.push(typeof c === 'string' ? c : c.value);
  return { text: parts.join('\n---\n'), hovers };
}

/** Position of the `nth` occurrence of `needle` in the document (plus `delta` characters). */
/**
 * @param {import('vscode').TextDocument} doc
 * @param {string} needle
 */
function positionOf(doc, needle, delta = 0, nth = 0) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${i}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/**
 * @param {import('vscode').TextDocument} doc
 * @param {string} needle
 */
function lineOf(doc, needle) {
  return positionOf(doc, needle).line;
}

/** Reverts and closes every editor, so that a test starts from the files on disk. */
async function closeAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = {
  until, wsUri, workspaceRoot, extension, api, open, argmapDiagnostics, cliCheck, cliDiagnostics, key,
  untilDiagnostics, setSeverity, hoverAt, positionOf, lineOf, closeAll, codeOf, SEVERITY_WORD,
};
