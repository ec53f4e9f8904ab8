// What a keystroke's publish costs in the real server: keystroke → diagnostics (wall, and
// the server's CPU), the diagnostics' count and JSON size, and the client's share (the
// notification's parse, which VS Code pays too), over stdio (the extension's transport) or Node
// IPC (its transport before 2026-11-29). Two server bundles given with `--servers=` are run in
// alternation, so an old and a new one see the same machine load.
// Run after `node esbuild.mjs --bench`:
//   node out/bench/publishCost.js [--servers=dist/server.js,/tmp/old/server.js] [--shape=nested] [--bytes=1000000]
//                                 [--keys=40] [--rounds=2] [--ipc] [--cpu-prof-dir=DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArgumentMarkdown, SHAPES } from './generate';
import { numberOption, runScript } from './script';
import { insertAt, keystrokePlaces, LspSession } from './server';
import { formatMs, summarize } from './stats';

function textOption(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

interface Run {
  wall: number[];
  cpu: number[];
  count: number;
  bytes: number;
  /** The client's parse of the notification's JSON (median of 9), which VS Code pays too. */
  clientParse: number;
}

function parseTime(json: string): number {
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t0 = performance.now();
    JSON.parse(json);
    times.push(performance.now() - t0);
  }
  return summarize(times).median;
}

async function measure(serverPath: string, text: string, keys: number, ipc: boolean, cpuProfDir?: string): Promise<Run> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-publish-'));
  const session = await LspSession.start({ serverPath, root, ipc, cpuProfDir });
  try {
    await session.warmUp(text.length <= 1.5e6 ? text : generateArgumentMarkdown(10_000, 3));
    const uri = session.uri('doc.arg.md');
    await session.open(uri, text);
    let published = await session.diagnostics(uri, 1);
    const lines = text.split('\n');
    const places = keystrokePlaces(text);
    const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 1, diagnostics: published.diagnostics } });
    const run: Run = { wall: [], cpu: [], count: published.count, bytes: Buffer.byteLength(json), clientParse: parseTime(json) };
    let version = 1;
    for (let k = 0; k < keys + places.length; k++) {
      const at = places[k % places.length].position;
      version++;
      insertAt(lines, at, 'e');
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.change(uri, version, at, 'e', () => lines.join('\n'));
      published = await session.diagnostics(uri, version);
      // The first round over the places warms the server up.
      if (k < places.length) continue;
      run.wall.push(published.at - t0);
      run.cpu.push(session.cpu() - c0);
    }
    return run;
  } finally {
    await session.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const servers = (textOption('servers') ?? path.join(__dirname, '..', '..', 'dist', 'server.js')).split(',');
  const bytes = numberOption('bytes', 1_000_000);
  const keys = numberOption('keys', 40);
  const rounds = numberOption('rounds', 2);
  const ipc = process.argv.includes('--ipc');
  const cpuProfDir = textOption('cpu-prof-dir');
  const shape = SHAPES.find((s) => s.name === textOption('shape'));
  const text = shape ? shape.make(bytes, 5) : generateArgumentMarkdown(bytes, 1);
  console.log(`${shape?.name ?? 'standard'} ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${ipc ? 'IPC' : 'stdio'}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (let r = 0; r < rounds; r++) {
    for (const server of servers) {
      const run = await measure(server, text, keys, ipc, cpuProfDir && path.join(cpuProfDir, `${r}-${path.basename(path.dirname(server))}`));
      const wall = summarize(run.wall);
      const cpu = summarize(run.cpu);
      console.log(
        `round ${r + 1} ${server}: keystroke → diagnostics p50 ${formatMs(wall.median)} (p95 ${formatMs(wall.p95)}), server CPU p50 ${formatMs(cpu.median)}; ` +
          `${run.count} diagnostics, ${(run.bytes / 1e6).toFixed(2)} MB JSON (the client's parse ${formatMs(run.clientParse)}); load ${os.loadavg()[0].toFixed(2)}`,
      );
    }
  }
}

runScript(main);
