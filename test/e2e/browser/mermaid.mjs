// @ts-check
/* global window, document -- page.evaluate runs this part in the page */
// The article's `argmap graph --format mermaid` really renders: Mermaid itself (the npm package,
// as GitHub runs it) draws it in headless Chromium, and the drawing has one node per node and one
// arrow per edge of the same file's graph JSON. Run by test/e2e/run.sh (it has Chromium);
// alone: `node test/e2e/browser/mermaid.mjs [OUT_DIR]`. Exit 0 when it renders as expected, else 1.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SAMPLE = 'samples/greater-bay-area.arg.md';
const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'test/e2e/.work/screenshots'));
fs.mkdirSync(out, { recursive: true });

const cli = (/** @type {string} */ format) =>
  execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'graph', '--format', format, SAMPLE], { cwd: ROOT, encoding: 'utf8' });
const fenced = cli('mermaid');
const match = /^```mermaid\n([\s\S]*)\n```\n?$/.exec(fenced);
if (!match) fail('the output is not one ```mermaid fenced block');
const graph = JSON.parse(cli('json'));

const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
/** @type {string | undefined} */
let problem;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js') });
  const drawn = await page.evaluate(async (/** @type {string} */ text) => {
    const m = /** @type {any} */ (window).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const { svg } = await m.render('argmap-map', text); // throws on a syntax error
    document.body.innerHTML = svg;
    return {
      nodes: document.querySelectorAll('svg g.node').length,
      arrows: document.querySelectorAll('svg path.flowchart-link').length,
    };
  }, match[1]);
  await page.locator('svg').first().screenshot({ path: path.join(out, 'mermaid-article.png') });
  const want = { nodes: graph.nodes.length, arrows: graph.edges.length };
  if (JSON.stringify(drawn) !== JSON.stringify(want)) problem = `Mermaid drew ${JSON.stringify(drawn)}, the graph JSON has ${JSON.stringify(want)}`;
  else console.log(`mermaid: ${SAMPLE} renders: ${drawn.nodes} nodes, ${drawn.arrows} arrows, as in its graph JSON; ${path.join(out, 'mermaid-article.png')}`);
} catch (e) {
  problem = e instanceof Error ? e.message : String(e);
} finally {
  await browser.close();
}
if (problem) fail(problem);

/** @param {string} why @returns {never} */
function fail(why) {
  console.error(`mermaid: FAILED: ${why}`);
  process.exit(1);
}
