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
        '12  └─ challenge (unsupported): Parks cost money. {#cost}',
      ),
    );
  });

  it('says a file has no nodes as before', () => {
    assert.equal(argmap(dir, 'graph', 'prose.md').stdout, '(no argument nodes)\n');
  });
});
