// The analysis resolves each reference once and stores the target (`referenceTargets`),
// the graph cache is handed in by the caller, and status words come from one place.
// Expected values are worked out by hand from spec/argument-markdown.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, createGraphCache, statusWord, statusWords, toGraphJson, type FileGraph, type GraphCache, type NodeStatus } from '../../server/src/model';
import { analyzeLines, files, node } from './helpers';

const status = (s: Partial<NodeStatus> = {}): NodeStatus => ({ supported: false, cited: false, contested: false, ...s });

/**
 * dir/other.arg.md: node 0 `e` (cited evidence), node 1 `weak` (an unsupported claim).
 */
const other = ['- Evidence: cited elsewhere[^s] {#e}', '- Claim: unsupported there {#weak}', '', '[^s]: Source.'].join('\n');

describe('referenceTargets', () => {
  it('maps a local reference node to the node it names, and gives the reference that node status', () => {
    // 0 claim `c`, 1 evidence `ev` (cited), 2 claim (root), 3 reference to #ev under 2.
    const a = analyzeLines(['- Claim: the bridge needs repair {#c}', '  - Evidence: cracks were found[^1] {#ev}', '- Claim: so does the road', '  - Evidence: [the cracks](#ev)', '', '[^1]: Report.']);
    const ref = node(a, 'the cracks');
    assert.equal(ref.index, 3);
    assert.deepEqual(a.referenceTargets.get(3), { local: 1 });
    assert.deepEqual(a.status[3], status({ cited: true }));
    assert.equal(a.referenceTargets.size, 1);
  });

  it('maps a reference to another file to that file’s node: written name, workspace path, index, kind and status', () => {
    const text = ['- Claim: here', '  - Reason: [weak](other.arg.md#weak)'];
    const a = analyzeLines(text, { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': other }) });
    assert.deepEqual(a.referenceTargets.get(1), {
      file: 'other.arg.md',
      id: 'weak',
      path: 'dir/other.arg.md',
      node: 1,
      kind: 'claim',
      status: status(),
    });
    // The edge the reference made names the target the same way.
    assert.deepEqual(a.edges[0].from, a.referenceTargets.get(1));
    assert.equal(a.edges[0].via, 1);
  });

  it('keeps a reference that stands at the root (no parent, so no edge)', () => {
    // 0 evidence `e` (a root list item), 1 a root paragraph that references it.
    const a = analyzeLines(['- Evidence: cited[^1] {#e}', '', 'Evidence: [the e](#e)', '', '[^1]: Source.']);
    assert.equal(a.nodes[1].parent, undefined);
    assert.deepEqual(a.referenceTargets.get(1), { local: 0 });
    assert.equal(a.edges.length, 0);
  });

  it('leaves a broken reference out', () => {
    const a = analyzeLines(['- Claim: x', '  - Evidence: [gone](#missing)', '  - Evidence: [far](nowhere.arg.md#x)'], { readFile: files({}) });
    assert.equal(a.referenceTargets.size, 0);
    assert.ok(a.links.get(a.nodes[1].reference!)?.error);
    assert.ok(a.links.get(a.nodes[2].reference!)?.error);
  });
});

describe('graph cache', () => {
  /** A cache that counts what the analysis asks of it. */
  function countingCache(): GraphCache & { gets: number; hits: number; sets: number } {
    const inner = createGraphCache();
    const c = {
      gets: 0,
      hits: 0,
      sets: 0,
      get(path: string, text: string): FileGraph | undefined {
        c.gets++;
        const hit = inner.get(path, text);
        if (hit) c.hits++;
        return hit;
      },
      set(path: string, text: string, graph: FileGraph): void {
        c.sets++;
        inner.set(path, text, graph);
      },
    };
    return c;
  }

  const here = ['- Claim: here', '  - Evidence: [theirs](other.arg.md#e)'].join('\n');

  it('parses another file once while its text stays, and answers the same as without a cache', () => {
    const cache = countingCache();
    const options = { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': other }) };
    const first = analyzeText(here, { ...options, graphCache: cache });
    assert.deepEqual([cache.gets, cache.hits, cache.sets], [1, 0, 1]);
    const second = analyzeText(here, { ...options, graphCache: cache });
    assert.deepEqual([cache.gets, cache.hits, cache.sets], [2, 1, 1]);
    const uncached = analyzeText(here, options);
    for (const a of [first, second]) {
      assert.deepEqual(toGraphJson(a), toGraphJson(uncached));
      assert.deepEqual(a.diagnostics, uncached.diagnostics);
      assert.deepEqual(a.status, uncached.status);
    }
    // Cited evidence in the other file supports the claim here.
    assert.equal(first.status[0].supported, true);
  });

  it('reads the other file’s new text, with or without a cache (no state kept between calls)', () => {
    const uncited = other.replace('[^s] {#e}', ' {#e}');
    const cache = createGraphCache();
    for (const graphCache of [cache, undefined]) {
      const before = analyzeText(here, { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': other }), graphCache });
      const after = analyzeText(here, { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': uncited }), graphCache });
      assert.equal(before.status[0].supported, true);
      assert.equal(after.status[0].supported, false, 'the claim lost its cited evidence');
    }
  });

  it('createGraphCache keeps the most recently stored files, each for its own text only', () => {
    const cache = createGraphCache(2);
    const graph = (path: string) => ({ path }) as FileGraph;
    cache.set('a', 'A', graph('a'));
    cache.set('b', 'B', graph('b'));
    assert.equal(cache.get('a', 'A')?.path, 'a');
    assert.equal(cache.get('a', 'changed'), undefined);
    cache.set('c', 'C', graph('c'));
    assert.equal(cache.get('a', 'A'), undefined, 'the oldest stored goes past the limit');
    assert.equal(cache.get('b', 'B')?.path, 'b');
    assert.equal(cache.get('c', 'C')?.path, 'c');
  });
});

describe('status words', () => {
  it('evidence is cited or uncited; claims and challenges supported or unsupported (spec: graph JSON status)', () => {
    assert.equal(statusWord('evidence', status({ cited: true, supported: true })), 'cited');
    assert.equal(statusWord('evidence', status({ supported: true })), 'uncited');
    assert.equal(statusWord('claim', status({ supported: true, cited: false })), 'supported');
    assert.equal(statusWord('claim', status({ cited: true })), 'unsupported');
    assert.equal(statusWord('challenge', status({ supported: true })), 'supported');
    assert.equal(statusWord('challenge', status()), 'unsupported');
  });

  it('adds contested after the status word', () => {
    assert.deepEqual(statusWords('claim', status({ supported: true, contested: true })), ['supported', 'contested']);
    assert.deepEqual(statusWords('evidence', status({ contested: true })), ['uncited', 'contested']);
    assert.deepEqual(statusWords('challenge', status()), ['unsupported']);
  });
});
