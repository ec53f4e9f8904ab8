// The markdown-it plugin for VS Code's built-in Markdown preview: in argument files, each label
// becomes a small tag by kind with the node's status as words, and a trailing `{#id}` is hidden
// and becomes the element's real id. Pure: it touches only the tokens markdown-it hands it.
//
// Labels and ids become tokens of their own whose `content` is the original text, so anything
// that reads a heading's text from its tokens (VS Code's heading slugs) sees the text unchanged.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { BOLD_LABEL as BOLD, BOLD_LABEL_WITH_COLON as BOLD_WITH_COLON, PLAIN_LABEL as PLAIN, labelKind as previewKind, type LabelKind as PreviewKind } from '../../../server/src/shared/labels';
import type { StatusWords } from './status';

/** What the preview knows of the document being rendered. */
export interface PreviewDocument {
  /** Status words by node line, or undefined while the server's graph of this version is not in. */
  readonly statuses: StatusWords | undefined;
}

export interface PreviewOptions {
  /** The rendered document (from markdown-it's `env`) when it is an argument file, else undefined. */
  argumentDocument(env: unknown): PreviewDocument | undefined;
}

const TRAILING_ID = /\s*\{#([^\s{}]+)\}\s*$/;

const LABEL_TOKEN = 'argmap_label';
const ID_TOKEN = 'argmap_id';

export function argmapPreview(md: MarkdownIt, options: PreviewOptions): void {
  // One answer per render (`env` is new for each); statuses are read when rendering, not when
  // parsing, because VS Code reuses a version's tokens when the preview is refreshed.
  const documents = new WeakMap<object, PreviewDocument | undefined>();
  const documentOf = (env: unknown): PreviewDocument | undefined => {
    const key = env !== null && typeof env === 'object' ? env : undefined;
    if (key && documents.has(key)) return documents.get(key);
    let document: PreviewDocument | undefined;
    try {
      document = options.argumentDocument(env);
    } catch {
      document = undefined;
    }
    if (key) documents.set(key, document);
    return document;
  };
  md.core.ruler.push('argmap_nodes', (state) => {
    if (documentOf(state.env)) markNodes(state);
  });
  const escape = md.utils.escapeHtml;
  md.renderer.rules[LABEL_TOKEN] = (tokens, idx, _options, env) => {
    const { kind, label, line } = tokens[idx].meta as { kind: PreviewKind; label: string; line: number | undefined };
    const words = line === undefined ? undefined : documentOf(env)?.statuses?.get(line);
    const status = words?.length
      ? `<span class="argmap-status${/^[a-z]+$/.test(words[0]) ? ` argmap-status-${words[0]}` : ''}">${words.map(escape).join(' · ')}</span>`
      : '';
    return `<span class="argmap-tag argmap-tag-${kind}">${escape(label)}</span>${status} `;
  };
  // A heading's id belongs to VS Code (its slug); a node heading's id is an anchor inside it.
  md.renderer.rules[ID_TOKEN] = (tokens, idx) => {
    const { id, anchor } = tokens[idx].meta as { id: string; anchor?: boolean };
    return anchor ? `<a class="argmap-anchor" id="${escape(id)}"></a>` : '';
  };
}

function markNodes(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const inline = tokens[i];
    const open = tokens[i - 1];
    if (inline.type !== 'inline' || !inline.children) continue;
    if (open.type !== 'paragraph_open' && open.type !== 'heading_open') continue;
    const label = takeLabel(state, inline.children);
    if (!label) continue;
    label.token.meta = { kind: label.kind, label: label.word, line: open.map?.[0] };

    // The element that carries the id and the kind: the list item whose first paragraph this is,
    // else the paragraph or heading itself.
    const item = open.type === 'paragraph_open' && tokens[i - 2]?.type === 'list_item_open' ? tokens[i - 2] : undefined;
    const element = item ?? open;
    element.attrJoin('class', `argmap-node argmap-${label.kind}`);
    const id = takeId(state, inline.children);
    if (!id) continue;
    const meta = id.meta as { id: string; anchor?: boolean };
    // A tight list's paragraphs render no tag of their own: an anchor carries the id there too.
    if (open.type === 'heading_open' || (open.hidden && !item)) meta.anchor = true;
    else element.attrSet('id', meta.id);
  }
}

/** Replaces a leading label (`Claim:`, `**Claim:**`, `**Claim**:`) with one label token. */
function takeLabel(state: StateCore, children: Token[]): { token: Token; kind: PreviewKind; word: string } | undefined {
  // markdown-it opens an inline that starts with emphasis with an empty text token: it renders nothing.
  while (children.length > 1 && children[0].type === 'text' && children[0].content === '') children.shift();
  const [first, second, third, fourth] = children;
  const make = (word: string, content: string, remove: number, rest?: Token) => {
    const kind = previewKind(word);
    if (!kind) return undefined;
    const token = new state.Token(LABEL_TOKEN, '', 0);
    token.content = content;
    children.splice(0, remove, token);
    if (rest) {
      // The space after the label moves into the label token, so the tokens' text stays whole.
      const space = /^\s*/.exec(rest.content)![0];
      token.content += space;
      rest.content = rest.content.slice(space.length);
    }
    return { token, kind, word: word.trim() };
  };
  if (first?.type === 'text') {
    const m = PLAIN.exec(first.content);
    if (!m) return undefined;
    const end = m[0].length + (/^\s*/.exec(first.content.slice(m[0].length))?.[0].length ?? 0);
    const label = first.content.slice(0, end);
    first.content = first.content.slice(end);
    return make(m[1], label, 0);
  }
  if (first?.type !== 'strong_open' || first.markup !== '**' || second?.type !== 'text' || third?.type !== 'strong_close') return undefined;
  const withColon = BOLD_WITH_COLON.exec(second.content);
  if (withColon) {
    // `**Claim:**text` with no space is a label typo, not a node.
    if (fourth && !(fourth.type === 'text' && /^\s/.test(fourth.content)) && fourth.type !== 'softbreak') return undefined;
    return make(withColon[1], `**${second.content}**`, 3, fourth?.type === 'text' ? fourth : undefined);
  }
  const bare = BOLD.exec(second.content);
  if (bare && fourth?.type === 'text' && fourth.content.startsWith(':')) {
    fourth.content = fourth.content.slice(1);
    return make(bare[1], `**${second.content}**:`, 3, fourth);
  }
  return undefined;
}

/** Replaces a trailing `{#id}` in the last text token with a hidden id token. */
function takeId(state: StateCore, children: Token[]): Token | undefined {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return undefined;
  const m = TRAILING_ID.exec(last.content);
  if (!m) return undefined;
  last.content = last.content.slice(0, m.index);
  const token = new state.Token(ID_TOKEN, '', 0);
  token.content = m[0];
  token.meta = { id: m[1] };
  children.push(token);
  return token;
}
