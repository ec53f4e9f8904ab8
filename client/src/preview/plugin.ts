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
  // VS Code parses a document with no `currentDocument` in `env` (it caches the tokens per
  // version) and names the document only when rendering: so nodes are marked in every Markdown
  // file, and each rule below draws them as nodes only when the rendered file is an argument file,
  // else exactly as markdown-it would have (the tokens keep what they replaced).
  md.core.ruler.push('argmap_nodes', (state) => markNodes(state));
  const escape = md.utils.escapeHtml;
  md.renderer.rules[LABEL_TOKEN] = (tokens, idx, options, env, self) => {
    const { kind, label, line, original, text } = tokens[idx].meta as unknown as LabelMeta;
    const document = documentOf(env);
    if (!document) return self.renderInline(original, options, env) + escape(text);
    const words = line === undefined ? undefined : document.statuses?.get(line);
    const status = words?.length
      ? `<span class="argmap-status${/^[a-z]+$/.test(words[0]) ? ` argmap-status-${words[0]}` : ''}">${words.map(escape).join(' · ')}</span>`
      : '';
    return `<span class="argmap-tag argmap-tag-${kind}">${escape(label)}</span>${status} `;
  };
  // A heading's id belongs to VS Code (its slug); a node heading's id is an anchor inside it.
  md.renderer.rules[ID_TOKEN] = (tokens, idx, _options, env) => {
    const { id, anchor } = tokens[idx].meta as { id: string; anchor?: boolean };
    if (!documentOf(env)) return escape(tokens[idx].content);
    return anchor ? `<a class="argmap-anchor" id="${escape(id)}"></a>` : '';
  };
  // The node's element gets its class (and id) while it is rendered, and only then: the tokens are reused.
  for (const type of ['paragraph_open', 'heading_open', 'list_item_open']) {
    const previous = md.renderer.rules[type];
    md.renderer.rules[type] = (tokens, idx, options, env, self) => {
      const token = tokens[idx];
      const node = (token.meta as { argmapNode?: ElementMeta } | null)?.argmapNode;
      const render = () => (previous ? previous(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options));
      if (!node || !documentOf(env)) return render();
      const saved = token.attrs?.map(([k, v]) => [k, v] as [string, string]) ?? null;
      token.attrJoin('class', `argmap-node argmap-${node.kind}`);
      if (node.id !== undefined) token.attrSet('id', node.id);
      try {
        return render();
      } finally {
        token.attrs = saved;
      }
    };
  }
}

interface LabelMeta {
  kind: PreviewKind;
  label: string;
  line: number | undefined;
  /** What the label token replaced, to render a file that is not an argument file as before. */
  original: Token[];
  text: string;
}

/** What a node's element (list item, paragraph, heading) gets when it is rendered as a node. */
interface ElementMeta {
  kind: PreviewKind;
  id?: string;
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
    Object.assign(label.token.meta as unknown as LabelMeta, { kind: label.kind, label: label.word, line: open.map?.[0] });

    // The element that carries the id and the kind: the list item whose first paragraph this is,
    // else the paragraph or heading itself.
    const item = open.type === 'paragraph_open' && tokens[i - 2]?.type === 'list_item_open' ? tokens[i - 2] : undefined;
    const element = item ?? open;
    const node: ElementMeta = { kind: label.kind };
    element.meta = { ...(element.meta as object | null), argmapNode: node };
    const id = takeId(state, inline.children);
    if (!id) continue;
    const meta = id.meta as { id: string; anchor?: boolean };
    // A tight list's paragraphs render no tag of their own: an anchor carries the id there too.
    if (open.type === 'heading_open' || (open.hidden && !item)) meta.anchor = true;
    else node.id = meta.id;
  }
}

/** Replaces a leading label (`Claim:`, `**Claim:**`, `**Claim**:`) with one label token. */
function takeLabel(state: StateCore, children: Token[]): { token: Token; kind: PreviewKind; word: string } | undefined {
  // markdown-it opens an inline that starts with emphasis with an empty text token: it renders nothing.
  while (children.length > 1 && children[0].type === 'text' && children[0].content === '') children.shift();
  const [first, second, third, fourth] = children;
  /** `text`: source text taken from the token after the replaced ones (the plain label, a `:`). */
  const make = (word: string, content: string, remove: number, rest?: Token, text = '') => {
    const kind = previewKind(word);
    if (!kind) return undefined;
    const token = new state.Token(LABEL_TOKEN, '', 0);
    token.content = content;
    const original = children.splice(0, remove, token);
    if (rest) {
      // The space after the label moves into the label token, so the tokens' text stays whole.
      const space = /^\s*/.exec(rest.content)![0];
      token.content += space;
      rest.content = rest.content.slice(space.length);
      text += space;
    }
    token.meta = { original, text };
    return { token, kind, word: word.trim() };
  };
  if (first?.type === 'text') {
    const m = PLAIN.exec(first.content);
    if (!m) return undefined;
    const end = m[0].length + (/^\s*/.exec(first.content.slice(m[0].length))?.[0].length ?? 0);
    const label = first.content.slice(0, end);
    if (!previewKind(m[1])) return undefined;
    first.content = first.content.slice(end);
    return make(m[1], label, 0, undefined, label);
  }
  if (first?.type !== 'strong_open' || first.markup !== '**' || second?.type !== 'text' || third?.type !== 'strong_close') return undefined;
  const withColon = BOLD_WITH_COLON.exec(second.content);
  if (withColon) {
    // `**Claim:**text` with no space is a label typo, not a node.
    if (fourth && !(fourth.type === 'text' && /^\s/.test(fourth.content)) && fourth.type !== 'softbreak') return undefined;
    return make(withColon[1], `**${second.content}**`, 3, fourth?.type === 'text' ? fourth : undefined);
  }
  const bare = BOLD.exec(second.content);
  if (bare && fourth?.type === 'text' && fourth.content.startsWith(':') && previewKind(bare[1])) {
    fourth.content = fourth.content.slice(1);
    return make(bare[1], `**${second.content}**:`, 3, fourth, ':');
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
