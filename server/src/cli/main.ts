// `argmap check` and `argmap graph`: the command line → the model → printed output and an exit code.
import path from 'node:path';
import { analyzeText, type Analysis } from '../model';
import { plainText, toDot, toGraphJson, toMermaid, toTree } from '../model/export';
import { renderAif } from './aif';
import { parseArgs, UsageError, type Command } from './args';
import { byPosition, formatJson, formatText, type FileResult } from './format';
import { helpText, VERSION } from './help';
import { expandPaths } from './paths';
import { runImport } from './import';
import { readInput, workspacePath, workspaceReader } from './workspace';

export interface Io {
  /** The workspace: paths are read and references resolved relative to it. */
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
  const { files, errors } = expandPaths(command.paths, io.cwd);
  errors.forEach(say);
  let unreadable = errors.length > 0;
  const readFile = workspaceReader(io.cwd, command.maxFileSize);
  const results: FileResult[] = [];
  for (const file of files) {
    const text = readInput(file.absolute, command.maxFileSize);
    if (typeof text !== 'string') {
      say(`cannot read '${file.display}': ${text.error}`);
      unreadable = true;
      continue;
    }
    const analysis = analyzeText(text, {
      path: workspacePath(io.cwd, file.absolute),
      readFile,
      maxFileSize: command.maxFileSize,
    });
    results.push({ file: file.display, diagnostics: byPosition(analysis.diagnostics) });
  }
  io.out(command.format === 'json' ? formatJson(results) : formatText(results));
  if (unreadable) return EXIT_USAGE;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
}

function graph(command: Extract<Command, { command: 'graph' }>, io: Io, say: (m: string) => void): number {
  const absolute = path.resolve(io.cwd, command.file);
  const text = readInput(absolute, command.maxFileSize);
  if (typeof text !== 'string') {
    say(`cannot read '${command.file}': ${text.error}`);
    return EXIT_USAGE;
  }
  const wsPath = workspacePath(io.cwd, absolute);
  const readFile = workspaceReader(io.cwd, command.maxFileSize);
  const analysis = analyzeText(text, { path: wsPath, readFile, maxFileSize: command.maxFileSize });
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
    case 'tree':
      return toTree(analysis);
  }
}
