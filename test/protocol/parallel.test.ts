// A large document opened through the server has its chunks parsed in worker threads, and
// gets exactly the diagnostics and graph a serial parse gives it (ARGMAP_WORKERS=0): at
// open, and after a keystroke on the parallel parse. Shutting down while the workers are
// busy ends the process cleanly.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArgumentMarkdown } from '../../bench/generate';
import { TRICKY_MAX_BLOCK, trickyDocument } from '../pool/tricky';
import { TestClient, tempWorkspace, uriOf } from './client';
import { positionAt } from './generate';

/** Big files take long on a busy machine. */
const SLOW_MS = 180_000;
const SETTINGS = { diagnostics: { delay: 0 }, maxBlockSize: TRICKY_MAX_BLOCK };

describe('parallel parse through the server', () => {
  const root = tempWorkspace({});
  const uri = uriOf(path.join(root, 'big.arg.md'));
  const text = trickyDocument(24) + '\n' + generateArgumentMarkdown(250_000, 8);
  let serial: TestClient;
  let parallel: TestClient;
  before(async () => {
    serial = await TestClient.start({ root, settings: SETTINGS, env: { ARGMAP_WORKERS: '0' } });
    parallel = await TestClient.start({ root, settings: SETTINGS, env: { ARGMAP_WORKERS: '2' } });
  });
  after(async () => {
    await Promise.all([serial.stop(), parallel.stop()]);
  });

  it('gives a large document the serial parse’s diagnostics and graph at open, and after a keystroke', async () => {
    await Promise.all([serial.open(uri, text), parallel.open(uri, text)]);
    const [s1, p1] = await Promise.all([serial.diagnosticsFor(uri, 1, SLOW_MS), parallel.diagnosticsFor(uri, 1, SLOW_MS)]);
    assert.ok(s1.diagnostics.some((d) => d.code === 'block-too-large'));
    assert.ok(s1.diagnostics.some((d) => d.code === 'nesting-too-deep'));
    assert.deepStrictEqual(p1, s1);
    assert.deepStrictEqual(await parallel.graph(uri, SLOW_MS), await serial.graph(uri, SLOW_MS));
    // The workers did parse it: one line says so, with every planned chunk or most of them.
    const line = parallel.logs.find((l) => l.includes('worker threads'));
    assert.match(line ?? '', /^parsed file:\/\/.*big\.arg\.md in 2 worker threads: \d+ of \d+ chunks, \d+ ms$/);
    assert.ok(!serial.logs.some((l) => l.includes('worker')), serial.logs.join('\n'));
    // A keystroke: an incremental update of the parallel parse, as of the serial one.
    const at = positionAt(text, text.indexOf('Zone 3 hosts'));
    const range = { start: at, end: at };
    await Promise.all([serial.edit(uri, 2, range, 'X'), parallel.edit(uri, 2, range, 'X')]);
    const [s2, p2] = await Promise.all([serial.diagnosticsFor(uri, 2, SLOW_MS), parallel.diagnosticsFor(uri, 2, SLOW_MS)]);
    assert.deepStrictEqual(p2, s2);
  });

  it('shuts down cleanly while its workers are parsing', async () => {
    const busy = await TestClient.start({ root, settings: SETTINGS, env: { ARGMAP_WORKERS: '2' } });
    await busy.open(uriOf(path.join(root, 'other.arg.md')), generateArgumentMarkdown(2_000_000, 9));
    await new Promise((r) => setTimeout(r, 300));
    await busy.stop();
    assert.equal(busy.exitCode, 0);
  });
});
