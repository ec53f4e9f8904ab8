// The README says which Node the project needs, as package.json's `engines.node` does; `npm install`
// warns (EBADENGINE) for every package in the lock file whose `engines.node` does not admit it. Each
// such warning must be one the README explains, so the quick start prints no warning it does not
// explain (issue 16).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from './repo';

type Version = [number, number, number];

function parse(text: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(text.trim());
  return m ? [Number(m[1]), m[2] && m[2] !== 'x' ? Number(m[2]) : 0, m[3] && m[3] !== 'x' ? Number(m[3]) : 0] : undefined;
}

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether `range` admits every Node from `lowest` up to the next major: the few forms the lock
 * file uses (`*`, `>=x`, `^x.y`, `x`, `>=a <b`, `a - b`, joined by `||`). An unknown form fails the test.
 */
function admits(range: string, lowest: Version): boolean {
  return range.split('||').some((alternative) => {
    const parts = alternative.trim().replace(/(>=|<=|>|<|\^|~)\s+/g, '$1').split(/\s+/);
    if (parts.length === 3 && parts[1] === '-') return compare(parse(parts[0])!, lowest) <= 0 && parse(parts[2])![0] > lowest[0];
    return parts.every((part) => {
      if (part === '*' || part === '') return true;
      const m = /^(>=|<=|>|<|\^|~)?(.+)$/.exec(part)!;
      const v = parse(m[2]);
      assert.ok(v, `cannot read the engines range '${range}'`);
      switch (m[1]) {
        case '>=':
          return compare(v, lowest) <= 0;
        case '>':
          return compare(v, lowest) < 0;
        case '<':
        case '<=':
          return v[0] > lowest[0];
        case '^':
        case '~':
        case undefined:
          return v[0] === lowest[0] && compare(v, lowest) <= 0;
      }
      return false;
    });
  });
}

describe('the Node the README promises', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(fs.readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: unknown }> };
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('is Node 20.19, as package.json says and the README states', () => {
    assert.equal(pkg.engines.node, '>=20.19');
    assert.match(readme, /Node 20\.19 or later/);
  });

  it('admits the reading of ranges this test relies on', () => {
    assert.equal(admits('>= 22.11.0', [20, 19, 0]), false);
    assert.equal(admits('^20.19.0 || ^22.13.0 || >=24', [20, 19, 0]), true);
    assert.equal(admits('^20.19.0 || ^22.13.0 || >=24', [20, 18, 0]), false);
    assert.equal(admits('>=12 <14 || 14.2 - 14.9 || >14.10.0', [20, 19, 0]), true);
    assert.equal(admits('^16.14.0', [20, 19, 0]), false);
  });

  it('explains in the README each package that asks npm for a newer Node, dependencies of dependencies included', () => {
    const lowest = parse(pkg.engines.node.replace('>=', ''))!;
    const asking: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const engines = entry.engines;
      // Old packages wrote `engines` as an array of strings; npm ignores those.
      const node = engines && typeof engines === 'object' && !Array.isArray(engines) ? (engines as { node?: string }).node : undefined;
      if (node && !admits(node, lowest)) asking.push(where.replace(/^.*node_modules\//, ''));
    }
    // Worked out by hand from package-lock.json: only @argdown/core 2.0.1 (`>= 22.11.0`).
    assert.deepEqual(asking, ['@argdown/core']);
    // The paragraph that quotes the warning names the package and says why it is harmless.
    const explained = readme.split(/\n\s*\n/).filter((p) => p.includes('EBADENGINE'));
    for (const name of asking) assert.ok(explained.some((p) => p.includes(`'${name}@`) && /harmless/.test(p)), `README does not explain ${name}'s EBADENGINE warning`);
  });
});
