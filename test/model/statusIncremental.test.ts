// Status after a keystroke from the previous analysis (issue 12, "Incremental graph and
// analysis"): an edit that changes no supports relation, kind or source takes every node's
// status from the last analysis; one that does works out again only the nodes above it in
// the supports graph. Either way the analysis is the one a fresh parse gives, and the
// statuses are the spec's (worked out by hand below).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusRecomputed, type Analysis, type NodeStatus } from '../../server/src/model';
import { editOnce, type EditStep } from './helpers';

const path = 'chain.arg.md';

// Sections of one depth, each claim supported through a reference to the next one's; with
// the smallest chunks every block is a chunk of its own.
const chain = [
  '## Claim: Cities should plant trees {#top}', //  0: node 0
  '',
  '- Reason: [shade](#shade)', //                    2: node 1, a reference to node 2
  '',
  '## Claim: Shade cools streets {#shade}', //       4: node 2
  '',
  '- Reason: [parks](#parks)', //                    6: node 3, a reference to node 4
  '',
  '## Claim: Parks are cooler {#parks}', //          8: node 4
  '',
  '- Evidence: measured in July[^1]', //            10: node 5
  '',
  '## Claim: Trees pay back {#pay}', //             12: node 6
  '',
  '- Evidence: fewer hospital visits', //           14: node 7
  '',
  '[^1]: City report.',
  '',
].join('\n');

const S: NodeStatus = { supported: true, cited: false, contested: false };
const U: NodeStatus = { supported: false, cited: false, contested: false };
const CITED: NodeStatus = { supported: false, cited: true, contested: false };
const UNCITED = U;

/** Replaces the first `needle` of `text` by `replacement`: the analyses before, after (incremental) and afresh. */
const edit = (needle: string, replacement: string, text = chain): EditStep => editOnce(text, needle, replacement, path);

describe('status after a keystroke, from the previous analysis', () => {
  it('the chain before any edit: cited evidence supports its claim, and through the references every claim above', () => {
    const s = edit('Trees pay back', 'Trees pay back');
    assert.deepEqual(s.before.status, [S, S, S, S, S, CITED, U, UNCITED]);
    assert.equal(statusRecomputed(s.before), 'all');
  });

  it('a letter typed in a claim of the chain: no status is worked out again, and every one is the fresh analysis\'s', () => {
    const s = edit('Parks are cooler', 'Parks are coolerr');
    assert.notEqual(s.after.nodes[4], s.before.nodes[4]);
    assert.deepEqual(statusRecomputed(s.after), []);
    assert.deepEqual(s.after.status, [S, S, S, S, S, CITED, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a letter typed in evidence that keeps its source: nothing is worked out again', () => {
    const s = edit('measured in July', 'measured in Julyy');
    assert.deepEqual(statusRecomputed(s.after), []);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a source removed at the bottom: the evidence and every claim above it, and only those, are worked out again', () => {
    const s = edit('July[^1]', 'July');
    // Node 5 loses its citation; 4 had only it; 2 only 4 (through node 3); 0 only 2 (through node 1).
    assert.deepEqual(statusRecomputed(s.after), [5, 4, 2, 0]);
    assert.deepEqual(s.after.status, [U, U, U, U, U, UNCITED, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a reference retargeted: the claim it supports and the one above change, the rest is kept', () => {
    const s = edit('[parks](#parks)', '[pay](#pay)');
    // Node 3 now brings node 6 (unsupported) to node 2 instead of node 4 (supported).
    assert.deepEqual(statusRecomputed(s.after), [2, 0]);
    assert.deepEqual(s.after.status, [U, U, U, U, S, CITED, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a reference broken: the claim it supported and the one above lose their support', () => {
    const s = edit('[parks](#parks)', '[parks](#park)');
    // Node 3 no longer brings node 4 to node 2; as a broken reference it has a status of its own (nothing under it).
    assert.deepEqual(statusRecomputed(s.after), [2, 0]);
    assert.deepEqual(s.after.status, [U, U, U, U, S, CITED, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('evidence turned into a challenge: its claim is contested and unsupported, and so is everything above it', () => {
    const s = edit('- Evidence: measured', '- Challenge: measured');
    // Node 5 now attacks node 4 and nothing answers it: 4 contested, and with no support; 2 and 0 lose theirs.
    const contestedU: NodeStatus = { supported: false, cited: false, contested: true };
    assert.deepEqual(statusRecomputed(s.after), [5, 4, 2, 0]);
    assert.deepEqual(s.after.status, [U, U, U, contestedU, contestedU, U, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a source added to the lone claim\'s evidence: it and its claim become cited and supported, the chain is kept', () => {
    const s = edit('fewer hospital visits', 'fewer hospital visits[^1]');
    assert.deepEqual(statusRecomputed(s.after), [7, 6]);
    assert.deepEqual(s.after.status, [S, S, S, S, S, CITED, S, CITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a claim heading relabelled Evidence, its edges the same: it is cited by its evidence, and still supports through the reference', () => {
    const s = edit('## Claim: Parks are cooler', '## Evidence: Parks are cooler');
    // Node 4 is evidence now: cited by node 5's corroboration, not supported; as cited evidence it still supports node 2.
    assert.deepEqual(statusRecomputed(s.after), [4, 2, 0]);
    assert.deepEqual(s.after.status, [S, S, S, CITED, CITED, CITED, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a claim in the reach keeps the support it has from outside it', () => {
    const twoReasons = [
      '## Claim: Cities should plant trees', //  0: node 0
      '',
      '- Evidence: cooler streets[^1]', //        2: node 1
      '- Reason: [parks](#parks)', //             3: node 2, a reference to node 3
      '',
      '## Claim: Parks are cooler {#parks}', //   5: node 3
      '',
      '- Evidence: measured in July[^1]', //      7: node 4
      '',
      '[^1]: City report.',
      '',
    ].join('\n');
    const s = edit('July[^1]', 'July', twoReasons);
    // Node 0 is above the edit, but node 1 (cited, untouched) still supports it.
    assert.deepEqual(statusRecomputed(s.after), [4, 3, 0]);
    assert.deepEqual(s.after.status, [S, CITED, U, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a reason removed (a node fewer): worked out afresh, up the chain', () => {
    const s = edit('- Reason: [parks](#parks)\n', '');
    // Node 2 (Shade) loses its only reason; 0 with it. The nodes after shift down by one.
    assert.equal(statusRecomputed(s.after), 'all');
    assert.deepEqual(s.after.status, [U, U, U, S, CITED, U, UNCITED]);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a challenge added (a node more): worked out afresh, the attacked claim contested', () => {
    const s = edit('- Evidence: fewer hospital visits', '- Evidence: fewer hospital visits\n- Challenge: not in July');
    // Node 8, the challenge, attacks node 6 and nothing answers it; it has no support of its own.
    const contestedU: NodeStatus = { supported: false, cited: false, contested: true };
    assert.equal(statusRecomputed(s.after), 'all');
    assert.deepEqual(s.after.status, [S, S, S, S, S, CITED, contestedU, UNCITED, U]);
    assert.deepEqual(s.after, s.fresh);
  });
});

describe('diagnostics after a keystroke, from the previous analysis', () => {
  /** `analysis`'s diagnostics as code and line, the way the spec names them. */
  const seen = (a: Analysis) => a.diagnostics.map((d) => `${d.code} ${d.range.start.line}`);
  /** Which of `after`'s diagnostics are `before`'s own objects, as code and line. */
  const kept = (s: EditStep) => s.after.diagnostics.filter((d) => s.before.diagnostics.includes(d)).map((d) => `${d.code} ${d.range.start.line}`);

  it('the chain before any edit: the lone claim is unsupported and its evidence uncited', () => {
    const s = edit('Trees pay back', 'Trees pay back');
    assert.deepEqual(seen(s.before), ['unsupported-claim 12', 'uncited-evidence 14']);
  });

  it('a letter typed in another claim: both are the previous analysis\'s objects', () => {
    const s = edit('Parks are cooler', 'Parks are coolerr');
    assert.deepEqual(kept(s), ['unsupported-claim 12', 'uncited-evidence 14']);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a letter typed in the lone claim: its warning is made again (its range grew), its evidence\'s kept', () => {
    const s = edit('Trees pay back', 'Trees pay backs');
    assert.deepEqual(kept(s), ['uncited-evidence 14']);
    assert.equal(s.after.diagnostics[0].range.end.character, '## Claim: Trees pay backs {#pay}'.length);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a source removed at the bottom: the chain\'s new warnings are made, the lone claim\'s kept', () => {
    const s = edit('July[^1]', 'July');
    assert.deepEqual(seen(s.after), ['unsupported-claim 0', 'unsupported-claim 4', 'unsupported-claim 8', 'uncited-evidence 10', 'unsupported-claim 12', 'uncited-evidence 14']);
    assert.deepEqual(kept(s), ['unsupported-claim 12', 'uncited-evidence 14']);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a line added above: every node moved, every warning made again at its new line', () => {
    const s = edit('## Claim: Cities', '\n## Claim: Cities');
    assert.deepEqual(seen(s.after), ['unsupported-claim 13', 'uncited-evidence 15']);
    assert.deepEqual(kept(s), []);
    assert.deepEqual(s.after, s.fresh);
  });
});

describe('the edges after a keystroke', () => {
  // The chain's edges: 5 supports 4; through reference node 1, 2 supports 0; through node 3, 4 supports 2; 7 supports 6.
  const chainEdges = [
    { from: { local: 2 }, to: { local: 0 }, relation: 'supports', via: 1 },
    { from: { local: 4 }, to: { local: 2 }, relation: 'supports', via: 3 },
    { from: { local: 5 }, to: { local: 4 }, relation: 'supports', via: undefined },
    { from: { local: 7 }, to: { local: 6 }, relation: 'supports', via: undefined },
  ];

  it('a letter typed, no edge changed: the last analysis\'s edges list is the new one', () => {
    const s = edit('Parks are cooler', 'Parks are coolerr');
    assert.deepEqual(s.before.edges, chainEdges);
    assert.equal(s.after.edges, s.before.edges);
    assert.deepEqual(s.after, s.fresh);
  });

  it('a reference retargeted: a new list, with the edge through node 3 from node 6 instead of node 4', () => {
    const s = edit('[parks](#parks)', '[pay](#pay)');
    assert.notEqual(s.after.edges, s.before.edges);
    assert.deepEqual(s.after.edges, [chainEdges[0], { ...chainEdges[1], from: { local: 6 } }, chainEdges[2], chainEdges[3]]);
    assert.deepEqual(s.after, s.fresh);
  });
});
