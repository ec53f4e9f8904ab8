// `argmap check` and `argmap graph`: the command line → the model → printed output and an exit code.
import path from 'node:path';
import { analyzeText, plainText, toDot, toGraphJson, toMermaid, type Analysis } from '../model';
import { layoutMap, renderSvg } from '../map';
import { renderAif } from './aif';
import { parseArgs, UsageError, type Command } from './args';
import { readConfig } from './config';
import { notUtf8Warning } from './encoding';
import { checkFiles } from './checkFiles';
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
import { workerCount } from '../pool/config';

export interface Io {
  /** The working directory: paths on the command line are relative to it. */
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** The worker threads `argmap check` may use: their bundle sits next to this one (dist/); ARGMAP_WORKERS=0 for none. */
function workers(): { script: string; size: number } {
  return { script: path.join(__dirname, 'parseWorker.js'), size: workerCount() };
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
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
        return await check(command, io, say);
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

async function check(command: Extract<Command, { command: 'check' }>, io: Io, say: (m: string) => void): Promise<number> {
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
  const cache = openCheckCache(command, root, severity, io.cwd, say);
  const settings = { root, maxFileSize: command.maxFileSize, maxBlockSize: command.maxBlockSize, workers: workers(), cache };
  const checked = await checkFiles(files, settings, say);
  if (checked.unreadable) unreadable = true;
  const notSaved = cache?.save();
  if (notSaved !== undefined) say(`warning: could not write the cache '${cache!.file}': ${notSaved}`);
  // The cache holds diagnostics at their default severities; these settings are part of its key.
  const results: FileResult[] = checked.files.map(({ file, diagnostics }) => ({ file, diagnostics: byPosition(applySeverities(diagnostics, severity)) }));
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
