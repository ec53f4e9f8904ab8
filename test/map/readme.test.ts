// The README's map of the article sample is a committed file, docs/images/article-map.svg: it must be
// exactly what the CLI prints today, so it never goes stale. To remake it (from the repository root):
//   node dist/cli.js graph --format svg samples/greater-bay-area.arg.md > docs/images/article-map.svg
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { argmap, REPO } from '../cli/helpers';

describe("the README's article map", () => {
  it('is what `argmap graph --format svg samples/greater-bay-area.arg.md` prints', () => {
    const r = argmap(REPO, 'graph', '--format', 'svg', 'samples/greater-bay-area.arg.md');
    assert.equal(r.code, 0, r.stderr);
    const committed = fs.readFileSync(path.join(REPO, 'docs', 'images', 'article-map.svg'), 'utf8');
    assert.ok(committed === r.stdout, 'docs/images/article-map.svg is stale: remake it with the command in this file');
  });

  it('is shown in the README', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    assert.match(readme, /!\[[^\]]+\]\(docs\/images\/article-map\.svg\)/);
  });
});
