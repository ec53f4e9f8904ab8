import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, Position } from 'vscode-languageserver-protocol';
import { FIXTURES, fixture, positionOf, TestClient, uriOf } from './client';

function markdown(value: string, sl: number, sc: number, el: number, ec: number): Hover {
  return { contents: { kind: 'markdown', value }, range: { start: { line: sl, character: sc }, end: { line: el, character: ec } } };
}

const QIANHAI_SOURCE = '\\[^report\\] Qianhai Authority, annual report 2023.';
const HUB = [
  '**Claim** · supported · contested',
  // The claim's figure, stated by the evidence on line 3 (in other case only), with that evidence's source.
  `Figures:\n\n- **over 9,200 companies**: stated on line 3 · ${QIANHAI_SOURCE}`,
  'Evidence:',
  [
    '- Over 9,200 companies are registered in Qianhai. · cited',
    `  - **Over 9,200 companies**: ${QIANHAI_SOURCE}`,
    '- Rents are low. · uncited',
  ].join('\n'),
  'Open challenges:',
  '- The register counts shell companies.',
].join('\n\n');
const QIANHAI = ['**Evidence** · cited', `- **Over 9,200 companies**: ${QIANHAI_SOURCE}`].join('\n\n');

describe('hover', () => {
  let client: TestClient;
  const basic = fixture('basic.arg.md');
  const uri = uriOf(path.join(FIXTURES, 'basic.arg.md'));
  const at = (needle: string, offset = 0): Position => positionOf(basic, needle, offset);

  before(async () => {
    client = await TestClient.start({ root: FIXTURES });
    await client.open(uri, basic);
    await client.diagnosticsFor(uri, 1);
  });
  after(() => client.stop());

  it('on a claim: kind, status, the evidence with its figures and their sources, open challenges', async () => {
    assert.deepEqual(await client.hover(uri, at('Qianhai hosts', 4)), markdown(HUB, 0, 0, 0, 51));
    // Anywhere on the node's block, its label included.
    assert.deepEqual(await client.hover(uri, at('# Claim')), markdown(HUB, 0, 0, 0, 51));
  });

  it('on evidence: its figures and where each comes from', async () => {
    assert.deepEqual(await client.hover(uri, at('Over 9,200 companies are')), markdown(QIANHAI, 2, 2, 2, 79));
  });

  it('on an unsupported claim and on a claim supported through a reference', async () => {
    assert.deepEqual(await client.hover(uri, at('Growth was')), markdown('**Claim** · unsupported\n\nFigures:\n\n- **35%**: stated by no cited evidence', 15, 0, 15, 32));
    assert.deepEqual(
      await client.hover(uri, at('Talent follows')),
      markdown(
        [
          '**Claim** · supported',
          'Evidence:',
          `- Over 9,200 companies are registered in Qianhai. · cited\n  - **Over 9,200 companies**: ${QIANHAI_SOURCE}`,
        ].join('\n\n'),
        8,
        2,
        8,
        32,
      ),
    );
  });

  it('on a footnote reference: the footnote text; on an undefined one: that it is undefined', async () => {
    assert.deepEqual(await client.hover(uri, at('[^report]', 3)), markdown(`**\\[^report\\]** Qianhai Authority, annual report 2023.`, 2, 59, 2, 68));
    assert.deepEqual(await client.hover(uri, at('[^nowhere]', 1)), markdown('**\\[^nowhere\\]**: undefined footnote', 13, 23, 13, 33));
  });

  it('anywhere on a reference node: its target', async () => {
    const expected = markdown(`**Evidence** reference to Over 9,200 companies are registered in Qianhai.\n\n${QIANHAI}`, 9, 4, 9, 41);
    assert.deepEqual(await client.hover(uri, at('- Evidence: [Qianhai', 2)), expected);
    assert.deepEqual(await client.hover(uri, at('figures](#qianhai)')), expected);
  });

  it('on links: the node, the section, or why it does not resolve', async () => {
    assert.deepEqual(
      await client.hover(uri, at('[the hub]', 3)),
      markdown(`Link to Qianhai hosts over 9,200 companies.\n\n${HUB}`, 17, 4, 17, 19),
    );
    assert.deepEqual(await client.hover(uri, at('[the background]', 3)), markdown('Link to section **Background**', 17, 21, 17, 50));
    assert.deepEqual(
      await client.hover(uri, at('[nothing]', 3)),
      markdown('Link to \\#missing: No node or heading with the id \\`missing\\` in this file.', 17, 55, 17, 74),
    );
  });

  it('nothing on prose, blank lines, past the end, or in a document that is not open', async () => {
    assert.equal(await client.hover(uri, at('See [the hub]')), null);
    assert.equal(await client.hover(uri, { line: 1, character: 0 }), null);
    assert.equal(await client.hover(uri, { line: 400, character: 3 }), null);
    assert.equal(await client.hover(uri, { line: 2, character: 10_000 }), null);
    assert.equal(await client.hover(uriOf(path.join(FIXTURES, 'closed.arg.md')), { line: 0, character: 0 }), null);
  });

  it("escapes the file's text: no HTML, no command links, nothing trusted", async () => {
    const hostileUri = uriOf(path.join(FIXTURES, 'hostile.arg.md'));
    const hostile = fixture('hostile.arg.md');
    await client.open(hostileUri, hostile);
    await client.diagnosticsFor(hostileUri, 1);
    const footnote = '\\<script\\>alert\\(1\\)\\</script\\> \\[run\\]\\(command:evil\\) \\&amp; \\`code\\` www\\.example.com';
    assert.deepEqual(
      await client.hover(hostileUri, positionOf(hostile, 'Markup')),
      markdown(
        [
          '**Claim** · supported',
          'Evidence:',
          [
            '- Seen at https\\://example.com/a\\_\\(b\\) and here with 9 percent more. · cited',
            `  - **9 percent**: \\[^x\\] ${footnote}`,
            '- A mailto source counted 12 items. · cited',
            '  - **12 items**: [mailto:someone\\@example.com](mailto:someone@example.com)',
          ].join('\n'),
        ].join('\n\n'),
        0,
        0,
        0,
        113,
      ),
    );
    for (const needle of ['Markup', 'Seen at', '[^x]', 'A *mailto*']) {
      const h = await client.hover(hostileUri, positionOf(hostile, needle, 1));
      const value = (h?.contents as { value: string }).value;
      // Unescaped, these would open HTML, an entity or a link.
      assert.doesNotMatch(value, /(?<!\\)(?:\]\(command:|<[a-z/]|&[a-z#])/i, needle);
      assert.equal('isTrusted' in (h?.contents as object), false);
    }
    await client.close(hostileUri);
  });
});
