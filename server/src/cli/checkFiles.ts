// The files of `argmap check`, read and analysed. Reading stays on the main thread, in
// order (so every message about a file comes in the same order as ever); the analyses run
// in worker threads when there are several files worth it (spread across the workers),
// or, for one large file, its chunks do. Either way the results are the serial loop's.
import fs from 'node:fs';
import nodePath from 'node:path';
import { analyze, analyzeText, createGraphCache, DEFAULT_MAX_FILE_SIZE, parseDocument, utf8Length, type Analysis, type AnalyzeOptions, type ModelDiagnostic } from '../model';
import { notUtf8Warning } from './encoding';
import { readInput } from './input';
import type { InputFile } from './paths';
import { workspacePath } from '../workspace/paths';
import { workspaceReader } from '../workspace/read';
import type { CheckOutcome, CheckTask } from '../pool/checkTask';
import type { CheckCache } from './cache';
import { PARALLEL_MIN_CHARS, prepareInWorkers } from '../pool/parallelParse';
import { WorkerPool } from '../pool/workerPool';

/** Below this many bytes in all, the files are checked on the main thread: starting workers costs more (docs/cli.md). */
export const CHECK_PARALLEL_MIN_BYTES = 256 * 1024;

export interface CheckSettings {
  root: string;
  maxFileSize: number;
  maxBlockSize?: number;
  /** The worker script and how many workers; none (or size 0) checks on the main thread. */
  workers?: { script: string; size: number };
  /** `--cache`: an unchanged file's diagnostics come from it, a checked file's go into it. */
  cache?: CheckCache;
}

export interface Checked {
  /** Per file read, in order: its name as shown and its diagnostics (default severities). */
  files: { file: string; diagnostics: ModelDiagnostic[] }[];
  /** A file could not be read. */
  unreadable: boolean;
  /** How many files were checked in worker threads, and how many large files had their chunks parsed there. */
  inWorkers: number;
  chunkedInWorkers: number;
}

function totalSize(files: readonly InputFile[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += fs.statSync(f.absolute).size;
    } catch {
      // Unreadable: said when it is read.
    }
  }
  return total;
}

export async function checkFiles(files: readonly InputFile[], settings: CheckSettings, say: (m: string) => void): Promise<Checked> {
  const size = settings.workers?.size ?? 0;
  const pool = size > 0 && totalSize(files) >= (files.length > 1 ? CHECK_PARALLEL_MIN_BYTES : PARALLEL_MIN_CHARS) ? new WorkerPool({ script: settings.workers!.script, size }) : undefined;
  try {
    return await checkWith(files, settings, say, pool);
  } finally {
    await pool?.close();
  }
}

async function checkWith(files: readonly InputFile[], settings: CheckSettings, say: (m: string) => void, pool?: WorkerPool): Promise<Checked> {
  const { root, maxFileSize, maxBlockSize, cache } = settings;
  // Room for every file checked: a reference ring longer than the cache would parse the whole
  // ring again for each of its files (a ring of 100 files: 50 s with 64, 3 s with room for all).
  const graphCache = createGraphCache(Math.max(64, files.length));
  const options: AnalyzeOptions = { readFile: workspaceReader(root, maxFileSize), maxFileSize, maxBlockSize, graphCache };
  const checked: Checked = { files: [], unreadable: false, inWorkers: 0, chunkedInWorkers: 0 };
  const inFlight = new Set<Promise<void>>();
  let warned = false;
  /** A worker failed: the file is checked here, as without workers, and that is said once. */
  const onMainThread = (text: string, path: string, why: unknown): CheckOutcome => {
    if (!warned) say(`warning: a worker thread failed (${why instanceof Error ? why.message : String(why)}); checking on the main thread`);
    warned = true;
    return analyzeText(text, { ...options, path });
  };
  const absoluteOf = (p: string): string => nodePath.join(root, ...p.split('/'));
  for (const file of files) {
    const cached = cache?.lookup(file.absolute);
    if (cached) {
      if (cached.notUtf8) say(notUtf8Warning(file.display));
      checked.files.push({ file: file.display, diagnostics: cached.diagnostics });
      continue;
    }
    // Stamped before it is read: a change while it is checked is seen next time.
    const stamp = cache?.stamp(file.absolute);
    let notUtf8 = false;
    const text = readInput(file.absolute, maxFileSize, () => {
      notUtf8 = true;
      say(notUtf8Warning(file.display));
    });
    if (typeof text !== 'string') {
      say(`cannot read '${file.display}': ${text.error}`);
      checked.unreadable = true;
      continue;
    }
    const path = workspacePath(root, file.absolute);
    const result = { file: file.display, diagnostics: [] as ModelDiagnostic[] };
    checked.files.push(result);
    const finish = (outcome: CheckOutcome): void => {
      result.diagnostics = outcome.diagnostics;
      if (cache && stamp !== undefined) cache.store(file.absolute, stamp, outcome.dependencies.map(absoluteOf), outcome.diagnostics, notUtf8);
    };
    if (!pool) {
      finish(analyzeText(text, { ...options, path }));
    } else if (files.length === 1) {
      const { analysis, prepared } = await analyzeInChunks(pool, text, { ...options, path });
      finish(analysis);
      if (prepared) checked.chunkedInWorkers++;
    } else {
      // At most two files per worker waiting: the texts read ahead stay few.
      while (inFlight.size >= pool.size * 2) await Promise.race(inFlight);
      const task: CheckTask = { kind: 'check', text, path, root, maxFileSize, maxBlockSize };
      const done = pool.run<CheckOutcome>(task).then(
        (outcome) => {
          finish(outcome);
          checked.inWorkers++;
        },
        (e: unknown) => finish(onMainThread(text, path, e)),
      );
      inFlight.add(done);
      void done.finally(() => inFlight.delete(done));
    }
  }
  await Promise.all(inFlight);
  return checked;
}

/** One large file, its chunks parsed in the workers (those that fail, here); `prepared`: some were. */
export async function analyzeInChunks(pool: WorkerPool, text: string, options: AnalyzeOptions): Promise<{ analysis: Analysis; prepared: boolean }> {
  const doc = parseDocument(text, undefined, undefined, options.maxBlockSize);
  // A file over the size limit is refused unparsed.
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > max || utf8Length(text, max) > max) return { analysis: analyze(doc, options), prepared: false };
  const outcome = await prepareInWorkers(pool, text, doc.maxBlockSize).catch(() => undefined);
  if (outcome) doc.usePrepared(outcome.prepared);
  return { analysis: analyze(doc, options), prepared: (outcome?.prepared.hits ?? 0) > 0 };
}
