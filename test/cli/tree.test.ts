// `graph --format tree`: each node's line (1-based) in a gutter, its explicit id after the text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap, lines, workspace } from './helpers';

describe('argmap graph --format tree: lines and ids', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      'long.arg.md': lines(
        '# Claim: Parks cool cities {#parks}', // 1
        '',
        'Cities grow hotter every summer,', // 3: prose
        'and the hottest streets are the ones',
        'with no trees at all.',
        '',
        '## Notes', // 7: an unlabelled heading, prose
        '',
        'More prose.', // 9
        '',
        '- Evidence: Shaded streets are cooler.[^s]', // 11
        '- Objection: Parks cost money. {#cost}', // 12
        '',
        '[^s]: City heat study, 2021.',
      ),
      'prose.md': lines('# Just a title', '', 'No labels here.'),
      'words.arg.md': lines(
        'Claim: Parks cool cities. {#parks}', // 1
        '',
        '- Evidence: Shade lowers heat.[^s]', // 3
        '  - Challenge: The shade study is old.', // 4
        '- Evidence: Trees cut noise.', // 5
        '- Challenge: Parks take land. {#land}', // 6
        '  - Evidence: The land survey.[^s]', // 7
        '  - Rebuttal: Rooftop parks take no land.', // 8
        '',
        'Claim: Rents rise. {#rents}', // 10
        '',
        '- Objection: Rents fell last year.', // 12
        '',
        '[^s]: City heat study, 2021.',
      ),
    }));
  });
  after(() => cleanup());

  it('right-aligns the line numbers so the tree stays aligned', () => {
    const r = argmap(dir, 'graph', 'long.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      lines(
        ' 1  claim (supported, contested): Parks cool cities {#parks}',
        '11  ├─ evidence (cited): Shaded streets are cooler.',
        '12  └─ challenge (open, unsupported): Parks cost money. {#cost}',
      ),
    );
  });

  it('says every status in the views\' words: open or answered challenges, contested claims and evidence', () => {
    // By the spec: the land challenge is answered (a rebuttal attacks it) and supported (cited
    // evidence under it), so it does not contest the parks claim; the old-study challenge stands
    // unanswered, so the shade evidence is contested; the rents claim has no support and an open objection.
    const r = argmap(dir, 'graph', 'words.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      lines(
        ' 1  claim (supported): Parks cool cities. {#parks}',
        ' 3  ├─ evidence (cited, contested): Shade lowers heat.',
        ' 4  │  └─ challenge (open, unsupported): The shade study is old.',
        ' 5  ├─ evidence (uncited): Trees cut noise.',
        ' 6  └─ challenge (answered, supported): Parks take land. {#land}',
        ' 7     ├─ evidence (cited): The land survey.',
        ' 8     └─ challenge (open, unsupported): Rooftop parks take no land.',
        '10  claim (unsupported, contested): Rents rise. {#rents}',
        '12  └─ challenge (open, unsupported): Rents fell last year.',
      ),
    );
  });

  it('says a file has no nodes as before', () => {
    assert.equal(argmap(dir, 'graph', 'prose.md').stdout, '(no argument nodes)\n');
  });
});
