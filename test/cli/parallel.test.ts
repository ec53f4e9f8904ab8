// `argmap check` with worker threads prints what it prints without them, byte for byte, in
// the same order, with the same exit code: over many files (spread across the workers) and
// over one large file (its chunks parsed there). ARGMAP_WORKERS=0 is the serial run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArgumentMarkdown } from '../../bench/generate';
import { checkFiles } from '../../server/src/cli/checkFiles';
import { expandPaths } from '../../server/src/cli/paths';
import { PARSE_WORKER } from '../pool/helpers';
import { TRICKY_MAX_BLOCK, trickyDocument } from '../pool/tricky';
import { CLI, workspace, type Run } from './helpers';

const FILES = 24;

/** File i: a generated argument file, then references into the next file and a missing one. */
function files(): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = {};
  for (let i = 0; i < FILES; i++) {
    const next = `f${(i + 1) % FILES}.arg.md`;
    out[`docs/f${i}.arg.md`] =
      generateArgumentMarkdown(12_000, 100 + i) +
      `\n## Links\n\nClaim: the next file agrees, with 40%.\n\n- Reason: [their claim](${next}#cl-0)\n- Reason: [a lost claim](gone.arg.md#x)\n`;
  }
  out['docs/tricky.arg.md'] = trickyDocument(6);
  // Not UTF-8: a warning, in its place in the order.
  out['docs/latin1.arg.md'] = Buffer.from('Claim: caf\xe9 with 12%.\n', 'latin1');
  out['big.arg.md'] = trickyDocument(16);
  return out;
}

function run(cwd: string, workers: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ARGMAP_WORKERS: workers } });
  assert.equal(r.error, undefined);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('argmap check with worker threads', () => {
  let ws: ReturnType<typeof workspace>;
  before(() => {
    ws = workspace(files());
  });
  after(() => ws.cleanup());

  for (const format of ['text', 'json']) {
    it(`over many files prints what the serial run prints (${format})`, () => {
      // A missing path first: its error too keeps its place.
      const args = ['check', 'missing.arg.md', 'docs', '--format', format, '--max-block-size', String(TRICKY_MAX_BLOCK)];
      const serial = run(ws.dir, '0', ...args);
      const parallel = run(ws.dir, '2', ...args);
      assert.equal(serial.code, 2, serial.stderr);
      assert.match(serial.stderr, /^argmap: cannot read 'missing.arg.md'/);
      assert.match(serial.stderr, /latin1\.arg\.md/);
      assert.ok(serial.stdout.includes('docs/f3.arg.md') || serial.stdout.includes('docs\\f3.arg.md'));
      assert.deepEqual(parallel, serial);
    });
  }

  it('over one large file prints what the serial run prints', () => {
    const serial = run(ws.dir, '0', 'check', 'big.arg.md', '--format', 'json');
    const parallel = run(ws.dir, '2', 'check', 'big.arg.md', '--format', 'json');
    assert.ok(JSON.parse(serial.stdout)[0].diagnostics.length > 0);
    assert.deepEqual(parallel, serial);
  });

  it('with --cache: the files checked in workers go into the cache with the files they read, and a second run prints the same', () => {
    const args = ['check', 'docs', '--format', 'json', '--max-block-size', String(TRICKY_MAX_BLOCK), '--cache'];
    const plain = run(ws.dir, '0', ...args.slice(0, -1));
    const first = run(ws.dir, '2', ...args);
    const second = run(ws.dir, '2', ...args);
    assert.deepEqual(first, plain);
    assert.deepEqual(second, plain);
    const cache = JSON.parse(fs.readFileSync(path.join(ws.dir, '.argmapcache'), 'utf8')) as { files: Record<string, { dependencies?: Record<string, unknown> }> };
    // Every file of docs/ (latin1 too: it is decoded), and f3 read f4, the file it links to.
    assert.equal(Object.keys(cache.files).length, FILES + 2);
    const f3 = cache.files[path.join(ws.dir, 'docs', 'f3.arg.md')];
    assert.ok(f3, 'f3 is cached');
    assert.ok(JSON.stringify(f3).includes(JSON.stringify(path.join(ws.dir, 'docs', 'f4.arg.md')).slice(1, -1)), `f3's entry names f4: ${JSON.stringify(f3).slice(0, 300)}`);
    fs.rmSync(path.join(ws.dir, '.argmapcache'));
  });

  it('the workers do the work: every readable file is checked in them, a large one alone has its chunks parsed there', async () => {
    const say = (m: string) => void m;
    const settings = (size: number) => ({ root: ws.dir, maxFileSize: 10_000_000, maxBlockSize: TRICKY_MAX_BLOCK, workers: { script: PARSE_WORKER, size } });
    const many = expandPaths(['docs'], ws.dir).files;
    const serial = await checkFiles(many, settings(0), say);
    const parallel = await checkFiles(many, settings(2), say);
    assert.equal(serial.inWorkers, 0);
    // Every file of docs/ is readable (latin1 is decoded leniently).
    assert.equal(parallel.inWorkers, FILES + 2);
    assert.deepStrictEqual(parallel.files, serial.files);
    const one = expandPaths([path.join(ws.dir, 'big.arg.md')], ws.dir).files;
    const big = await checkFiles(one, settings(2), say);
    assert.equal(big.chunkedInWorkers, 1);
    assert.deepStrictEqual(big.files, (await checkFiles(one, settings(0), say)).files);
  });
});
