// The run's printed report: the tables and the targets, met or not.
import { EDIT_KINDS } from './edits';
import type { Results } from './results';
import { formatBytes, formatMs, formatRatio, formatSummary, table, type Summary } from './stats';

export function report(r: Results): void {
  const rows: string[][] = [['input', 'bytes', 'bare parse', 'argmap analysis', 'argmap/bare', 'CPU: bare', 'argmap', 'ratio', 'nodes', 'diagnostics']];
  for (const inp of r.inputs) {
    const m = r.model[inp.name];
    if (!m) continue;
    rows.push([
      inp.name,
      formatBytes(inp.bytes),
      formatSummary(m.bare),
      formatSummary(m.argmap),
      formatRatio(m.ratio),
      formatMs(m.bareCpu?.median ?? NaN),
      formatMs(m.argmapCpu?.median ?? NaN),
      formatRatio(m.ratioCpu),
      String(m.analysis?.nodes ?? '—'),
      String(m.analysis?.diagnostics ?? '—'),
    ]);
  }
  if (rows.length > 1) console.log(`\nIn process (wall-clock medians, min–max; then CPU-time medians)\n${table(rows)}`);

  const ad: string[][] = [['input', 'Argdown bytes', 'Argdown parse+model', 'statements', 'arguments', 'relations', 'argmap analysis', 'argmap/Argdown', 'CPU ratio']];
  for (const [name, a] of Object.entries(r.argdown)) {
    const m = r.model[name];
    ad.push([
      name,
      formatBytes(a.bytes),
      formatSummary(a.parseAndModel),
      String(a.model.statements),
      String(a.model.arguments),
      String(a.model.relations),
      formatSummary(m?.argmap),
      formatRatio(m?.argmap ? m.argmap.median / a.parseAndModel.median : undefined),
      formatRatio(m?.argmapCpu ? m.argmapCpu.median / a.parseAndModelCpu.median : undefined),
    ]);
  }
  if (ad.length > 1) console.log(`\nArgdown (same shape)\n${table(ad)}`);

  const sv: string[][] = [['input', 'open → diagnostics', 'open/bare', 'keystroke p50', 'p95', 'p50/bare', 'p95/bare', 'CPU: open', 'keystroke p50', 'p95', 'diagnostics', 'server RSS after open', 'server peak, file open']];
  for (const [name, s] of Object.entries(r.server)) {
    sv.push([
      name,
      formatSummary(s.open),
      formatRatio(s.openRatio),
      formatMs(s.keystroke.median),
      formatMs(s.keystroke.p95),
      formatRatio(s.keystrokeP50Ratio),
      formatRatio(s.keystrokeP95Ratio),
      formatMs(s.openCpu.median),
      formatMs(s.keystrokeCpu.median),
      formatMs(s.keystrokeCpu.p95),
      String(s.diagnostics),
      formatBytes(s.memoryAfterOpen?.vmRSS ?? NaN),
      formatBytes(s.memoryWithFileOpen?.vmHWM ?? NaN),
    ]);
  }
  if (sv.length > 1) console.log(`\nLanguage server over stdio\n${table(sv)}`);

  const kp: string[][] = [['input', ...Object.keys(Object.values(r.server)[0]?.keystrokeByPlace ?? {})]];
  for (const [name, s] of Object.entries(r.server)) kp.push([name, ...kp[0].slice(1).map((p) => formatMs(s.keystrokeByPlace[p]?.median ?? NaN))]);
  if (kp.length > 1) console.log(`\nKeystroke p50 by place\n${table(kp)}`);

  const ed: string[][] = [['input', ...EDIT_KINDS, 'mix'].map(String)];
  for (const [name, s] of Object.entries(r.server)) {
    if (!s.edits) continue;
    const cell = (x?: Summary) => (x ? `${formatMs(x.median)} / ${formatMs(x.p95)} (n=${x.n})` : '—');
    ed.push([name, ...EDIT_KINDS.map((k) => cell(s.edits!.byKind[k])), cell(s.edits.mix)]);
  }
  if (ed.length > 1) console.log(`\nRealistic edits → diagnostics, p50 / p95 per step\n${table(ed)}`);

  const extra: string[][] = [['measure', 'value']];
  for (const [name, s] of Object.entries(r.server)) {
    if (s.hover) extra.push([`hover on a claim, ${name}`, formatSummary(s.hover)]);
    if (s.documentSymbol) extra.push([`documentSymbol, ${name} (${s.symbols} symbols)`, formatSummary(s.documentSymbol)]);
    for (const [request, t] of Object.entries(s.requests?.byRequest ?? {})) {
      extra.push([`${request}, ${name} (answer of ${s.requests?.answered[request]})`, formatSummary(t)]);
    }
    if (s.requests?.skipped.length) extra.push([`requests with no place in ${name}`, s.requests.skipped.join(', ')]);
    if (s.hover) {
      for (const [step, m] of Object.entries(s.memorySteps ?? {})) {
        if (m) extra.push([`server VmRSS / VmHWM, ${name}, ${step}`, `${formatBytes(m.vmRSS)} / ${formatBytes(m.vmHWM)}`]);
      }
    }
  }
  if (r.markdownIt) extra.push([`markdown-it alone on ${r.markdownIt.input}: VmHWM`, formatBytes(r.markdownIt.vmHWM)]);
  if (r.concurrency) {
    const c = r.concurrency;
    extra.push([`hover in a small document while ${c.input} is analysed`, formatSummary(c.hover)]);
    extra.push([`${c.input} open → diagnostics meanwhile`, formatSummary(c.bigDiagnostics)]);
    extra.push(['hover answered before the big diagnostics', `${c.hoverFirst}/${c.runs}`]);
  }
  if (r.workspace) {
    const w = r.workspace;
    extra.push([`workspace (${w.files} files, ${formatBytes(w.bytes)}): bare parse of all`, formatSummary(w.bare)]);
    extra.push(['workspace: cold index / warm start', `${formatSummary(w.cold)} / ${formatSummary(w.warm)}`]);
    extra.push(['workspace: references / rename p50', `${formatMs(w.references.median)} (${w.referencesFound}) / ${formatMs(w.rename.median)} (${w.renameFiles} files)`]);
    extra.push(['workspace: keystroke p50 while indexing / idle', `${formatMs(w.keystrokeIndexing.median)} / ${formatMs(w.keystrokeIdle.median)}`]);
  }
  if (extra.length > 1) console.log(`\n${table(extra)}`);

  console.log('\nTargets');
  for (const t of r.targets) {
    const mark = t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET';
    const cpu = t.cpuValue === undefined ? '' : `; in CPU time ${formatRatio(t.cpuValue)}`;
    const value = t.unit === 'ms' ? (v: number) => formatMs(v) : formatRatio;
    const limit = t.unit === 'ms' ? `${t.limit} ms` : `${t.limit}×`;
    console.log(`  [${mark}] ${t.text}: ${t.value === undefined ? '—' : `${value(t.value)} (limit ${t.strict ? '<' : '≤'} ${limit}${cpu})`}`);
  }
  for (const note of r.notes) console.log(`note: ${note}`);
}
