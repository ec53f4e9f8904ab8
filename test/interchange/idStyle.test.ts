// `argmap.ids.style` for import (interchange.md "Ids that work on GitHub": the form argmap
// writes when it adds an id): `html` writes `<a id="x"></a>` at the end of each node's first
// line, and the imported map is the same map as with `{#x}`. The CLI reads the setting from
// `.argmap.json` or `.vscode/settings.json` (which wins) at the workspace root.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importText } from '../../server/src/interchange';
import { analyse } from './analysis';
import { ARGDOWN, KIALO } from './fixtures';
import { argmap, workspace } from '../cli/helpers';

describe('import with argmap.ids.style', () => {
  for (const [format, input] of [['argdown', ARGDOWN], ['kialo', KIALO]] as const) {
    it(`${format}: html writes anchors only, and gives the same map as {#id}`, () => {
      const pandoc = importText(format, input, `in.${format === 'kialo' ? 'txt' : 'argdown'}`).markdown;
      const html = importText(format, input, `in.${format === 'kialo' ? 'txt' : 'argdown'}`, { idStyle: 'html' }).markdown;
      assert.ok(!html.includes('{#'), html);
      const a = analyse(pandoc);
      const b = analyse(html);
      assert.deepEqual(b.errors, []);
      assert.deepEqual(b.graph, a.graph);
      assert.equal(html.match(/<a id="/g)?.length, b.analysis.nodes.filter((n) => n.explicitId).length);
      assert.ok(b.analysis.nodes.every((n) => n.reference || n.idStyle === 'html'));
    });
  }

  it('kialo: a claim that goes on over further lines has its anchor on its first line', () => {
    const html = importText('kialo', KIALO, 'parks.txt', { idStyle: 'html' }).markdown;
    assert.ok(html.includes('    - **Reason:** Small pocket parks fit between buildings. <a id="kialo-1-2-1"></a>\n      Many cities already build them.\n'), html);
  });
});

describe('argmap import reads argmap.ids.style from the workspace', () => {
  let argmapJson = { dir: '', cleanup: () => {} };
  let both = { dir: '', cleanup: () => {} };
  before(() => {
    argmapJson = workspace({ 'parks.txt': KIALO, '.argmap.json': '{ "ids": { "style": "html" } }' });
    both = workspace({ 'parks.txt': KIALO, '.argmap.json': '{ "argmap.ids.style": "html" }', '.vscode/settings.json': '{ // the editor wins\n "argmap.ids.style": "pandoc" }' });
  });
  after(() => {
    argmapJson.cleanup();
    both.cleanup();
  });

  it('.argmap.json: html', () => {
    const r = argmap(argmapJson.dir, 'import', 'parks.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('- **Claim:** Cities should plant more parks. <a id="kialo-1"></a>\n'), r.stdout);
  });

  it('.vscode/settings.json wins over .argmap.json', () => {
    const r = argmap(both.dir, 'import', 'parks.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes('- **Claim:** Cities should plant more parks. {#kialo-1}\n'), r.stdout);
  });
});
