// @ts-check
'use strict';
// VS Code's own Markdown preview of argument files (interchange.md "The built-in Markdown
// preview", "Ids that work on GitHub"), rendered by the real host through `markdown.api.render`:
// label tags by kind with status words, `{#id}` hidden and made the element's id, `<a id>` ids
// kept as the one element with the id, and other Markdown files rendered as they were.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const ANCHORED = 'fixtures/preview-anchors.arg.md';
const NOTES = 'fixtures/preview-notes.md';
const ANCHORED_TEXT = [
  'Claim: Parks cool cities. <a id="parks"></a>',
  '',
  '- Evidence: Shaded streets are cooler.[^s] <a id="shade"></a>',
  '',
  'See [the parks claim](#parks).',
  '',
  '[^s]: A study.',
  '',
].join('\n');
const NOTES_TEXT = '# Notes\n\nClaim: not an argument file {#n}\n';

/** @param {import('vscode').TextDocument} doc */
const render = async (doc) => /** @type {string} */ (await vscode.commands.executeCommand('markdown.api.render', doc));

/** Renders until the status words are in (the first render asks the server, then the preview refreshes). */
async function renderWithStatus(/** @type {import('vscode').TextDocument} */ doc, /** @type {string} */ needle) {
  let html = '';
  await h.until(async () => (html = await render(doc)).includes(needle), `status words in the preview of ${doc.uri.path}`);
  return html;
}

describe('the Markdown preview', function () {
  before(async () => {
    await h.api();
    const write = (/** @type {string} */ rel, /** @type {string} */ text) => vscode.workspace.fs.writeFile(h.wsUri(rel), Buffer.from(text));
    await write(ANCHORED, ANCHORED_TEXT);
    await write(NOTES, NOTES_TEXT);
  });
  after(async () => {
    await h.closeAll();
    for (const rel of [ANCHORED, NOTES]) await vscode.workspace.fs.delete(h.wsUri(rel)).then(undefined, () => undefined);
  });

  it('draws labels as tags by kind with the node’s status as words', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const html = await renderWithStatus(doc, 'argmap-status');
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-claim">Claim</span><span class="argmap-status argmap-status-supported">supported · contested</span> Shenzhen hosts'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-evidence">Evidence</span><span class="argmap-status argmap-status-cited">cited</span> The municipal bureau'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-challenge">Challenge</span><span class="argmap-status argmap-status-open">open · unsupported</span> Many of these firms'), html);
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-claim">Claim</span><span class="argmap-status argmap-status-unsupported">unsupported</span> Rents keep rising'), html);
  });

  it('hides {#id} and makes it the element’s id, so #id links scroll', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const html = await render(doc);
    assert.doesNotMatch(html, /\{#/, `a {#id} is shown: ${html}`);
    assert.match(html, /<p[^>]* id="hub"[^>]*>/, 'the claim paragraph has no id="hub"');
    assert.match(html, /<li[^>]* id="shells"[^>]*>/, 'the challenge item has no id="shells"');
    assert.ok(html.includes('href="#hub"'), 'the link to #hub is gone');
  });

  it('keeps an <a id> id as the one element with that id, tagged like any node', async () => {
    const doc = await h.open(ANCHORED);
    const html = await renderWithStatus(doc, 'argmap-status-cited');
    assert.ok(html.includes('<span class="argmap-tag argmap-tag-evidence">Evidence</span><span class="argmap-status argmap-status-cited">cited</span> Shaded streets are cooler.'), html);
    assert.equal(html.match(/id="parks"/g)?.length, 1, html);
    assert.equal(html.match(/id="shade"/g)?.length, 1, html);
    assert.match(html, /<a id="parks"><\/a>/);
    assert.ok(html.includes('href="#parks"'), html);
    // The server reads the anchor as the node's id: the graph names the node by it.
    const graph = await (await h.api()).getGraph(doc.uri);
    assert.deepEqual(graph?.nodes.map((n) => n.id), ['parks', 'shade']);
  });

  it('the command argmap.convertIds rewrites the file’s ids as {#id} and back, as one edit each', async () => {
    const doc = await h.open(ANCHORED);
    assert.strictEqual(await vscode.commands.executeCommand('argmap.convertIds', 'pandoc'), 2);
    assert.strictEqual(doc.getText(), ANCHORED_TEXT.replace(' <a id="parks"></a>', ' {#parks}').replace('[^s] <a id="shade"></a>', '[^s] {#shade}'));
    assert.strictEqual(await vscode.commands.executeCommand('argmap.convertIds', 'html'), 2);
    assert.strictEqual(doc.getText(), ANCHORED_TEXT);
  });

  it('leaves a Markdown file that is not an argument file as it was', async () => {
    const doc = await h.open(NOTES);
    const html = await render(doc);
    assert.doesNotMatch(html, /argmap-/, html);
    assert.ok(html.includes('Claim: not an argument file {#n}'), html);
  });
});
