// The server side of the worst cases (worst.ts): a fresh server with one big file opened,
// typed in next to its block, its peak read, and the file opened again as new documents.
import { performance } from 'node:perf_hooks';
import type { Position } from 'vscode-languageserver-protocol';
import { generateArgumentMarkdown } from './generate';
import { delay, insertAt, LspSession, type Place } from './server';

/** A column inside a word of the line (about 60 % along), so a letter typed there stays in the claim's text. */
function inWord(line: string, at: number): Position {
  let c = Math.floor(line.length * 0.6);
  while (c > 0 && !/\w/.test(line[c - 1] ?? '')) c--;
  return { line: at, character: Math.max(1, c) };
}

/** The claim on the first line (before the block) and the one on the last line with text (after it). */
export function claimPlaces(text: string): Place[] {
  const lines = text.split('\n');
  let last = lines.length - 1;
  while (last > 0 && !lines[last].trim()) last--;
  return [
    { name: 'claim before', position: inWord(lines[0], 0) },
    { name: 'claim after', position: inWord(lines[last], last) },
  ];
}

export interface Session {
  open: number[];
  openCpu: number[];
  keystroke: number[];
  byPlace: Record<string, number[]>;
  peak: number;
  diagnostics: number;
  blockTooLarge: number;
}

/**
 * A fresh server, warmed on a small document; `text` opened and typed in at `places`
 * (round-robin, a warm-up stroke each first), the peak read, then opened again as new
 * documents until `opens` opens are measured.
 */
export async function serverSession(serverPath: string, root: string, text: string, places: readonly Place[], strokes: number, opens: number): Promise<Session> {
  const session = await LspSession.start({ serverPath, root });
  try {
    const warm = generateArgumentMarkdown(10_000, 3);
    await session.warmUp(warm);
    const out: Session = { open: [], openCpu: [], keystroke: [], byPlace: {}, peak: NaN, diagnostics: 0, blockTooLarge: 0 };
    const openOnce = async (uri: string) => {
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.open(uri, text);
      const published = await session.diagnostics(uri, 1);
      out.open.push(published.at - t0);
      out.openCpu.push(session.cpu() - c0);
      return published;
    };
    const uri = session.uri('typed.arg.md');
    const first = await openOnce(uri);
    out.diagnostics = first.count;
    out.blockTooLarge = first.diagnostics.filter((d) => d.code === 'block-too-large').length;
    const lines = text.split('\n');
    let version = 1;
    const type = async (at: Position) => {
      version++;
      insertAt(lines, at, 'e');
      const t0 = performance.now();
      await session.change(uri, version, at, 'e', () => lines.join('\n'));
      return (await session.diagnostics(uri, version)).at - t0;
    };
    for (const place of places) await type(place.position);
    for (let i = 0; i < strokes; i++) {
      const place = places[i % places.length];
      const ms = await type(place.position);
      out.keystroke.push(ms);
      (out.byPlace[place.name] ??= []).push(ms);
      await delay(10);
    }
    out.peak = session.memory()?.vmHWM ?? NaN;
    await session.close(uri);
    while (out.open.length < opens) {
      await delay(50);
      const other = session.uri(`open-${out.open.length}.arg.md`);
      await openOnce(other);
      await session.close(other);
    }
    return out;
  } finally {
    await session.stop();
  }
}
