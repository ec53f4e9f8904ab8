// `argmap import`: an Argdown file or a Kialo export → an argument file on stdout; what argmap
// cannot represent is said on stderr (and kept in the file), a malformed input is exit 2 with its line.
import path from 'node:path';
import { ImportError, importFormatOf, importText } from '../interchange';
import type { Command } from './args';
import { EXIT_OK, EXIT_USAGE, type Io } from './main';
import { readInput } from './input';
import { readConfig } from './config';
import { findWorkspaceRoot } from './root';

export function runImport(command: Extract<Command, { command: 'import' }>, io: Io, say: (m: string) => void): number {
  const format = command.from ?? importFormatOf(command.file);
  if (!format) {
    say(`cannot tell the format of '${command.file}' from its extension: use --from argdown or --from kialo`);
    return EXIT_USAGE;
  }
  const text = readInput(path.resolve(io.cwd, command.file), command.maxFileSize);
  if (typeof text !== 'string') {
    say(`cannot read '${command.file}': ${text.error}`);
    return EXIT_USAGE;
  }
  if (Buffer.byteLength(text) > command.maxFileSize) {
    say(`cannot import '${command.file}': it is larger than ${command.maxFileSize} bytes (--max-file-size)`);
    return EXIT_USAGE;
  }
  // Ids are written in `argmap.ids.style` of the workspace the output is written in: the working directory's.
  const found = findWorkspaceRoot('.', io.cwd);
  const idStyle = 'root' in found ? readConfig(found.root).idStyle : undefined;
  try {
    const result = importText(format, text, command.file, { idStyle });
    io.out(result.markdown);
    for (const note of result.notes) say(`${command.file}:${note.line}: note: ${note.message}`);
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    say(`${command.file}:${e.line}: cannot import: ${e.message}`);
    return EXIT_USAGE;
  }
}
