// `argmap graph --format aif`: the graph JSON as OVA3's xAIF, with the text of cross-file targets
// read from their files (each file analysed once), else their `file.arg.md#id` name.
import path from 'node:path';
import { toXaif } from '../interchange/aif';
import { analyzeText, type Analysis, type FileReader } from '../model';
import { toGraphJson } from '../model';

export function renderAif(analysis: Analysis, wsPath: string, readFile: FileReader, maxFileSize: number): string {
  const files = new Map<string, Analysis | undefined>();
  const externalText = (name: string): string | undefined => {
    const hash = name.lastIndexOf('#');
    if (hash <= 0) return undefined;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(wsPath), name.slice(0, hash)));
    if (!files.has(target)) {
      const text = readFile(target);
      files.set(target, typeof text === 'string' ? analyzeText(text, { path: target, maxFileSize }) : undefined);
    }
    const id = name.slice(hash + 1);
    return files.get(target)?.nodes.find((n) => n.id === id && !n.reference)?.text;
  };
  return JSON.stringify(toXaif(toGraphJson(analysis), externalText), null, 2) + '\n';
}
