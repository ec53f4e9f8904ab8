import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/model';
import { codes, files } from './helpers';

const other = ['- Evidence: cited elsewhere[^s] {#e}', '- Claim: unsupported there {#weak}', '', '# Some Heading', '', '[^s]: Source.'].join('\n');

test('a reference to another file counts like a local one; the target status comes from its own file', () => {
  const text = ['- Claim: here', '  - Evidence: [their evidence](other.arg.md#e)', '- Claim: leans on a weak claim', '  - Reason: [weak](other.arg.md#weak)'].join('\n');
  const a = analyzeText(text, { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': other }) });
  assert.deepEqual(codes(a), ['unsupported-claim@3']);
  assert.equal(a.status[0].supported, true);
  assert.deepEqual(a.dependencies, ['dir/other.arg.md']);
  const edge = a.edges.find((e) => 'file' in e.from);
  assert.deepEqual(edge && { from: edge.from, to: edge.to, relation: edge.relation }, {
    from: { file: 'other.arg.md', id: 'e', path: 'dir/other.arg.md', node: 0, kind: 'evidence', status: { supported: false, cited: true, contested: false } },
    to: { local: 0 },
    relation: 'supports',
  });
  assert.equal(a.links.get(a.nodes[1].reference!)?.target?.text, 'cited elsewhere');
  assert.deepEqual(a.links.get(a.nodes[1].reference!)?.target?.status, { supported: false, cited: true, contested: false });
  assert.deepEqual(a.links.get(a.nodes[3].reference!)?.target?.status, { supported: false, cited: false, contested: false });
});

test('paths resolve relative to the referring file; prose links may target headings', () => {
  const text = 'See [it](../dir/other.arg.md#some-heading) and [up](../../outside.arg.md#x) and [gone](missing.arg.md#x).\n';
  const a = analyzeText(text, { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': other }) });
  assert.deepEqual(codes(a), ['broken-reference@1', 'broken-reference@1']);
  assert.match(a.diagnostics[0].message, /outside the workspace/);
  assert.match(a.diagnostics[1].message, /does not exist/);
  assert.equal(a.links.get(a.idLinks[0])?.target?.text, 'Some Heading');
});

test('a cycle across files is circular support, and supports nothing', () => {
  const a = ['- Claim: a {#a}', '  - Reason: [b](b.arg.md#b)'].join('\n');
  const b = ['- Claim: b {#b}', '  - Reason: [a](a.arg.md#a)'].join('\n');
  const result = analyzeText(a, { path: 'a.arg.md', readFile: files({ 'a.arg.md': a, 'b.arg.md': b }) });
  assert.deepEqual(codes(result), ['unsupported-claim@1', 'circular-support@2']);
});

test('without a reader, cross-file references are broken with a reason', () => {
  const a = analyzeText('- Claim: c\n  - Evidence: [x](o.arg.md#x)\n');
  assert.deepEqual(codes(a), ['unsupported-claim@1', 'broken-reference@2']);
});

test('a reader that throws is a broken reference, not a crash', () => {
  const a = analyzeText('See [x](o.arg.md#x).', {
    readFile: () => {
      throw new Error('EISDIR: a directory');
    },
  });
  assert.match(a.diagnostics[0].message, /EISDIR/);
});

test('a node is a reference only when the link is its whole text (its id aside)', () => {
  const text = [
    '- Claim: target {#a}',
    '  - Reason: [a](#a) {#r}',
    '  - Reason: [a](#a) and more words',
    '  - Reason: [a](#a) [a again](#a)',
    '  - Reason: more words before [a](#a)',
  ].join('\n');
  const a = analyzeText(text, { path: 'here.arg.md' });
  assert.deepEqual(
    a.nodes.map((n) => n.reference !== undefined),
    [false, true, false, false, false],
  );
});
