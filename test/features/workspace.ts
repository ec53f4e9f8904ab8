// A workspace of argument files for feature tests: path → Markdown (one file may carry the
// `$$CURSOR$$`), analysed as the model analyses them, behind the ArgumentWorkspace interface.
import type { Position } from 'vscode-languageserver';
import type { AnalysedFile, ArgumentWorkspace } from '../../server/src/features/workspaceFiles';
import { CURSOR, analysisOf, withCursor } from './text';

export const ROOT = 'file:///ws/';
export const uri = (path: string): string => ROOT + path;

export interface TestWorkspace {
  workspace: ArgumentWorkspace;
  /** The file holding the cursor, analysed. */
  file: AnalysedFile;
  position: Position;
}

/** `marked` is every file; exactly one holds `$$CURSOR$$`. Unreadable files: paths mapped to `undefined`. */
export function workspaceOf(marked: Record<string, string | undefined>): TestWorkspace {
  const texts: Record<string, string> = {};
  let cursor: { path: string; position: Position } | undefined;
  for (const [path, text] of Object.entries(marked)) {
    if (text === undefined) continue;
    if (text.includes(CURSOR)) {
      const c = withCursor(text);
      texts[path] = c.text;
      cursor = { path, position: c.position };
    } else texts[path] = text;
  }
  if (!cursor) throw new Error('one file needs a $$CURSOR$$');
  const workspace: ArgumentWorkspace = {
    uris: async () => Object.keys(marked).map(uri),
    analysis: async (u) => {
      const path = u.slice(ROOT.length);
      return texts[path] === undefined ? undefined : analysisOf(texts[path], path, texts);
    },
    resolve: (_near, path) => uri(path),
  };
  return { workspace, file: { uri: uri(cursor.path), analysis: analysisOf(texts[cursor.path], cursor.path, texts) }, position: cursor.position };
}

export const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** `text` with its first `find` replaced by `marked` (taken literally: `$$CURSOR$$` stays as written). */
export const put = (text: string, find: string, marked: string): string => text.replace(find, () => marked);
