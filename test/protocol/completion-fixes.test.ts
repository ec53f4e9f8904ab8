// Completion and code actions over stdio (editing.md "Completion", "Quick fixes and
// refactors"): whole payloads worked out from the spec, and every quick fix of a document
// applied and the result analysed again by the server.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { CLIENT_CAPABILITIES, TestClient, tempWorkspace, uriOf } from './client';

const MAIN = [
  'Claim: Rents are low. {#rents}', // 0
  '- Evidence: The survey says so.', // 1 uncited
  '', // 2
  'Claim: Offices are empty. {#offices}', // 3 unsupported
  '', // 4
  'Claim: See [x](#rent) and [^nte]. {#rents}', // 5 broken-reference, undefined-footnote, duplicate-id
  '', // 6
  'Challenge: Too costly.', // 7 unanswered
  '', // 8
  'Evidence:', // 9 empty
  '', // 10
  '[^note]: A source.', // 11
  '', // 12
  '', // 13: typed on
].join('\n');
const OTHER = 'Evidence: The register. {#register}\n';

const at = (line: number, character: number): Position => ({ line, character });
const range = (sl: number, sc: number, el: number, ec: number) => ({ start: at(sl, sc), end: at(el, ec) });

/** `text` with LSP edits applied. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

describe('completion and code actions over stdio', () => {
  let client: TestClient;
  let root: string;
  let uri: string;
  let published: Diagnostic[];

  const complete = (u: string, position: Position) =>
    client.within('completion', client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position })) as Promise<CompletionItem[] | null>;
  const actions = (u: string, diagnostics: Diagnostic[], r = diagnostics[0].range, only?: string[]) =>
    client.within('codeAction', client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: u }, range: r, context: { diagnostics, only } })) as Promise<
      CodeAction[] | null
    >;

  before(async () => {
    root = tempWorkspace({ 'main.arg.md': MAIN, 'other.arg.md': OTHER });
    uri = uriOf(path.join(root, 'main.arg.md'));
    const capabilities = { ...CLIENT_CAPABILITIES, workspace: { ...CLIENT_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true } } };
    client = await TestClient.start({ root, capabilities });
    await client.open(uri, MAIN);
    published = (await client.diagnosticsFor(uri, 1)).diagnostics;
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('announces completion with its trigger characters and the code action kinds', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.completionProvider, { triggerCharacters: ['#', '^', '*'] });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
  });

  it('completes ids after ](# in this file, and after ](other.arg.md# from the closed file', async () => {
    // On line 5, inside `(#rent)`: the fragment is replaced whole; the node's own id is left out.
    const here = await complete(uri, at(5, 17));
    assert.deepEqual(here, [
      { label: 'offices', kind: 18, detail: 'claim', documentation: 'Offices are empty.', sortText: '!000000', filterText: '#offices', textEdit: { range: range(5, 15, 5, 20), newText: '#offices' } },
    ]);
    await client.change(uri, 2, [{ range: range(13, 0, 13, 0), text: 'See [y](other.arg.md#' }]);
    const there = await complete(uri, at(13, 21));
    assert.deepEqual(there, [
      { label: 'register', kind: 18, detail: 'evidence', documentation: 'The register.', sortText: '!000000', filterText: '#register', textEdit: { range: range(13, 20, 13, 21), newText: '#register' } },
    ]);
  });

  it('completes footnote labels, labels and an unused id, and answers [] on half-typed input', async () => {
    await client.change(uri, 3, [{ range: range(13, 0, 13, 21), text: 'x[^' }]);
    assert.deepEqual(await complete(uri, at(13, 3)), [
      { label: 'note', kind: 18, detail: 'footnote', documentation: 'A source.', sortText: '0-000000', textEdit: { range: range(13, 3, 13, 3), newText: 'note]' } },
    ]);
    await client.change(uri, 4, [{ range: range(13, 0, 13, 3), text: '- Cha' }]);
    const labels = (await complete(uri, at(13, 5)))!;
    // A list after the footnote definition belongs to no node: Claim first.
    assert.deepEqual(
      labels.map((i) => [i.label, i.sortText, i.textEdit]).slice(0, 2),
      [
        ['Claim', '1-0-000000', { range: range(13, 2, 13, 5), newText: 'Claim: ' }],
        ['Thesis', '1-9-000001', { range: range(13, 2, 13, 5), newText: 'Thesis: ' }],
      ],
    );
    await client.change(uri, 5, [{ range: range(3, 25, 3, 36), text: ' {#' }]);
    assert.deepEqual(await complete(uri, at(3, 28)), [
      { label: 'offices-are-empty', kind: 12, detail: 'an unused id from the text', sortText: '0', textEdit: { range: range(3, 28, 3, 28), newText: 'offices-are-empty}' } },
    ]);
    // Each half-typed form at the end of line 13: labels and text edits, worked out from the spec.
    const halfTyped: [string, [string, TextEdit][]][] = [
      ['[', []],
      // `{#offices}` became `{#` above: only `rents` is left.
      ['](#', [['rents', { range: range(13, 2, 13, 3), newText: '#rents' }]]],
      ['[^', [['note', { range: range(13, 2, 13, 2), newText: 'note]' }]]],
      ['{#', []],
      ['Claim: x {#id', [['x', { range: range(13, 11, 13, 13), newText: 'x}' }]]],
    ];
    let version = 6;
    for (const [half, expected] of halfTyped) {
      await client.change(uri, version++, [{ range: range(13, 0, 13, 99), text: half }]);
      const items = (await complete(uri, at(13, half.length)))!;
      assert.deepEqual(items.map((i) => [i.label, i.textEdit]), expected, half);
    }
    await client.change(uri, version++, [{ range: range(13, 0, 13, 99), text: '**Cla' }]);
    const bold = (await complete(uri, at(13, 5)))!;
    assert.deepEqual([bold.length, bold[0].label, bold[0].filterText, bold[0].textEdit], [10, 'Claim', '**Claim', { range: range(13, 0, 13, 5), newText: '**Claim:** ' }]);
    assert.deepEqual(await complete(uri, at(99, 0)), []);
    // Back to the first text, for the code actions.
    await client.change(uri, 20, [{ text: MAIN }]);
    published = (await client.diagnosticsFor(uri, 20)).diagnostics;
  });

  it('answers the unsupported claim with the evidence scaffold, as a versioned edit carrying its diagnostic', async () => {
    const unsupported = published.find((d) => d.code === 'unsupported-claim' && d.range.start.line === 3)!;
    assert.deepEqual(await actions(uri, [unsupported], unsupported.range, ['quickfix']), [
      {
        title: 'Add evidence under this claim',
        kind: 'quickfix',
        diagnostics: [unsupported],
        edit: { documentChanges: [{ textDocument: { uri, version: 20 }, edits: [{ range: range(3, 36, 3, 36), newText: '\n- Evidence: …' }] }] },
      },
    ]);
  });

  it('applies every quick fix; the server re-analyses: completing fixes remove their diagnostic, none adds an error', async () => {
    const completing = new Set(['undefined-footnote', 'broken-reference', 'duplicate-id', 'empty-node']);
    // Lines move as fixes insert lines: diagnostics are compared by code and message.
    const key = (d: Diagnostic) => `${d.code}: ${d.message}`;
    const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1).map(key).sort();
    let n = 0;
    for (const d of published) {
      const fixes = (await actions(uri, [d], d.range, ['quickfix']))!;
      assert.ok(fixes.length > 0, `a fix for ${d.code}`);
      for (const fix of fixes) {
        const change = fix.edit!.documentChanges![0] as { edits: TextEdit[] };
        const fixedUri = uriOf(path.join(root, `fixed-${++n}.arg.md`));
        await client.open(fixedUri, apply(MAIN, change.edits));
        const after = (await client.diagnosticsFor(fixedUri, 1)).diagnostics;
        const expected = errors(published);
        if (completing.has(String(d.code))) expected.splice(expected.indexOf(key(d)), 1);
        assert.deepEqual(errors(after), expected, `${fix.title}: its error gone if it completes, no new one`);
        if (completing.has(String(d.code))) assert.ok(!after.some((a) => key(a) === key(d)), `${fix.title} removes ${d.code}`);
        await client.close(fixedUri);
      }
    }
  });

  it('gives nothing for a diagnostic of an older version', async () => {
    const old = published.find((d) => d.code === 'empty-node')!;
    await client.change(uri, 21, [{ range: range(0, 0, 0, 0), text: '\n' }]);
    await client.diagnosticsFor(uri, 21);
    assert.deepEqual(await actions(uri, [old], old.range, ['quickfix']), []);
  });
});
