// The preview and ids written as GitHub anchors (`<a id="x"></a>`): VS Code's preview renders
// the anchor itself (HTML is on), so `#x` links scroll to it; the plugin tags the label as for
// `{#x}` and gives the id to nothing else (a second element with the id would be invalid HTML).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { argmapPreview } from '../../client/src/preview/plugin';

const render = (text: string) => {
  const md = new MarkdownIt({ html: true, linkify: true });
  argmapPreview(md, { argumentDocument: () => ({ statuses: new Map([[0, ['cited']]]) }) });
  return md.render(text);
};

describe('the preview plugin and anchor ids', () => {
  it('keeps the anchor as the one element with the id, after the tag and the text', () => {
    const html = render('- **Evidence:** Shaded streets are cooler. <a id="shade"></a>\n\nSee [shade](#shade).\n');
    assert.ok(
      html.includes('<li class="argmap-node argmap-evidence"><span class="argmap-tag argmap-tag-evidence">Evidence</span><span class="argmap-status argmap-status-cited">cited</span> Shaded streets are cooler. <a id="shade"></a></li>'),
      html,
    );
    assert.equal(html.match(/id="shade"/g)?.length, 1);
    assert.ok(html.includes('<a href="#shade">shade</a>'), html);
  });

  it('in a heading too: VS Code’s slug id stays the heading’s, the anchor inside it carries the node id', () => {
    const html = render('# Claim: Parks cool cities <a name="parks"></a>\n');
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-claim">Claim</span><span class="argmap-status argmap-status-cited">cited</span> Parks cool cities <a name="parks"></a></h1>'), html);
  });
});
