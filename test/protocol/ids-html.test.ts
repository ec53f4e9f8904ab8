// The `<a id>` twin of the protocol tests that have `{#id}` cases: a file whose ids are GitHub
// anchors gets exactly the answers its `{#id}` twin gets (diagnostics, graph, hover on a
// reference), and `argmap/convertIds` answers the edits worked out by hand below.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConvertIdsRequest } from '../../server/src/protocol';
import { FIXTURES, fixture, positionOf, TestClient, uriOf } from './client';

const basic = fixture('basic.arg.md');
const anchored = basic.replace(/ \{#([^\s{}]+)\}/g, ' <a id="$1"></a>');

describe('ids written as HTML anchors, over the protocol', () => {
  let client: TestClient;
  const pandocUri = uriOf(path.join(FIXTURES, 'basic.arg.md'));
  const htmlUri = uriOf(path.join(FIXTURES, 'basic-anchored.arg.md'));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES });
    await client.open(pandocUri, basic);
    await client.open(htmlUri, anchored);
  });
  after(() => client.stop());

  it('the twin has three anchors and no `{#id}` left', () => {
    assert.equal(anchored.match(/<a id="/g)?.length, 3);
    assert.ok(!anchored.includes('{#'));
  });

  it('publishes the same diagnostics', async () => {
    const a = await client.diagnosticsFor(pandocUri, 1);
    const b = await client.diagnosticsFor(htmlUri, 1);
    // A diagnostic on a node runs to the end of its first line, which the anchor makes longer: all else is equal.
    const same = (d: (typeof a.diagnostics)[number]) => [d.code, d.severity, d.message, d.range.start, d.range.end.line];
    assert.deepEqual(b.diagnostics.map(same), a.diagnostics.map(same));
    // The stray evidence's undefined footnote and the link to #missing: ids resolve in both.
    assert.ok(b.diagnostics.some((d) => d.code === 'broken-reference' && d.range.start.line === 17));
    assert.ok(!b.diagnostics.some((d) => d.code === 'broken-reference' && d.range.start.line !== 17));
  });

  it('answers the same graph, ids and all', async () => {
    const a = await client.graph(pandocUri);
    const b = await client.graph(htmlUri);
    assert.deepEqual(b, a);
    assert.deepEqual(b?.nodes.slice(0, 4).map((n) => n.id), ['hub', 'qianhai', 'rents-are-low', 'shells']);
  });

  it('hovers a reference to an anchor id with its target', async () => {
    const a = await client.hover(pandocUri, positionOf(basic, 'Qianhai figures'));
    const b = await client.hover(htmlUri, positionOf(anchored, 'Qianhai figures'));
    assert.deepEqual(b, a);
    assert.ok(b && JSON.stringify(b.contents).includes('Over 9,200 companies are registered in Qianhai.'));
  });

  it('argmap/convertIds: the edits that write every id as an anchor, and back', async () => {
    const r = (l: number, s: number, e: number) => ({ start: { line: l, character: s }, end: { line: l, character: e } });
    const toHtml = await client.connection.sendRequest(ConvertIdsRequest.type, { uri: pandocUri, text: basic, style: 'html' });
    // `# Claim: ` 9 + text 35 → ` {#hub}` at 44–51; `- Evidence: ` 12 + 47 + `[^report]` 9 → 68–79; `- Objection: ` 13 + 36 → 49–59.
    assert.deepEqual(toHtml, {
      edits: [
        { range: r(0, 44, 51), newText: ' <a id="hub"></a>' },
        { range: r(2, 68, 79), newText: ' <a id="qianhai"></a>' },
        { range: r(4, 49, 59), newText: ' <a id="shells"></a>' },
      ],
      converted: 3,
      skipped: [],
    });
    const back = await client.connection.sendRequest(ConvertIdsRequest.type, { uri: htmlUri, text: anchored, style: 'pandoc' });
    assert.equal(back?.converted, 3);
    assert.deepEqual(back?.edits[0], { range: r(0, 44, 61), newText: ' {#hub}' });
  });

  it('argmap/convertIds answers null for a file that is not an argument file', async () => {
    const notes = uriOf(path.join(FIXTURES, 'notes.md'));
    await client.open(notes, '# Notes {#n}\n');
    assert.equal(await client.connection.sendRequest(ConvertIdsRequest.type, { uri: notes, text: '# Notes {#n}\n', style: 'html' }), null);
  });
});
