// The model against an independent oracle (test/oracle/, written from the spec alone): nodes
// (kind, range, id, parent), edges, statuses and diagnostics (code, range, severity) must be
// the same on generated argument documents, the CommonMark corpus and every fuzz regression.
import { describe, it } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { analyzeText } from '../../server/src/model';
import { argDoc, MAIN, readFile } from '../fuzz/generators';
import { hitsOrderedListBug } from '../fuzz/oracles';
import fc from 'fast-check';
import { check, runs } from '../fuzz/config';
import { withChunking } from '../fuzz/compare';
import { assertMatchesOracle } from './compare';
import { labelledDoc, type Expected } from './labelled';
import { oracle } from './workspace';
import assert from 'node:assert/strict';

const options = { path: MAIN, readFile };

/**
 * The one set-aside left: texts that may meet remark's ordered-list quirk, where remark itself
 * (the oracle's parser) is wrong and the model's chunked parse is right (see hitsOrderedListBug).
 */
function setAside(text: string): boolean {
  return hitsOrderedListBug(text);
}

/** `cut`: the model cuts the text at every safe line (else its default chunk sizes, one piece for short texts). */
function matches(text: string, cut = false): void {
  if (setAside(text)) return;
  const a = cut ? withChunking({ min: 0, max: 0 }, () => analyzeText(text, options)) : analyzeText(text, options);
  assertMatchesOracle(a, MAIN, text, readFile);
}

/** Lines that make and unmake the traps, under the prefixes that nest them; joined at random. */
const trapLine = fc.tuple(
  fc.constantFrom('', '', '', '- ', '  ', '> ', '- > ', '    ', '## ', '1. '),
  fc.constantFrom(
    '```', '```js', '~~~~', '~~~', '    ```', '````', '<!--', '-->', '<script>', '</script>', '<?x', '<div>', '',
    'Claim : x', 'Claims: x', 'Claims:', 'Theses: y', 'Sources:', '*Claim:* x', '*Evidence*: x', '_Data:_ y', '**Claim:**x', '**Counter:**x y',
    '**Reasons :** z', '**Claim** : z', 'Claim: real[^a]', 'Evidence: e[^a]', 'Evidence: f[^e]', '- Evidence: g[^a]', 'Claims made by x',
    '[^a]: A.', '[^e]: …', '[^e]:', '| Claim : x |', '| --- |', '\\*Claim:\\* x', '[Claim: x](#y)', 'the claim: x', '===',
  ),
).map(([prefix, line]) => prefix + line);
const trapDoc = fc.array(trapLine, { maxLength: 14 }).map((lines) => lines.join('\n'));

/** Figures of the same kind and unit with other values, and of other units (figure-mismatch vs unsourced-figure). */
const FIGURES = ['35%', 'over 9,200 companies', '9,500 company', '9,200 firms', '$1.2 billion', 'US$2 billion', 'HK$1.2 billion', '6 percent of its GDP', '5% of GDP', '7% of exports', '300 people', '250 persons', '12.5 per cent', '2,000'];
/** Claims and evidence, nested two deep, each with figures, cited or not, a section referenced from another. */
const figureDoc = fc
  .array(
    fc.tuple(
      fc.constantFrom('- Claim:', '  - Evidence:', '  - Claim:', '    - Evidence:', '  - Reason: [see](#sec)', '## Claim: a section {#sec}', '- Evidence:'),
      fc.array(fc.constantFrom(...FIGURES), { minLength: 1, maxLength: 2 }),
      fc.boolean(),
    ),
    { minLength: 1, maxLength: 7 },
  )
  .map((lines) => `${lines.map(([l, figures, cited]) => (l.includes('](') ? l : `${l} ${figures.join(' and ')}${cited ? '[^n1]' : ''}`)).join('\n')}\n\n[^n1]: A source.\n`);

describe('oracle: the model equals a naive implementation of the spec', () => {
  it(`on argument-shaped Markdown (${runs(500)} cases)`, () => {
    check('model = oracle (argument documents)', fc.tuple(argDoc, fc.boolean()), ([text, cut]) => matches(text, cut), 500);
  });

  it(`finds exactly the blocks the generator labelled, with the parents it meant (${runs(200)} cases)`, () => {
    const show = (e: Expected): string => `${e.kind}@${e.line} parent@${e.parent}`;
    check(
      'labelled blocks are the nodes',
      labelledDoc,
      ({ text, expected }) => {
        const want = expected.map(show);
        const a = analyzeText(text, options);
        const got = a.nodes.map((n) => show({ kind: n.kind, line: n.range.start.line, parent: n.parent === undefined ? -1 : a.nodes[n.parent].range.start.line }));
        assert.deepEqual(got, want, 'model');
        const o = oracle(MAIN, text, readFile);
        const byOracle = o.nodes.map((n) => show({ kind: n.kind, line: n.range.start.line, parent: n.parent === undefined ? -1 : o.nodes[n.parent].range.start.line }));
        assert.deepEqual(byOracle, want, 'oracle');
        assertMatchesOracle(a, MAIN, text, readFile);
      },
      200,
    );
  });

  it('on every CommonMark spec example, as-is and with every line labelled', () => {
    const failures: string[] = [];
    const spec = createRequire(__filename)('commonmark-spec') as { tests: { markdown: string; number: number }[] };
    for (const t of spec.tests) {
      const text = t.markdown.replace(/→/g, '\t');
      const lines = text.split('\n');
      for (const form of [text, lines.map((l) => (l === '' ? l : `Claim: ${l}`)).join('\n'), lines.map((l) => (l === '' ? l : `- Evidence: ${l}`)).join('\n')]) {
        try {
          matches(form, t.number % 2 === 0);
        } catch (e) {
          failures.push(`CommonMark example ${t.number}: ${JSON.stringify(form)}\n${(e as Error).message.slice(0, 600)}`);
        }
      }
    }
    if (failures.length) throw new Error(`${failures.length} texts differ:\n${failures.join('\n')}`);
  });

  it(`on documents full of the traps of contract v2: open fences and HTML, would-be labels, empty footnotes (${runs(400)} cases)`, () => {
    check('model = oracle (traps)', fc.tuple(trapDoc, fc.boolean()), ([text, cut]) => matches(text, cut), 400);
  });

  it('on the texts it once set aside or tolerated (model bugs since fixed), exactly', () => {
    const once = [
      '* x [^nope] y\n', // a prose item's footnote call was reported twice
      '* x [t](#missing) y\n', // and its broken link
      '- Claim: [^n1] x\n  [^n1] y\n', // a repeated text-form call got the first one's range
      'Claim: x\n* a\n\n> * Evidence: y\n', // a quoted list took the owner of the list before it
      'Claim: 1,200 million\\\nbeta x\n\\*e\\* the\n', // a figure's range ran past a hard break
      'Claim: x\\+@bar.com\n', // an escape before an e-mail address lost the node
      '- Evidence: <foo\\+@bar.example.com>\n', // CommonMark example 606, labelled
      'Claim: \\[^1] x\n\n[^1]: A.\n', // an escaped call was a citation
    ];
    for (const text of once) for (const cut of [false, true]) matches(text, cut);
  });

  it(`on claims whose figures meet cited evidence of the same and other units (${runs(400)} cases)`, () => {
    check('model = oracle (figures)', figureDoc, (text) => matches(text), 400);
  });

  it('on every fuzz regression', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'fuzz', 'regressions');
    for (const name of fs.readdirSync(dir).sort()) {
      const raw = fs.readFileSync(path.join(dir, name), 'utf8');
      const text = name.endsWith('.json') ? (JSON.parse(raw) as { text: string }).text : raw;
      try {
        matches(text);
      } catch (e) {
        throw new Error(`${name}\n${(e as Error).message}`);
      }
    }
  });
});
