// The one vocabulary of status words (argument-markdown.md, "Status words in views"), as the
// model's index gives it to every view: from the analysis' facts and from the graph JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, attackedIds, graphStatusWords, nodeStatusWords, statusWords, STATUS_MEANING, toGraphJson } from '../../server/src/model';

const facts = (f: Partial<{ supported: boolean; cited: boolean; contested: boolean }> = {}) => ({ supported: false, cited: false, contested: false, ...f });

describe('status words', () => {
  it('claim: supported or unsupported, plus contested', () => {
    assert.deepEqual(statusWords('claim', facts({ supported: true })), ['supported']);
    assert.deepEqual(statusWords('claim', facts({ contested: true })), ['unsupported', 'contested']);
  });

  it('evidence: cited or uncited, plus contested (a challenge may attack evidence)', () => {
    assert.deepEqual(statusWords('evidence', facts({ cited: true, supported: true })), ['cited']);
    assert.deepEqual(statusWords('evidence', facts({ contested: true })), ['uncited', 'contested']);
  });

  it('challenge: open or answered, then supported or unsupported; never contested', () => {
    assert.deepEqual(statusWords('challenge', facts(), false), ['open', 'unsupported']);
    assert.deepEqual(statusWords('challenge', facts({ supported: true, contested: true }), true), ['answered', 'supported']);
    // Answered unknown (a node of another file): the support word alone.
    assert.deepEqual(statusWords('challenge', facts({ supported: true })), ['supported']);
  });

  it('reads the same words from the graph JSON, answered by its attacks edges', () => {
    const text = ['Claim: A. {#a}', '', '- Challenge: B. {#b}', '  - Rebuttal: C. {#c}', '- Evidence: D.'].join('\n');
    const analysis = analyzeText(text);
    const graph = toGraphJson(analysis);
    const attacked = attackedIds(graph.edges);
    assert.deepEqual([...attacked].sort(), ['a', 'b']);
    const fromJson = graph.nodes.map((n) => graphStatusWords(n, attacked.has(n.id)));
    const fromModel = analysis.nodes.map((n) => nodeStatusWords(analysis, n.index));
    // B is answered by C, so A is not contested; nothing is cited.
    assert.deepEqual(fromJson, [['unsupported'], ['answered', 'unsupported'], ['open', 'unsupported'], ['uncited']]);
    assert.deepEqual(fromModel, fromJson);
  });

  it('a reference has its target\'s words', () => {
    const analysis = analyzeText(['Challenge: B. {#b}', '', '- Rebuttal: C.', '', 'Claim: A.', '', '- Counter: [b](#b)'].join('\n'));
    // B attacks A through the reference (node 3) and C attacks B: B is answered, wherever it shows.
    assert.deepEqual(nodeStatusWords(analysis, 3), ['answered', 'unsupported']);
    assert.deepEqual(nodeStatusWords(analysis, 0), ['answered', 'unsupported']);
    assert.deepEqual(nodeStatusWords(analysis, 2), ['unsupported']);
  });

  it('has a meaning for every word, for the legends', () => {
    for (const word of ['supported', 'unsupported', 'contested', 'cited', 'uncited', 'open', 'answered'] as const) assert.ok(STATUS_MEANING[word].length > 10, word);
  });
});
