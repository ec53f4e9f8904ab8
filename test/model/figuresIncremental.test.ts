// Figure findings after a keystroke (issue 12, "Incremental graph and analysis"): only the
// claims an edit can reach through the supports graph are walked again; the others keep the
// last analysis's findings. Either way the findings are the spec's (worked out by hand) and the
// analysis is the one a fresh parse gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { figuresWalked, type Analysis } from '../../server/src/model';
import { editOnce, type EditStep } from './helpers';

const path = 'figures.arg.md';

const doc = [
  '## Claim: Rents rose 12%. {#rents}', //            0: node 0
  '',
  '- Evidence: the survey found 12%.[^1]', //         2: node 1, cited
  '',
  '## Claim: Wages rose 3%. {#wages}', //             4: node 2
  '',
  '- Evidence: payroll data shows 4%.[^1]', //        6: node 3, cited
  '',
  '## Claim: Prices rose 5%. {#prices}', //           8: node 4
  '',
  '- Reason: [rents](#rents)', //                    10: node 5, brings node 0 under node 4
  '',
  '[^1]: Office for statistics.',
  '',
].join('\n');

/** Each claim's findings as `node: figure → state (the evidence nodes it names)`, in node order. */
function findings(a: Analysis): string[] {
  const out: string[] = [];
  for (const [claim, figures] of a.claimFigures ?? []) {
    for (const f of figures) {
      const named = f.state === 'stated' ? ` (${f.at.node})` : f.state === 'mismatch' ? ` (${f.differing.map((d) => d.node).join(', ')})` : '';
      out.push(`${claim}: ${f.figure.text} → ${f.state}${named}`);
    }
  }
  return out;
}

const edit = (needle: string, replacement: string): EditStep => editOnce(doc, needle, replacement, path);

describe('figure findings after a keystroke, from the previous analysis', () => {
  it('before any edit: each claim against the cited evidence below it, through the reference too', () => {
    const s = edit('Wages rose', 'Wages rose');
    assert.deepEqual(findings(s.before), ['0: 12% → stated (1)', '2: 3% → mismatch (3)', '4: 5% → mismatch (1)']);
    assert.equal(figuresWalked(s.before), 'all');
  });

  it('a letter typed in a claim that nothing is below: only that claim is walked again', () => {
    const s = edit('Wages rose', 'Wages rosee');
    assert.deepEqual(figuresWalked(s.after), [2]);
    assert.deepEqual(findings(s.after), ['0: 12% → stated (1)', '2: 3% → mismatch (3)', '4: 5% → mismatch (1)']);
    // The claims not walked keep the last analysis's own findings.
    assert.equal(s.after.claimFigures?.get(0), s.before.claimFigures?.get(0));
    assert.deepEqual(s.after, s.fresh);
  });

  it('an evidence figure changed: the claim above it and the claim the reference brings it to are walked again', () => {
    const s = edit('found 12%', 'found 13%');
    assert.deepEqual(figuresWalked(s.after), [0, 4]);
    assert.deepEqual(findings(s.after), ['0: 12% → mismatch (1)', '2: 3% → mismatch (3)', '4: 5% → mismatch (1)']);
    assert.equal(s.after.claimFigures?.get(2), s.before.claimFigures?.get(2));
    assert.deepEqual(s.after, s.fresh);
  });

  it('a reference retargeted: the claim it supports is walked again and now sees the other evidence', () => {
    const s = edit('[rents](#rents)', '[wages](#wages)');
    assert.deepEqual(figuresWalked(s.after), [4]);
    // Below node 4 now: node 2 (a claim: states nothing) and node 3's 4%.
    assert.deepEqual(findings(s.after), ['0: 12% → stated (1)', '2: 3% → mismatch (3)', '4: 5% → mismatch (3)']);
    assert.deepEqual(s.after, s.fresh);
  });

  it('an id changed that a reference names: the renamed claim and the one that lost it are walked again', () => {
    const s = edit('{#rents}', '{#rent}');
    assert.deepEqual(figuresWalked(s.after), [0, 4]);
    // The reference is broken: nothing is below node 4.
    assert.deepEqual(findings(s.after), ['0: 12% → stated (1)', '2: 3% → mismatch (3)', '4: 5% → unsourced']);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a node added: the node numbers move, so the whole walk runs', () => {
    const s = edit('- Reason: [rents](#rents)', '- Reason: [rents](#rents)\n- Evidence: rents are 12%.');
    assert.equal(figuresWalked(s.after), 'all');
    // The new evidence (node 6) is uncited: it states nothing for node 4.
    assert.deepEqual(findings(s.after), ['0: 12% → stated (1)', '2: 3% → mismatch (3)', '4: 5% → mismatch (1)']);
    assert.deepEqual(s.after, s.fresh);
  });
});
