import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/model';

test('explicit ids win; generated ids are slugs of the text, unique in the file', () => {
  const a = analyzeText(['- Claim: Hong Kong’s role', '- Claim: Hong Kong’s role', '- Claim: taken {#hong-kongs-role}', '- Claim:', '- Evidence: [ref](#hong-kongs-role)'].join('\n'));
  assert.deepEqual(a.nodes.map((n) => n.id), ['hong-kongs-role-2', 'hong-kongs-role-3', 'hong-kongs-role', 'claim', '']);
});

test('a generated id stays the same while the text does, wherever the node moves', () => {
  const one = analyzeText('- Claim: stable text\n');
  const two = analyzeText('# Heading\n\nProse.\n\n- Claim: stable text\n');
  assert.equal(one.nodes[0].id, two.nodes[0].id);
});
