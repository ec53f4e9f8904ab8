// Peak server memory with one big document open: VmRSS and VmHWM of the server process
// (from /proc) after the open and after keystrokes, and its heap after a full GC (through
// `argmap/heap`, see soak.ts). To compare with markdown-it's whole-process peak on the same
// file (markdown-it-peak.ts). Run after a build:
//   node out/bench/peak.js [--bytes=5000000] [--keys=20] [--shape=paragraphs] [--opens=1] [--outlines=5] [--cpu-prof-dir=DIR]
// `--shape` opens one of the bench's shapes (at `--bytes`) instead of the standard file;
// `--opens=N` opens it N times more (closed between) and prints the median open → diagnostics.
// `--outlines=N` asks for the outline N times after the keystrokes (no collection before, as in
// the bench's session) and prints each answer's own peak: VmHWM is reset to VmRSS before each
// request (`/proc/<pid>/clear_refs`), so it shows what that answer added.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspSession, keystrokePlaces } from './server';
import { SHAPES, generateArgumentMarkdown } from './generate';
import { numberOption, runScript } from './script';
import { formatBytes } from './stats';

async function main(): Promise<void> {
  const bytes = numberOption('bytes', 5_000_000);
  const keys = numberOption('keys', 20);
  const opens = numberOption('opens', 0);
  const outlines = numberOption('outlines', 0);
  const shape = stringOption('shape', '');
  const cpuProfDir = stringOption('cpu-prof-dir', '') || undefined;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-peak-'));
  const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
  // `--node-args='--flag …'`: more flags for the server's node (to try V8's heap settings).
  const extra = process.argv.find((a) => a.startsWith('--node-args='))?.slice('--node-args='.length).split(' ').filter(Boolean) ?? [];
  const session = await LspSession.start({ serverPath, root, nodeArgs: ['--expose-gc', ...extra], cpuProfDir, env: { ARGMAP_HEAP_PROBE: '1' } });
  const show = async (what: string) => {
    const m = session.memory();
    const heap = await session.heap();
    console.log(`${what.padEnd(22)} VmRSS ${formatBytes(m?.vmRSS ?? NaN)}  VmHWM ${formatBytes(m?.vmHWM ?? NaN)}  heap after GC ${formatBytes(heap.heapUsed)}`);
  };
  try {
    const made = shape ? SHAPES.find((s) => s.name === shape) : undefined;
    if (shape && !made) throw new Error(`no shape ${shape}: ${SHAPES.map((s) => s.name).join(', ')}`);
    const text = made ? made.make(bytes, 1) : generateArgumentMarkdown(bytes, 1);
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < opens; i++) {
      const other = session.uri(`open${i}.arg.md`);
      const t0 = performance.now();
      const c0 = session.cpu();
      await session.open(other, text);
      await session.diagnostics(other, 1);
      times.push(performance.now() - t0);
      cpus.push(session.cpu() - c0);
      await session.close(other);
    }
    if (opens) console.log(`open → diagnostics (${opens}): median ${median(times).toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms server CPU; all ${times.map((t) => t.toFixed(0)).join(' ')}`);
    const uri = session.uri('big.arg.md');
    await show('started');
    await session.open(uri, text);
    await session.diagnostics(uri, 1);
    await show('opened');
    const places = keystrokePlaces(text);
    const t = performance.now();
    const cpu = session.cpu();
    for (let k = 0; k < keys; k++) {
      await session.change(uri, k + 2, places[k % places.length].position, 'x', () => text);
      await session.diagnostics(uri, k + 2);
    }
    const keyWall = (performance.now() - t) / keys;
    const keyCpu = (session.cpu() - cpu) / keys;
    const untilNow = session.memory();
    for (let k = 0; k < outlines; k++) await outlineAnswer(session, uri, k + 1);
    if (outlines) console.log(`VmHWM before the outlines (the keystrokes' peak) ${formatBytes(untilNow?.vmHWM ?? NaN)}`);
    await show(`after ${keys} keystrokes`);
    console.log(`keystroke → diagnostics, mean ${keyWall.toFixed(0)} ms wall, ${keyCpu.toFixed(0)} ms server CPU`);
  } finally {
    await session.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** One outline request with the server's VmHWM reset before it: the answer's own peak. */
async function outlineAnswer(session: LspSession, uri: string, k: number): Promise<void> {
  const before = session.memory();
  fs.writeFileSync(`/proc/${session.pid}/clear_refs`, '5');
  const c0 = session.cpu();
  const t0 = performance.now();
  await session.documentSymbol(uri);
  const ms = performance.now() - t0;
  const cpu = session.cpu() - c0;
  const after = session.memory();
  const peak = after?.vmHWM ?? NaN;
  const rss = before?.vmRSS ?? NaN;
  console.log(
    `outline ${k}: ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms server CPU; VmRSS before ${formatBytes(rss)}, peak during ${formatBytes(peak)} (+${formatBytes(peak - rss)}), VmRSS after ${formatBytes(after?.vmRSS ?? NaN)}`,
  );
}

function stringOption(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

runScript(main);
