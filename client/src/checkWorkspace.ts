// "argmap: Check All Argument Files": the server publishes every argument file's
// diagnostics to the Problems panel; this says how many files that was and shows the panel.
import * as vscode from 'vscode';
import type { CheckWorkspaceResult } from '../../server/src/protocol';

export const CHECK_WORKSPACE_COMMAND = 'argmap.checkWorkspace';

export async function checkWorkspace(server: { checkWorkspace(): Promise<CheckWorkspaceResult> }): Promise<CheckWorkspaceResult | undefined> {
  let result: CheckWorkspaceResult;
  try {
    result = await server.checkWorkspace();
  } catch (err) {
    void vscode.window.showErrorMessage(`argmap: could not check the argument files: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  const files = `${result.files} argument file${result.files === 1 ? '' : 's'}`;
  const message = result.complete
    ? `argmap: checked ${files}; their problems are in the Problems panel.`
    : `argmap: checked ${files} so far; the rest are added to the Problems panel as they are indexed.`;
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(message);
  return result;
}
