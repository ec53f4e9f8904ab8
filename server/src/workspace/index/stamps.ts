// A file's stamp: what the disk cache keys a file by. Modification time and size change
// with every save that changes the text; a file that is gone has the stamp `missing`.
import { promises as fs } from 'node:fs';

export type Stamp = string;

export const MISSING: Stamp = 'missing';

export async function stampOf(fsPath: string): Promise<Stamp> {
  try {
    const stat = await fs.stat(fsPath);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return MISSING;
  }
}
