// Interchange: argument files in from other tools (Argdown, Kialo) and out to AIF.
// Pure text in, text out: the CLI reads and writes the files.
import { importArgdown } from './argdown';
import { importKialo } from './kialo';
import type { ImportResult } from './types';
import type { WriteOptions } from './write';

export { ImportError, type ImportNote, type ImportResult } from './types';
export type { WriteOptions } from './write';

export const IMPORT_FORMATS = ['argdown', 'kialo'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The format a file's extension names, if any: `.argdown`/`.ad` Argdown, `.txt` a Kialo export. */
export function importFormatOf(file: string): ImportFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.argdown') || lower.endsWith('.ad')) return 'argdown';
  if (lower.endsWith('.txt')) return 'kialo';
  return undefined;
}

/** Converts `text` (the file `file`, named in the front matter) to an argument file. Throws `ImportError`. */
export function importText(format: ImportFormat, text: string, file: string, options: WriteOptions = {}): ImportResult {
  return format === 'argdown' ? importArgdown(text, file, options) : importKialo(text, file, options);
}
