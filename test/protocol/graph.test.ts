import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GraphRequest } from '../../server/src/protocol';
import { FIXTURES, fixture, TestClient, uriOf } from './client';

const count = (text: string, value: number) => ({ text, value, kind: 'count' });
// map.md's `parent` comes last here (after `figures`): the structural parent's id, or null.
const node = (id: string, kind: string, text: string, line: number, status: string, parent: string | null, extra: object = {}) => ({
  id,
  kind,
  text,
  line,
  status,
  contested: false,
  cited: status === 'cited',
  figures: [],
  parent,
  ...extra,
});

describe('argmap/graph', () => {
  let client: TestClient;
  const uri = uriOf(path.join(FIXTURES, 'basic.arg.md'));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES });
  });
  after(() => client.stop());

  it('answers the graph JSON of an open argument file', async () => {
    await client.open(uri, fixture('basic.arg.md'));
    assert.deepEqual(await client.graph(uri), {
      nodes: [
        node('hub', 'claim', 'Qianhai hosts over 9,200 companies.', 0, 'supported', null, { contested: true, figures: [count('over 9,200 companies', 9200)] }),
        node('qianhai', 'evidence', 'Over 9,200 companies are registered in Qianhai.', 2, 'cited', 'hub', { figures: [count('Over 9,200 companies', 9200)] }),
        node('rents-are-low', 'evidence', 'Rents are low.', 3, 'uncited', 'hub'),
        node('shells', 'challenge', 'The register counts shell companies.', 4, 'unsupported', 'hub'),
        node('talent-follows-capital', 'claim', 'Talent follows capital.', 8, 'supported', 'hub'),
        node('a-stray-fact', 'evidence', 'A stray fact.', 13, 'uncited', null),
        node('growth-was-35-last-year', 'claim', 'Growth was 35% last year.', 15, 'unsupported', null, {
          figures: [{ text: '35%', value: 35, kind: 'percent' }],
        }),
      ],
      edges: [
        { from: 'qianhai', to: 'hub', relation: 'supports' },
        { from: 'rents-are-low', to: 'hub', relation: 'supports' },
        { from: 'shells', to: 'hub', relation: 'attacks' },
        { from: 'talent-follows-capital', to: 'hub', relation: 'supports' },
        // Made by the reference [Qianhai figures](#qianhai) under talent: map.md's `reference: true`.
        { from: 'qianhai', to: 'talent-follows-capital', relation: 'supports', reference: true },
      ],
    });
  });

  it('answers the graph of the latest version', async () => {
    await client.edit(uri, 2, { start: { line: 3, character: 26 }, end: { line: 3, character: 26 } }, '[^report]');
    const graph = await client.graph(uri);
    assert.equal(graph?.nodes.find((n) => n.id === 'rents-are-low')?.status, 'cited');
    await client.close(uri);
  });

  it('answers null for a document that is not an argument file, not open, or a bad request', async () => {
    const readme = uriOf(path.join(FIXTURES, 'README.md'));
    await client.open(readme, '# Readme\n\nClaim: not a node here.\n');
    assert.equal(await client.graph(readme), null);
    assert.equal(await client.graph(uri), null);
    assert.equal(await client.within('bad graph request', client.connection.sendRequest(GraphRequest.method, {})), null);
    assert.equal(await client.within('bad graph request', client.connection.sendRequest(GraphRequest.method, null)), null);
    assert.ok(client.alive);
    await client.close(readme);
  });
});
