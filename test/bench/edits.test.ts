// The bench's realistic edits (bench/edits.ts): the text the bench keeps must be the text
// the server gets, or every later position is wrong. Expected texts worked out by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyChange, planEdit, type EditKind } from '../../bench/edits';

const DOC = [
  '## Section 1',
  '',
  'Observers often overstate the gains of integration in the region today.',
  '',
  '- Reason: cross-border firms moved north in large numbers last year.',
  '',
  'Closing paragraph that says nothing much at all about anything here.',
].join('\n');

function edited(kind: EditKind, text = DOC): string {
  const lines = text.split('\n');
  const steps = planEdit(kind, lines, 0);
  assert.ok(steps, `a place for ${kind}`);
  for (const step of steps) applyChange(lines, step);
  return lines.join('\n');
}

test('applyChange inserts, splits and deletes across lines', () => {
  const lines = ['ab', '', 'cd'];
  applyChange(lines, { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\nx' });
  assert.deepEqual(lines, ['a', 'xb', '', 'cd']);
  applyChange(lines, { range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' });
  assert.deepEqual(lines, ['a', 'xb', 'cd']);
});

test('enter splits the first paragraph line after the first space at or past its middle', () => {
  // 71 characters: the middle is 35, a space.
  assert.equal(edited('enter').split('\n')[2], 'Observers often overstate the gains ');
  assert.equal(edited('enter').split('\n')[3], 'of integration in the region today.');
});

test('list marker: a new item after the list item, typed as Enter, "-", " "', () => {
  assert.equal(edited('list marker').split('\n')[5], '- ');
});

test('label: **Claim:** typed before an unlabelled item, or else at the start of a paragraph', () => {
  assert.equal(edited('label', '- cross-border firms moved north in large numbers.'), '- **Claim:** cross-border firms moved north in large numbers.');
  assert.equal(edited('label').split('\n')[2], '**Claim:** Observers often overstate the gains of integration in the region today.');
});

test('fence: opened on the first blank line between blocks, closed on a later one', () => {
  assert.deepEqual(edited('fence').split('\n'), [
    '## Section 1',
    '```',
    '',
    'Observers often overstate the gains of integration in the region today.',
    '',
    '- Reason: cross-border firms moved north in large numbers last year.',
    '```',
    '',
    'Closing paragraph that says nothing much at all about anything here.',
  ]);
});

test('delete blank line and paste act on a blank line between blocks', () => {
  assert.equal(edited('delete blank line').split('\n')[1], 'Observers often overstate the gains of integration in the region today.');
  const pasted = edited('paste').split('\n');
  assert.equal(pasted[1], '');
  assert.match(pasted[2], /^Pasted note: .{1900,}\.$/);
  assert.equal(pasted[3], '');
  assert.equal(pasted[4], 'Observers often overstate the gains of integration in the region today.');
});
