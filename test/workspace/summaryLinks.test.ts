// References and rename read a closed file's links from its index summary, not from its text:
// a summary planted from one text while the disk holds another is what the answers follow, and
// the closed file is never analysed. A file whose summary is stale (none given) is analysed.
// Ranges worked out by hand from the texts below (editing.md: references give each link's
// destination, rename edits each fragment's characters).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver';
import { references } from '../../server/src/features/references';
import { rename } from '../../server/src/features/rename';
import type { ArgumentWorkspace } from '../../server/src/features/workspaceFiles';
import { summarize, type FileSummary } from '../../server/src/workspace/index/summary';
import { analysisOf, joinLines, withCursor } from '../features/text';
import { put, range, uri } from '../features/workspace';

/** The open file: a claim with an id, and a link to it on line 2 (`#tax` at 9–13). */
const A = joinLines('Claim: Taxes work {#tax}', '', 'See [it](#tax).');
/** Two prose links to a.arg.md's `tax` on line 2: destinations 13–25 and 35–49. */
const B = joinLines('Claim: Uses taxes', '', '- Claim: [t](a.arg.md#tax) and [u](./a.arg.md#tax)');
/** A reference node to it on line 2: destination 13–25. */
const C = joinLines('Claim: Closed view', '', '- Claim: [t](a.arg.md#tax)');
/** What the disk holds for b and c: nothing that links anywhere. */
const PLAIN = joinLines('Claim: Nothing links from here.');

interface Planted {
  workspace: ArgumentWorkspace;
  /** The uris whose analysis was asked for. */
  analysed: string[];
}

/**
 * a.arg.md is open (the request's file); `disk` is every closed file's text now; `indexed`
 * gives the texts closed files were summarised from (a file left out has no current summary).
 */
function planted(disk: Record<string, string>, indexed: Record<string, string>): Planted {
  const analysed: string[] = [];
  const texts = { 'a.arg.md': A, ...disk };
  const summaries = new Map<string, FileSummary>();
  for (const [path, text] of Object.entries(indexed)) summaries.set(uri(path), summarize(analysisOf(text, path, { ...texts, [path]: text })));
  const workspace: ArgumentWorkspace = {
    uris: async () => Object.keys(texts).map(uri),
    analysis: async (u) => {
      analysed.push(u);
      const path = u.slice(uri('').length);
      return texts[path as keyof typeof texts] === undefined ? undefined : analysisOf(texts[path as keyof typeof texts], path, texts);
    },
    summary: (u) => summaries.get(u),
    resolve: (_near, path) => uri(path),
  };
  return { workspace, analysed };
}

function openA(marked: string) {
  const { text, position } = withCursor(marked);
  return { file: { uri: uri('a.arg.md'), analysis: analysisOf(text, 'a.arg.md') }, position };
}

/** The links to a's `tax`: its own `#tax` (9–13), b's two destinations, c's reference node. */
const LINKS_TO_TAX = [
  { uri: uri('a.arg.md'), range: range(2, 9, 2, 13) },
  { uri: uri('b.arg.md'), range: range(2, 13, 2, 25) },
  { uri: uri('b.arg.md'), range: range(2, 35, 2, 49) },
  { uri: uri('c.arg.md'), range: range(2, 13, 2, 25) },
];

const ON_ID = put(A, '{#tax}', '{#t$$CURSOR$$ax}');

describe('a summary holds what references and rename need of its links', () => {
  it('each link’s target file, fragment, whole range, destination, fragment range and resolved node; unchanged by JSON', () => {
    const summary = summarize(analysisOf(B, 'b.arg.md', { 'a.arg.md': A }));
    assert.equal(summary.path, 'b.arg.md');
    assert.deepEqual(summary.links, [
      { file: 'a.arg.md', id: 'tax', range: range(2, 9, 2, 26), destination: range(2, 13, 2, 25), fragment: range(2, 22, 2, 25), target: 0 },
      { file: 'a.arg.md', id: 'tax', range: range(2, 31, 2, 50), destination: range(2, 35, 2, 49), fragment: range(2, 46, 2, 49), target: 0 },
    ]);
    assert.deepEqual(JSON.parse(JSON.stringify(summary)), summary);
  });

  it('a link inside the file has no target file; a broken one no resolved node', () => {
    const summary = summarize(analysisOf(joinLines('Claim: X {#x}', '', 'See [x](#x) and [y](#nope).'), 'd.arg.md'));
    assert.deepEqual(summary.links, [
      { id: 'x', range: range(2, 4, 2, 11), destination: range(2, 8, 2, 10), fragment: range(2, 9, 2, 10), target: 0 },
      { id: 'nope', range: range(2, 16, 2, 26), destination: range(2, 20, 2, 25), fragment: range(2, 21, 2, 25) },
    ]);
  });
});

describe('references and rename from summaries', () => {
  it('references come from the closed files’ summaries, which are never re-analysed', async () => {
    const { workspace, analysed } = planted({ 'b.arg.md': PLAIN, 'c.arg.md': PLAIN }, { 'b.arg.md': B, 'c.arg.md': C });
    const { file, position } = openA(ON_ID);
    assert.deepEqual(await references(workspace, file, position, false), LINKS_TO_TAX);
    assert.deepEqual(analysed, []);
  });

  it('a closed file without a current summary is analysed from the disk: the answer follows its new text', async () => {
    const changed = joinLines(C, '', 'Again [v](a.arg.md#tax).');
    const { workspace, analysed } = planted({ 'b.arg.md': PLAIN, 'c.arg.md': changed }, { 'b.arg.md': B });
    const { file, position } = openA(ON_ID);
    assert.deepEqual(await references(workspace, file, position, false), [
      ...LINKS_TO_TAX,
      { uri: uri('c.arg.md'), range: range(4, 10, 4, 22) },
    ]);
    assert.deepEqual(analysed, [uri('c.arg.md')]);
  });

  it('a rename across three files edits the closed ones’ fragments as their summaries place them', async () => {
    const { workspace, analysed } = planted({ 'b.arg.md': PLAIN, 'c.arg.md': PLAIN }, { 'b.arg.md': B, 'c.arg.md': C });
    const { file, position } = openA(ON_ID);
    assert.deepEqual(await rename(workspace, file, position, 'levy'), {
      changes: {
        [uri('a.arg.md')]: [
          { range: range(0, 20, 0, 23), newText: 'levy' },
          { range: range(2, 10, 2, 13), newText: 'levy' },
        ],
        [uri('b.arg.md')]: [
          { range: range(2, 22, 2, 25), newText: 'levy' },
          { range: range(2, 46, 2, 49), newText: 'levy' },
        ],
        [uri('c.arg.md')]: [{ range: range(2, 22, 2, 25), newText: 'levy' }],
      },
    });
    assert.deepEqual(analysed, []);
  });

  it('only the links to the node asked about, and a closed target file’s own `#x` links from its summary', async () => {
    // a.arg.md links to two nodes of the closed e.arg.md: `x` (line 0) and `y` (line 2).
    const e = joinLines('Claim: X {#x}', '', 'Claim: Y {#y}', '', 'See [x](#x) and [y](#y).');
    const a = joinLines('Claim: Main', '', 'On [x](e.arg.md#$$CURSOR$$x) and [y](e.arg.md#y).');
    const texts = { 'e.arg.md': e };
    const { text, position } = withCursor(a);
    const summaries = new Map([[uri('e.arg.md'), summarize(analysisOf(e, 'e.arg.md'))]]);
    const analysed: string[] = [];
    const workspace: ArgumentWorkspace = {
      uris: async () => [uri('a.arg.md'), uri('e.arg.md')],
      // The target node is found in e.arg.md's analysis; its links are still read from the summary.
      analysis: async (u) => (analysed.push(u), analysisOf(e, 'e.arg.md')),
      summary: (u) => summaries.get(u),
      resolve: (_near, path) => uri(path),
    };
    const file = { uri: uri('a.arg.md'), analysis: analysisOf(text, 'a.arg.md', texts) };
    // "On [x](" is 7 characters: `e.arg.md#x` runs 7–17. In e.arg.md, "See [x](" is 8: `#x` runs 8–10.
    assert.deepEqual(await references(workspace, file, position, false), [
      { uri: uri('a.arg.md'), range: range(2, 7, 2, 17) },
      { uri: uri('e.arg.md'), range: range(4, 8, 4, 10) },
    ]);
    assert.deepEqual(analysed, [uri('e.arg.md')]);
  });

  it('a summarised link to a labelled heading’s slug follows the heading’s new slug', async () => {
    // `# Claim: Taxes {#tax}` has the slug `claim-taxes-tax`; after the rename, `claim-taxes-levy`.
    const heading = joinLines('# Claim: Taxes {#tax}', '', '- Evidence: A study.[^s]', '', '[^s]: Source.');
    const d = joinLines('Claim: By slug', '', 'See [h](a.arg.md#claim-taxes-tax).');
    const analysis = analysisOf(heading, 'a.arg.md');
    const summaries = new Map([[uri('d.arg.md'), summarize(analysisOf(d, 'd.arg.md', { 'a.arg.md': heading }))]]);
    const workspace: ArgumentWorkspace = {
      uris: async () => [uri('a.arg.md'), uri('d.arg.md')],
      analysis: async () => assert.fail('no file is analysed'),
      summary: (u) => summaries.get(u),
      resolve: (_near, path) => uri(path),
    };
    // "See [h](" is 8 characters; `claim-taxes-tax` after `a.arg.md#` runs 17–32.
    assert.deepEqual(await rename(workspace, { uri: uri('a.arg.md'), analysis }, { line: 0, character: 18 }, 'levy'), {
      changes: {
        [uri('a.arg.md')]: [{ range: range(0, 17, 0, 20), newText: 'levy' }],
        [uri('d.arg.md')]: [{ range: range(2, 17, 2, 32), newText: 'claim-taxes-levy' }],
      },
    });
  });

  it('a summarised reference-style link fails the rename with its file and line, editing nothing', async () => {
    const d = joinLines('Claim: Refers', '', 'See [it][r].', '', '[r]: a.arg.md#tax');
    const { workspace } = planted({ 'd.arg.md': PLAIN }, { 'd.arg.md': d });
    const { file, position } = openA(ON_ID);
    const result = await rename(workspace, file, position, 'levy');
    assert.ok(result instanceof ResponseError);
    assert.equal(
      result.message,
      'a reference-style link on line 3 of d.arg.md points at this id through its definition; change that link to `[text](#id)` first: nothing was renamed',
    );
  });
});
