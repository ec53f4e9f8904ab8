// The plugin called as VS Code's preview calls it: the document is parsed with an `env` that
// names no document (VS Code caches a version's tokens), and named only when rendered. The
// real host showed this; these tests keep it (test/e2e/suite/85-preview.test.js renders there).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { argmapPreview } from '../../client/src/preview/plugin';

const TEXT = '# Claim: Parks cool cities {#parks}\n\n- **Evidence:** Shade cools.[^h] {#shade}\n- **Objection**: Land. {#land}\n\nClaim: plain {#p}\n\n[^h]: Heat study.\n';

/** Parses with `{ currentDocument: undefined }`, renders with `{ currentDocument: uri }`, as VS Code does. */
function renderLikeVsCode(argumentFile: boolean) {
  const md = new MarkdownIt({ html: true, linkify: true });
  argmapPreview(md, {
    argumentDocument: (env) => ((env as { currentDocument?: string }).currentDocument === 'file:///a.arg.md' ? { statuses: new Map([[2, ['cited']]]) } : undefined),
  });
  const tokens = md.parse(TEXT, { currentDocument: undefined });
  const uri = argumentFile ? 'file:///a.arg.md' : 'file:///notes.md';
  return { md, tokens, html: md.renderer.render(tokens, md.options, { currentDocument: uri }) };
}

describe('the preview plugin, parsed and rendered as VS Code does', () => {
  it('draws the nodes of an argument file named only at render time', () => {
    const { html } = renderLikeVsCode(true);
    assert.ok(html.includes('<li class="argmap-node argmap-evidence" id="shade"><span class="argmap-tag argmap-tag-evidence">Evidence</span><span class="argmap-status argmap-status-cited">cited</span> Shade cools.'), html);
    assert.ok(html.includes('<li class="argmap-node argmap-challenge" id="land"><span class="argmap-tag argmap-tag-challenge">Objection</span> Land.</li>'), html);
    assert.ok(html.includes('<p class="argmap-node argmap-claim" id="p"><span class="argmap-tag argmap-tag-claim">Claim</span> plain</p>'), html);
    assert.ok(html.includes('<a class="argmap-anchor" id="parks"></a>'), html);
    assert.doesNotMatch(html, /\{#/);
  });

  it('renders any other Markdown file exactly as markdown-it alone does, from the same marked tokens', () => {
    const { html } = renderLikeVsCode(false);
    const plain = new MarkdownIt({ html: true, linkify: true }).render(TEXT);
    assert.equal(html, plain);
  });

  it('leaves the reused tokens as they were: a second render of either kind is the same', () => {
    const { md, tokens, html } = renderLikeVsCode(true);
    const other = md.renderer.render(tokens, md.options, { currentDocument: 'file:///notes.md' });
    assert.equal(other, new MarkdownIt({ html: true, linkify: true }).render(TEXT));
    assert.equal(md.renderer.render(tokens, md.options, { currentDocument: 'file:///a.arg.md' }), html);
  });
});
