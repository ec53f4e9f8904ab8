// Argdown → an argument file. Argdown's own parser and model builder (`@argdown/core`) read the
// text; this file maps its statements, arguments, relations and sections onto argmap's nodes.
import {
  ArgdownApplication,
  DataPlugin,
  ModelPlugin,
  ParserPlugin,
  type IArgdownResponse,
  type IArgument,
  type IEquivalenceClass,
  type IRelation,
  type ISection,
  type IStatement,
  type RelationMember,
} from '@argdown/core';
import { idAllocator, slugOf } from './ids';
import { ImportError, type ImportEdge, type ImportMap, type ImportNode, type ImportNote, type ImportResult } from './types';
import { writeMarkdown, type WriteOptions } from './write';

/** Largest Argdown text read (UTF-16 units): Argdown's parser is not bounded in time on more. */
export const MAX_ARGDOWN_SIZE = 5_000_000;

export function importArgdown(text: string, file: string, options: WriteOptions = {}): ImportResult {
  if (text.length > MAX_ARGDOWN_SIZE) throw new ImportError(1, `the file is larger than ${MAX_ARGDOWN_SIZE} characters`);
  const response = parseArgdown(text);
  const notes: ImportNote[] = [];
  const map = toImportMap(response, notes);
  return { markdown: writeMarkdown(map, { format: 'argdown', file }, options), notes };
}

function parseArgdown(input: string): IArgdownResponse {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  let response: IArgdownResponse;
  try {
    response = app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'none', throwExceptions: false });
  } catch (e) {
    throw new ImportError(1, `Argdown could not read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Syntax errors first: a later plugin's exception is usually only their consequence.
  const syntax = [
    ...(response.lexerErrors ?? []).map((e) => ({ line: lineOf(e.line), message: e.message })),
    ...(response.parserErrors ?? []).map((e) => ({ line: lineOf(e.token?.startLine), message: e.message })),
  ].sort((a, b) => a.line - b.line);
  const first = syntax[0] ?? (response.exceptions?.length ? { line: 1, message: response.exceptions[0].message } : undefined);
  if (first) throw new ImportError(first.line, `Argdown: ${first.message}`);
  return response;
}

function lineOf(line: number | undefined): number {
  return line !== undefined && Number.isFinite(line) && line > 0 ? line : 1;
}

/** Argdown's relation types → argmap's label for the child; symmetric ones are also noted. */
const LABEL: Record<string, ImportEdge['label']> = {
  support: 'Reason',
  entails: 'Reason',
  attack: 'Challenge',
  undercut: 'Challenge',
  contrary: 'Challenge',
  contradictory: 'Challenge',
};

function toImportMap(response: IArgdownResponse, notes: ImportNote[]): ImportMap {
  const allocate = idAllocator();
  const sections = flattenSections(response.sections ?? []);
  const sectionIndex = new Map(sections.map((s, i) => [s, i]));
  const nodes: ImportNode[] = [];
  const keyOf = new Map<RelationMember, string>();
  const byKey = new Map<string, ImportNode>();

  const add = (entity: IEquivalenceClass | IArgument, key: string) => {
    const members: IStatement[] = entity.members ?? [];
    const texts = unique(members.map((m) => (m.text ?? '').trim()).filter((t) => t !== ''));
    // Where the source defines it at the top level, else its first use: that section is its home.
    const first = members.find((m) => m.isTopLevel) ?? members.find((m) => !m.isReference) ?? members[0];
    const line = lineOf(first?.startLine ?? entity.startLine);
    const node: ImportNode = {
      key,
      id: allocate(slugOf(entity.title ?? key)),
      text: texts[0] ?? entity.title ?? key,
      line,
      section: first?.section ? sectionIndex.get(first.section) : undefined,
      notes: [],
    };
    if (entity.type === 'argument') node.notes!.push(`argument <${entity.title}>`);
    if (texts.length > 1) {
      node.notes!.push(`also written as: ${texts.slice(1).map((t) => JSON.stringify(t)).join(', ')}`);
      notes.push({ line, message: `[${entity.title}] has ${texts.length} different texts: the first is the node's text, the others are kept in a comment` });
    }
    const tags = unique([...(entity.tags ?? []), ...members.flatMap((m) => m.tags ?? [])]);
    if (tags.length) node.notes!.push(`tags: ${tags.map((t) => `#(${t})`).join(' ')}`);
    const data = { ...mergedData(members), ...(entity.data ?? {}) };
    if (Object.keys(data).length) node.notes!.push(`data: ${JSON.stringify(data)}`);
    nodes.push(node);
    byKey.set(key, node);
    keyOf.set(entity, key);
  };

  const statements = Object.values(response.statements ?? {});
  const args = Object.values(response.arguments ?? {});
  const entities: (IEquivalenceClass | IArgument)[] = [...statements, ...args];
  entities.sort((a, b) => firstLine(a) - firstLine(b));
  for (const entity of entities) add(entity, `${entity.type === 'argument' ? 'a' : 's'}:${entity.title}`);
  const statementKey = (title: string | undefined) => (title === undefined ? undefined : keyOf.get(response.statements![title]));
  const argumentKey = (title: string | undefined) => (title === undefined ? undefined : keyOf.get(response.arguments![title]));

  const edges: ImportEdge[] = [];
  for (const relation of response.relations ?? []) {
    const from = memberKey(relation.from, keyOf, argumentKey);
    const to = memberKey(relation.to, keyOf, argumentKey);
    const line = lineOf(relation.occurrences?.[0]?.startLine);
    const label = LABEL[relation.relationType];
    if (!from || !to || !label) {
      notes.push({ line, message: `a relation argmap cannot place was left out: ${describeRelation(relation)}` });
      continue;
    }
    edges.push({ from, to, label, line });
    if (relation.relationType === 'contradictory') {
      notes.push({ line, message: `a contradictory relation (><) is written as one attack, ${relation.from?.title} on ${relation.to?.title}` });
      byKey.get(from)?.notes?.push(`contradictory (><) with [${relation.to?.title}]`);
    } else if (relation.relationType === 'undercut') {
      byKey.get(from)?.notes?.push(`undercuts <${relation.to?.title}>`);
    }
  }

  // An argument's premise-conclusion structure: premises support the argument, the argument its conclusion.
  for (const argument of args) {
    const key = keyOf.get(argument)!;
    for (const statement of argument.pcs ?? []) {
      const sKey = statementKey(statement.title);
      if (!sKey) continue;
      const line = lineOf(statement.startLine);
      const inference = (statement as { inference?: { inferenceRules?: string[]; data?: unknown } }).inference;
      const rules = inference?.inferenceRules?.filter((r) => r.trim() !== '') ?? [];
      if (rules.length) byKey.get(key)?.notes?.push(`inference to [${statement.title}]: ${rules.join(', ')}`);
      if (inference?.data && Object.keys(inference.data).length) byKey.get(key)?.notes?.push(`inference data: ${JSON.stringify(inference.data)}`);
      if (statement.role === 'main-conclusion') edges.push({ from: key, to: sKey, label: 'Reason', line });
      else {
        edges.push({ from: sKey, to: key, label: 'Reason', line });
        if (statement.role === 'intermediary-conclusion') byKey.get(sKey)?.notes?.push(`intermediary conclusion of <${argument.title}>`);
      }
    }
  }

  for (const node of nodes) if (!node.notes?.length) delete node.notes;
  const { title, ...rest } = (response.frontMatter ?? {}) as Record<string, unknown>;
  return {
    title: typeof title === 'string' ? title : undefined,
    frontMatter: Object.keys(rest).length || (title !== undefined && typeof title !== 'string') ? { argdown: response.frontMatter } : undefined,
    nodes,
    edges: dedupe(edges.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))),
    sections: sections.map((s) => ({ title: s.title ?? '', level: s.level ?? 1, notes: sectionNotes(s) })),
  };
}

function memberKey(member: RelationMember | undefined, keyOf: Map<RelationMember, string>, argumentKey: (t?: string) => string | undefined): string | undefined {
  if (!member) return undefined;
  if (member.type === 'inference') return argumentKey(member.argumentTitle);
  return keyOf.get(member);
}

function flattenSections(sections: ISection[]): ISection[] {
  const out: ISection[] = [];
  const stack = [...sections].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    stack.push(...[...(s.children ?? [])].reverse());
  }
  return out;
}

function sectionNotes(section: ISection): string[] | undefined {
  const notes: string[] = [];
  if (section.tags?.length) notes.push(`tags: ${section.tags.map((t) => `#(${t})`).join(' ')}`);
  if (section.data && Object.keys(section.data).length) notes.push(`data: ${JSON.stringify(section.data)}`);
  return notes.length ? notes : undefined;
}

function firstLine(entity: IEquivalenceClass | IArgument): number {
  const lines = (entity.members ?? []).map((m) => m.startLine ?? Infinity);
  return Math.min(entity.startLine ?? Infinity, ...lines);
}

function mergedData(members: IStatement[]): Record<string, unknown> {
  return Object.assign({}, ...members.map((m) => (m.data && typeof m.data === 'object' ? m.data : {})));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function dedupe(edges: ImportEdge[]): ImportEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.from}\u0000${e.to}\u0000${e.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeRelation(relation: IRelation): string {
  return `${relation.from?.title ?? '?'} ${relation.relationType} ${relation.to?.title ?? '?'}`;
}
