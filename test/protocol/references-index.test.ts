// References and rename over stdio on a workspace whose closed files are known only through
// the workspace index (editing.md "The workspace", "Rename"): from a warm start (the closed file
// is taken from the disk cache and never analysed in this session), and after a closed file
// changes on disk (the answer follows the new content, whether or not it is indexed again yet).
// Ranges worked out by hand from the texts below.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { FileChangeType, ReferencesRequest, RenameRequest, type Location } from 'vscode-languageserver-protocol';
import { CheckWorkspaceRequest } from '../../server/src/protocol';
import { tempWorkspace, TestClient, uriOf, type StartOptions } from './client';
import { indexed } from './indexLog';

/** `{#tax}` on line 0 (`tax` at 20–23); a link to it on line 2 (`#tax` at 9–13). */
const A = 'Claim: Taxes work {#tax}\n\nSee [it](#tax).\n';
/** Two links to it on line 2: destinations 13–25 (`a.arg.md#tax`) and 35–49 (`./a.arg.md#tax`). */
const B = 'Claim: Uses taxes\n\n- Claim: [t](a.arg.md#tax) and [u](./a.arg.md#tax)\n';
/** A reference node to it on line 2: destination 13–25. */
const C = 'Claim: Closed view\n\n- Claim: [t](a.arg.md#tax)\n';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const ON_ID = { line: 0, character: 21 };

describe('references and rename from the workspace index', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** The links to a.arg.md's `tax`, by hand from A, B and C: a's own `#tax`, b's two destinations, c's reference. */
  const linksToTax = (uri: (name: string) => string): Location[] => [
    { uri: uri('a.arg.md'), range: range(2, 9, 2, 13) },
    { uri: uri('b.arg.md'), range: range(2, 13, 2, 25) },
    { uri: uri('b.arg.md'), range: range(2, 35, 2, 49) },
    { uri: uri('c.arg.md'), range: range(2, 13, 2, 25) },
  ];

  function workspace(): { root: string; uri: (name: string) => string } {
    const root = tempWorkspace({ 'a.arg.md': A, 'b.arg.md': B, 'c.arg.md': C });
    cleanup.push(() => fs.rmSync(root, { recursive: true, force: true }));
    return { root, uri: (name) => uriOf(path.join(root, name)) };
  }

  async function start(options: StartOptions): Promise<TestClient> {
    const client = await TestClient.start(options);
    cleanup.push(() => client.stop());
    return client;
  }


  const referencesAt = (client: TestClient, uri: string, includeDeclaration: boolean): Promise<Location[] | null> =>
    client.within('references', client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: ON_ID, context: { includeDeclaration } }));

  it('a rename across three files, the closed one taken from the disk cache and never analysed', async () => {
    const ws = workspace();
    const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-storage-'));
    cleanup.push(() => fs.rmSync(storageDir, { recursive: true, force: true }));
    const storagePath = path.join(storageDir, 'workspace-storage');
    const first = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(first), [3, 0, 3]);
    await first.stop();

    const client = await start({ root: ws.root, initializationOptions: { storagePath } });
    // Every file from the cache, none analysed: c.arg.md stays closed, known by its summary alone.
    assert.deepEqual(await indexed(client), [3, 3, 0]);
    await client.open(ws.uri('a.arg.md'), A);
    await client.open(ws.uri('b.arg.md'), B);
    await client.diagnostics(ws.uri('a.arg.md'));
    const edit = await client.within(
      'rename',
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: ws.uri('a.arg.md') }, position: ON_ID, newName: 'levy' }),
    );
    assert.deepEqual(edit, {
      changes: {
        [ws.uri('a.arg.md')]: [
          { range: range(0, 20, 0, 23), newText: 'levy' },
          { range: range(2, 10, 2, 13), newText: 'levy' },
        ],
        [ws.uri('b.arg.md')]: [
          { range: range(2, 22, 2, 25), newText: 'levy' },
          { range: range(2, 46, 2, 49), newText: 'levy' },
        ],
        [ws.uri('c.arg.md')]: [{ range: range(2, 22, 2, 25), newText: 'levy' }],
      },
    });
    // References in order: the node, its own file's link, then the open b.arg.md, then the closed c.arg.md.
    assert.deepEqual(await referencesAt(client, ws.uri('a.arg.md'), true), [
      { uri: ws.uri('a.arg.md'), range: range(0, 0, 0, 24) },
      ...linksToTax(ws.uri),
    ]);
  });

  it('a hand-edited cache whose link has no range is ignored with a log line: every file is analysed, references answer', async () => {
    const ws = workspace();
    const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-storage-'));
    cleanup.push(() => fs.rmSync(storageDir, { recursive: true, force: true }));
    const storagePath = path.join(storageDir, 'workspace-storage');
    const first = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(first), [3, 0, 3]);
    await first.stop();
    const cacheFile = path.join(storagePath, 'workspace-index.json');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, { summary: { links: { range: unknown }[] } }> };
    const cPath = Object.keys(cache.files).find((p) => p.endsWith('c.arg.md'))!;
    cache.files[cPath].summary.links[0].range = null;
    fs.writeFileSync(cacheFile, JSON.stringify(cache));

    const client = await start({ root: ws.root, initializationOptions: { storagePath } });
    assert.deepEqual(await indexed(client), [3, 0, 3]);
    assert.ok(client.logs.includes(`workspace index: the cache ${cacheFile} is corrupt and is ignored: bad entry for ${cPath}`), client.logs.join('\n'));
    await client.open(ws.uri('a.arg.md'), A);
    assert.deepEqual(await referencesAt(client, ws.uri('a.arg.md'), false), linksToTax(ws.uri));
  });

  it('a closed file changed on disk after indexing: references follow its new content before and after it is indexed again', async () => {
    const ws = workspace();
    const client = await start({ root: ws.root, settings: { diagnostics: { delay: 0 } } });
    assert.deepEqual(await indexed(client), [3, 0, 3]);
    await client.open(ws.uri('a.arg.md'), A);
    await client.diagnostics(ws.uri('a.arg.md'));
    // A keystroke first (after the link on line 2): indexing pauses 300 ms, so the changed file
    // is still waiting to be indexed again when the request below arrives.
    await client.edit(ws.uri('a.arg.md'), 2, range(2, 15, 2, 15), ' More.');
    fs.writeFileSync(path.join(ws.root, 'c.arg.md'), `${C}\nAgain [v](a.arg.md#tax).\n`);
    await client.filesChanged([{ uri: ws.uri('c.arg.md'), type: FileChangeType.Changed }]);
    // "Again [v](" is 10 characters: the new link's destination runs 10–22 on line 4.
    const expected = [
      { uri: ws.uri('a.arg.md'), range: range(2, 9, 2, 13) },
      { uri: ws.uri('b.arg.md'), range: range(2, 13, 2, 25) },
      { uri: ws.uri('b.arg.md'), range: range(2, 35, 2, 49) },
      { uri: ws.uri('c.arg.md'), range: range(2, 13, 2, 25) },
      { uri: ws.uri('c.arg.md'), range: range(4, 10, 4, 22) },
    ];
    assert.deepEqual(await referencesAt(client, ws.uri('a.arg.md'), false), expected);
    assert.deepEqual(await client.within('argmap/checkWorkspace', client.connection.sendRequest(CheckWorkspaceRequest.type, {})), { files: 3, complete: true });
    assert.deepEqual(await referencesAt(client, ws.uri('a.arg.md'), false), expected);
  });
});
