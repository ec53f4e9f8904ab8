// `argmap check` shows the traps of contract v2 (`unclosed-code-block`, `label-typo`) as a process:
// one line each, 1-based, with the exit code their severities give.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap, workspace } from './helpers';

const TEXT = ['Claim : Fares should fall.', '', '- Sources: the survey', '', '```', 'code', ''].join('\n');

describe('argmap check: unclosed-code-block and label-typo', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({ 'traps.arg.md': TEXT }));
  });
  after(() => cleanup());

  it('prints both codes, exits 0 (a warning and information are no errors)', () => {
    assert.deepEqual(argmap(dir, 'check', 'traps.arg.md'), {
      code: 0,
      stdout: [
        'traps.arg.md:1:1: information label-typo: “Claim :” is not a label (a space before the colon), so this paragraph stays prose. Did you mean the claim label “Claim:”?',
        'traps.arg.md:3:3: information label-typo: “Sources:” is not a label (a plural), so this list item stays prose. Did you mean the evidence label “Source:”?',
        'traps.arg.md:5:1: warning unclosed-code-block: This code block is never closed: everything after this line is code, to the end of the file. Close it with a line of ```.',
        '',
      ].join('\n'),
      stderr: '3 problems (0 errors, 1 warning, 2 information) in 1 file\n',
    });
  });

  it('--severity sets them like any code: unclosed-code-block=error exits 1, label-typo=ignore drops it', () => {
    const r = argmap(dir, 'check', '--severity', 'unclosed-code-block=error', '--severity', 'label-typo=ignore', 'traps.arg.md');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^traps\.arg\.md:5:1: error unclosed-code-block: /);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });
});
