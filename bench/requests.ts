// Every request of editing.md on one analysed document, through the real server: the spec's
// "every request answers on a 1 MB argument file in ≤ 50 ms p50 once the file is analysed".
// Places are found in the document's current text (a link to an id the file defines, that
// id's `{#id}`, a footnote call, a claim), so the requests land where a writer would ask.
import { performance } from 'node:perf_hooks';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import type { LspSession } from './server';
import { summarize, type Summary } from './stats';

export interface RequestsResult {
  /** Per request (`definition`, `references`, …): latency of each call, awaited one at a time. */
  byRequest: Record<string, Summary>;
  /** Requests the document had no place for. */
  skipped: string[];
  /** What came back from the last call of each (a location count, an item count), to show they answered. */
  answered: Record<string, number>;
}

interface Places {
  /** Inside `#id` of a `[…](#id)` whose id the file defines with `{#id}`. */
  link?: Position;
  /** Inside that id's `{#id}`. */
  id?: Position;
  /** Just after `](#` of that link: where completion of ids is asked. */
  afterHash?: Position;
  /** Just after `[^` of a footnote call. */
  afterCaret?: Position;
  /** On a claim's text. */
  claim: Position;
}

/** Places in `text` from `fraction` of the way down (the middle of a file, not its head). */
export function requestPlaces(text: string, claim: Position, fraction = 0.6): Places {
  const lines = text.split('\n');
  const defined = new Set<string>();
  for (const m of text.matchAll(/\{#([A-Za-z0-9_-]+)\}/g)) defined.add(m[1]);
  const places: Places = { claim };
  const from = Math.floor(lines.length * fraction);
  for (let k = 0; k < lines.length && (!places.link || !places.afterCaret); k++) {
    const line = (from + k) % lines.length;
    const l = lines[line];
    if (!places.link) {
      for (const m of l.matchAll(/\]\(#([A-Za-z0-9_-]+)\)/g)) {
        if (!defined.has(m[1])) continue;
        const hash = (m.index ?? 0) + 2;
        places.link = { line, character: hash + 2 };
        places.afterHash = { line, character: hash + 1 };
        places.id = idPlace(lines, m[1]);
        break;
      }
    }
    if (!places.afterCaret) {
      const call = /\[\^[A-Za-z0-9]+\](?!:)/.exec(l);
      if (call && !l.startsWith('[^')) places.afterCaret = { line, character: call.index + 2 };
    }
  }
  return places;
}

function idPlace(lines: string[], id: string): Position | undefined {
  const written = `{#${id}}`;
  for (let line = 0; line < lines.length; line++) {
    const at = lines[line].indexOf(written);
    if (at >= 0) return { line, character: at + 3 };
  }
  return undefined;
}

/**
 * Asks each request `runs` times (after `warm` unmeasured calls) on `uri`, whose analysis of
 * its current version is published (`diagnostics`: what the server published for it, for
 * the code actions). Nothing is applied: rename and code actions are asked, not carried out.
 */
export async function measureRequests(
  session: LspSession,
  uri: string,
  places: Places,
  diagnostics: readonly Diagnostic[],
  runs = 10,
  warm = 2,
): Promise<RequestsResult> {
  const textDocument = { uri };
  const unsupported = diagnostics.find((d) => d.code === 'unsupported-claim') ?? diagnostics[0];
  const asks: [string, (() => Promise<unknown>) | undefined][] = [
    ['hover', () => session.request('textDocument/hover', { textDocument, position: places.claim })],
    ['documentSymbol', () => session.request('textDocument/documentSymbol', { textDocument })],
    ['definition', places.link && (() => session.request('textDocument/definition', { textDocument, position: places.link }))],
    ['references', places.link && (() => session.request('textDocument/references', { textDocument, position: places.link, context: { includeDeclaration: true } }))],
    ['documentHighlight', places.link && (() => session.request('textDocument/documentHighlight', { textDocument, position: places.link }))],
    ['prepareRename', places.id && (() => session.request('textDocument/prepareRename', { textDocument, position: places.id }))],
    ['rename', places.id && (() => session.request('textDocument/rename', { textDocument, position: places.id, newName: 'renamed-in-bench' }))],
    ['completion after ](#', places.afterHash && (() => session.request('textDocument/completion', { textDocument, position: places.afterHash }))],
    ['completion after [^', places.afterCaret && (() => session.request('textDocument/completion', { textDocument, position: places.afterCaret }))],
    [
      'codeAction',
      unsupported && (() => session.request('textDocument/codeAction', { textDocument, range: unsupported.range, context: { diagnostics: [unsupported] } })),
    ],
    ['codeLens', () => session.request('textDocument/codeLens', { textDocument })],
    ['workspace/symbol', () => session.request('workspace/symbol', { query: 'growth' })],
  ];
  const byRequest: Record<string, Summary> = {};
  const answered: Record<string, number> = {};
  const skipped: string[] = [];
  for (const [name, ask] of asks) {
    if (!ask) {
      skipped.push(name);
      continue;
    }
    for (let k = 0; k < warm; k++) await ask();
    const times: number[] = [];
    let last: unknown;
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      last = await ask();
      times.push(performance.now() - t0);
    }
    byRequest[name] = summarize(times);
    answered[name] = sizeOf(last);
  }
  return { byRequest, skipped, answered };
}

/** How much an answer holds: a list's length, a completion list's items, a workspace edit's edits, 1 for an object. */
function sizeOf(answer: unknown): number {
  if (answer === null || answer === undefined) return 0;
  if (Array.isArray(answer)) return answer.length;
  if (typeof answer === 'object') {
    const a = answer as { items?: unknown[]; changes?: Record<string, unknown[]>; documentChanges?: { edits?: unknown[] }[] };
    if (a.items) return a.items.length;
    if (a.changes) return Object.values(a.changes).reduce((n, e) => n + e.length, 0);
    if (a.documentChanges) return a.documentChanges.reduce((n, c) => n + (c.edits?.length ?? 0), 0);
  }
  return 1;
}

/** The slowest request's p50, or undefined when none was measured. */
export function maxMedian(r: RequestsResult | undefined): number | undefined {
  const medians = Object.values(r?.byRequest ?? {}).map((s) => s.median);
  return medians.length ? Math.max(...medians) : undefined;
}

/** `: rename`, the name of the slowest request, for a target's text. */
export function slowestRequest(r: RequestsResult | undefined): string {
  let worst: [string, number] | undefined;
  for (const [name, s] of Object.entries(r?.byRequest ?? {})) if (!worst || s.median > worst[1]) worst = [name, s.median];
  return worst ? `: ${worst[0]}` : '';
}
