// The soak: a long typing session across three open documents through the real server over
// stdio, with the server's heap read after a full GC every so many keystrokes. A server that
// keeps something per version (an old parse, a text, a diagnostics list) grows here.
// `npm run bench -- --only=soak` (10,000 keystrokes), or after a build on its own:
//   node out/bench/soak.js [--keys=10000] [--every=1000]
// test/protocol/soak.test.ts runs a short one with a bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspSession } from './server';
import { generateArgumentMarkdown, prng } from './generate';
import { numberOption, runScript } from './script';
import { formatBytes, formatMs } from './stats';

export interface SoakOptions {
  serverPath: string;
  keys: number;
  /** A heap sample after every this many keystrokes. */
  every: number;
  /** Document sizes in bytes (three documents). */
  sizes?: readonly number[];
  /** Keystrokes before the first sample (the JIT and the caches warm up). */
  warmup?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  keys: number;
  /** Heap used after GC: at the start (after the warm-up) and after every `every` keystrokes. */
  samples: { keys: number; heapUsed: number; rss: number }[];
  /** Last sample minus the first, in bytes. */
  growth: number;
  /** Least-squares slope over the samples, bytes per 1,000 keystrokes. */
  slopePer1000: number;
  seconds: number;
}

/** One open document and a cursor that types, breaks lines and deletes like a person. */
class Typist {
  lines: string[];
  version = 1;
  line: number;
  character: number;

  constructor(
    readonly uri: string,
    text: string,
    private readonly random: () => number,
  ) {
    this.lines = text.split('\n');
    [this.line, this.character] = this.somewhere();
  }

  /** A place inside a word of a random non-empty line. */
  private somewhere(): [number, number] {
    for (let tries = 0; tries < 50; tries++) {
      const line = Math.floor(this.random() * this.lines.length);
      const text = this.lines[line];
      if (text.length > 4) return [line, 2 + Math.floor(this.random() * (text.length - 2))];
    }
    return [0, 0];
  }

  /** The next keystroke as an LSP change: a letter (mostly), Enter, or Backspace; now and then the cursor jumps. */
  next(): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
    if (this.random() < 0.02) [this.line, this.character] = this.somewhere();
    const at = { line: this.line, character: this.character };
    const r = this.random();
    const text = this.lines[this.line];
    this.version++;
    if (r < 0.06) {
      this.lines.splice(this.line, 1, text.slice(0, this.character), text.slice(this.character));
      this.line++;
      this.character = 0;
      return { range: { start: at, end: at }, text: '\n' };
    }
    if (r < 0.14 && this.character > 0) {
      this.lines[this.line] = text.slice(0, this.character - 1) + text.slice(this.character);
      this.character--;
      return { range: { start: { line: at.line, character: at.character - 1 }, end: at }, text: '' };
    }
    const letter = String.fromCharCode(97 + Math.floor(this.random() * 26));
    this.lines[this.line] = text.slice(0, this.character) + letter + text.slice(this.character);
    this.character++;
    return { range: { start: at, end: at }, text: letter };
  }
}

function slope(samples: readonly { keys: number; heapUsed: number }[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mx = samples.reduce((a, s) => a + s.keys, 0) / n;
  const my = samples.reduce((a, s) => a + s.heapUsed, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.keys - mx) * (s.heapUsed - my);
    den += (s.keys - mx) ** 2;
  }
  return den ? (num / den) * 1000 : 0;
}

/** Types `keys` keystrokes, in bursts of 20 per document, and samples the server's heap after GC. */
export async function soak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-soak-'));
  const session = await LspSession.start({ serverPath: options.serverPath, root, nodeArgs: ['--expose-gc'], env: { ARGMAP_HEAP_PROBE: '1' } });
  const started = performance.now();
  try {
    const random = prng(12);
    const sizes = options.sizes ?? [100_000, 50_000, 20_000];
    const typists = sizes.map((bytes, i) => new Typist(session.uri(`soak-${i}.arg.md`), generateArgumentMarkdown(bytes, 20 + i), random));
    for (const t of typists) {
      await session.open(t.uri, t.lines.join('\n'));
      await session.diagnostics(t.uri, 1);
    }
    const samples: SoakResult['samples'] = [];
    const sample = async (keys: number) => {
      const heap = await session.heap();
      samples.push({ keys, heapUsed: heap.heapUsed, rss: heap.rss });
      log(`   ${String(keys).padStart(6)} keystrokes  heap after GC ${formatBytes(heap.heapUsed)}  rss ${formatBytes(heap.rss)}`);
    };
    const warmup = options.warmup ?? Math.min(200, options.keys);
    let typed = 0;
    const type = async (count: number) => {
      for (let k = 0; k < count; k++) {
        const t = typists[Math.floor((typed + k) / 20) % typists.length];
        const change = t.next();
        void session.edit(t.uri, t.version, change, () => t.lines.join('\n'));
        // Like a typist a little faster than the analysis: every fifth key waits for diagnostics.
        if (k % 5 === 4 || k === count - 1) await session.diagnostics(t.uri, t.version);
      }
      typed += count;
      // Every document's last version analysed and published before a sample.
      for (const t of typists) await session.diagnostics(t.uri, t.version);
    };
    await type(warmup);
    typed = 0;
    await sample(0);
    while (typed < options.keys) {
      await type(Math.min(options.every, options.keys - typed));
      await sample(typed);
    }
    const growth = samples[samples.length - 1].heapUsed - samples[0].heapUsed;
    return { keys: typed, samples, growth, slopePer1000: slope(samples), seconds: (performance.now() - started) / 1000 };
  } finally {
    await session.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

// Run as a script (not when bundled into the bench runner or a test).
if (path.basename(process.argv[1] ?? '') === 'soak.js') {
  const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
  runScript(async () => {
    const r = await soak({ serverPath, keys: numberOption('keys', 10_000), every: numberOption('every', 1000), log: console.log });
    console.log(`${r.keys} keystrokes in ${formatMs(r.seconds * 1000)}: heap after GC grew ${formatBytes(r.growth)} (slope ${formatBytes(r.slopePer1000)} per 1,000 keystrokes)`);
  });
}
