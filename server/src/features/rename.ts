// Rename and prepareRename. argmap accepts exactly on an explicit id, on a link's fragment
// that resolves to a node id, and on a footnote label; anywhere else it rejects with an
// error, so that VS Code asks its own Markdown rename next (spec editing.md "Rename").
// A rename edits every file or none: a bad or clashing name, an incomplete workspace or a
// link it cannot edit fails the whole rename with a message.
import { slug } from 'github-slugger';
import { LSPErrorCodes, ResponseError, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { idTextRange, normalizeLabel, occurrences, spotAt, type Spot } from '../model';
import { byId, designatedNode, linkTarget, type NodeInFile } from './navigationTarget';
import { linksTo } from './references';
import { RENAME_WAIT_MS, type AnalysedFile, type ArgumentWorkspace } from './workspaceFiles';

export const renameMessages = {
  nothing: 'argmap renames node ids and footnote labels; there is none here',
  noExplicitId: 'this node has no explicit id; add one with the quick fix',
  headingSlug: "this link points at a heading's slug; argmap renames node ids only",
  invalidId: (name: string) => `\`${name}\` is not a valid id: an id is not empty and holds no whitespace, #, {, }, (, ), [ or ]`,
  usedId: (name: string, line: number) => `the id \`${name}\` is already used on line ${line}`,
  invalidLabel: (name: string) => `\`${name}\` is not a valid footnote label: a label is not empty and holds no whitespace, [ or ]`,
  usedLabel: (name: string, line: number) => `the footnote label \`${name}\` is already used on line ${line}`,
  incomplete: 'the workspace is still being indexed; nothing was renamed, try again when it is done',
  referenceStyle: (path: string, line: number) =>
    `a reference-style link on line ${line} of ${path} points at this id through its definition; change that link to \`[text](#id)\` first: nothing was renamed`,
};

const VALID_ID = /^[^\s#{}()[\]]+$/;
const VALID_LABEL = /^[^\s[\]]+$/;

function fail(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/** What a rename at a position renames: a node's explicit id, or a footnote label of the file. */
type Subject = { kind: 'id'; range: Range; target: NodeInFile } | { kind: 'footnote'; range: Range; label: string; raw: string };

async function subjectAt(workspace: ArgumentWorkspace, file: AnalysedFile, position: Position): Promise<Subject | ResponseError<void>> {
  const spot: Spot | undefined = spotAt(file.analysis, position);
  if (!spot) return fail(renameMessages.nothing);
  switch (spot.kind) {
    case 'footnote': {
      const f = occurrences(file.analysis).footnotes.get(spot.label);
      const raw = f?.definition?.definition.raw ?? f?.calls[0]?.ref.raw ?? spot.label;
      return { kind: 'footnote', range: spot.range, label: spot.label, raw };
    }
    case 'id': {
      const target = await designatedNode(workspace, file, spot);
      return target ? { kind: 'id', range: idTextRange(spot.range), target } : fail(renameMessages.nothing);
    }
    case 'link': {
      const target = await linkTarget(workspace, file, spot.occurrence);
      // Resolved, but not to a node: a prose heading's slug.
      if (!target) return fail(file.analysis.links.get(spot.occurrence.link)?.target ? renameMessages.headingSlug : renameMessages.nothing);
      if (!byId(spot.occurrence, target.node)) return fail(renameMessages.headingSlug);
      const fragment = spot.occurrence.link.fragment;
      if (!fragment) return fail(renameMessages.referenceStyle(file.analysis.path, spot.occurrence.link.range.start.line + 1));
      return { kind: 'id', range: fragment, target };
    }
    case 'node':
      return fail(file.analysis.nodes[spot.node].explicitId ? renameMessages.nothing : renameMessages.noExplicitId);
  }
}

export async function prepareRename(
  workspace: ArgumentWorkspace,
  file: AnalysedFile,
  position: Position,
): Promise<{ range: Range; placeholder: string } | ResponseError<void>> {
  const subject = await subjectAt(workspace, file, position);
  if (subject instanceof ResponseError) return subject;
  return { range: subject.range, placeholder: subject.kind === 'id' ? subject.target.node.id : subject.raw };
}

export async function rename(
  workspace: ArgumentWorkspace,
  file: AnalysedFile,
  position: Position,
  newName: string,
): Promise<WorkspaceEdit | ResponseError<void>> {
  const subject = await subjectAt(workspace, file, position);
  if (subject instanceof ResponseError) return subject;
  return subject.kind === 'footnote' ? renameFootnote(file, subject.label, newName) : renameId(workspace, subject.target, newName);
}

function renameFootnote(file: AnalysedFile, label: string, newName: string): WorkspaceEdit | ResponseError<void> {
  if (!VALID_LABEL.test(newName)) return fail(renameMessages.invalidLabel(newName));
  const found = occurrences(file.analysis).footnotes;
  const clash = found.get(normalizeLabel(newName));
  if (clash && clash.label !== label) {
    const at = clash.definition?.label ?? clash.calls[0].label;
    return fail(renameMessages.usedLabel(newName, at.start.line + 1));
  }
  const f = found.get(label);
  const edits: TextEdit[] = [];
  if (f?.definition) edits.push({ range: f.definition.label, newText: newName });
  for (const c of f?.calls ?? []) edits.push({ range: c.label, newText: newName });
  return { changes: { [file.uri]: edits } };
}

async function renameId(workspace: ArgumentWorkspace, target: NodeInFile, newName: string): Promise<WorkspaceEdit | ResponseError<void>> {
  if (!VALID_ID.test(newName)) return fail(renameMessages.invalidId(newName));
  const { node, analysis } = target;
  const clash = analysis.nodes.find((n) => n.explicitId && n.id === newName && n.index !== node.index);
  if (clash) return fail(renameMessages.usedId(newName, clash.range.start.line + 1));
  if (workspace.complete && !(await workspace.complete(RENAME_WAIT_MS))) return fail(renameMessages.incomplete);

  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range, newText: string) => (changes[uri] ??= []).push({ range, newText });
  if (node.idRange) add(target.uri, idTextRange(node.idRange), newName);
  const slugs = headingSlugs(target, newName);
  for (const found of await linksTo(workspace, target)) {
    const { link } = found;
    const newText = link.id === node.id ? newName : slugs && link.id === slugs.old ? slugs.new : undefined;
    if (newText === undefined) continue;
    if (!link.fragment) return fail(renameMessages.referenceStyle(found.path, link.range.start.line + 1));
    add(found.uri, link.fragment, newText);
  }
  return { changes };
}

/** A heading's slug holds its `{#id}` text: the slug before and after the rename, when it changes. */
function headingSlugs(target: NodeInFile, newName: string): { old: string; new: string } | undefined {
  const heading = target.analysis.headings.find((h) => h.node === target.node.index);
  const written = `{#${target.node.id}}`;
  const at = heading?.text.lastIndexOf(written) ?? -1;
  // A repeated heading's slug has a `-1` suffix that a rename may shift: those links are left to the author.
  if (!heading || at < 0 || slug(heading.text) !== heading.slug) return undefined;
  const renamed = slug(heading.text.slice(0, at) + `{#${newName}}` + heading.text.slice(at + written.length));
  return renamed === heading.slug ? undefined : { old: heading.slug, new: renamed };
}
