// documents/jsonBytes.ts: a value's JSON written as UTF-8 straight into a buffer must be the
// bytes of Buffer.from(JSON.stringify(value)), and anything that is not plain data is left to
// JSON.stringify (undefined). Through publishEncoder every message but publishDiagnostics goes
// this way, so a response's bytes are checked there too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { jsonBytes } from '../../server/src/documents/jsonBytes';
import { messageBytes } from '../../server/src/documents/publishEncoder';

const plain = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

/** Strings JSON must escape or encode in more than one byte: quotes, backslashes, controls, U+2028, lone surrogates, astral and two-byte characters. */
const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\u2028', '\ud800', '\udfff', 'é', '“', '”', '—', '→', '😀', 'a', ' ') }),
  fc.string({ unit: 'binary' }),
  fc.string(),
);
/** Numbers with every form JSON.stringify has: small and large integers, -0, fractions, exponents, NaN and the infinities (null). */
const number = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constantFrom(0, -0, 9, 10, 0x7fffffff, 0x80000000, 2 ** 53, 1e21, 1e-7, NaN, Infinity, -Infinity));
/** Plain data as a message holds it, with members JSON.stringify leaves out (undefined, functions) and holes. */
const { tree } = fc.letrec<{ tree: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(tricky, number, fc.boolean(), fc.constant(null)),
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(fc.oneof(tie('tree'), fc.constant(undefined), fc.constant(() => 1)), { maxLength: 5 }).chain((list) =>
      fc.nat({ max: 2 }).map((holes) => {
        const withHoles = [...list];
        withHoles.length += holes;
        return withHoles;
      }),
    ),
    fc.dictionary(tricky, fc.oneof(tie('tree'), fc.constant(undefined), fc.constant(Symbol('s'))), { maxKeys: 5 }),
    fc.dictionary(tricky, tie('tree'), { maxKeys: 3, noNullPrototype: false }),
  ),
}));

const position = (line: number, character: number) => ({ line, character });
const range = (line: number) => ({ start: position(line, 0), end: position(line, 84) });

describe('jsonBytes', () => {
  it('writes the bytes of JSON.stringify for any plain data', () => {
    fc.assert(
      fc.property(tree, (value) => {
        assert.deepEqual(jsonBytes(value), plain(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes an outline answer (nested symbols, names with “ ” — é) as JSON.stringify does', () => {
    const symbol = (line: number, name: string, children: unknown[]) => ({ name, detail: 'Claim', kind: 5, range: range(line), selectionRange: range(line), children });
    const result = [symbol(0, '“Growth” — 10 % in 2024', [symbol(1, 'café: ¥ 1,000 ≤ 2×', []), symbol(12, 'a "quoted" \\ path', [])]), symbol(40, 'emoji 😀 and a lone \ud800', [])];
    const message = { jsonrpc: '2.0', id: 12, result };
    assert.equal(
      jsonBytes(message)?.toString('utf8'),
      '{"jsonrpc":"2.0","id":12,"result":[{"name":"“Growth” — 10 % in 2024","detail":"Claim","kind":5,"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":84}},"selectionRange":{"start":{"line":0,"character":0},"end":{"line":0,"character":84}},"children":[' +
        '{"name":"café: ¥ 1,000 ≤ 2×","detail":"Claim","kind":5,"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":84}},"selectionRange":{"start":{"line":1,"character":0},"end":{"line":1,"character":84}},"children":[]},' +
        '{"name":"a \\"quoted\\" \\\\ path","detail":"Claim","kind":5,"range":{"start":{"line":12,"character":0},"end":{"line":12,"character":84}},"selectionRange":{"start":{"line":12,"character":0},"end":{"line":12,"character":84}},"children":[]}]},' +
        '{"name":"emoji 😀 and a lone \\ud800","detail":"Claim","kind":5,"range":{"start":{"line":40,"character":0},"end":{"line":40,"character":84}},"selectionRange":{"start":{"line":40,"character":0},"end":{"line":40,"character":84}},"children":[]}]}',
    );
  });

  it('leaves to JSON.stringify what is not plain data: toJSON, class instances, bigint, a cycle, a structure deeper than a message', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    let deep: unknown = 'bottom';
    for (let i = 0; i < 300; i++) deep = [deep];
    for (const value of [{ when: new Date(0) }, [{ toJSON: () => 'x' }], { m: new Map([[1, 2]]) }, { n: 1n }, cycle, deep, [Object.assign([1], { toJSON: () => 'y' })]]) {
      assert.equal(jsonBytes(value), undefined);
    }
  });

  it('leaves out a key put on Object.prototype, as JSON.stringify does', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'x';
    try {
      assert.equal(jsonBytes({ a: 1, list: [{ b: 'é' }] })?.toString('utf8'), '{"a":1,"list":[{"b":"é"}]}');
    } finally {
      delete proto.polluted;
    }
  });

  it('answers undefined when a getter changes the value between its two walks', () => {
    let calls = 0;
    const value = {
      get text() {
        calls++;
        return calls === 1 ? 'short' : 'a good deal longer';
      },
    };
    assert.equal(jsonBytes(value), undefined);
  });
});

describe('publishEncoder for messages other than publishDiagnostics', () => {
  it('writes the bytes of JSON.stringify for any response, request or notification', () => {
    const message = fc.oneof(
      fc.record({ jsonrpc: fc.constant('2.0'), id: fc.oneof(fc.nat(), tricky), result: tree }),
      fc.record({ jsonrpc: fc.constant('2.0'), id: fc.nat(), method: tricky, params: tree }),
      fc.record({ jsonrpc: fc.constant('2.0'), method: tricky, params: tree }),
    );
    fc.assert(
      fc.property(message, (m) => {
        assert.deepEqual(messageBytes(m as Message), plain(m));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a response that is not plain data as JSON.stringify does (its toJSON called)', () => {
    const message = { jsonrpc: '2.0', id: 3, result: { when: new Date(0), list: [{ toJSON: (key: string) => `at ${key}` }] } };
    assert.equal(messageBytes(message as Message).toString('utf8'), '{"jsonrpc":"2.0","id":3,"result":{"when":"1970-01-01T00:00:00.000Z","list":["at 0"]}}');
  });

  it('writes a plain response without stringifying the message or its result whole', () => {
    const result = [{ name: '“Growth” — é', kind: 5, range: range(0), selectionRange: range(0), children: [{ name: 'child ≤ ¥', kind: 5, range: range(1), selectionRange: range(1), children: [] }] }];
    const message = { jsonrpc: '2.0', id: 4, result };
    const stringified: unknown[] = [];
    const original = JSON.stringify.bind(JSON);
    JSON.stringify = ((value: unknown, ...rest: []) => {
      stringified.push(value);
      return original(value, ...rest);
    }) as typeof JSON.stringify;
    let bytes: Buffer;
    try {
      bytes = messageBytes(message as Message);
    } finally {
      JSON.stringify = original;
    }
    assert.deepEqual(bytes, plain(message));
    assert.deepEqual(
      stringified.filter((value) => typeof value === 'object' && value !== null),
      [],
    );
  });
});
