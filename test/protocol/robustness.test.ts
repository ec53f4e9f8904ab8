import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, HoverRequest, LSPErrorCodes, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { FIXTURES, fixture, TestClient, uriOf } from './client';
import { bigArgument, positionAt, random } from './generate';

describe('robustness', () => {
  let client: TestClient;
  const basic = fixture('basic.arg.md');
  const uri = (name: string) => uriOf(path.join(FIXTURES, name));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES });
  });
  after(() => client.stop());

  /** The server still answers and still analyses a valid document. */
  async function stillServing(version: number): Promise<void> {
    const valid = uri('valid.arg.md');
    await client.open(valid, basic, version);
    const published = await client.diagnosticsFor(valid, version);
    assert.equal(published.diagnostics.length, 8);
    await client.close(valid);
    assert.ok(client.alive, 'the server exited');
  }

  it('analyses binary bytes, lone surrogates and control characters without a crash', async () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const junk = `Claim: \u0000\u0001\ud800 ${bytes} \udc00 end\n- Evidence: \u202e\ufeff[^\u0000]\n`;
    await client.open(uri('binary.arg.md'), junk, 1);
    await client.diagnosticsFor(uri('binary.arg.md'), 1);
    await client.hover(uri('binary.arg.md'), { line: 0, character: 3 });
    await client.symbols(uri('binary.arg.md'));
    await client.close(uri('binary.arg.md'));
    await stillServing(1);
  });

  it('analyses unbalanced brackets, fences and emphasis', async () => {
    const text = [
      'Claim: [[[[ ((( **unclosed [link](#',
      '- Evidence: ]]]] ))) [^ [^] [^x',
      '  - Objection: `unclosed code',
      '```',
      'Claim: inside an unclosed fence',
      '<div>',
      '- Claim: {#',
      '# Claim: {#} {#a b} {#dup} {#dup}',
    ].join('\n');
    await client.open(uri('brackets.arg.md'), text, 1);
    await client.diagnosticsFor(uri('brackets.arg.md'), 1);
    await client.symbols(uri('brackets.arg.md'));
    await client.close(uri('brackets.arg.md'));
    await stillServing(2);
  });

  it('analyses a 1 MB file and answers hover and symbols on it', async () => {
    const text = bigArgument(1_000_000);
    const big = uri('big.arg.md');
    await client.open(big, text, 1);
    // A request cancelled while the analysis runs is answered with the cancellation error.
    const source = new CancellationTokenSource();
    const cancelledHover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: big }, position: { line: 2, character: 3 } }, source.token);
    source.cancel();
    await assert.rejects(client.within('cancelled hover', cancelledHover, 120_000), (err: { code?: number }) => err.code === LSPErrorCodes.RequestCancelled);
    const published = await client.diagnosticsFor(big, 1, 120_000);
    assert.ok(Array.isArray(published.diagnostics));
    const h = await client.hover(big, positionAt(text, text.indexOf('Claim: Zone 2000')));
    assert.match((h?.contents as { value: string }).value, /^\*\*Claim\*\* · supported/);
    const symbols = await client.within('symbols of 1 MB', client.symbols(big), 120_000);
    assert.ok(symbols && symbols.length > 1000);
    // A keystroke in the middle of it is re-analysed too.
    const middle = positionAt(text, text.indexOf('Claim: Zone 1000'));
    await client.edit(big, 2, { start: middle, end: middle }, 'x');
    await client.diagnosticsFor(big, 2, 120_000);
    await client.close(big);
    await stillServing(3);
  });

  it('tolerates edits past the end, reversed ranges, and notifications for unknown documents', async () => {
    const doc = uri('edits.arg.md');
    await client.open(doc, basic, 1);
    await client.diagnosticsFor(doc, 1);
    await client.change(doc, 2, [
      { range: { start: { line: 500, character: 0 }, end: { line: 600, character: 9 } }, text: '\nClaim: appended past the end.' },
      { range: { start: { line: 1, character: 0 }, end: { line: 0, character: 3 } }, text: '' },
      { range: { start: { line: 2, character: 900 }, end: { line: 2, character: 901 } }, text: '' },
    ]);
    await client.diagnosticsFor(doc, 2);
    await client.change(uri('never-opened.arg.md'), 5, [{ text: 'Claim: x' }]);
    await client.close(uri('never-opened.arg.md'));
    await client.close(doc);
    await stillServing(4);
  });

  it('answers malformed requests empty, never with a crash', async () => {
    const send = (method: string, params: unknown) => client.within(method, client.connection.sendRequest(method, params));
    assert.equal(await send('textDocument/hover', { textDocument: { uri: uri('basic.arg.md') } }), null);
    assert.equal(await send('textDocument/hover', { textDocument: null, position: { line: -1, character: 'x' } }), null);
    assert.equal(await send('textDocument/documentSymbol', {}), null);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 42 }, contentChanges: 'x' });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 9 }] });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { argmap: 'nonsense' } });
    await stillServing(5);
  });

  it('ends with the same diagnostics as a fresh analysis after 300 random incremental edits', async () => {
    const next = random(20251125);
    const doc = uri('random.arg.md');
    let text = basic;
    await client.open(doc, text, 1);
    await client.diagnosticsFor(doc, 1);
    const snippets = ['Claim: ', 'Evidence: ', '- ', '  - Objection: x\n', '[^report]', '\n\n', '# ', 'text ', '{#id}', '`', '35%', '\n'];
    for (let version = 2; version <= 300; version++) {
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 12));
        const insert = next() < 0.6 ? snippets[Math.floor(next() * snippets.length)] : '';
        changes.push({ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert });
        text = text.slice(0, start) + insert + text.slice(end);
      }
      await client.change(doc, version, changes);
    }
    const incremental = await client.diagnosticsFor(doc, 300);
    const fresh = uri('random-fresh.arg.md');
    await client.open(fresh, text, 1);
    assert.deepEqual((await client.diagnosticsFor(fresh, 1)).diagnostics, incremental.diagnostics);
    assert.deepEqual(await client.symbols(doc), await client.symbols(fresh));
    await client.close(doc);
    await client.close(fresh);
  });
});
