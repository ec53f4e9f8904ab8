// figure-mismatch over stdio (editing.md, "Figures across claims and evidence"): the whole
// published diagnostic with its relatedInformation (this file and another), the claim's hover
// listing its figures, and the quick fix's edit, after which the server finds no mismatch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, tempWorkspace, uriOf } from './client';

const MAIN = [
  '# Claim: Qianhai hosts over 9,500 companies and $2 billion {#hub}', // 0
  '', // 1
  '- Evidence: The register lists 9,200 companies.[^r]', // 2
  '- Reason: [the fund](fund.arg.md#fund)', // 3
  '', // 4
  '[^r]: Qianhai register, 2024.', // 5
  '',
].join('\n');
const FUND = ['# Claim: The fund {#fund}', '', '- Evidence: It holds $1.5 billion and US$1.8 billion.[^f]', '', '[^f]: Fund report.', ''].join('\n');

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

describe('figure-mismatch over stdio', () => {
  let client: TestClient;
  let root: string;
  let uri: string;
  let fundUri: string;
  let published: Diagnostic[];

  before(async () => {
    root = tempWorkspace({ 'main.arg.md': MAIN, 'fund.arg.md': FUND });
    uri = uriOf(path.join(root, 'main.arg.md'));
    fundUri = uriOf(path.join(root, 'fund.arg.md'));
    client = await TestClient.start({ root });
    await client.open(uri, MAIN);
    published = (await client.diagnosticsFor(uri, 1)).diagnostics;
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('publishes each mismatch whole: range on the claim figure, warning, the message, each differing figure related', () => {
    assert.deepEqual(
      published.filter((d) => d.code === 'figure-mismatch' || d.code === 'unsourced-figure'),
      [
        {
          range: range(0, 23, 0, 43),
          severity: DiagnosticSeverity.Warning,
          code: 'figure-mismatch',
          source: 'argmap',
          message: 'the claim says over 9,500 companies; the evidence under it says 9,200 companies (line 3)',
          relatedInformation: [{ location: { uri, range: range(2, 31, 2, 46) }, message: 'the evidence says 9,200 companies' }],
          data: { replacement: '9,200 companies' },
        },
        {
          range: range(0, 48, 0, 58),
          severity: DiagnosticSeverity.Warning,
          code: 'figure-mismatch',
          source: 'argmap',
          message: 'the claim says $2 billion; the evidence under it says $1.5 billion (line 3 of fund.arg.md) and US$1.8 billion (line 3 of fund.arg.md)',
          relatedInformation: [
            { location: { uri: fundUri, range: range(2, 21, 2, 33) }, message: 'the evidence says $1.5 billion' },
            { location: { uri: fundUri, range: range(2, 38, 2, 52) }, message: 'the evidence says US$1.8 billion' },
          ],
        },
      ],
    );
  });

  it("hovers the claim with each figure and what the evidence says", async () => {
    const hover = await client.hover(uri, { line: 0, character: 4 });
    assert.deepEqual(hover, {
      contents: {
        kind: 'markdown',
        value: [
          '**Claim** · supported',
          'Figures:',
          [
            '- **over 9,500 companies**: differs from the evidence: “9,200 companies” (line 3)',
            '- **\\$2 billion**: differs from the evidence: “\\$1.5 billion” (line 3 of fund.arg.md), “US\\$1.8 billion” (line 3 of fund.arg.md)',
          ].join('\n'),
          'Evidence:',
          '- The register lists 9,200 companies. · cited\n  - **9,200 companies**: \\[^r\\] Qianhai register, 2024.',
        ].join('\n\n'),
      },
      range: range(0, 0, 0, 65),
    });
  });

  it("offers the evidence's figure when one figure differs; after the edit the server finds no mismatch there", async () => {
    const mismatch = published[published.findIndex((d) => d.code === 'figure-mismatch')];
    const actions = (await client.within(
      'codeAction',
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch], only: ['quickfix'] } }),
    )) as CodeAction[];
    assert.deepEqual(actions, [
      {
        title: "Use the evidence's figure (9,200 companies)",
        kind: 'quickfix',
        diagnostics: [mismatch],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: range(0, 23, 0, 43), newText: '9,200 companies' }] } },
      },
    ]);
    await client.edit(uri, 2, range(0, 23, 0, 43), '9,200 companies');
    const again = (await client.diagnosticsFor(uri, 2)).diagnostics;
    assert.deepEqual(
      again.filter((d) => d.code === 'figure-mismatch').map((d) => d.message),
      ['the claim says $2 billion; the evidence under it says $1.5 billion (line 3 of fund.arg.md) and US$1.8 billion (line 3 of fund.arg.md)'],
    );
  });
});
