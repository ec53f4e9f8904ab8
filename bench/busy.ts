// How long the server stays busy on one document without answering others: while a big
// document is opened (and then typed in), a hover on a small document is sent again and
// again, each as soon as the last is answered, and its latency recorded. The longest answer
// bounds the longest stretch the server kept its event loop. First, as the full bench's
// concurrency phase does, the big document is opened and at once a small one with a hover in
// it (`--with-open` rounds; the hover waits for the big open's first stretch). Run after a build:
//   node out/bench/busy.js [--bytes=5000000] [--keys=20] [--with-open=3] [--slow=50] [--cpu-prof-dir=DIR]
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LspSession, delay, hoverPlace, keystrokePlaces } from './server';
import { generateArgumentMarkdown } from './generate';
import { numberOption, runScript } from './script';
import { formatMs, summarize } from './stats';

/** Hovers on `uri` back to back until `done` settles; their latencies. Those over `slow` ms are logged with when they were sent (ms after `since`). */
async function probe(session: LspSession, uri: string, at: { line: number; character: number }, done: Promise<unknown>, since?: number): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  const slow = numberOption('slow', 50);
  while (!finished) {
    const t = performance.now();
    await session.hover(uri, at);
    const ms = performance.now() - t;
    latencies.push(ms);
    if (since !== undefined && ms > slow) console.log(`   slow hover sent at ${formatMs(t - since)}: ${formatMs(ms)}`);
    await delay(2);
  }
  return latencies;
}

/** The big document opened, at once a small one and a hover in it (as the full bench's concurrency phase); the hovers' latencies. */
async function hoverWithOpen(session: LspSession, big: string, small: string, at: { line: number; character: number }, rounds: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const bigUri = session.uri(`with-open-${k}.arg.md`);
    const smallUri = session.uri(`with-open-small-${k}.arg.md`);
    const bigOpen = session.open(bigUri, big);
    const smallOpen = session.open(smallUri, small);
    const t = performance.now();
    await session.hover(smallUri, at);
    latencies.push(performance.now() - t);
    await session.diagnostics(bigUri, 1);
    await Promise.all([bigOpen, smallOpen]);
    await session.close(bigUri);
    await session.close(smallUri);
    await delay(100);
  }
  return latencies;
}

function report(what: string, latencies: number[]): void {
  const s = summarize(latencies);
  console.log(`${what.padEnd(28)} n=${String(s.n).padStart(4)}  p50 ${formatMs(s.median)}  p95 ${formatMs(s.p95)}  max ${formatMs(s.max)}`);
}

async function main(): Promise<void> {
  const bytes = numberOption('bytes', 5_000_000);
  const keys = numberOption('keys', 20);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-busy-'));
  const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
  // `--cpu-prof-dir=DIR`: the server writes a CPU profile there when it stops.
  const cpuProfDir = process.argv.find((a) => a.startsWith('--cpu-prof-dir='))?.slice('--cpu-prof-dir='.length);
  const session = await LspSession.start({ serverPath, root, cpuProfDir });
  try {
    const small = generateArgumentMarkdown(10_000, 4);
    const at = hoverPlace(small, 0.3);
    const smallUri = session.uri('small.arg.md');
    await session.open(smallUri, small);
    await session.diagnostics(smallUri, 1);
    await session.hover(smallUri, at);

    const big = generateArgumentMarkdown(bytes, 1);
    const rounds = numberOption('with-open', 3);
    if (rounds > 0) report('hover sent with the open', await hoverWithOpen(session, big, small, at, rounds));
    const bigUri = session.uri('big.arg.md');
    const t0 = performance.now();
    void session.open(bigUri, big);
    const opened = session.diagnostics(bigUri, 1);
    const duringOpen = await probe(session, smallUri, at, opened, t0);
    console.log(`open ${(bytes / 1e6).toFixed(1)} MB → diagnostics ${formatMs((await opened).at - t0)}`);
    report('hover while opening', duringOpen);

    const places = keystrokePlaces(big);
    let version = 1;
    const duringTyping: number[] = [];
    const strokes: number[] = [];
    for (let k = 0; k < keys; k++) {
      const place = places[k % places.length];
      version++;
      const t = performance.now();
      void session.change(bigUri, version, place.position, 'x', () => big);
      const published = session.diagnostics(bigUri, version);
      duringTyping.push(...(await probe(session, smallUri, at, published)));
      strokes.push((await published).at - t);
    }
    report('hover while typing', duringTyping);
    report('keystroke → diagnostics', strokes);
  } finally {
    await session.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

runScript(main);
