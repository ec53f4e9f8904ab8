import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLines, node } from './helpers';

const statusOf = (lines: string[], text: string) => {
  const a = analyzeLines(lines);
  return a.status[node(a, text).index];
};

test('evidence is cited by a defined footnote or a link with a scheme, in its text or body', () => {
  const cited = (evidence: string[]) => statusOf(['- Claim: c', ...evidence.map((l) => `  ${l}`), '', '[^d]: Defined.', '', '[ref]: https://example.org'], 'e').cited;
  assert.equal(cited(['- Evidence: e[^d]']), true);
  assert.equal(cited(['- Evidence: e [site](https://example.org)']), true);
  assert.equal(cited(['- Evidence: e <https://example.org>']), true);
  assert.equal(cited(['- Evidence: e https://example.org/page']), true);
  assert.equal(cited(['- Evidence: e [mail](mailto:a@example.org)']), true);
  assert.equal(cited(['- Evidence: e [site][ref]']), true);
  assert.equal(cited(['- Evidence: e', '', '  Body with the source.[^d]']), true);
  assert.equal(cited(['- Evidence: e [relative](report.pdf)']), false);
  assert.equal(cited(['- Evidence: e [anchor](#c)']), false);
  assert.equal(cited(['- Evidence: e[^undefined]']), false);
  assert.equal(cited(['- Evidence: e']), false);
});

test('evidence corroborated by cited evidence, at any depth, is cited', () => {
  const lines = ['- Claim: c', '  - Evidence: top', '    - Evidence: middle', '      - Evidence: bottom[^d]', '', '[^d]: D.'];
  assert.equal(statusOf(lines, 'top').cited, true);
  assert.equal(statusOf(lines, 'middle').cited, true);
  assert.equal(statusOf(lines, 'c').supported, true);
});

test('a claim is supported by cited evidence or a supported claim, and not by uncited evidence', () => {
  const lines = ['- Claim: top', '  - Claim: reason', '    - Evidence: cited[^d]', '- Claim: weak', '  - Evidence: uncited', '', '[^d]: D.'];
  assert.equal(statusOf(lines, 'top').supported, true);
  assert.equal(statusOf(lines, 'reason').supported, true);
  assert.equal(statusOf(lines, 'weak').supported, false);
});

test('support that only runs through a cycle does not count', () => {
  const lines = ['- Claim: a {#a}', '  - Reason: [b](#b)', '- Claim: b {#b}', '  - Reason: [a](#a)'];
  assert.equal(statusOf(lines, 'a').supported, false);
  assert.equal(statusOf(lines, 'b').supported, false);
  const grounded = [...lines, '  - Evidence: ground[^d]', '', '[^d]: D.'];
  assert.equal(statusOf(grounded, 'a').supported, true);
  assert.equal(statusOf(grounded, 'b').supported, true);
});

test('a node is contested by a challenge that no challenge answers', () => {
  const lines = ['- Claim: open', '  - Challenge: unanswered', '- Claim: answered', '  - Objection: o', '    - Rebuttal: r'];
  assert.equal(statusOf(lines, 'open').contested, true);
  assert.equal(statusOf(lines, 'answered').contested, false);
  assert.equal(statusOf(lines, 'o').contested, true);
});

test('an attack through a reference contests the reference parent', () => {
  const lines = ['- Claim: target', '- Challenge: shared {#ch}', '  - Evidence: for it[^d]', '- Claim: attacked', '  - Counter: [the challenge](#ch)', '', '[^d]: D.'];
  const a = analyzeLines(lines);
  assert.equal(a.status[node(a, 'attacked').index].contested, true);
  assert.equal(a.status[node(a, 'target').index].contested, false);
});
