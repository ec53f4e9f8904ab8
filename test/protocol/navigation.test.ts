// Navigation over stdio, whole payloads as editing.md says: definition, references,
// highlights, prepareRename/rename (three files, one closed; two links on one line; the
// heading-slug cases where argmap stays silent or rejects), workspace symbols, code lens.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type Position,
} from 'vscode-languageserver-protocol';
import { tempWorkspace, TestClient, uriOf } from './client';

const A = ['Claim: Main', '', '- Claim: [taxes](b.arg.md#tax)', '', '# Prose', '', 'See [prose](#prose).', ''].join('\n');
const B = [
  'Claim: Taxes work {#tax}',
  '',
  '- Evidence: A study.[^s]',
  '',
  'Again [here](#tax) and [there](#tax).',
  '',
  'Claim: Other {#other}',
  '',
  '[^s]: Source.',
  '',
].join('\n');
const C = ['Claim: Closed view', '', '- Claim: [t](b.arg.md#tax)', ''].join('\n');

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const REQUEST_FAILED = -32803;

describe('navigation over stdio', () => {
  let client: TestClient;
  let root: string;
  const uri = (name: string) => uriOf(path.join(root, name));
  const at = (line: number, character: number): Position => ({ line, character });
  const send = <R>(what: string, p: Promise<R>) => client.within(what, p);
  const failure = async (p: Promise<unknown>): Promise<{ code: number; message: string }> => {
    try {
      await p;
    } catch (err) {
      const e = err as { code: number; message: string };
      return { code: e.code, message: e.message };
    }
    throw new Error('expected the request to fail');
  };

  before(async () => {
    root = tempWorkspace({ 'a.arg.md': A, 'b.arg.md': B, 'c.arg.md': C, 'notes.md': 'Not an argument file: [x](b.arg.md#tax)\n', 'bin.arg.md': '' });
    fs.writeFileSync(path.join(root, 'bin.arg.md'), Buffer.from([0x43, 0x00, 0xff, 0xfe]));
    client = await TestClient.start({ root });
    await client.open(uri('a.arg.md'), A);
    await client.open(uri('b.arg.md'), B);
    await client.diagnostics(uri('b.arg.md'));
    // Read-only requests answer from what the workspace index holds so far (editing.md): wait
    // until it holds every file, so that the closed c.arg.md is in every answer below.
    const indexed = await client.connection.sendRequest('argmap/checkWorkspace', {});
    assert.deepEqual(indexed, { files: 3, complete: true });
  });
  after(async () => client?.stop());

  it('offers the navigation capabilities', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(
      [caps.definitionProvider, caps.referencesProvider, caps.documentHighlightProvider, caps.renameProvider, caps.workspaceSymbolProvider, caps.codeLensProvider],
      [true, true, true, { prepareProvider: true }, true, { resolveProvider: false }],
    );
  });

  it('definition: a link to an id in another file → the node; a heading-slug link → nothing', async () => {
    const def = (u: string, p: Position) => send('definition', client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: u }, position: p }));
    assert.deepEqual(await def(uri('a.arg.md'), at(2, 27)), [{ uri: uri('b.arg.md'), range: range(0, 0, 0, 24) }]);
    assert.equal(await def(uri('a.arg.md'), at(6, 14)), null);
  });

  it('references with the declaration: the node, then every link’s destination, the closed file’s too', async () => {
    const refs = await send(
      'references',
      client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri('b.arg.md') }, position: at(0, 21), context: { includeDeclaration: true } }),
    );
    assert.deepEqual(refs, [
      { uri: uri('b.arg.md'), range: range(0, 0, 0, 24) },
      { uri: uri('b.arg.md'), range: range(4, 13, 4, 17) },
      { uri: uri('b.arg.md'), range: range(4, 31, 4, 35) },
      { uri: uri('a.arg.md'), range: range(2, 17, 2, 29) },
      { uri: uri('c.arg.md'), range: range(2, 13, 2, 25) },
    ]);
  });

  it('references read an open buffer before the file on disk', async () => {
    const edited = C.replace('- Claim: [t](b.arg.md#tax)', '- Claim: [t](b.arg.md#tax) [again](b.arg.md#tax)');
    await client.open(uri('c.arg.md'), edited);
    const refs = await send(
      'references',
      client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri('b.arg.md') }, position: at(0, 21), context: { includeDeclaration: false } }),
    );
    await client.close(uri('c.arg.md'));
    assert.deepEqual(
      refs?.filter((l) => l.uri === uri('c.arg.md')),
      [
        { uri: uri('c.arg.md'), range: range(2, 13, 2, 25) },
        { uri: uri('c.arg.md'), range: range(2, 35, 2, 47) },
      ],
    );
  });

  it('highlights: the id and this file’s links; null on a heading-slug link', async () => {
    const hl = (u: string, p: Position) =>
      send('highlights', client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: u }, position: p }));
    assert.deepEqual(await hl(uri('b.arg.md'), at(4, 15)), [
      { range: range(0, 18, 0, 24), kind: 3 },
      { range: range(4, 13, 4, 17), kind: 2 },
      { range: range(4, 31, 4, 35), kind: 2 },
    ]);
    assert.equal(await hl(uri('a.arg.md'), at(6, 14)), null);
  });

  it('prepareRename accepts on an id and rejects with an error on a heading slug and prose', async () => {
    const prepare = (u: string, p: Position) => client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: u }, position: p });
    assert.deepEqual(await send('prepareRename', prepare(uri('b.arg.md'), at(0, 21))), { range: range(0, 20, 0, 23), placeholder: 'tax' });
    assert.deepEqual(await failure(prepare(uri('a.arg.md'), at(6, 14))), {
      code: REQUEST_FAILED,
      message: "this link points at a heading's slug; argmap renames node ids only",
    });
    assert.deepEqual(await failure(prepare(uri('a.arg.md'), at(0, 9))), {
      code: REQUEST_FAILED,
      message: 'this node has no explicit id; add one with the quick fix',
    });
  });

  it('rename edits the id and every fragment in three files, one closed; both links on one line', async () => {
    const edit = await send(
      'rename',
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri('a.arg.md') }, position: at(2, 27), newName: 'levy' }),
    );
    assert.deepEqual(edit, {
      changes: {
        [uri('b.arg.md')]: [
          { range: range(0, 20, 0, 23), newText: 'levy' },
          { range: range(4, 14, 4, 17), newText: 'levy' },
          { range: range(4, 32, 4, 35), newText: 'levy' },
        ],
        [uri('a.arg.md')]: [{ range: range(2, 26, 2, 29), newText: 'levy' }],
        [uri('c.arg.md')]: [{ range: range(2, 22, 2, 25), newText: 'levy' }],
      },
    });
  });

  it('rename to an invalid or clashing id fails with the message and edits nothing', async () => {
    const rename = (newName: string) =>
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri('b.arg.md') }, position: at(0, 21), newName });
    assert.deepEqual(await failure(rename('two words')), {
      code: REQUEST_FAILED,
      message: '`two words` is not a valid id: an id is not empty and holds no whitespace, #, {, }, (, ), [ or ]',
    });
    assert.deepEqual(await failure(rename('other')), { code: REQUEST_FAILED, message: 'the id `other` is already used on line 7' });
  });

  it('workspace symbols: closed files too, fuzzy, a binary file skipped', async () => {
    const symbols = await send('workspace/symbol', client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'clsvw' }));
    assert.deepEqual(symbols, [{ name: 'Closed view', kind: 5, location: { uri: uri('c.arg.md'), range: range(0, 0, 0, 18) }, containerName: 'c.arg.md' }]);
  });

  it('code lens: counts and the links to show, then none when the setting is off', async () => {
    const lenses = () => send('codeLens', client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri('b.arg.md') } }));
    assert.deepEqual(await lenses(), [
      {
        range: range(0, 0, 0, 24),
        command: {
          title: '1 evidence · referenced 4×',
          command: 'argmap.showReferences',
          arguments: [
            uri('b.arg.md'),
            at(0, 0),
            [
              { uri: uri('b.arg.md'), range: range(4, 13, 4, 17) },
              { uri: uri('b.arg.md'), range: range(4, 31, 4, 35) },
              { uri: uri('a.arg.md'), range: range(2, 17, 2, 29) },
              { uri: uri('c.arg.md'), range: range(2, 13, 2, 25) },
            ],
          ],
        },
      },
    ]);
    await client.configure({ diagnostics: { delay: 0 }, codeLens: { enabled: false } });
    for (let i = 0; i < 50 && (await lenses())?.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(await lenses(), []);
  });
});

describe('a navigation request that throws (ARGMAP_FAULT=navigation)', () => {
  let client: TestClient;
  let root: string;
  const uri = (name: string) => uriOf(path.join(root, name));
  before(async () => {
    root = tempWorkspace({ 'fault.arg.md': B, 'b.arg.md': B });
    client = await TestClient.start({ root, env: { ARGMAP_FAULT: 'navigation' } });
    await client.open(uri('fault.arg.md'), B);
    await client.open(uri('b.arg.md'), B);
  });
  after(async () => client?.stop());

  it('is logged, answered empty (prepareRename: rejected), and the same request on another file works', async () => {
    const params = (name: string) => ({ textDocument: { uri: uri(name) }, position: { line: 0, character: 21 } });
    assert.equal(await client.within('definition', client.connection.sendRequest(DefinitionRequest.type, params('fault.arg.md'))), null);
    assert.ok(client.logs.some((l) => l.startsWith('definition failed: ') && l.includes('injected navigation fault')), client.logs.join('\n'));
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, params('fault.arg.md')), /there is none here/);
    assert.deepEqual(await client.within('prepareRename', client.connection.sendRequest(PrepareRenameRequest.type, params('b.arg.md'))), {
      range: range(0, 20, 0, 23),
      placeholder: 'tax',
    });
    assert.ok(client.alive, 'the server exited');
  });
});
