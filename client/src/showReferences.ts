// The code lens's click: the server sends `argmap.showReferences` with JSON arguments (a uri
// string, an LSP position, LSP locations); VS Code's `editor.action.showReferences` takes
// its own Uri, Position and Location objects, which the language client does not convert
// in a command's arguments. This command converts them and runs VS Code's.
import * as vscode from 'vscode';

export const SHOW_REFERENCES_COMMAND = 'argmap.showReferences';

interface LspPosition {
  line: number;
  character: number;
}
interface LspLocation {
  uri: string;
  range: { start: LspPosition; end: LspPosition };
}

const position = (p: LspPosition) => new vscode.Position(p.line, p.character);

export function showReferences(uri: unknown, at: unknown, locations: unknown): Thenable<unknown> | undefined {
  if (typeof uri !== 'string' || !isPosition(at) || !Array.isArray(locations)) return undefined;
  const converted = locations
    .filter((l): l is LspLocation => typeof l?.uri === 'string' && isPosition(l?.range?.start) && isPosition(l?.range?.end))
    .map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end))));
  return vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), position(at), converted);
}

function isPosition(p: unknown): p is LspPosition {
  return typeof p === 'object' && p !== null && typeof (p as LspPosition).line === 'number' && typeof (p as LspPosition).character === 'number';
}
