// The command "Convert Ids in This File": every id of the active argument file rewritten as a
// GitHub anchor `<a id="x"></a>` or as `{#x}`, through the server's `argmap/convertIds` (the
// model's refactor), applied as one undoable edit. An argument (`'html'`/`'pandoc'`) skips the picker.
import * as vscode from 'vscode';
import { ConvertIdsRequest, type IdStyle } from '../../server/src/protocol';
import type { ArgmapLanguageServer } from './languageServer';

export const CONVERT_IDS_COMMAND = 'argmap.convertIds';

export async function convertIdsCommand(server: ArgmapLanguageServer, style?: unknown): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const to = style === 'html' || style === 'pandoc' ? style : await pickStyle();
  if (!to) return undefined;
  await server.ready;
  const client = server.client;
  if (!client) throw new Error('the argmap language server is not running');
  const document = editor.document;
  const version = document.version;
  const result = await client.sendRequest(ConvertIdsRequest.type, { uri: document.uri.toString(), text: document.getText(), style: to });
  if (!result) {
    void vscode.window.showInformationMessage('argmap: this file is not an argument file (argmap.files).');
    return undefined;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage('argmap: the file changed while its ids were converted; run the command again.');
    return undefined;
  }
  if (result.edits.length) {
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      const r = e.range;
      edit.replace(document.uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), e.newText);
    }
    await vscode.workspace.applyEdit(edit);
  }
  const left = result.skipped.map((s) => `line ${s.line}: ${s.id} (${s.reason})`).join('; ');
  const form = to === 'html' ? 'GitHub anchors' : '{#id}';
  void vscode.window.showInformationMessage(`argmap: ${result.converted} id${result.converted === 1 ? '' : 's'} converted to ${form}.${left ? ` Left as they are: ${left}.` : ''}`);
  return result.converted;
}

async function pickStyle(): Promise<IdStyle | undefined> {
  const items: (vscode.QuickPickItem & { style: IdStyle })[] = [
    { label: 'To GitHub anchors', description: '<a id="x"></a>', detail: 'Invisible on GitHub, where links to #x then scroll', style: 'html' },
    { label: 'To Pandoc ids', description: '{#x}', detail: 'The shorter form; GitHub shows it as text', style: 'pandoc' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Convert every id of this file' });
  return picked?.style;
}
