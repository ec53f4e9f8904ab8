// Extremes, each with a generous time bound that fails loudly: deep block quotes and lists
// (the nesting limit), long reference chains and cycles, many footnotes, huge files and
// lines, deep inline nesting (nothing recursive may overflow the stack). Times are CPU time
// of this process, so a busy machine does not fail them; each test reports its time.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { analyzeText, type Analysis, MAX_NESTING } from '../../server/src/model';
import { checkAll } from './invariants';

/** Runs `f`, fails when it takes more than `boundMs` of CPU time, and reports the time. */
function timed(t: TestContext, boundMs: number, f: () => Analysis, text?: string): Analysis {
  const start = process.cpuUsage();
  const a = f();
  const used = process.cpuUsage(start);
  const ms = Math.round((used.user + used.system) / 1000);
  t.diagnostic(`${ms} ms CPU${text === undefined ? '' : ` for ${text.length.toLocaleString('en-US')} characters`}`);
  assert.ok(ms <= boundMs, `took ${ms} ms, over the bound of ${boundMs} ms`);
  return a;
}

const codes = (a: Analysis) => a.diagnostics.map((d) => d.code);

// A child process with a small stack: shows that a parse overflowing it is reported, not thrown.
if (process.env.ARGMAP_FUZZ_CHILD === 'deep-inline') {
  const depth = Number(process.env.ARGMAP_FUZZ_DEPTH);
  const text = `Claim: ${'*a **a '.repeat(depth)}b${' a** a*'.repeat(depth)}\n\n## Claim: ${'_a '.repeat(depth)}x${' a_'.repeat(depth)}\n`;
  const a = analyzeText(text);
  process.stdout.write(JSON.stringify({ nodes: a.nodes.length, codes: codes(a) }));
  process.exit(0);
}

describe('extremes', () => {
  it(`block quotes nested 3,000 deep: not parsed, nesting-too-deep, no hang`, (t) => {
    const text = `Claim: before\n\n${'>'.repeat(3000)} Claim: deep\n\nClaim: after\n`;
    const a = timed(t, 2000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.deepEqual(a.nodes.map((n) => n.text), ['before', 'after']);
    const deep = a.diagnostics.filter((d) => d.code === 'nesting-too-deep');
    assert.equal(deep.length, 1);
    assert.equal(deep[0].range.start.line, 2);
    assert.match(deep[0].message, /3000 levels deep, more than the limit of 100, so it was not analysed/);
  });

  it('block quotes as a staircase, 3,000 lines deepening one level each', (t) => {
    const text = Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i + 1)} Evidence: level ${i + 1}`).join('\n');
    const a = timed(t, 5000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.deepEqual(codes(a), ['nesting-too-deep']);
    assert.equal(a.nodes.length, 0);
  });

  it('lists nested 1,000 deep: not parsed (remark takes seconds from a few hundred levels)', (t) => {
    const text = `Claim: root\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- Claim: level ${i + 1}`).join('\n')}\n\nClaim: after\n`;
    const a = timed(t, 3000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.deepEqual(a.nodes.map((n) => n.text), ['root', 'after']);
    const deep = a.diagnostics.find((d) => d.code === 'nesting-too-deep');
    assert.ok(deep, 'a nesting-too-deep diagnostic');
    assert.equal(deep.range.start.line, 2 + MAX_NESTING, 'on the first line past the limit');
  });

  it(`lists nested exactly ${MAX_NESTING} deep (the limit) are parsed, well under a second`, (t) => {
    const text = Array.from({ length: MAX_NESTING }, (_, i) => `${'  '.repeat(i)}- Claim: level ${i + 1}`).join('\n');
    const a = timed(t, 1000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.equal(a.nodes.length, MAX_NESTING);
    assert.equal(a.nodes[MAX_NESTING - 1].parent, MAX_NESTING - 2);
    assert.ok(!codes(a).includes('nesting-too-deep'));
  });

  it(`ordered lists and quoted lists at the limit are parsed too`, (t) => {
    const ordered = Array.from({ length: MAX_NESTING / 2 }, (_, i) => `${'   '.repeat(i)}1. Reason: level ${i + 1}`).join('\n');
    const quoted = Array.from({ length: MAX_NESTING / 2 }, (_, i) => `${'  '.repeat(i)}- > Claim: level ${i + 1}`).join('\n');
    for (const text of [ordered, quoted]) {
      const a = timed(t, 1000, () => analyzeText(text), text);
      checkAll(text, a);
      assert.equal(a.nodes.length, MAX_NESTING / 2);
    }
  });

  it('a 2,000-long chain of references: every claim supported, no diagnostic', (t) => {
    const n = 2000;
    let text = '';
    for (let i = 0; i < n; i++) text += `Claim: step ${i} {#c${i}}\n\n- Reason: [next](#c${i + 1})\n\n`;
    text += `Claim: the end {#c${n}}\n\n- Evidence: cited [source](https://example.com)\n`;
    const a = timed(t, 10_000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.deepEqual(codes(a), []);
    assert.ok(a.nodes.every((node, i) => node.kind !== 'claim' || a.status[i].supported));
  });

  it('a 2,000-long cycle of references: unsupported, circular-support on each reference', (t) => {
    const n = 2000;
    let text = '';
    for (let i = 0; i < n; i++) text += `Claim: step ${i} {#c${i}}\n\n- Reason: [next](#c${(i + 1) % n})\n\n`;
    const a = timed(t, 10_000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.equal(codes(a).filter((c) => c === 'circular-support').length, n);
    assert.equal(codes(a).filter((c) => c === 'unsupported-claim').length, n);
  });

  it('10,000 footnotes, defined at the end: every evidence cited', (t) => {
    let text = 'Claim: many sources\n\n';
    for (let i = 0; i < 10_000; i++) text += `- Evidence: item ${i} [^f${i}]\n`;
    text += '\n';
    for (let i = 0; i < 10_000; i++) text += `[^f${i}]: Source number ${i}, https://example.com/${i}\n\n`;
    const a = timed(t, 30_000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.deepEqual(codes(a), []);
    assert.equal(a.footnoteDefinitions.size, 10_000);
    assert.equal(a.footnoteRefs.length, 10_000);
  });

  it('10,000 nodes with the same text get distinct ids quickly', (t) => {
    const text = Array.from({ length: 10_000 }, () => '- Claim: same').join('\n');
    const a = timed(t, 10_000, () => analyzeText(text), text);
    assert.equal(new Set(a.nodes.map((n) => n.id)).size, 10_000);
    assert.equal(a.nodes[9999].id, 'same-10000');
  });

  it('a 20 MB file gets file-too-large and nothing else, at once', (t) => {
    const text = '- Claim: a line of an enormous file, with 35% and [^1]\n'.repeat(Math.ceil(20e6 / 55));
    const a = timed(t, 500, () => analyzeText(text), text);
    assert.deepEqual(codes(a), ['file-too-large']);
    assert.equal(a.nodes.length, 0);
    checkAll(text, a);
  });

  it('a 5 MB single line (a pasted data URI in a claim)', (t) => {
    const data = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw'.repeat(Math.ceil(5e6 / 46)).slice(0, 5e6);
    const text = `Claim: the picture is ![a chart](data:image/png;base64,${data})`;
    const a = timed(t, 60_000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.equal(a.nodes.length, 1);
  });

  it('a 5 MB single line of words', (t) => {
    const text = `Claim: ${'the quick brown fox jumps over the lazy dog '.repeat(Math.ceil(5e6 / 44))}`;
    const a = timed(t, 90_000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.equal(a.nodes.length, 1);
  });

  it('deep inline nesting in headings, footnotes and node text does not overflow the model', (t) => {
    const depth = 1000;
    const nested = `${'*a **a '.repeat(depth / 2)}x${' a** a*'.repeat(depth / 2)}`;
    const text = `# Claim: ${nested}\n\nEvidence: ${nested} [^1]\n\n[^1]: ${nested}\n`;
    const a = timed(t, 20_000, () => analyzeText(text), text);
    checkAll(text, a);
    assert.equal(a.nodes.length, 2);
  });

  it('a parse that overflows a small stack is reported as nesting-too-deep, not thrown', () => {
    // 400 levels of emphasis overflow a 60 KB stack (in remark's tree walks); 984 KB is Node's default.
    const child = spawnSync(process.execPath, ['--stack-size=60', __filename], {
      env: { ...process.env, ARGMAP_FUZZ_CHILD: 'deep-inline', ARGMAP_FUZZ_DEPTH: '400' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(child.status, 0, child.stderr);
    const out = JSON.parse(child.stdout) as { nodes: number; codes: string[] };
    assert.deepEqual(out, { nodes: 0, codes: ['nesting-too-deep', 'nesting-too-deep'] });
  });
});
