// Tokenizes Markdown the way VS Code does, with the argmap injection over the stand-in
// base grammar. vscode-textmate and its wasm regex engine come from vscode-tmgrammar-test,
// loaded at run time (not bundled) so the wasm file is found beside them.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The repository root: the nearest folder above this file with argmap's package.json. */
export const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'argmap') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no argmap package.json above ${__dirname}`);
  }
})();

export const BASE_GRAMMAR = path.join(ROOT, 'test', 'grammar', 'markdown-base.tmLanguage.json');
export const MARKDOWN_SCOPE = 'text.html.markdown';

export interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** The grammars package.json contributes: the test exercises the manifest, not a copy of it. */
export function contributedGrammars(): GrammarContribution[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return (manifest.contributes?.grammars ?? []) as GrammarContribution[];
}

export interface Token {
  text: string;
  scopes: string[];
}

interface RawToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: RawToken[]; ruleStack: unknown };
}
interface Registry {
  loadGrammar(scopeName: string): Promise<Grammar | null>;
}
interface TmGrammarTestCommon {
  createRegistry(grammars: { path: string; scopeName: string; injectTo?: string[] }[]): Registry;
}

let grammar: Promise<Grammar> | undefined;

/** The Markdown grammar with every contributed injection, loaded once. */
export function markdownGrammar(): Promise<Grammar> {
  grammar ??= (async () => {
    const load = createRequire(path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'package.json'));
    const common = load('./dist/common/index.js') as TmGrammarTestCommon;
    const injections = contributedGrammars().map((g) => ({ ...g, path: path.join(ROOT, g.path) }));
    const registry = common.createRegistry([{ path: BASE_GRAMMAR, scopeName: MARKDOWN_SCOPE }, ...injections]);
    const loaded = await registry.loadGrammar(MARKDOWN_SCOPE);
    if (!loaded) throw new Error(`cannot load ${MARKDOWN_SCOPE}`);
    return loaded;
  })();
  return grammar;
}

/** Tokens of each line of `text`. */
export async function tokenize(text: string): Promise<Token[][]> {
  const g = await markdownGrammar();
  let state: unknown = null;
  return text.split(/\r?\n/).map((line) => {
    const { tokens, ruleStack } = g.tokenizeLine(line, state);
    state = ruleStack;
    return tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The text of the tokens of `lines` that carry a scope starting with `prefix`, e.g. `keyword.control.argmap`. */
export function textsWithScope(lines: Token[][], prefix: string): string[] {
  return lines.flat().filter((t) => t.scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`))).map((t) => t.text);
}
