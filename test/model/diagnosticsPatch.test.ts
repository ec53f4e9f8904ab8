// The sorted diagnostics after a keystroke (issue 12, "Incremental graph and analysis"): when
// only some nodes' diagnostics are made again, and as many as before, the last sorted list is
// patched in place rather than sorted again; when a count changes, it is sorted afresh. Either
// way the list is the spec's (worked out by hand below) and a fresh analysis's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsSortedAfresh, patchSorted, type ModelDiagnostic } from '../../server/src/model';
import { codes, editOnce, joinLines, type EditStep } from './helpers';

const path = 'patch.arg.md';

const doc = joinLines(
  '## Claim: Cities should plant trees', //  1: node 0, only an unsupported claim and uncited evidence below
  '',
  '- Reason: shade cools streets', //        3: node 1, a claim with nothing below
  '- Evidence: a survey', //                 4: node 2, no source
  '',
  '## Claim: Parks are cooler', //           6: node 3
  '',
  '- Challenge: not in winter', //           8: node 4, nothing answers it
  '',
);

const edit = (needle: string, replacement: string): EditStep => editOnce(doc, needle, replacement, path);

const BEFORE = ['unsupported-claim@1', 'unsupported-claim@3', 'uncited-evidence@4', 'unsupported-claim@6', 'unanswered-challenge@8'];

describe('the sorted diagnostics after a keystroke', () => {
  it('before any edit: each node\'s warning, in line order', () => {
    const s = edit('Parks', 'Parks');
    assert.deepEqual(codes(s.before), BEFORE);
    assert.equal(diagnosticsSortedAfresh(s.before), true);
  });

  it('a letter typed in a claim: its warning is replaced in place, the others are the last list\'s own objects', () => {
    const s = edit('Parks are cooler', 'Parks are coolerr');
    assert.equal(diagnosticsSortedAfresh(s.after), false);
    assert.deepEqual(codes(s.after), BEFORE);
    // The claim's range now ends one character later (line 6, "## Claim: Parks are coolerr").
    assert.equal(s.after.diagnostics[3].range.end.character, 27);
    assert.notEqual(s.after.diagnostics[3], s.before.diagnostics[3]);
    for (const k of [0, 1, 2, 4]) assert.equal(s.after.diagnostics[k], s.before.diagnostics[k]);
    // The last list itself is left as it was.
    assert.deepEqual(s.before, s.snapshot);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a source added: the evidence loses its warning and the claim above it is supported, so the list is sorted afresh', () => {
    const s = edit('a survey', 'a survey https://example.org/survey');
    assert.equal(diagnosticsSortedAfresh(s.after), true);
    assert.deepEqual(codes(s.after), ['unsupported-claim@3', 'unsupported-claim@6', 'unanswered-challenge@8']);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a footnote used and not defined: a diagnostic outside the node loop comes, so the list is sorted afresh', () => {
    const s = edit('a survey', 'a survey[^1]');
    assert.equal(diagnosticsSortedAfresh(s.after), true);
    assert.deepEqual(codes(s.after), ['unsupported-claim@1', 'unsupported-claim@3', 'uncited-evidence@4', 'undefined-footnote@4', 'unsupported-claim@6', 'unanswered-challenge@8']);
    assert.deepEqual(s.after, s.fresh);
  });
});

/** A warning on line `line` (0-based), columns 0–5. */
const at = (line: number, code: ModelDiagnostic['code'] = 'unsupported-claim'): ModelDiagnostic => ({
  code,
  severity: 'warning',
  message: code,
  range: { start: { line, character: 0 }, end: { line, character: 5 } },
});

describe('patching the last sorted list', () => {
  it('an entry replaced by one that still sorts between its neighbours: in place', () => {
    const [a, b, c] = [at(1), at(3), at(5)];
    const b2 = at(4);
    assert.deepEqual(patchSorted([a, b, c], [[b]], [[b2]]), [a, b2, c]);
  });

  it('an entry that would move past a neighbour, or tie with one: no patch (the caller sorts)', () => {
    const [a, b, c] = [at(1), at(3), at(5)];
    assert.equal(patchSorted([a, b, c], [[b]], [[at(6)]]), undefined);
    assert.equal(patchSorted([a, b, c], [[b]], [[at(1)]]), undefined);
    assert.equal(patchSorted([a, b, c], [[a]], [[at(3)]]), undefined);
    // Onto the next one's range with a code that sorts after the next one's (codes order equal ranges).
    assert.equal(patchSorted([a, at(3, 'broken-reference')], [[a]], [[at(3, 'unsupported-claim')]]), undefined);
  });

  it('an entry not in the list (an equal one is not it), or a node with more or fewer entries: no patch', () => {
    const [a, b] = [at(1), at(3)];
    assert.equal(patchSorted([a, b], [[at(0)]], [[at(0)]]), undefined);
    assert.equal(patchSorted([a, b], [[at(1)]], [[at(2)]]), undefined);
    assert.equal(patchSorted([a, b], [[b]], [[]]), undefined);
  });
});
