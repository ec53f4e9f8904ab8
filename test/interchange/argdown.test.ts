// Argdown → argument Markdown: each expectation follows from interchange.md and the fixture by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../server/src/interchange';
import { analyse, edgesByText } from './analysis';
import { ARGDOWN, ARGDOWN_TEXTS, lines } from './fixtures';

describe('import from Argdown', () => {
  const { markdown, notes } = importText('argdown', ARGDOWN, 'heat.argdown');
  const { graph, errors } = analyse(markdown);
  const lineOf = (needle: string) => markdown.split('\n').findIndex((l) => l.includes(needle));

  it('writes a file argmap check accepts: no error-severity diagnostic', () => {
    assert.deepEqual(errors, []);
  });

  it('keeps every statement text word for word, in the file and as the node text', () => {
    for (const text of ARGDOWN_TEXTS) {
      assert.ok(markdown.includes(text), `missing in the output: ${text}`);
      assert.ok(graph.nodes.some((n) => n.text === text), `no node has the text: ${text}`);
    }
  });

  it('labels each node by how it is attached: top a claim, + a claim, - and _ a challenge; an argument without text by its title', () => {
    assert.deepEqual(
      graph.nodes.map((n) => [n.kind, n.text]),
      [
        ['claim', 'Parks cool cities. #green'],
        ['claim', 'Shaded streets are 35% cooler at noon.'],
        ['challenge', 'Parks take land that housing needs.'],
        ['challenge', 'Rooftop parks take no land.'],
        ['claim', 'Green space lowers stress.'],
        ['challenge', 'Parks cost too much to keep. #(city budget)'],
        ['claim', 'Quiet'],
      ],
    );
  });

  it('gives statements and arguments the slug of their title as id', () => {
    assert.deepEqual(
      graph.nodes.map((n) => n.id),
      ['parks', 'shade', 'land', 'roof', 'health', 'cost', 'quiet'],
    );
  });

  it('keeps every relation: supports, attacks, the undercut as an attack on the argument', () => {
    assert.deepEqual(edgesByText(graph), [
      'Shaded streets are 35% cooler at noon. --supports--> Parks cool cities. #green',
      'Parks take land that housing needs. --attacks--> Parks cool cities. #green',
      'Rooftop parks take no land. --attacks--> Parks take land that housing needs.',
      'Shaded streets are 35% cooler at noon. --supports--> Green space lowers stress.',
      'Parks cost too much to keep. #(city budget) --attacks--> Green space lowers stress.',
    ]);
  });

  it('writes a reused statement once and refers to it elsewhere by [Title](#slug)', () => {
    assert.equal(markdown.split('{#shade}').length - 1, 1);
    const reference = markdown.split('\n').filter((l) => /\]\(#shade\)/.test(l));
    assert.equal(reference.length, 1);
    assert.ok(lineOf('(#shade)') > lineOf('Green space lowers stress.'), 'the reference stands under Health');
  });

  it('turns sections into headings of the same level, each before its statements', () => {
    const heat = lineOf('# Heat');
    const health = lineOf('## Health');
    assert.ok(heat >= 0 && health >= 0);
    assert.equal(markdown.split('\n')[heat], '# Heat');
    assert.equal(markdown.split('\n')[health], '## Health');
    assert.ok(heat < lineOf('{#parks}') && lineOf('{#roof}') < health && health < lineOf('{#health}'));
  });

  it('keeps tags and YAML data in an HTML comment at the end of the first line, before the id', () => {
    const parks = markdown.split('\n')[lineOf('{#parks}')];
    assert.match(parks, /^- \*\*Claim:\*\* Parks cool cities\. #green <!-- [^>]*green[^>]*--> \{#parks\}$/);
    assert.match(parks, /<!--[^>]*"importance":3[^>]*-->/);
    assert.match(markdown.split('\n')[lineOf('{#cost}')], /<!--[^>]*city budget[^>]*--> \{#cost\}$/);
    assert.match(markdown.split('\n')[lineOf('{#roof}')], /<!--.*undercuts <Land>.*--> \{#roof\}$/);
  });

  it('says where it came from in the front matter, and keeps the source front matter', () => {
    const front = markdown.slice(0, markdown.indexOf('\n---\n', 4) + 5);
    assert.match(front, /^---\n/);
    assert.match(front, /^source: \{ format: argdown, file: "heat\.argdown" \}$/m);
    assert.match(front, /^title: "Parks and heat"$/m);
    assert.match(front, /Ana/);
  });

  it('reports nothing it could not represent for this file', () => {
    assert.deepEqual(notes, []);
  });

  it('writes a support cycle with every statement once and no error', () => {
    const r = importText('argdown', lines('[A]: Alpha holds.', '    + [B]: Beta holds.', '', '[B]', '    + [A]'), 'cycle.argdown');
    const { graph: g, errors: e } = analyse(r.markdown);
    assert.deepEqual(e, []);
    assert.equal(r.markdown.split('{#a}').length - 1, 1);
    assert.equal(r.markdown.split('{#b}').length - 1, 1);
    assert.deepEqual(edgesByText(g).sort(), ['Alpha holds. --supports--> Beta holds.', 'Beta holds. --supports--> Alpha holds.']);
  });

  it('keeps a second text of a statement in a comment and says so', () => {
    const r = importText('argdown', lines('[A]: First wording.', '', '[A]: Second wording.'), 'two.argdown');
    assert.match(r.markdown, /First wording\. <!--[^>]*Second wording\.[^>]*--> \{#a\}/);
    assert.equal(r.notes.length, 1);
    assert.equal(r.notes[0].line, 1);
  });

  it('keeps a text that opens an HTML comment whole, its note after it', () => {
    const r = importText('argdown', lines('[A]: Odd <!-- text #tagged'), 'odd.argdown');
    const { graph: g, errors: e } = analyse(r.markdown);
    assert.deepEqual(e, []);
    assert.equal(g.nodes[0].text, 'Odd <!-- text #tagged');
  });

  it('keeps an inference rule and a section’s tags and data in comments', () => {
    const r = importText('argdown', lines('# Costs #money {isGroup: true}', '', '<Cheap>: Parks are cheap to run.', '', '(1) [Volunteers]: Volunteers tend many parks.', '-- Modus ponens --', '(2) [Affordable]: Cities can afford parks.'), 'rules.argdown');
    assert.deepEqual(analyse(r.markdown).errors, []);
    assert.match(r.markdown, /^# Costs #money <!--.*#\(money\).*"isGroup":true.*-->$/m);
    assert.match(r.markdown, /Parks are cheap to run\. <!--.*Modus ponens.*--> \{#cheap\}$/m);
  });

  it('writes a premise-conclusion argument: premises support it, it supports its conclusion', () => {
    const r = importText('argdown', lines('<Cheap>: Parks are cheap to run.', '', '(1) [Volunteers]: Volunteers tend many parks.', '----', '(2) [Affordable]: Cities can afford parks.'), 'pcs.argdown');
    const { graph: g, errors: e } = analyse(r.markdown);
    assert.deepEqual(e, []);
    assert.deepEqual(edgesByText(g), [
      'Parks are cheap to run. --supports--> Cities can afford parks.',
      'Volunteers tend many parks. --supports--> Parks are cheap to run.',
    ]);
  });
});
