// The Argument view's items as VS Code renders them (getTreeItem copies treeItemParts onto a
// TreeItem): label, description, icon and colour, tooltip with its legend, for every status word
// of argument-markdown.md's "Status words in views". The icons are docs/format.md's table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArgumentTree, treeItemParts, type ArgumentItem } from '../../client/src/argumentTree';
import { analyzeText, toGraphJson } from '../../server/src/model';

const URI = 'file:///w/words.arg.md';

const WORDS = [
  'Claim: Parks cool cities. {#parks}', // line 1: supported (cited evidence), not contested (its challenge is answered)
  '',
  '- Evidence: Shade lowers heat.[^s]', // 3: cited, contested (the challenge under it stands)
  '  - Challenge: The shade study is old.', // 4: open, unsupported
  '- Evidence: Trees cut noise.', // 5: uncited
  '- Challenge: Parks take land. {#land}', // 6: answered (a rebuttal attacks it), supported (cited evidence)
  '  - Evidence: The land survey.[^s]', // 7: cited
  '  - Rebuttal: Rooftop parks take no land.', // 8: open, unsupported
  '',
  'Claim: Rents rise. {#rents}', // 10: unsupported, contested
  '',
  '- Objection: Rents fell last year.', // 12: open, unsupported
  '',
  '[^s]: City heat study, 2021.',
];

function items(lines: string[]): ArgumentItem[] {
  const all = (list: ArgumentItem[]): ArgumentItem[] => list.flatMap((i) => [i, ...all(i.children)]);
  return all(buildArgumentTree(toGraphJson(analyzeText(lines.join('\n'), { path: 'words.arg.md' })), URI));
}

const INFO = 'problemsInfoIcon.foreground';
const WARNING = 'problemsWarningIcon.foreground';
const PASSED = 'testing.iconPassed';

describe('the Argument view as VS Code renders it', () => {
  it('gives each status its words and its icon, never the error icon', () => {
    assert.deepEqual(
      items(WORDS).map((i) => {
        const p = treeItemParts(i);
        return [p.label, p.description, p.icon.id, p.icon.color];
      }),
      [
        ['Parks cool cities.', 'claim · supported', 'pass', PASSED],
        ['Shade lowers heat.', 'evidence · cited · contested', 'comment-unresolved', INFO],
        ['The shade study is old.', 'challenge · open · unsupported', 'comment', INFO],
        ['Trees cut noise.', 'evidence · uncited', 'warning', WARNING],
        ['Parks take land.', 'challenge · answered · supported', 'comment-discussion', undefined],
        ['The land survey.', 'evidence · cited', 'book', PASSED],
        ['Rooftop parks take no land.', 'challenge · open · unsupported', 'comment', INFO],
        ['Rents rise.', 'claim · unsupported · contested', 'warning', WARNING],
        ['Rents fell last year.', 'challenge · open · unsupported', 'comment', INFO],
      ],
    );
  });

  it('explains every word it shows in the tooltip (the legend), then the text and the line', () => {
    const byLabel = new Map(items(WORDS).map((i) => [i.label, treeItemParts(i)]));
    assert.equal(
      byLabel.get('Parks take land.')!.tooltip,
      [
        'Challenge: answered, supported',
        '  answered: a rebuttal attacks it',
        '  supported: backed by cited evidence or a supported reason',
        '',
        'Parks take land.',
        '',
        'Line 6',
      ].join('\n'),
    );
    assert.equal(
      byLabel.get('Rents rise.')!.tooltip,
      [
        'Claim: unsupported, contested',
        '  unsupported: nothing cited backs it yet',
        '  contested: a challenge against it stands unanswered',
        '',
        'Rents rise.',
        '',
        'Line 10',
      ].join('\n'),
    );
    assert.equal(
      byLabel.get('The shade study is old.')!.tooltip,
      ['Challenge: open, unsupported', '  open: no rebuttal answers it yet', '  unsupported: nothing cited backs it yet', '', 'The shade study is old.', '', 'Line 4'].join('\n'),
    );
    assert.equal(
      byLabel.get('Shade lowers heat.')!.tooltip,
      ['Evidence: cited, contested', '  cited: names its source (a footnote or a link)', '  contested: a challenge against it stands unanswered', '', 'Shade lowers heat.', '', 'Line 3'].join('\n'),
    );
    assert.match(byLabel.get('Trees cut noise.')!.tooltip, /^Evidence: uncited\n {2}uncited: names no source yet\n/);
  });

  it('expands nodes with children, names the kind for menus and says the words to screen readers', () => {
    const parts = items(WORDS).map(treeItemParts);
    assert.deepEqual(
      parts.map((p) => [p.expanded, p.contextValue]),
      [
        [true, 'argmap.claim'],
        [true, 'argmap.evidence'],
        [false, 'argmap.challenge'],
        [false, 'argmap.evidence'],
        [true, 'argmap.challenge'],
        [false, 'argmap.evidence'],
        [false, 'argmap.challenge'],
        [true, 'argmap.claim'],
        [false, 'argmap.challenge'],
      ],
    );
    assert.equal(parts[4].accessibilityLabel, 'Parks take land., challenge · answered · supported');
  });

  it('shows a node of another file with the link icon and no status (that file says it)', () => {
    const [root] = buildArgumentTree(
      toGraphJson(analyzeText('Claim: Here.\n\n- Challenge: [far](other.arg.md#c)\n', { path: 'words.arg.md', readFile: () => 'Challenge: Far. {#c}\n' })),
      URI,
    );
    const leaf = treeItemParts(root.children[0]);
    assert.deepEqual([leaf.label, leaf.description, leaf.icon, leaf.contextValue], ['other.arg.md#c', 'attacks', { id: 'link-external' }, 'argmap.external']);
    // The local claim is attacked by a challenge nothing answers: contested.
    assert.equal(treeItemParts(root).description, 'claim · unsupported · contested');
  });
});
