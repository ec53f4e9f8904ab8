import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { CLIENT_CAPABILITIES, FIXTURES, fixture, TestClient, uriOf } from './client';

const { Class: CLAIM, Constant: EVIDENCE, Event: CHALLENGE, String: GROUP } = SymbolKind;
type Quad = [number, number, number, number];

function range([sl, sc, el, ec]: Quad) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function sym(name: string, detail: string | undefined, kind: SymbolKind, full: Quad, selection: Quad, children?: DocumentSymbol[]): DocumentSymbol {
  const symbol: DocumentSymbol = { name, kind, range: range(full), selectionRange: range(selection) };
  if (detail !== undefined) symbol.detail = detail;
  if (children) symbol.children = children;
  return symbol;
}

const BASIC: DocumentSymbol[] = [
  sym('Qianhai hosts over 9,200 companies.', 'claim · supported · contested · 1 claim · 2 evidence · 1 challenge', CLAIM, [0, 0, 11, 0], [0, 2, 0, 51], [
    sym('Over 9,200 companies are registered in Qianhai.', 'evidence · cited', EVIDENCE, [2, 0, 2, 79], [2, 2, 2, 79]),
    sym('Rents are low.', 'evidence · uncited', EVIDENCE, [3, 0, 3, 26], [3, 2, 3, 26]),
    sym('The register counts shell companies.', 'challenge · open · unsupported', CHALLENGE, [4, 0, 4, 59], [4, 2, 4, 59]),
    sym('Background', undefined, GROUP, [6, 0, 11, 0], [6, 0, 6, 13], [
      sym('Talent follows capital.', 'claim · supported · 1 evidence', CLAIM, [8, 0, 9, 41], [8, 2, 8, 32], [
        sym('Qianhai figures', 'evidence · reference to #qianhai', EVIDENCE, [9, 2, 9, 41], [9, 4, 9, 41]),
      ]),
    ]),
  ]),
  sym('Notes', undefined, GROUP, [11, 0, 20, 0], [11, 0, 11, 7], [
    sym('A stray fact.', 'evidence · uncited', EVIDENCE, [13, 0, 13, 33], [13, 0, 13, 33]),
    sym('Growth was 35% last year.', 'claim · unsupported', CLAIM, [15, 0, 15, 32], [15, 0, 15, 32]),
  ]),
];

describe('document symbols', () => {
  let client: TestClient;
  const uri = uriOf(path.join(FIXTURES, 'basic.arg.md'));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES });
  });
  after(() => client.stop());

  it('announces the provider with a label', () => {
    assert.deepEqual(client.initializeResult.capabilities.documentSymbolProvider, { label: 'Argument' });
  });

  it('gives nodes under their parents and prose headings as groups, with kind, status and counts', async () => {
    await client.open(uri, fixture('basic.arg.md'));
    assert.deepEqual(await client.symbols(uri), BASIC);
  });

  it('follows edits: a new challenge under the evidence shows in the tree and the counts', async () => {
    await client.edit(uri, 2, range([2, 79, 2, 79]), '\n  - Rebuttal: The register was audited.');
    await client.diagnosticsFor(uri, 2);
    const symbols = (await client.symbols(uri)) as DocumentSymbol[];
    const hub = symbols[0];
    assert.deepEqual(hub.children![0], {
      ...BASIC[0].children![0],
      detail: 'evidence · cited · contested · 1 challenge',
      range: range([2, 0, 3, 39]),
      children: [sym('The register was audited.', 'challenge · open · unsupported', CHALLENGE, [3, 2, 3, 39], [3, 4, 3, 39])],
    });
    await client.close(uri);
  });

  it("says each status in the views' words: a challenge open or answered, then supported or not; claims and evidence contested", async () => {
    const words = uriOf(path.join(FIXTURES, 'words.arg.md'));
    await client.open(
      words,
      [
        'Claim: Parks cool cities. {#parks}',
        '',
        '- Evidence: Shade lowers heat.[^s]',
        '  - Challenge: The shade study is old.',
        '- Evidence: Trees cut noise.',
        '- Challenge: Parks take land. {#land}',
        '  - Evidence: The land survey.[^s]',
        '  - Rebuttal: Rooftop parks take no land.',
        '',
        'Claim: Rents rise. {#rents}',
        '',
        '- Objection: Rents fell last year.',
        '',
        '[^s]: City heat study, 2021.',
      ].join('\n'),
    );
    const details: string[] = [];
    const walk = (list: DocumentSymbol[]) => list.forEach((s) => (details.push(`${s.name} | ${s.detail}`), walk(s.children ?? [])));
    walk((await client.symbols(words)) as DocumentSymbol[]);
    // By hand: the land challenge is answered by the rooftop rebuttal (so the parks claim is not
    // contested) and supported by the land survey; the old-study challenge stands, so the shade
    // evidence is contested; nothing supports the rents claim and its objection is open.
    assert.deepEqual(details, [
      'Parks cool cities. | claim · supported · 2 evidence · 1 challenge',
      'Shade lowers heat. | evidence · cited · contested · 1 challenge',
      'The shade study is old. | challenge · open · unsupported',
      'Trees cut noise. | evidence · uncited',
      'Parks take land. | challenge · answered · supported · 1 evidence · 1 challenge',
      'The land survey. | evidence · cited',
      'Rooftop parks take no land. | challenge · open · unsupported',
      'Rents rise. | claim · unsupported · contested · 1 challenge',
      'Rents fell last year. | challenge · open · unsupported',
    ]);
    await client.close(words);
  });

  it('answers null for a document that is not open or not an argument file', async () => {
    assert.equal(await client.symbols(uriOf(path.join(FIXTURES, 'nothing.arg.md'))), null);
    const readme = uriOf(path.join(FIXTURES, 'README.md'));
    await client.open(readme, '# Readme\n\nClaim: nothing here is a node.\n');
    assert.equal(await client.symbols(readme), null);
    await client.close(readme);
  });
});

describe('document symbols for a client without hierarchy', () => {
  it('flattens the tree into symbol information with container names', async () => {
    const textDocument = { ...CLIENT_CAPABILITIES.textDocument, documentSymbol: {} };
    const client = await TestClient.start({ root: FIXTURES, capabilities: { ...CLIENT_CAPABILITIES, textDocument } });
    try {
      const uri = uriOf(path.join(FIXTURES, 'basic.arg.md'));
      await client.open(uri, fixture('basic.arg.md'));
      const flat = await client.symbols(uri);
      assert.deepEqual(
        (flat as { name: string; containerName?: string }[]).map((s) => [s.name, s.containerName]),
        [
          ['Qianhai hosts over 9,200 companies.', undefined],
          ['Over 9,200 companies are registered in Qianhai.', 'Qianhai hosts over 9,200 companies.'],
          ['Rents are low.', 'Qianhai hosts over 9,200 companies.'],
          ['The register counts shell companies.', 'Qianhai hosts over 9,200 companies.'],
          ['Background', 'Qianhai hosts over 9,200 companies.'],
          ['Talent follows capital.', 'Background'],
          ['Qianhai figures', 'Talent follows capital.'],
          ['Notes', undefined],
          ['A stray fact.', 'Notes'],
          ['Growth was 35% last year.', 'Notes'],
        ],
      );
      assert.deepEqual(flat![0], { name: 'Qianhai hosts over 9,200 companies.', kind: CLAIM, location: { uri, range: range([0, 0, 11, 0]) } });
    } finally {
      await client.stop();
    }
  });
});
