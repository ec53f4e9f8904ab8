// The `<a id>` twin of the CLI's `{#id}` cases: `argmap graph` and `argmap check` on files whose
// ids are GitHub anchors give what their `{#id}` twins give (cross-file references included).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap, lines, workspace } from './helpers';
import { CROSS_FILE, FACTS, GRAPH } from './fixtures';

/** duplicate-id on line 3, broken-reference on line 4 (on the reference node, from its label). */
const DUP = lines('- Claim: one {#x}', '  - Evidence: e[^d]', '- Claim: two {#x}', '  - Evidence: [gone](#nothing)', '', '[^d]: D.');

const anchored = (text: string) => text.replace(/ \{#([^\s{}]+)\}/g, ' <a id="$1"></a>');

describe('argmap with ids written as HTML anchors', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      'map.arg.md': GRAPH,
      'map-html.arg.md': anchored(GRAPH),
      'main.arg.md': CROSS_FILE,
      'facts.arg.md': FACTS,
      'html/main.arg.md': anchored(CROSS_FILE),
      'html/facts.arg.md': anchored(FACTS),
      'dup.arg.md': DUP,
      'html/dup.arg.md': anchored(DUP),
    }));
  });
  after(() => cleanup());

  it('the twins hold anchors and no {#id}', () => {
    assert.ok(!anchored(GRAPH).includes('{#') && anchored(GRAPH).includes('<a id="shade"></a>'));
  });

  it('graph --format json: the same nodes and edges', () => {
    for (const [a, b] of [['map.arg.md', 'map-html.arg.md'], ['main.arg.md', 'html/main.arg.md']]) {
      const pandoc = argmap(dir, 'graph', '--format', 'json', a);
      const html = argmap(dir, 'graph', '--format', 'json', b);
      assert.equal(html.code, 0, html.stderr);
      assert.deepEqual(JSON.parse(html.stdout), JSON.parse(pandoc.stdout));
    }
  });

  it('graph: the tree names each explicit id as the spec’s {#id}, whatever its form', () => {
    const r = argmap(dir, 'graph', 'map-html.arg.md');
    assert.equal(
      r.stdout,
      lines(
        '1  claim (supported): Parks cool cities {#parks}',
        '3  ├─ evidence (cited): Shaded streets are 35% cooler at noon. {#shade}',
        '4  └─ challenge (answered, unsupported): Parks take land that housing needs. {#land}',
        '5     └─ challenge (open, supported): Rooftop parks take no land.',
        '6        └─ evidence → #shade (cited): shade figures',
      ),
    );
  });

  it('check: the same diagnostics, codes, lines and columns', () => {
    const strip = (out: string) => out.replace(/^html\//gm, '').replace(/-html/g, '');
    const pandoc = argmap(dir, 'check', 'map.arg.md', 'main.arg.md', 'dup.arg.md');
    const html = argmap(dir, 'check', 'map-html.arg.md', 'html/main.arg.md', 'html/dup.arg.md');
    assert.match(pandoc.stdout, /^dup\.arg\.md:3:3: error duplicate-id: /m);
    assert.match(pandoc.stdout, /^dup\.arg\.md:4:5: error broken-reference: /m);
    assert.equal(html.code, pandoc.code);
    assert.equal(strip(html.stdout), pandoc.stdout);
  });
});
