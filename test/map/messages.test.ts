// The webview message allow-list (map.md "Security"): only `graph`/`select` to the page and
// `reveal`/`exportSvg` from it, each with a URI and version; anything else is dropped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFromPage, parseToPage } from '../../client/src/map/messages';

const stamp = { uri: 'file:///w/a.arg.md', version: 3 };

describe('map view messages', () => {
  it('accepts the page’s two requests, well formed', () => {
    assert.deepEqual(parseFromPage({ type: 'reveal', ...stamp, id: 'parks', line: 4 }), { type: 'reveal', ...stamp, id: 'parks', line: 4 });
    assert.deepEqual(parseFromPage({ type: 'exportSvg', ...stamp }), { type: 'exportSvg', ...stamp });
  });

  it('drops from the page anything outside the allow-list, or malformed', () => {
    const bad: unknown[] = [
      null,
      'reveal',
      [],
      { type: 'graph', ...stamp, graph: { nodes: [], edges: [] } }, // the page cannot send graphs
      { type: 'select', ...stamp, id: 'x' },
      { type: 'runCommand', ...stamp, command: 'workbench.action.terminal.new' },
      { type: 'openLink', ...stamp, href: 'javascript:alert(1)' },
      { type: 'reveal', uri: 'file:///a', id: 'x', line: 1 }, // no version
      { type: 'reveal', version: 1, id: 'x', line: 1 }, // no uri
      { type: 'reveal', ...stamp, id: 'x', line: -1 },
      { type: 'reveal', ...stamp, id: 'x', line: 1.5 },
      { type: 'reveal', ...stamp, id: 7, line: 1 },
      { type: 'reveal', ...stamp, id: 'x'.repeat(10_001), line: 1 },
      { type: 'exportSvg', uri: '', version: 1 },
      { type: '__proto__', ...stamp },
    ];
    for (const message of bad) assert.equal(parseFromPage(message), undefined, JSON.stringify(message)?.slice(0, 80));
  });

  it('copies only the known fields of an accepted message', () => {
    const parsed = parseFromPage({ type: 'reveal', ...stamp, id: 'x', line: 2, command: 'evil' });
    assert.deepEqual(Object.keys(parsed!).sort(), ['id', 'line', 'type', 'uri', 'version']);
  });

  it('accepts graph and select for the page, and checks the graph’s shape', () => {
    const graph = { nodes: [{ id: 'a', kind: 'claim', text: 't', line: 0, status: 'supported', contested: false, figures: [], parent: null }], edges: [] };
    assert.equal(parseToPage({ type: 'graph', ...stamp, graph })?.type, 'graph');
    assert.deepEqual(parseToPage({ type: 'select', ...stamp, id: null }), { type: 'select', ...stamp, id: null });
    assert.equal(parseToPage({ type: 'graph', ...stamp, graph: { nodes: [{ id: 'a', kind: 'script' }], edges: [] } }), undefined);
    assert.equal(parseToPage({ type: 'graph', ...stamp, graph: { nodes: [], edges: [{ from: 'a', to: 'b', relation: 'eval' }] } }), undefined);
    assert.equal(parseToPage({ type: 'reveal', ...stamp, id: 'a', line: 0 }), undefined);
  });
});
