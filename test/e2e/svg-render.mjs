// @ts-check
// The map's SVG as a browser draws it (map.md "Tests that show it"): the article sample's SVG, made by
// the CLI, opened in headless Chromium. Checks that every node's box is on the page, that no two boxes
// overlap, and that every line of text fits inside its box as the browser measures it (the width table
// the layout uses is Helvetica/Arial's; Debian's Liberation Sans has the same metrics). Saves a
// screenshot, article-map.png, in --out. Exits non-zero when a check fails.
//
//   node test/e2e/svg-render.mjs --svg FILE --out DIR
/* global document -- only inside page.evaluate() callbacks, which run in the browser */
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({ options: { svg: { type: 'string' }, out: { type: 'string' } } });
if (!opt.svg || !opt.out) {
  console.error('svg-render: usage: svg-render.mjs --svg FILE --out DIR');
  process.exit(2);
}
fs.mkdirSync(opt.out, { recursive: true });
const svgText = fs.readFileSync(opt.svg, 'utf8');
const size = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svgText);
if (!size) {
  console.error('svg-render: FAILED: the SVG has no width and height');
  process.exit(1);
}
const [width, height] = [Math.ceil(+size[1]), Math.ceil(+size[2])];

const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const problems = [];
try {
  // The page is exactly the SVG's size: a box "on the page" is inside the viewport.
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(pathToFileURL(path.resolve(opt.svg)).href);
  const found = await page.evaluate(() => {
    /** @param {DOMRect} r */
    const plain = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return [...document.querySelectorAll('g.node')].map((g) => {
      const rect = /** @type {SVGRectElement} */ (g.querySelector('rect'));
      const box = plain(rect.getBoundingClientRect());
      // Each text line's right end as drawn: its start (x) plus the browser's own measure of it.
      const lines = [...g.querySelectorAll('text.header, tspan')].map((t) => {
        const el = /** @type {SVGTextContentElement} */ (t);
        return { text: el.textContent ?? '', right: plain(el.getBoundingClientRect()).left + el.getComputedTextLength() };
      });
      return { id: g.id, box, lines };
    });
  });
  const inside = (/** @type {{left:number,top:number,right:number,bottom:number}} */ b) =>
    b.left >= 0 && b.top >= 0 && b.right <= width && b.bottom <= height;
  if (found.length === 0) problems.push('no node boxes drawn');
  for (const n of found) {
    if (!inside(n.box)) problems.push(`${n.id}: box ${JSON.stringify(n.box)} is off the ${width}×${height} page`);
    // The stroke is drawn half outside the rect: allow 1 px.
    for (const l of n.lines) if (l.right > n.box.right - 1) problems.push(`${n.id}: "${l.text}" runs past its box (${l.right.toFixed(1)} > ${n.box.right})`);
  }
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i].box;
      const b = found[j].box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`${found[i].id} and ${found[j].id} overlap`);
    }
  }
  if (problems.length) console.error(`svg-render: ${problems.length} problems`);
  await page.screenshot({ path: path.join(opt.out, 'article-map.png'), timeout: 120_000 });
  console.log(`svg-render: ${found.length} boxes on a ${width}×${height} page; screenshot ${path.join(opt.out, 'article-map.png')}`);
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`svg-render: FAILED:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('svg-render: ok');
