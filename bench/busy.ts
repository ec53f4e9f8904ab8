// How long the server stays busy on one document without answering others: while a big
// document is opened (and then typed in), a hover on a small document is sent again and
// again, each as soon as the last is answered, and its latency recorded. The longest answer
// bounds the longest stretch the server kept its event loop. Run after a build:
//   node out/bench/busy.js [--bytes=5000000] [--keys=20] [--cpu-prof-dir=DIR]
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LspSession, delay, hoverPlace, keystrokePlaces } from './server';
import { generateArgumentMarkdown } from './generate';
import { numberOption, runScript } from './script';
import { formatMs, summarize } from './stats';

/** Hovers on `uri` back to back until `done` settles; their latencies. */
async function probe(session: LspSession, uri: string, at: { line: number; character: number }, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const t = performance.now();
    await session.hover(uri, at);
    latencies.push(performance.now() - t);
    await delay(2);
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
    const bigUri = session.uri('big.arg.md');
    const t0 = performance.now();
    void session.open(bigUri, big);
    const opened = session.diagnostics(bigUri, 1);
    const duringOpen = await probe(session, smallUri, at, opened);
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
