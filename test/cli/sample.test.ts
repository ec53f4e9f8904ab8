// The CLI's findings on the article sample are exactly the ones the README explains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, argmap, type CheckJson } from './helpers';

const SAMPLE = 'samples/greater-bay-area.arg.md';

test('argmap check on the article sample reports what the README says', () => {
  const run = argmap(REPO, 'check', '--format', 'json', SAMPLE);
  assert.equal(run.code, 0, run.stderr); // warnings and information only: exit 0
  const [file] = JSON.parse(run.stdout) as CheckJson[];
  const found = file.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);
  const unsupported = [34, 41, 60, 62, 63, 67, 69, 70, 74, 76, 77, 84, 85, 105];
  const expected = [...unsupported.map((l) => `unsupported-claim@${l}`), 'unanswered-challenge@91', 'unanswered-challenge@95'].sort(
    (a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]),
  );
  assert.deepEqual(found, expected);

  // The README quotes the same lines, so a change here must change it too.
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  assert.match(readme, new RegExp(`14 × \`unsupported-claim\`\\*\\* on lines ${unsupported.slice(0, -1).join(',\\s+')}\\s+and ${unsupported.at(-1)}`));
  assert.match(readme, /2 × `unanswered-challenge`\*\*, lines 91 and 95/);
});

test('the sample’s figures all stand in cited evidence, and the thesis is supported but contested', () => {
  const run = argmap(REPO, 'graph', '--format', 'json', SAMPLE);
  assert.equal(run.code, 0, run.stderr);
  const graph = JSON.parse(run.stdout) as { nodes: { id: string; kind: string; status: string; contested: boolean; figures: { text: string }[] }[] };
  const withFigures = graph.nodes.filter((n) => n.figures.length).map((n) => [n.id, n.kind, n.status, n.figures.map((f) => f.text)]);
  assert.deepEqual(withFigures, [
    ['qianhai', 'evidence', 'cited', ['over 9,200 companies']],
    ['hetao', 'evidence', 'cited', ['more than 200 collaborative projects']],
    ['shenzhen-rd', 'evidence', 'cited', ['surpassing 6 percent']],
  ]);
  const thesis = graph.nodes.find((n) => n.id === 'thesis');
  assert.deepEqual(thesis && [thesis.status, thesis.contested], ['supported', true]);
});
