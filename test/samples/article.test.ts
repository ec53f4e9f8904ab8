// The Greater Bay Area sample must keep every sentence of the article it maps, word for
// word and in order: the markup may only add labels, nesting, ids, footnote markers and
// structure around the author's words. Runs with cwd = repo root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ARTICLE = path.join('samples', 'article.txt');
const SAMPLE = path.join('samples', 'greater-bay-area.arg.md');

const LABELS = 'claim|thesis|reason|evidence|data|source|challenge|objection|rebuttal|counter';
/** Abbreviations after which `. ` does not end a sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|Prof|St|No|Co|Inc|Ltd|Jr|Sr|U\.S|U\.K|a\.m|p\.m)\.$/;

function read(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
}

/** Collapses runs of whitespace so line breaks and indentation do not matter. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The article's sentences: by paragraph (line), then on `. `, `? `, `! ` boundaries. */
function splitSentences(article: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of article.split(/\n+/).map(squash).filter(Boolean)) {
    // A boundary: terminal punctuation (optionally closed by a quote or bracket), then a space.
    const pieces = paragraph.split(/(?<=[.?!][”’"')\]]?) (?=\S)/);
    let current = '';
    for (const piece of pieces) {
      current = current ? `${current} ${piece}` : piece;
      if (!ABBREVIATIONS.test(current)) {
        sentences.push(current);
        current = '';
      }
    }
    if (current) sentences.push(current);
  }
  return sentences;
}

/** Splits `---` front matter from the rest; returns its raw lines and the body. */
function splitFrontMatter(markdown: string): { frontMatter: string | undefined; body: string } {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(markdown);
  if (!match) return { frontMatter: undefined, body: markdown };
  return { frontMatter: match[1], body: markdown.slice(match[0].length) };
}

/** A scalar of the front matter (flat `key: value` YAML, quotes removed). */
function frontMatterValue(frontMatter: string, key: string): string | undefined {
  for (const line of frontMatter.split('\n')) {
    const m = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (!m || m[1] !== key) continue;
    let value = m[2].replace(/[ \t]+#.*$/, '').trim();
    if (/^".*"$/.test(value)) value = JSON.parse(value) as string;
    else if (/^'.*'$/.test(value)) value = value.slice(1, -1).replace(/''/g, "'");
    return value;
  }
  return undefined;
}

/** The sample as plain text: front matter, footnote definitions and all markup removed. */
function stripMarkdown(markdown: string): string {
  const { body } = splitFrontMatter(markdown);
  const kept: string[] = [];
  let inFootnoteDefinition = false;
  for (const raw of body.split('\n')) {
    if (/^ {0,3}\[\^[^\]\s]+\]:/.test(raw)) {
      inFootnoteDefinition = true;
      continue;
    }
    // A footnote definition runs on over indented (or blank) lines.
    if (inFootnoteDefinition && (/^\s*$/.test(raw) || /^ {4}|^\t/.test(raw))) continue;
    inFootnoteDefinition = false;

    let line = raw;
    line = line.replace(/^\s*(?:>\s*)*/, ''); // indentation, block quotes
    line = line.replace(/^#{1,6}\s+/, ''); // ATX heading marks
    line = line.replace(/\s+#+\s*$/, ''); // closing heading marks
    line = line.replace(/^(?:[-*+]|\d{1,9}[.)])\s+/, ''); // list markers
    line = line.replace(/^\[[ xX]\]\s+/, ''); // task boxes
    line = line.replace(new RegExp(`^(?:\\*\\*|__)?(?:${LABELS})(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s*`, 'i'), ''); // label
    line = line.replace(/\s*\{#[^}\s]*\}\s*$/, ''); // trailing id
    line = line.replace(/\[\^[^\]\s]+\]/g, ''); // footnote markers
    line = line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'); // links → their text
    line = line.replace(/\*\*|__/g, ''); // bold
    kept.push(line);
  }
  return squash(kept.join('\n'));
}

const article = read(ARTICLE);
const sample = read(SAMPLE);
const sentences = splitSentences(article);

test('the article splits into whole sentences', () => {
  assert.ok(sentences.length > article.split(/\n+/).filter((p) => p.trim()).length, 'expected more sentences than paragraphs');
  for (const sentence of sentences) {
    assert.match(sentence, /^[A-Z“"‘(]/, `sentence does not start like one: ${JSON.stringify(sentence)}`);
    assert.match(sentence, /[.?!][”’"')\]]?$/, `sentence does not end like one: ${JSON.stringify(sentence)}`);
  }
});

test('the sample keeps every sentence of the article verbatim and in order', () => {
  const plain = stripMarkdown(sample);
  const problems: string[] = [];
  let cursor = 0;
  sentences.forEach((sentence, i) => {
    const at = plain.indexOf(sentence, cursor);
    if (at >= 0) {
      cursor = at + sentence.length;
      return;
    }
    problems.push(
      plain.includes(sentence)
        ? `sentence ${i + 1} is out of order: ${JSON.stringify(sentence)}`
        : `sentence ${i + 1} is missing (or not word for word): ${JSON.stringify(sentence)}`,
    );
  });
  assert.deepEqual(problems, [], `${SAMPLE} does not keep the article verbatim:\n${problems.join('\n')}`);
});

test('the stripper removes labels, ids, footnote markers and links but keeps the words', () => {
  const md = [
    '---',
    'title: "x"',
    '---',
    '## Thesis: A point. {#t}',
    '- **Evidence:** Over 9,200 firms.[^a] {#e}',
    '  - Evidence: [Qianhai figures](#e)',
    '> **Claim**: Quoted.',
    '[^a]: Not part of the text.',
    '    Still the definition.',
    'After.',
  ].join('\n');
  assert.equal(stripMarkdown(md), 'A point. Over 9,200 firms. Qianhai figures Quoted. After.');
});

test('the sample has front matter naming the publisher and the author’s role as the article gives them', () => {
  const { frontMatter } = splitFrontMatter(sample);
  assert.ok(frontMatter !== undefined, `${SAMPLE} has no front matter`);

  const roleLine = /^The author is (.+)\.$/m.exec(article);
  assert.ok(roleLine, 'the article no longer names the author’s role');
  const publisherLine = /^The views do not necessarily reflect those of (.+)\.$/m.exec(article);
  assert.ok(publisherLine, 'the article no longer names its publisher');

  assert.equal(frontMatterValue(frontMatter, 'publisher'), publisherLine[1]);
  assert.equal(frontMatterValue(frontMatter, 'publisher'), 'China Daily');
  assert.equal(frontMatterValue(frontMatter, 'author_role'), roleLine[1]);
  assert.equal(frontMatterValue(frontMatter, 'source_file'), 'article.txt');
  assert.match(frontMatterValue(frontMatter, 'title') ?? '', /untitled/i, 'the title must say our copy has no headline');
});

test('the sample cites only the article and invents no source', () => {
  const { body } = splitFrontMatter(sample);
  assert.doesNotMatch(body, /\b[a-z][a-z0-9+.-]*:\/\//i, 'the sample must not cite a URL: the article is our only source');
  const definitions = [...body.matchAll(/^\[\^([^\]\s]+)\]:\s*(.*)$/gm)];
  assert.deepEqual(
    definitions.map((d) => d[1]),
    ['article'],
    'the only footnote is the article itself',
  );
  assert.match(definitions[0][2], /article’s own statement/);
  assert.match(definitions[0][2], /names no primary source/);
  const markers = new Set([...body.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]));
  assert.deepEqual([...markers], ['article']);
});

test('the sample’s ids are unique and its references resolve', () => {
  const { body } = splitFrontMatter(sample);
  const ids = [...body.matchAll(/\{#([^}\s]+)\}\s*$/gm)].map((m) => m[1]);
  const seen = new Set<string>();
  for (const id of ids) {
    assert.ok(!seen.has(id), `id defined twice: ${id}`);
    seen.add(id);
  }
  const links = [...body.matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(links.length > 0, 'the sample should reuse a point through a reference');
  for (const target of links) assert.ok(seen.has(target), `reference to a missing id: #${target}`);
});
