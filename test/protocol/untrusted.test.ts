// Untrusted input: never crash, never hang, never lose a keystroke. Requests for documents
// that are not open, positions past the end, edits numbered out of order or for unknown
// documents, a flood of keystrokes sent without waiting, and hostile text in a hover.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import type { MarkupContent, Position } from 'vscode-languageserver-protocol';
import { FIXTURES, fixture, positionOf, TestClient, uriOf } from './client';
import { positionAt, random } from './generate';

const END = 2 ** 31 - 1;

describe('untrusted input', () => {
  let client: TestClient;
  const basic = fixture('basic.arg.md');
  const uri = (name: string) => uriOf(path.join(FIXTURES, name));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES, settings: { diagnostics: { delay: 0 } } });
  });
  after(() => client.stop());

  /** The server is alive and a hover on a valid document still answers. */
  async function stillServing(): Promise<void> {
    const valid = uri('still-serving.arg.md');
    await client.open(valid, basic);
    await client.diagnosticsFor(valid, 1);
    const h = await client.hover(valid, positionOf(basic, 'Qianhai hosts'));
    assert.match((h?.contents as MarkupContent).value, /^\*\*Claim\*\* · supported · contested/);
    await client.close(valid);
    assert.ok(client.alive, 'the server exited');
  }

  /** The diagnostics a freshly opened document with `text` gets. */
  async function freshDiagnostics(text: string, name: string) {
    const fresh = uri(name);
    await client.open(fresh, text);
    const published = await client.diagnosticsFor(fresh, 1, 60_000);
    const symbols = await client.symbols(fresh);
    await client.close(fresh);
    return { diagnostics: published.diagnostics, symbols };
  }

  it('answers hover, documentSymbol and argmap/graph for a closed or never-opened document with null', async () => {
    const closed = uri('closed-then.arg.md');
    await client.open(closed, basic);
    await client.diagnosticsFor(closed, 1);
    await client.close(closed);
    // basic.arg.md exists on disk but was never opened here: only open documents are answered.
    for (const target of [closed, uri('basic.arg.md'), uri('nowhere/never.arg.md'), 'untitled:Untitled-9', 'not a uri']) {
      assert.equal(await client.hover(target, { line: 0, character: 3 }), null, `hover ${target}`);
      assert.equal(await client.symbols(target), null, `symbols ${target}`);
      assert.equal(await client.graph(target), null, `graph ${target}`);
    }
    await stillServing();
  });

  it('answers positions past the end of a line or of the document with null', async () => {
    const doc = uri('past-end.arg.md');
    // No newline at the end: the last line is a node.
    const text = basic.trimEnd() + '\n\nClaim: The last line.';
    await client.open(doc, text);
    await client.diagnosticsFor(doc, 1);
    const lines = text.split('\n');
    const last = lines.length - 1;
    const positions: Position[] = [
      { line: lines.length, character: 0 },
      { line: lines.length + 1000, character: 5 },
      { line: 0, character: lines[0].length + 1 },
      { line: 0, character: END },
      { line: last, character: lines[last].length + 1 },
      { line: last, character: END },
      { line: END, character: END },
    ];
    for (const p of positions) assert.equal(await client.hover(doc, p), null, JSON.stringify(p));
    // The last character of the last line is still the node.
    const h = await client.hover(doc, { line: last, character: lines[last].length });
    assert.equal((h?.contents as MarkupContent).value, '**Claim** · unsupported');
    await client.close(doc);
    await stillServing();
  });

  it('applies a didChange numbered older than the current version, and never publishes an older version', async () => {
    const doc = uri('stale.arg.md');
    await client.open(doc, basic, 1);
    await client.diagnosticsFor(doc, 1);
    const end = positionAt(basic, basic.length);
    let text = basic + '\nClaim: Added at version ten.\n';
    await client.edit(doc, 10, { start: end, end }, '\nClaim: Added at version ten.\n');
    await client.diagnosticsFor(doc, 10);
    // Numbered 5 (and then 10 again), but made after version 10: the edits are in the text,
    // published as version 10, never as 5.
    const end10 = positionAt(text, text.length);
    const at = { line: end10.line + 1, character: 0 };
    text += '\nClaim: Added at version five.\n';
    await client.edit(doc, 5, { start: end10, end: end10 }, '\nClaim: Added at version five.\n');
    const stale = await client.diagnostics(doc, (p) => p.diagnostics.some((d) => d.range.start.line === at.line), 'the stale edit analysed');
    assert.equal(stale.version, 10);
    const again = positionAt(text, text.length);
    text += '- Evidence: Under it, version ten again.[^report]\n';
    await client.edit(doc, 10, { start: again, end: again }, '- Evidence: Under it, version ten again.[^report]\n');
    const last = await client.diagnostics(doc, (p) => !p.diagnostics.some((d) => d.range.start.line === at.line), 'the repeated version analysed');
    assert.equal(last.version, 10);
    assert.ok(client.logs.some((l) => l.includes('with version 5, not after 10')), 'the stale version is logged');
    assert.deepEqual(last.diagnostics, (await freshDiagnostics(text, 'stale-fresh.arg.md')).diagnostics);
    const versions = client.publishes.filter((p) => p.uri === doc).map((p) => p.version);
    assert.deepEqual(versions, [1, 10, 10, 10]);
    await client.close(doc);
    await stillServing();
  });

  it('ignores a didChange for an unknown document: no state, no publish', async () => {
    const ghost = uri('ghost.arg.md');
    await client.change(ghost, 3, [{ text: 'Claim: x' }]);
    await client.change(ghost, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }]);
    assert.equal(await client.hover(ghost, { line: 0, character: 0 }), null);
    assert.ok(client.logs.some((l) => l.includes(`didChange for a document that is not open: ${ghost}`)));
    assert.equal(client.publishes.filter((p) => p.uri === ghost).length, 0);
    // Opened afterwards, it is its own text that counts.
    await client.open(ghost, 'Evidence: Alone.\n', 1);
    assert.deepEqual(
      (await client.diagnosticsFor(ghost, 1)).diagnostics.map((d) => d.code),
      ['orphan-evidence', 'uncited-evidence'],
    );
    await client.close(ghost);
    await stillServing();
  });

  it('loses no keystroke of 1,000 one-character didChanges sent without waiting, and publishes versions in order', async () => {
    const doc = uri('flood.arg.md');
    let text = basic;
    await client.open(doc, text, 1);
    await client.diagnosticsFor(doc, 1);
    const next = random(4711);
    const typed = ['\n- Evidence: Rents fell 12% in 2023.[^report] {#rents}', '\nClaim: More to come', ' and more', '\n  - Objection: Not so.', '[^gone]'];
    let cursor = text.length;
    let snippet = '';
    const sent: Promise<void>[] = [];
    for (let version = 2; version <= 1001; version++) {
      if (!snippet) {
        snippet = typed[Math.floor(next() * typed.length)];
        // Sometimes the cursor jumps elsewhere, to a line start.
        if (next() < 0.3) cursor = text.lastIndexOf('\n', Math.floor(next() * text.length)) + 1;
      }
      if (next() < 0.1 && cursor > 0) {
        // Backspace.
        const range = { start: positionAt(text, cursor - 1), end: positionAt(text, cursor) };
        text = text.slice(0, cursor - 1) + text.slice(cursor);
        cursor--;
        sent.push(client.edit(doc, version, range, ''));
      } else {
        const c = snippet[0];
        snippet = snippet.slice(1);
        const p = positionAt(text, cursor);
        text = text.slice(0, cursor) + c + text.slice(cursor);
        cursor++;
        sent.push(client.edit(doc, version, { start: p, end: p }, c));
      }
    }
    await Promise.all(sent);
    const final = await client.diagnosticsFor(doc, 1001, 60_000);
    // A request round-trip later nothing older has followed.
    const symbols = await client.symbols(doc);
    const versions = client.publishes.filter((p) => p.uri === doc).map((p) => p.version ?? 0);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
    assert.equal(versions[versions.length - 1], 1001);
    const fresh = await freshDiagnostics(text, 'flood-fresh.arg.md');
    assert.deepEqual(final.diagnostics, fresh.diagnostics);
    assert.deepEqual(symbols, fresh.symbols);
    console.log(`# flood: ${versions.length} publishes for 1,000 keystrokes, ${final.diagnostics.length} diagnostics at the end`);
    await client.close(doc);
  });

  describe('hostile text in a hover', () => {
    const HOSTILE = [
      '# Claim: Pictures <img src=x onerror=alert(1)> and [quit](command:workbench.action.quit) and [run](javascript:alert(1)) and <javascript:alert(2)> stay text. {#xss}',
      '',
      '- Evidence: A source says 40% agree.[^j] <b onmouseover=alert(3)>bold</b>',
      '- Evidence: Another counted 12 items, see [src](javascript:alert(4)).',
      '- Evidence: A third found 7 cases, per <command:workbench.action.quit>.',
      '- Evidence: [quit](command:workbench.action.quit)',
      '',
      'See [the claim](#xss).',
      '',
      '[^j]: [js](javascript:alert(5)) <img src=x onerror=alert(6)> [q](command:workbench.action.quit) javascript:alert(7) <script>alert(8)</script>',
      '',
    ].join('\n');
    const doc = uri('xss.arg.md');
    /** What a renderer makes of the hover, with every safety of its own turned off. */
    const renderer = new MarkdownIt({ html: true, linkify: true });
    renderer.validateLink = () => true;

    before(async () => {
      await client.open(doc, HOSTILE);
      await client.diagnosticsFor(doc, 1);
    });

    for (const needle of ['Pictures', '40% agree', '[^j]', 'Another counted', 'A third', '[quit](command', '[the claim]']) {
      it(`renders no HTML and no script or command link on ${needle}`, async () => {
        const h = await client.hover(doc, positionOf(HOSTILE, needle, 1));
        assert.ok(h, 'a hover');
        const contents = h.contents as MarkupContent;
        assert.equal(contents.kind, 'markdown');
        assert.deepEqual(Object.keys(contents).sort(), ['kind', 'value'], 'no isTrusted, no supportHtml');
        const value = contents.value;
        // The hostile text is there, as text.
        if (needle === '[the claim]') assert.match(value, /^Link to Pictures and quit and run and javascript:alert\\\(2\\\) stay text\./);
        if (needle === '[^j]') assert.match(value, /js \\<img src=x onerror=alert\\\(6\\\)\\> q javascript:alert\\\(7\\\) \\<script\\>/);
        assert.doesNotMatch(value, /(?<!\\)<[a-z/!]/i, 'raw HTML');
        assert.doesNotMatch(value, /\]\((?:command|javascript):/i, 'a command or script link');
        assert.doesNotMatch(value, /(?<!\\)<(?:command|javascript):/i, 'an autolink');
        const html = renderer.render(value);
        for (const [, name, attributes] of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
          assert.ok(['p', 'strong', 'ul', 'li', 'a'].includes(name.toLowerCase()), `<${name}> in ${html}`);
          if (name === 'a') assert.match(attributes, /^ href="(?:https?|mailto):/, html);
          else assert.equal(attributes, '', html);
        }
        assert.doesNotMatch(html, /href="(?:command|javascript):/i, html);
      });
    }

    after(() => client.close(doc));
  });
});
