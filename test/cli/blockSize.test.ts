// block-too-large through the CLI: the --max-block-size option, and a bounded CPU time on the
// inputs remark is quadratic on (one huge paragraph full of brackets).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI, argmap, assertOneLineError, workspace, type CheckJson } from './helpers';

/** Deterministic pseudo-random numbers (a linear congruential generator), so a failure repeats. */
function numbers(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s >> 16;
  };
}

function randomBytes(n: number): Buffer {
  const next = numbers(12345);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = next() & 255;
  return b;
}

/** One paragraph of `n` characters of brackets, emphasis and link syntax: remark's worst case. */
function bracketSoup(n: number): string {
  const set = '[]()*_`!<>\\ a^:#';
  const next = numbers(7);
  let s = 'Claim: ';
  while (s.length < n) s += set[next() % set.length];
  return s;
}

/** Runs `argmap check --format json FILE` and returns the CPU time it used, in seconds. */
function checkCpu(cwd: string, file: string): { seconds: number; json: CheckJson[] } {
  const script = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('CPU ' + (u.user + u.system) + '\\n'); });
process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'check', '--format', 'json', ${JSON.stringify(file)}];
require(${JSON.stringify(CLI)});`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: 120_000 });
  const cpu = /CPU (\d+)/.exec(r.stderr);
  assert.ok(cpu, `no CPU time in: ${r.stderr}`);
  return { seconds: Number(cpu[1]) / 1e6, json: JSON.parse(r.stdout) as CheckJson[] };
}

describe('block-too-large in argmap check', () => {
  it('--max-block-size sets the limit, and the message says the size and the limit', (t) => {
    const ws = workspace({ 'a.arg.md': `Claim: ${'z'.repeat(93)}\n\nClaim: short\n` });
    t.after(ws.cleanup);
    const r = argmap(ws.dir, 'check', '--format', 'json', '--max-block-size', '50', 'a.arg.md');
    const files = JSON.parse(r.stdout) as CheckJson[];
    const big = files[0].diagnostics.filter((d) => d.code === 'block-too-large');
    // 7 + 93 = 100 bytes, on line 1.
    assert.deepEqual(
      big.map((d) => [d.range, d.severity, d.message]),
      [
        [
          { start: { line: 0, character: 0 }, end: { line: 0, character: 100 } },
          'information',
          'This block is 100 bytes, larger than argmap.maxBlockSize (50 bytes), so its links, footnotes and figures were not checked.',
        ],
      ],
    );
    const defaults = JSON.parse(argmap(ws.dir, 'check', '--format', 'json', 'a.arg.md').stdout) as CheckJson[];
    assert.ok(!defaults[0].diagnostics.some((d) => d.code === 'block-too-large'));
  });

  it('--max-block-size needs a whole number of bytes', (t) => {
    const ws = workspace({ 'a.arg.md': 'Claim: c\n' });
    t.after(ws.cleanup);
    const r = argmap(ws.dir, 'check', '--max-block-size', 'big', 'a.arg.md');
    assert.equal(r.code, 2);
    assert.ok(assertOneLineError(r.stderr));
    assert.match(r.stderr, /--max-block-size needs a whole number of bytes \(got 'big'\)/);
  });

  it('200 KB of random bytes and a 300 KB paragraph of brackets each take under 5 s of CPU', (t) => {
    const ws = workspace({ 'random.arg.md': randomBytes(200_000), 'soup.arg.md': bracketSoup(300_000) });
    t.after(ws.cleanup);
    const random = checkCpu(ws.dir, path.join(ws.dir, 'random.arg.md'));
    assert.ok(random.seconds < 5, `random bytes: ${random.seconds} s of CPU`);
    const soup = checkCpu(ws.dir, path.join(ws.dir, 'soup.arg.md'));
    assert.ok(soup.seconds < 5, `bracket paragraph: ${soup.seconds} s of CPU`);
    assert.deepEqual(
      soup.json[0].diagnostics.filter((d) => d.code === 'block-too-large').map((d) => d.range.start.line),
      [0],
    );
  });
});
