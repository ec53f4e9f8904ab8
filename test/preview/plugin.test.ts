// The preview's markdown-it plugin, rendered with markdown-it itself: expectations from
// interchange.md ("The built-in Markdown preview"), worked out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { argmapPreview, type PreviewDocument } from '../../client/src/preview/plugin';
import { statusWords } from '../../client/src/preview/status';
import type { GraphJson } from '../../server/src/model';

const lines = (...l: string[]) => l.join('\n') + '\n';

const MAP = lines(
  '# Claim: Parks cool cities {#parks}', // 0
  '',
  '- **Evidence:** Shaded streets are 35% cooler.[^h] {#shade}', // 2
  '- **Objection**: Parks take land. {#land}', // 3
  '  - Rebuttal: Rooftop parks take no land.', // 4
  '',
  'Prose paragraph with [a link](#shade).', // 6
  '',
  '[^h]: Heat study.',
);

const STATUSES = new Map<number, string[]>([
  [0, ['supported', 'contested']],
  [2, ['cited']],
  [3, ['answered', 'unsupported']],
  [4, ['open', 'supported']],
]);

/** A markdown-it like VS Code's (html on), with the plugin; `doc` says what the preview knows. */
function renderer(doc: (env: unknown) => PreviewDocument | undefined) {
  const md = new MarkdownIt({ html: true, linkify: true });
  argmapPreview(md, { argumentDocument: doc });
  return md;
}
const argumentFile = (statuses = STATUSES) => renderer(() => ({ statuses }));

describe('the preview plugin', () => {
  it('draws each label as a tag by kind, with the status as words beside it', () => {
    const html = argumentFile().render(MAP);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-claim">Claim</span><span class="argmap-status argmap-status-supported">supported · contested</span> Parks cool cities'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-evidence">Evidence</span><span class="argmap-status argmap-status-cited">cited</span> Shaded streets'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-challenge">Objection</span><span class="argmap-status argmap-status-answered">answered · unsupported</span> Parks take land.'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-challenge">Rebuttal</span><span class="argmap-status argmap-status-open">open · supported</span> Rooftop parks'), html);
    assert.doesNotMatch(html, /\*\*|Evidence:|Objection:|Claim:/);
  });

  it('hides {#id} and makes it the element’s real id: the list item, or an anchor in a heading', () => {
    const html = argumentFile().render(MAP);
    assert.doesNotMatch(html, /\{#/);
    assert.match(html, /<li class="argmap-node argmap-evidence" id="shade">/);
    assert.match(html, /<li class="argmap-node argmap-challenge" id="land">/);
    assert.match(html, /<h1 class="argmap-node argmap-claim"><span class="argmap-tag[^]*<a class="argmap-anchor" id="parks"><\/a><\/h1>/);
    assert.equal(html.split('id="shade"').length - 1, 1);
  });

  it('keeps a heading’s text in its tokens, so slugs made from them (VS Code’s) do not change', () => {
    const md = argumentFile();
    const tokens = md.parse(MAP, {});
    const heading = tokens[tokens.findIndex((t) => t.type === 'heading_open') + 1];
    assert.equal(heading.children!.map((t) => t.content).join(''), 'Claim: Parks cool cities {#parks}');
  });

  it('leaves prose and other Markdown as it was', () => {
    const plain = new MarkdownIt({ html: true, linkify: true });
    const html = argumentFile().render(MAP);
    assert.ok(html.includes('<p>Prose paragraph with <a href="#shade">a link</a>.</p>'), html);
    const other = lines('# Notes', '', 'Claims made by people: *many*.', '', '- **Claim:**text with no space', '- `Claim: code`', '', '```', 'Claim: fenced', '```', '', '| Claim: x |', '| --- |', '| y |');
    assert.equal(argumentFile().render(other), plain.render(other));
  });

  it('touches nothing in a file that is not an argument file', () => {
    const plain = new MarkdownIt({ html: true, linkify: true });
    assert.equal(renderer(() => undefined).render(MAP), plain.render(MAP));
    const thrower = renderer(() => {
      throw new Error('no workspace');
    });
    assert.equal(thrower.render(MAP), plain.render(MAP));
  });

  it('shows the tags without status while the server’s graph of this version is not in', () => {
    const html = renderer(() => ({ statuses: undefined })).render(MAP);
    assert.match(html, /<span class="argmap-tag argmap-tag-claim">Claim<\/span> Parks/);
    assert.doesNotMatch(html, /argmap-status/);
  });

  it('reads statuses when rendering, so tokens reused by a refresh show the new ones', () => {
    const md = renderer((env) => ({ statuses: (env as { statuses?: Map<number, string[]> }).statuses }));
    const tokens = md.parse(MAP, {});
    assert.doesNotMatch(md.renderer.render(tokens, md.options, {}), /argmap-status/);
    const html = md.renderer.render(tokens, md.options, { statuses: STATUSES });
    assert.ok(html.includes('<span class="argmap-status argmap-status-supported">supported · contested</span>'), html);
  });

  it('escapes hostile text: ids, label case, status words', () => {
    // (Raw HTML in the file is VS Code's preview's to sanitise; what the plugin writes is escaped.)
    const hostile = lines('# Claim: x {#"onclick="alert(1)&lt;}', '', '- **EVIDENCE:** y {#a"onmouseover="b}', '- Claim: z');
    const html = argumentFile(new Map([[3, ['<img src=x onerror=alert(1)>']]])).render(hostile);
    assert.doesNotMatch(html, /<script|<img|" ?onmouseover=|" ?onclick=/);
    assert.ok(html.includes('id="&quot;onclick=&quot;alert(1)&lt;"'), html);
    assert.ok(html.includes('id="a&quot;onmouseover=&quot;b"'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-evidence">EVIDENCE</span>'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), html);
  });

  it('tags every label and alias of the spec with its kind', () => {
    // argument-markdown.md, Nodes: the labels and their aliases, written out by hand.
    const spec: [string, string][] = [
      ['Claim', 'claim'], ['Thesis', 'claim'], ['Reason', 'claim'],
      ['Evidence', 'evidence'], ['Data', 'evidence'], ['Source', 'evidence'],
      ['Challenge', 'challenge'], ['Objection', 'challenge'], ['Rebuttal', 'challenge'], ['Counter', 'challenge'],
    ];
    for (const [label, kind] of spec) {
      const html = argumentFile(new Map()).render(`- ${label}: x\n`);
      assert.ok(html.includes(`<span class="argmap-tag argmap-tag-${kind}">${label}</span>`), `${label}: ${html}`);
    }
  });
});

describe('status words for the preview', () => {
  const node = (id: string, kind: GraphJson['nodes'][number]['kind'], line: number, status: GraphJson['nodes'][number]['status'], contested = false) => ({
    id,
    kind,
    text: id,
    line,
    status,
    contested,
    cited: status === 'cited',
    figures: [],
  });

  it('says supported/unsupported and contested for claims, cited/uncited for evidence, open/answered then support for challenges', () => {
    const graph: GraphJson = {
      nodes: [node('t', 'claim', 0, 'supported', true), node('e', 'evidence', 2, 'uncited'), node('c', 'challenge', 3, 'unsupported', true), node('r', 'challenge', 4, 'supported')],
      edges: [
        { from: 'e', to: 't', relation: 'supports' },
        { from: 'c', to: 't', relation: 'attacks' },
        { from: 'r', to: 'c', relation: 'attacks' },
      ],
    };
    assert.deepEqual(
      [...statusWords(graph)],
      [
        [0, ['supported', 'contested']],
        [2, ['uncited']],
        [3, ['answered', 'unsupported']],
        [4, ['open', 'supported']],
      ],
    );
  });
});
