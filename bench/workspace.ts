// The workspace at scale (spec editing.md, Performance): a generated workspace of argument
// files linking to each other (2,000 files, 20 MB; --quick: 100 files), through the real
// server over stdio:
// - cold index: a server with an empty storage folder, from its start to the index's log line
//   "workspace index: N argument files in T ms …", as a ratio to one bare remark-parse + gfm
//   of every file in this process;
// - warm start: the same with the cache the first server wrote, as a ratio to the cold index;
// - references and rename of the id every file links to, once indexed;
// - keystrokes in an open document while the index is built, against the same keystrokes once
//   it is built (the spec: indexing never slows the open document).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArgumentMarkdown } from './generate';
import { bareParse } from './model';
import { delay, insertAt, keystrokePlaces, LspSession } from './server';
import { collectGarbage, formatBytes, formatMs, formatRatio, formatSummary, summarize, type Summary } from './stats';

export interface WorkspaceResult {
  files: number;
  bytes: number;
  /** One bare parse of every file, in this process. */
  bare: Summary;
  /** Server start → the index's "N argument files in T ms" line, no cache. */
  cold: Summary;
  /** The same with the cache the cold run wrote. */
  warm: Summary;
  /** The index's own T of those lines (from its build's start). */
  coldLogged: Summary;
  warmLogged: Summary;
  coldRatio: number;
  warmRatio: number;
  references: Summary;
  referencesFound: number;
  rename: Summary;
  renameFiles: number;
  /** Code lens of the file every other file links to (its lens counts the links of the whole workspace). */
  codeLens?: Summary;
  /** The `referenced N×` of that file's first lens. */
  codeLensReferenced?: number;
  /** Workspace symbols for `stands`, which every part file's top claim ("Part i stands.") matches, and how many came back. */
  workspaceSymbols?: Summary;
  workspaceSymbolsFound?: number;
  /** Keystroke → diagnostics of the open document while the index is built, and once it is. */
  keystrokeIndexing: Summary;
  keystrokeIdle: Summary;
  keystrokeRatio: number;
  /** Keystrokes that were typed while indexing had really not finished. */
  keystrokesWhileIndexing: number;
}

/** Files per folder: links between files of one folder, and to the one file at the top. */
const PER_FOLDER = 50;
/** Every tenth file is a hub the nine after it link to (one level of references, as in a real workspace). */
const HUB_EVERY = 10;
const INDEXED = /^workspace index: (\d+) argument files in (\d+) ms \((\d+) from the cache, (\d+) analysed\)$/;
const CORE_LINE = '# Claim: Every part of this workspace rests on one claim. {#core}';
/** Typist gaps between keystrokes: a burst, a pause, a longer pause (indexing resumes after 300 ms). */
const GAPS_MS = [60, 180, 450];

interface GeneratedWorkspace {
  root: string;
  files: { relative: string; text: string }[];
  bytes: number;
}

function generateWorkspace(count: number, root: string): GeneratedWorkspace {
  const files: { relative: string; text: string }[] = [];
  files.push({ relative: 'core.arg.md', text: `${CORE_LINE}\n\n- Evidence: The survey of 2024 found 62% in favour.[^s]\n\n[^s]: City survey office, report 7.\n` });
  for (let i = 0; i < count - 1; i++) {
    const hub = i - (i % HUB_EVERY);
    const links = [`- Reason: [the core claim](../core.arg.md#core)`];
    if (i !== hub) links.push(`- Reason: [the part's hub](f${hub}.arg.md#top)`);
    const body = generateArgumentMarkdown(10_000, 1000 + i);
    files.push({ relative: `part${Math.floor(i / PER_FOLDER)}/f${i}.arg.md`, text: `# Claim: Part ${i} stands. {#top}\n\n${links.join('\n')}\n\n${body}` });
  }
  let bytes = 0;
  for (const file of files) {
    const absolute = path.join(root, file.relative);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return { root, files, bytes };
}

async function indexedLine(session: LspSession, timeoutMs: number): Promise<{ at: number; logged: number; fromCache: number; files: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const line = session.logs.find((l) => INDEXED.test(l));
    if (line) {
      const [, files, ms, fromCache] = INDEXED.exec(line)!.map(Number);
      return { at: performance.now(), logged: ms, fromCache, files };
    }
    if (performance.now() > deadline) throw new Error(`the workspace was not indexed within ${timeoutMs} ms`);
    await delay(5);
  }
}

/** One server from its start until the index is built; it is left running for more. */
async function indexOnce(serverPath: string, ws: GeneratedWorkspace, storagePath: string | undefined): Promise<{ session: LspSession; ms: number; logged: number; fromCache: number; files: number }> {
  const t0 = performance.now();
  const session = await LspSession.start({ serverPath, root: ws.root, initializationOptions: storagePath ? { storagePath } : {} });
  try {
    const line = await indexedLine(session, 600_000);
    return { session, ms: line.at - t0, logged: line.logged, fromCache: line.fromCache, files: line.files };
  } catch (e) {
    await session.stop();
    throw e;
  }
}

/** The position of `core` inside `{#core}` on the first line of core.arg.md. */
function corePosition(): { line: number; character: number } {
  return { line: 0, character: CORE_LINE.indexOf('{#core}') + 3 };
}

/** Requests stop after this much time has gone into them (at least one is measured); --quick: 15 s. */
const REQUEST_BUDGET_MS = 60_000;
const QUICK_REQUEST_BUDGET_MS = 15_000;

/** p50 of up to `runs` answers to one request; a slow first answer is kept as a sample, not a warm-up. */
async function timeRequest(runs: number, budgetMs: number, ask: () => Promise<unknown>): Promise<{ summary: Summary; last: unknown }> {
  const times: number[] = [];
  let t0 = performance.now();
  let last = await ask();
  const first = performance.now() - t0;
  if (first > 2000) times.push(first);
  let spent = first;
  while (times.length < runs && spent < budgetMs) {
    t0 = performance.now();
    last = await ask();
    const ms = performance.now() - t0;
    times.push(ms);
    spent += ms;
  }
  return { summary: summarize(times), last };
}

/** Types `count` letters into an open document, each awaited to its diagnostics; `during()` says whether each landed while indexing. */
async function typeInto(session: LspSession, uri: string, text: string, count: number, during: () => boolean): Promise<{ times: number[]; whileIndexing: number }> {
  await session.open(uri, text);
  await session.diagnostics(uri, 1);
  const lines = text.split('\n');
  const places = keystrokePlaces(text);
  const times: number[] = [];
  let whileIndexing = 0;
  for (let k = 0; k < count; k++) {
    const at = places[k % places.length].position;
    insertAt(lines, at, 'e');
    await delay(GAPS_MS[k % GAPS_MS.length]);
    const indexing = during();
    const t0 = performance.now();
    await session.change(uri, k + 2, at, 'e', () => lines.join('\n'));
    await session.diagnostics(uri, k + 2);
    times.push(performance.now() - t0);
    if (indexing && during()) whileIndexing++;
  }
  await session.close(uri);
  return { times, whileIndexing };
}

export async function runWorkspace(serverPath: string, quick: boolean): Promise<WorkspaceResult> {
  const count = quick ? 100 : 2000;
  const runs = quick ? 1 : 3;
  // ARGMAP_BENCH_WORKSPACE=keystrokes: only the keystrokes (the other figures come out empty), to
  // compare a change of the index's scheduling in a few minutes instead of a quarter of an hour.
  const keystrokesOnly = process.env.ARGMAP_BENCH_WORKSPACE === 'keystrokes';
  const indexRuns = keystrokesOnly ? 0 : runs;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-bench-workspace-'));
  try {
    const ws = generateWorkspace(count, path.join(scratch, 'workspace'));
    console.log(`\n== workspace: ${count} files, ${formatBytes(ws.bytes)} (cross-file links), through the server`);

    const bare: number[] = [];
    for (let k = 0; k < indexRuns; k++) {
      collectGarbage();
      const t0 = performance.now();
      for (const file of ws.files) bareParse(file.text);
      bare.push(performance.now() - t0);
    }
    collectGarbage();
    console.log(`   bare remark-parse + gfm of every file: ${formatSummary(summarize(bare))}`);

    const cold: number[] = [];
    const warm: number[] = [];
    const coldLogged: number[] = [];
    const warmLogged: number[] = [];
    let references: Summary | undefined;
    let rename: Summary | undefined;
    let referencesFound = 0;
    let renameFiles = 0;
    let codeLens: Summary | undefined;
    let codeLensReferenced: number | undefined;
    let workspaceSymbols: Summary | undefined;
    let workspaceSymbolsFound: number | undefined;
    for (let k = 0; k < indexRuns; k++) {
      const storage = path.join(scratch, `storage-${k}`);
      const first = await indexOnce(serverPath, ws, storage);
      await first.session.stop(); // writes the cache
      if (first.fromCache !== 0 || first.files !== count) throw new Error(`cold index: ${first.files} files, ${first.fromCache} from the cache`);
      cold.push(first.ms);
      coldLogged.push(first.logged);
      const second = await indexOnce(serverPath, ws, storage);
      if (second.fromCache !== count) {
        await second.session.stop();
        throw new Error(`warm start took ${second.fromCache} of ${count} files from the cache`);
      }
      warm.push(second.ms);
      warmLogged.push(second.logged);
      if (k === 0) {
        // Once indexed: references and rename of the id every file links to, asked from the file that defines it.
        const session = second.session;
        const uri = session.uri('core.arg.md');
        await session.open(uri, ws.files[0].text);
        await session.diagnostics(uri, 1);
        const position = corePosition();
        const asked = quick ? 3 : 10;
        const budget = quick ? QUICK_REQUEST_BUDGET_MS : REQUEST_BUDGET_MS;
        const refs = await timeRequest(asked, budget, () =>
          session.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }),
        );
        references = refs.summary;
        referencesFound = Array.isArray(refs.last) ? refs.last.length : 0;
        const ren = await timeRequest(asked, budget, () => session.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName: 'keystone' }));
        rename = ren.summary;
        const changes = (ren.last as { changes?: Record<string, unknown>; documentChanges?: unknown[] } | null) ?? {};
        renameFiles = changes.documentChanges?.length ?? Object.keys(changes.changes ?? {}).length;
        console.log(`   references ${formatSummary(references)} (${referencesFound} locations); rename ${formatSummary(rename)} (${renameFiles} files)`);
        // Code lens and workspace symbols read every file too: closed ones from their summaries.
        const lens = await timeRequest(asked, budget, () => session.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }));
        codeLens = lens.summary;
        const lenses = (lens.last as { command?: { title?: string } }[] | null) ?? [];
        codeLensReferenced = Number(/referenced (\d+)×/.exec(lenses[0]?.command?.title ?? '')?.[1] ?? 0);
        const symbols = await timeRequest(asked, budget, () => session.connection.sendRequest('workspace/symbol', { query: 'stands' }));
        workspaceSymbols = symbols.summary;
        workspaceSymbolsFound = Array.isArray(symbols.last) ? symbols.last.length : 0;
        console.log(`   code lens ${formatSummary(codeLens)} (referenced ${codeLensReferenced}×); workspace symbols ${formatSummary(workspaceSymbols)} (${workspaceSymbolsFound} symbols)`);
      }
      await second.session.stop();
      console.log(`   run ${k + 1}: cold index ${formatMs(first.ms)} (its log: ${formatMs(first.logged)}), warm start ${formatMs(second.ms)} (its log: ${formatMs(second.logged)})`);
    }

    // Keystrokes: a cold server with no cache (indexing the whole time), then the same once built.
    const typed = generateArgumentMarkdown(100_000, 77) + '\n- Reason: [the core claim](../core.arg.md#core)\n';
    const strokes = quick ? 15 : 30;
    const busy = await LspSession.start({ serverPath, root: ws.root });
    let indexing: { times: number[]; whileIndexing: number };
    try {
      indexing = await typeInto(busy, busy.uri('typing/open.arg.md'), typed, strokes, () => !busy.logs.some((l) => INDEXED.test(l)));
    } finally {
      await busy.stop();
    }
    const quiet = await indexOnce(serverPath, ws, path.join(scratch, 'storage-0'));
    let idle: { times: number[] };
    try {
      idle = await typeInto(quiet.session, quiet.session.uri('typing/open.arg.md'), typed, strokes, () => false);
    } finally {
      await quiet.session.stop();
    }
    const keystrokeIndexing = summarize(indexing.times);
    const keystrokeIdle = summarize(idle.times);
    console.log(
      `   keystroke → diagnostics (100 KB document): while indexing ${formatSummary(keystrokeIndexing)} (${indexing.whileIndexing}/${strokes} typed before the index was built), idle ${formatSummary(keystrokeIdle)}`,
    );

    const result: WorkspaceResult = {
      files: count,
      bytes: ws.bytes,
      bare: summarize(bare),
      cold: summarize(cold),
      warm: summarize(warm),
      coldLogged: summarize(coldLogged),
      warmLogged: summarize(warmLogged),
      coldRatio: 0,
      warmRatio: 0,
      references: references!,
      referencesFound,
      rename: rename!,
      renameFiles,
      codeLens,
      codeLensReferenced,
      workspaceSymbols,
      workspaceSymbolsFound,
      keystrokeIndexing,
      keystrokeIdle,
      keystrokeRatio: keystrokeIndexing.median / keystrokeIdle.median,
      keystrokesWhileIndexing: indexing.whileIndexing,
    };
    result.coldRatio = result.cold.median / result.bare.median;
    result.warmRatio = result.warm.median / result.cold.median;
    console.log(`   cold/bare ${formatRatio(result.coldRatio)}, warm/cold ${formatRatio(result.warmRatio)}, keystroke indexing/idle ${formatRatio(result.keystrokeRatio)}`);
    return result;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
