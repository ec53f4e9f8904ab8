// The stdio connection's encoder (documents/publishEncoder.ts): the bytes vscode-jsonrpc's own
// encoder writes (JSON.stringify in UTF-8) for any message, with a publishDiagnostics
// notification's diagnostics stringified once per object.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { messageBytes, publishEncoder } from '../../server/src/documents/publishEncoder';

const PUBLISH = 'textDocument/publishDiagnostics';
const plain = (message: unknown) => Buffer.from(JSON.stringify(message), 'utf8');
const publish = (params: unknown): Message => ({ jsonrpc: '2.0', method: PUBLISH, params }) as Message;

/** Strings JSON must escape or encode in more than one byte: quotes, backslashes, controls, U+2028, lone surrogates, astral characters. */
const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\t', '\u0000', '\u001f', '\u2028', '\ud800', '\udfff', 'é', '→', '😀', 'a', ' ') }),
  fc.string({ unit: 'binary' }),
  fc.string(),
);
const position = fc.record({ line: fc.nat(), character: fc.nat() });
const range = fc.record({ start: position, end: position });
const diagnostic = fc.record(
  {
    range,
    severity: fc.integer({ min: 1, max: 4 }),
    code: tricky,
    source: fc.constant('argmap'),
    message: tricky,
    relatedInformation: fc.array(fc.record({ location: fc.record({ uri: tricky, range }), message: tricky }), { maxLength: 3 }),
    data: fc.record({ replacement: tricky }),
  },
  { requiredKeys: ['range', 'severity', 'code', 'source', 'message'] },
);
const known = fc.record({ uri: tricky, version: fc.option(fc.nat()), diagnostics: fc.array(diagnostic, { maxLength: 12 }) }, { requiredKeys: ['uri', 'diagnostics'] });
/** Members the protocol may add, with keys that need escapes and any JSON value or undefined (left out). */
const extra = fc.dictionary(tricky, fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxKeys: 3 });
const params = fc.tuple(extra, known).map(([more, p]) => ({ ...more, ...p }));

describe('publishEncoder', () => {
  it('writes the bytes of JSON.stringify for any publishDiagnostics notification, first and again', () => {
    fc.assert(
      fc.property(params, (p) => {
        const message = publish(p);
        assert.deepEqual(messageBytes(message), plain(message));
        // The second time every diagnostic's text comes from the cache.
        assert.deepEqual(messageBytes(message), plain(message));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the bytes of JSON.stringify for other messages', () => {
    const request = { jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a "b".md' }, position: { line: 1, character: 2 } } };
    const response = { jsonrpc: '2.0', id: 7, result: { contents: { kind: 'markdown', value: 'é → 😀\n"q"' } } };
    const other = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'diagnostics: [1]' } };
    for (const m of [request, response, other]) assert.deepEqual(messageBytes(m as Message), plain(m));
  });

  it('writes what JSON.stringify writes for holes, undefined elements and members', () => {
    const list: unknown[] = [{ message: 'a', code: undefined }, undefined, () => 1];
    list.length = 5; // two holes at the end
    const message = publish({ uri: 'file:///x.md', version: undefined, diagnostics: list });
    assert.equal(messageBytes(message).toString('utf8'), '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///x.md","diagnostics":[{"message":"a"},null,null,null,null]}}');
  });

  it('writes what JSON.stringify writes for an element with toJSON (which is given its index)', () => {
    const message = publish({ uri: 'file:///x.md', diagnostics: [{ message: 'a' }, { toJSON: (key: string) => `element ${key}` }] });
    assert.equal(messageBytes(message).toString('utf8'), '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///x.md","diagnostics":[{"message":"a"},"element 1"]}}');
  });

  it('keeps each diagnostic’s text per object: an object sent again is not stringified again, a new one is', () => {
    const kept = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, severity: 2, code: 'unsupported-claim', source: 'argmap', message: 'old' };
    const edited = { ...kept, message: 'edited' };
    const head = '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///a.md","version":1,"diagnostics":[';
    const text = (message: string) => `{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":5}},"severity":2,"code":"unsupported-claim","source":"argmap","message":"${message}"}`;
    assert.equal(messageBytes(publish({ uri: 'file:///a.md', version: 1, diagnostics: [kept] })).toString(), `${head}${text('old')}]}}`);
    // The server never changes a diagnostic once made; changing one here shows its text was kept.
    kept.message = 'changed in place';
    assert.equal(messageBytes(publish({ uri: 'file:///a.md', version: 1, diagnostics: [kept, edited] })).toString(), `${head}${text('old')},${text('edited')}]}}`);
  });

  it('encodes through vscode-jsonrpc’s encoder interface in UTF-8', async () => {
    const message = publish({ uri: 'file:///é.md', diagnostics: [{ message: '😀' }] });
    assert.deepEqual(Buffer.from(await publishEncoder.encode(message, { charset: 'utf-8' })), plain(message));
  });
});
