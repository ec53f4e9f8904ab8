// Kialo's "Export discussion" text → argument Markdown: expectations from interchange.md, by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError, importText } from '../../server/src/interchange';
import { analyse, edgesByText } from './analysis';
import { KIALO, KIALO_TEXTS, lines } from './fixtures';

describe('import from Kialo', () => {
  const { markdown, notes } = importText('kialo', KIALO, 'parks.txt');
  const { graph, errors } = analyse(markdown);
  const byId = (id: string) => graph.nodes.find((n) => n.id === id);

  it('writes a file argmap check accepts: no error-severity diagnostic', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(notes, []);
  });

  it('keeps every claim text word for word, links included', () => {
    for (const text of KIALO_TEXTS) assert.ok(markdown.includes(text), `missing in the output: ${text}`);
    for (const line of ['Many cities already build them.', 'even on rooftops']) assert.ok(markdown.includes(line), line);
  });

  it('makes the thesis the root claim, Pro a reason, Con a challenge, a Pro with a URL cited evidence', () => {
    assert.deepEqual(
      graph.nodes.map((n) => [n.id, n.kind]),
      [
        ['kialo-1', 'claim'],
        ['kialo-1-1', 'evidence'],
        ['kialo-1-1-1', 'challenge'],
        ['kialo-1-2', 'challenge'],
        ['kialo-1-2-1', 'claim'],
        ['kialo-1-3', 'claim'],
      ],
    );
    assert.equal(byId('kialo-1')?.text, 'Cities should plant more parks.');
    assert.equal(byId('kialo-1-1')?.status, 'cited');
    assert.equal(byId('kialo-1-1')?.text, 'Parks cool streets in summer, see EPA heat islands.');
  });

  it('continues a claim over its further lines, so they stay one node and start no list', () => {
    assert.match(byId('kialo-1-2-1')?.text ?? '', /^Small pocket parks fit between buildings\.\s+Many cities already build them\.\s+- even on rooftops$/);
  });

  it('makes a -> See link a reference to the linked claim’s id, keeping the side it was placed on', () => {
    assert.equal(markdown.split('{#kialo-1-2-1}').length - 1, 1);
    assert.match(markdown, /^ {6}- \*\*Challenge:\*\* \[[^\]]+\]\(#kialo-1-2-1\)$/m);
    const pocket = byId('kialo-1-2-1')?.text;
    assert.deepEqual(edgesByText(graph).sort(), [
      'Only large parks cool more than their own area. --attacks--> Parks cool streets in summer, see EPA heat islands.',
      'Parks cool streets in summer, see EPA heat islands. --supports--> Cities should plant more parks.',
      'Parks improve mental health. --supports--> Cities should plant more parks.',
      'Parks take land that housing needs. --attacks--> Cities should plant more parks.',
      `${pocket} --attacks--> Only large parks cool more than their own area.`,
      `${pocket} --supports--> Parks take land that housing needs.`,
    ].sort());
  });

  it('makes the discussion title the unlabelled # heading and the front matter title, and names the source', () => {
    assert.match(markdown, /^# Should cities plant more parks\?$/m);
    assert.match(markdown, /^---\ntitle: "Should cities plant more parks\?"\nsource: \{ format: kialo, file: "parks\.txt" \}\n---\n/);
  });

  it('keeps hostile texts as text: a footnote marker, a whole link to an id, a trailing {#id}, a label-like line', () => {
    const r = importText(
      'kialo',
      lines(
        '1. Parks are good [^1] for all.',
        '1.1. Pro: [the thesis](#kialo-1)',
        '1.2. Con: Ends like an id {#fake}',
        '1.3. Pro: First line',
        'Claim: not a node',
        '# not a heading',
      ),
      'hostile.txt',
    );
    const { graph: g, errors: e } = analyse(r.markdown);
    assert.deepEqual(e, []);
    assert.deepEqual(
      g.nodes.map((n) => [n.id, n.kind]),
      [
        ['kialo-1', 'claim'],
        ['kialo-1-1', 'claim'],
        ['kialo-1-2', 'challenge'],
        ['kialo-1-3', 'claim'],
      ],
    );
    // The marker stays in the file word for word (defined as a placeholder that cites nothing);
    // the node's plain text drops footnote markers, as the spec says.
    assert.ok(r.markdown.includes('Parks are good [^1] for all.'));
    assert.match(r.markdown, /^\[\^1\]: …$/m);
    assert.equal(g.nodes[0].text, 'Parks are good for all.');
    assert.equal(g.nodes[2].text, 'Ends like an id {#fake}');
    assert.match(g.nodes[3].text, /^First line\s+Claim: not a node\s+# not a heading$/);
    assert.equal(g.edges.length, 3);
  });

  it('keeps the theses in their order when one links to another', () => {
    const r = importText('kialo', lines('1. First thesis.', '2. Second thesis.', '2.1. Con: -> See 1.'), 'two.txt');
    const { graph: g, errors: e } = analyse(r.markdown);
    assert.deepEqual(e, []);
    assert.deepEqual(g.nodes.map((n) => n.id), ['kialo-1', 'kialo-2']);
    assert.deepEqual(edgesByText(g), ['First thesis. --attacks--> Second thesis.']);
  });

  const rejects = (text: string, line: number, message: RegExp) => {
    assert.throws(
      () => importText('kialo', text, 'bad.txt'),
      (e: unknown) => e instanceof ImportError && e.line === line && message.test(e.message),
    );
  };

  it('refuses a file with no thesis, on line 1', () => {
    rejects(lines('Discussion Title: Parks', '', '1.1. Pro: Parks cool streets.'), 1, /thesis/);
    rejects('', 1, /thesis/);
  });

  it('refuses malformed lines with their line number', () => {
    rejects(lines('Discussion Title: Parks', '1. Parks are good.', '1.2.1. Pro: Orphan.'), 3, /1\.2\./);
    rejects(lines('1. Parks are good.', '1.1. Pro: -> See 1.9.'), 2, /See 1\.9/);
    rejects(lines('1. Parks are good.', '1.1. Maybe: no side.'), 2, /Pro|Con/);
    rejects(lines('Just some text', '1. Parks are good.'), 1, /numbered claim/);
    rejects(lines('1. Parks are good.', '1.1. Pro: One.', '1.1. Con: Two.'), 3, /twice/);
  });
});
