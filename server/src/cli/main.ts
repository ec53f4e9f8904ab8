// `argmap check` and `argmap graph`: the command line → the model → printed output and an exit code.
import path from 'node:path';
import { analyzeText, createGraphCache, plainText, toDot, toGraphJson, toMermaid, type Analysis } from '../model';
import { layoutMap, renderSvg } from '../map';
import { renderAif } from './aif';
import { parseArgs, UsageError, type Command } from './args';
import { readConfig } from './config';
import { notUtf8Warning } from './encoding';
import { byPosition, formatJson, formatText, type FileResult } from './format';
import { helpText, VERSION } from './help';
import { emptyFolders } from './folders';
import { readInput } from './input';
import { expandPaths } from './paths';
import { findWorkspaceRoot } from './root';
import { applySeverities } from './severity';
import { countSeverities, summaryLine } from './summary';
import { treeWithLines } from './tree';
import { workspacePath } from '../workspace/paths';
import { workspaceReader } from '../workspace/read';
import { runImport } from './import';
import { openCheckCache } from './checkCache';

export interface Io {
  /** The working directory: paths on the command line are relative to it. */
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Runs one command line; returns the exit code. Never throws. */
export function main(argv: readonly string[], io: Io): number {
  const say = (message: string) => io.err(`argmap: ${plainText(message)}\n`);
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    say(`${e.message} (see argmap --help)`);
    return EXIT_USAGE;
  }
  try {
    switch (command.command) {
      case 'help':
        io.out(helpText(command.topic));
        return EXIT_OK;
      case 'version':
        io.out(`${VERSION}\n`);
        return EXIT_OK;
      case 'check':
        return check(command, io, say);
      case 'graph':
        return graph(command, io, say);
      case 'import':
        return runImport(command, io, say);
    }
  } catch (e) {
    // A bug, not the user's doing: still one line, no stack trace.
    say(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
}

function check(command: Extract<Command, { command: 'check' }>, io: Io, say: (m: string) => void): number {
  const found = findWorkspaceRoot(command.paths[0], io.cwd, command.workspace);
  if ('error' in found) {
    say(found.error);
    return EXIT_USAGE;
  }
  const root = found.root;
  const config = readConfig(root);
  config.errors.forEach(say);
  config.warnings.forEach((w) => say(`warning: ${w}`));
  // The command line wins over the settings files, code by code.
  const severity = { ...config.severity, ...command.severity };

  const { files, errors } = expandPaths(command.paths, io.cwd);
  errors.forEach(say);
  const empty = emptyFolders(command.paths, io.cwd, files);
  empty.forEach((folder) => say(`no argument files found in '${folder}' (looked for **/*.arg.md)`));
  let unreadable = errors.length > 0 || empty.length > 0 || config.errors.length > 0;
  const readFile = workspaceReader(root, command.maxFileSize);
  // Room for every file checked: a reference ring longer than the cache would parse the whole
  // ring again for each of its files (a ring of 100 files: 50 s with 64, 3 s with room for all).
  const graphCache = createGraphCache(Math.max(64, files.length));
  const cache = openCheckCache(command, root, severity, io.cwd, say);
  const results: FileResult[] = [];
  for (const file of files) {
    const cached = cache?.lookup(file.absolute);
    if (cached) {
      if (cached.notUtf8) say(notUtf8Warning(file.display));
      results.push({ file: file.display, diagnostics: cached.diagnostics });
      continue;
    }
    const stamp = cache?.stamp(file.absolute);
    let notUtf8 = false;
    const text = readInput(file.absolute, command.maxFileSize, () => {
      notUtf8 = true;
      say(notUtf8Warning(file.display));
    });
    if (typeof text !== 'string') {
      say(`cannot read '${file.display}': ${text.error}`);
      unreadable = true;
      continue;
    }
    const analysis = analyzeText(text, {
      path: workspacePath(root, file.absolute),
      readFile,
      maxFileSize: command.maxFileSize,
      maxBlockSize: command.maxBlockSize,
      graphCache,
    });
    const diagnostics = byPosition(applySeverities(analysis.diagnostics, severity));
    cache?.store(file.absolute, stamp!, analysis.dependencies.map((p) => path.join(root, ...p.split('/'))), diagnostics, notUtf8);
    results.push({ file: file.display, diagnostics });
  }
  const notSaved = cache?.save();
  if (notSaved !== undefined) say(`warning: could not write the cache '${cache!.file}': ${notSaved}`);
  io.out(command.format === 'json' ? formatJson(results) : formatText(results));
  const counts = countSeverities(results);
  // The summary is for people reading text; JSON readers count for themselves.
  if (command.format === 'text' && results.length) io.err(`${summaryLine(counts, results.length)}\n`);
  const tooManyWarnings = command.maxWarnings !== undefined && counts.warning > command.maxWarnings;
  if (tooManyWarnings) say(`too many warnings: ${counts.warning} (--max-warnings ${command.maxWarnings})`);
  if (unreadable) return EXIT_USAGE;
  return counts.error > 0 || tooManyWarnings ? EXIT_ERRORS : EXIT_OK;
}

function graph(command: Extract<Command, { command: 'graph' }>, io: Io, say: (m: string) => void): number {
  const found = findWorkspaceRoot(command.file, io.cwd, command.workspace);
  if ('error' in found) {
    say(found.error);
    return EXIT_USAGE;
  }
  const absolute = path.resolve(io.cwd, command.file);
  const text = readInput(absolute, command.maxFileSize, () => say(notUtf8Warning(command.file)));
  if (typeof text !== 'string') {
    say(`cannot read '${command.file}': ${text.error}`);
    return EXIT_USAGE;
  }
  const wsPath = workspacePath(found.root, absolute);
  const readFile = workspaceReader(found.root, command.maxFileSize);
  const analysis = analyzeText(text, { path: wsPath, readFile, maxFileSize: command.maxFileSize, maxBlockSize: command.maxBlockSize });
  io.out(command.format === 'aif' ? renderAif(analysis, wsPath, readFile, command.maxFileSize) : render(analysis, command.format));
  return EXIT_OK;
}

function render(analysis: Analysis, format: Exclude<Extract<Command, { command: 'graph' }>['format'], 'aif'>): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toGraphJson(analysis), null, 2) + '\n';
    case 'mermaid':
      return toMermaid(analysis);
    case 'dot':
      return toDot(analysis);
    case 'svg':
      return renderSvg(layoutMap(toGraphJson(analysis)));
    case 'tree':
      return treeWithLines(analysis);
  }
}
