// One fresh language server per input: open, keystrokes, realistic edits, hover, outline,
// every request and memory, as the server phase measures them.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyChange, EDIT_KINDS, planEdit, type EditKind } from './edits';
import { generateArgumentMarkdown, prng, type BenchInput } from './generate';
import { formatProfile, readProfile, summarizeProfile, type ProfileSummary } from './profile';
import { measureRequests, requestPlaces, type RequestsResult } from './requests';
import type { EditsResult, ServerResult } from './results';
import type { Options } from './runOptions';
import { delay, hoverPlace, insertAt, keystrokePlaces, LspSession } from './server';
import { summarize, type Memory, type Summary } from './stats';

export interface ServerContext {
  serverPath: string;
  root: string;
  options: Options;
  /** The input whose session also measures hover and outline (the 5 MB one when present). */
  largest: string;
  /** Whether the run has the 1 MB input (else the largest gets its every-request row). */
  hasOneMegabyte: boolean;
  profileDir?: string;
}

export async function startServer(ctx: ServerContext, label: string): Promise<LspSession> {
  const cpuProfDir = ctx.profileDir ? path.join(ctx.profileDir, label) : undefined;
  return LspSession.start({ serverPath: ctx.serverPath, root: ctx.root, cpuProfDir });
}

/**
 * A fresh server per input, so its memory is that input's alone. The document is
 * opened once and typed in (and, on the largest input, hovered and outlined) before
 * anything else: the memory peak so far is "with this file open". Then more opens,
 * each of a new document closed after, for the open → diagnostics median.
 */
export async function serverSession(input: BenchInput, ctx: ServerContext): Promise<ServerResult> {
  const session = await startServer(ctx, input.name);
  const quick = ctx.options.quick;
  try {
    // Warm the server's JIT on a small document (a large one would inflate the memory peak).
    const warm = input.bytes <= 1.5e6 ? input.text : generateArgumentMarkdown(10_000, 3);
    await session.warmUp(warm);
    const memory: Record<string, Memory | undefined> = {};

    const opens: number[] = [];
    const openCpu: number[] = [];
    const openOnce = async (uri: string) => {
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.open(uri, input.text);
      const published = await session.diagnostics(uri, 1);
      opens.push(published.at - t0);
      openCpu.push(session.cpu() - c0);
      return published;
    };

    // The document typed in: its open is the first open measured.
    const uri = session.uri(`${input.name}.arg.md`);
    const diagnostics = (await openOnce(uri)).count;
    memory['after open'] = session.memory();

    // Keystrokes: one character inserted, round-robin over the places, each awaited.
    const lines = input.text.split('\n');
    const places = keystrokePlaces(input.text);
    let version = 1;
    const type = async (at: { line: number; character: number }) => {
      version++;
      insertAt(lines, at, 'e');
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.change(uri, version, at, 'e', () => lines.join('\n'));
      const published = await session.diagnostics(uri, version);
      return { wall: published.at - t0, cpu: session.cpu() - c0 };
    };
    for (const place of places) await type(place.position); // warm-up
    const all: number[] = [];
    const allCpu: number[] = [];
    const byPlace: Record<string, number[]> = {};
    const strokes = quick ? 16 : input.bytes >= 2e6 ? 24 : 40;
    const budget = quick ? 20_000 : 60_000;
    let spent = 0;
    for (let i = 0; i < strokes && (i < 12 || spent < budget); i++) {
      const place = places[i % places.length];
      const { wall: ms, cpu } = await type(place.position);
      spent += ms;
      all.push(ms);
      allCpu.push(cpu);
      (byPlace[place.name] ??= []).push(ms);
      await delay(10); // a typist's gap, short
    }
    memory['after keystrokes'] = session.memory();

    const edits = EDIT_SIZES.includes(input.name) ? await realisticEdits(session, uri, lines, () => ++version, quick) : undefined;
    if (edits) memory['after edits'] = session.memory();

    let hover: Summary | undefined;
    let documentSymbol: Summary | undefined;
    let symbols: number | undefined;
    if (input.name === ctx.largest || input.name === '1MB') {
      const at = hoverPlace(lines.join('\n'), 0.7);
      const hovers: number[] = [];
      for (let k = 0; k < 10; k++) {
        const t0 = performance.now();
        await session.hover(uri, at);
        hovers.push(performance.now() - t0);
      }
      hover = summarize(hovers);
      const symbolTimes: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        symbols = countSymbols(await session.documentSymbol(uri));
        symbolTimes.push(performance.now() - t0);
      }
      documentSymbol = summarize(symbolTimes);
      memory['after hover and outline'] = session.memory();
    }
    let requests: RequestsResult | undefined;
    // On the 1 MB input (the spec's size), or on the largest when a run has none (the smoke test's 100 KB).
    if (input.name === '1MB' || (input.name === ctx.largest && !ctx.hasOneMegabyte)) {
      const text = lines.join('\n');
      const current = session.published.get(uri)?.diagnostics ?? [];
      requests = await measureRequests(session, uri, requestPlaces(text, hoverPlace(text, 0.7)), current, quick ? 5 : 10);
      memory['after every request'] = session.memory();
    }
    const peakWithFileOpen = session.memory();
    await session.close(uri);

    // More opens, each of a new document, closed after.
    const openRuns = input.bytes >= 2e6 ? 3 : input.bytes >= 5e5 ? 5 : quick ? 5 : 10;
    while (opens.length < openRuns && (opens.length < 2 || opens.reduce((x, y) => x + y, 0) < 60_000)) {
      await delay(50);
      const other = session.uri(`${input.name}-open-${opens.length}.arg.md`);
      await openOnce(other);
      await session.close(other);
    }
    memory['after all opens'] = session.memory();

    return {
      open: summarize(opens),
      keystroke: summarize(all),
      openCpu: summarize(openCpu),
      keystrokeCpu: summarize(allCpu),
      edits,
      keystrokeByPlace: Object.fromEntries(Object.entries(byPlace).map(([k, v]) => [k, summarize(v)])),
      places: Object.fromEntries(places.map((p) => [p.name, p.position])),
      diagnostics,
      hover,
      documentSymbol,
      symbols,
      requests,
      memoryAfterOpen: memory['after open'],
      memoryWithFileOpen: peakWithFileOpen,
      memorySteps: memory,
      unversionedPublishes: session.unversionedPublishes || undefined,
    };
  } finally {
    await session.stop();
    if (ctx.profileDir) {
      const summary = latestProfile(path.join(ctx.profileDir, input.name));
      if (summary) {
        console.log(`   server CPU profile (${input.name}):\n${indent(formatProfile(summary), '   ')}`);
        profiles.set(input.name, summary);
      }
    }
  }
}

/** The generated sizes that get the realistic edits (issue 11). */
const EDIT_SIZES = ['100KB', '1MB', '5MB'];

/**
 * Each kind of edit `perKind` times at places spread over the file, then a mix of
 * all kinds in a seeded order. Every step is awaited to its diagnostics, as a
 * keystroke is; the document keeps the edits (it drifts as a real one does).
 */
async function realisticEdits(session: LspSession, uri: string, lines: string[], nextVersion: () => number, quick: boolean): Promise<EditsResult> {
  const perKind = quick ? 2 : 5;
  const where = prng(11);
  const step = async (kind: EditKind): Promise<number[] | undefined> => {
    const changes = planEdit(kind, lines, 0.05 + where() * 0.9);
    if (!changes) return undefined;
    const times: number[] = [];
    for (const change of changes) {
      const version = nextVersion();
      applyChange(lines, change);
      const t0 = performance.now();
      await session.edit(uri, version, change, () => lines.join('\n'));
      times.push((await session.diagnostics(uri, version)).at - t0);
      await delay(10);
    }
    return times;
  };
  const byKind: Partial<Record<EditKind, Summary>> = {};
  const skipped: EditKind[] = [];
  for (const kind of EDIT_KINDS) {
    const times: number[] = [];
    for (let k = 0; k < perKind; k++) {
      const t = await step(kind);
      if (!t) break;
      times.push(...t);
    }
    if (times.length) byKind[kind] = summarize(times);
    else skipped.push(kind);
  }
  const mix: number[] = [];
  const order = prng(12);
  for (let k = 0; k < perKind * 2; k++) mix.push(...((await step(EDIT_KINDS[Math.floor(order() * EDIT_KINDS.length)])) ?? []));
  return { byKind, mix: summarize(mix), skipped };
}

/** Server CPU profile summaries by input, when run with --cpu-prof. */
export const profiles = new Map<string, ProfileSummary>();

function countSymbols(symbols: unknown): number {
  if (!Array.isArray(symbols)) return 0;
  return symbols.reduce((n: number, s: { children?: unknown[] }) => n + 1 + countSymbols(s.children), 0);
}

function latestProfile(dir: string): ProfileSummary | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return undefined;
  return summarizeProfile(readProfile(path.join(dir, files.sort().at(-1)!)), 15);
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
