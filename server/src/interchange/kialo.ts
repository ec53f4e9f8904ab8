// Kialo's "Export discussion" text → an argument file. The export is one claim per numbered line:
//   Discussion Title: Should cities plant more parks?
//   1. Cities should plant more parks.
//   1.1. Pro: Parks cool streets in summer.
//   1.1.1. Con: Only large parks do.
//   1.2. Con: -> See 1.1.1.
// Lines that are not numbered continue the claim above them.
import { ImportError, type ImportEdge, type ImportMap, type ImportNode, type ImportNote, type ImportResult } from './types';
import { writeMarkdown, type WriteOptions } from './write';

/** Largest export read (UTF-16 units): the work is linear, this only bounds memory. */
export const MAX_KIALO_SIZE = 20_000_000;

const TITLE = /^\s*Discussion Title:\s*(.*)$/i;
const CLAIM = /^\s*((?:\d+\.)+)\s*(?:(Pro|Con)\s*:\s*)?(.*)$/i;
const SEE = /^->\s*See\s+((?:\d+\.)*\d+)\.?\s*$/i;
/** A URL with a scheme, as argmap counts a citation (a bare GFM URL or a link target). */
const URL = /\b(?:https?:\/\/|mailto:)[^\s)>\]]+/i;

interface KialoClaim {
  number: string;
  side?: 'pro' | 'con';
  text: string;
  more: string[];
  /** The number a `-> See` line links to. */
  see?: string;
  line: number;
}

export function importKialo(text: string, file: string, options: WriteOptions = {}): ImportResult {
  if (text.length > MAX_KIALO_SIZE) throw new ImportError(1, `the file is larger than ${MAX_KIALO_SIZE} characters`);
  const notes: ImportNote[] = [];
  const { title, claims } = readClaims(text);
  const map = toImportMap(title, claims, notes);
  return { markdown: writeMarkdown(map, { format: 'kialo', file }, options), notes };
}

function readClaims(text: string): { title?: string; claims: KialoClaim[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let title: string | undefined;
  const claims: KialoClaim[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const titled = TITLE.exec(raw);
    if (titled && !claims.length && title === undefined) {
      title = titled[1].trim();
      return;
    }
    const numbered = CLAIM.exec(raw);
    if (numbered) {
      const number = numbered[1].slice(0, -1);
      const side = numbered[2]?.toLowerCase() as 'pro' | 'con' | undefined;
      const body = numbered[3].trim();
      const see = SEE.exec(body);
      claims.push({ number, side, text: see ? '' : body, more: [], see: see?.[1], line });
      return;
    }
    const last = claims[claims.length - 1];
    if (!last) throw new ImportError(line, `expected 'Discussion Title:' or a numbered claim such as '1. …', found '${clip(raw)}'`);
    if (last.see) throw new ImportError(line, `a '-> See' link has no text of its own, but line ${line} continues it`);
    last.more.push(raw.trim());
  });
  if (!claims.some((c) => !c.number.includes('.'))) {
    throw new ImportError(1, "no thesis: a Kialo export has a line '1. <thesis>' before its pros and cons");
  }
  return { title, claims };
}

function toImportMap(title: string | undefined, claims: KialoClaim[], notes: ImportNote[]): ImportMap {
  const byNumber = new Map<string, KialoClaim>();
  for (const claim of claims) {
    if (byNumber.has(claim.number)) throw new ImportError(claim.line, `claim ${claim.number}. appears twice (first on line ${byNumber.get(claim.number)!.line})`);
    byNumber.set(claim.number, claim);
  }
  const key = (number: string) => `k:${number}`;
  const nodes: ImportNode[] = [];
  const edges: ImportEdge[] = [];
  for (const claim of claims) {
    const parentNumber = claim.number.includes('.') ? claim.number.slice(0, claim.number.lastIndexOf('.')) : undefined;
    const parent = parentNumber === undefined ? undefined : byNumber.get(parentNumber);
    if (parentNumber !== undefined && !parent) throw new ImportError(claim.line, `claim ${claim.number}. has no claim ${parentNumber}. above it`);
    if (parent?.see) throw new ImportError(claim.line, `claim ${claim.number}. is under ${parentNumber}., which is only a '-> See' link`);
    if (parent && !claim.side) throw new ImportError(claim.line, `claim ${claim.number}. says neither 'Pro:' nor 'Con:'`);
    if (!parent && claim.side) {
      notes.push({ line: claim.line, message: `thesis ${claim.number}. is marked ${claim.side}, which has no meaning at the top: it is written as a claim` });
    }
    if (claim.see) {
      const target = byNumber.get(claim.see);
      if (!target || target.see) throw new ImportError(claim.line, `'-> See ${claim.see}.' links to no claim`);
      edges.push({ from: key(claim.see), to: key(parentNumber!), label: claim.side === 'con' ? 'Challenge' : 'Reason', link: true });
      continue;
    }
    if (claim.text === '') throw new ImportError(claim.line, `claim ${claim.number}. has no text`);
    nodes.push({ key: key(claim.number), id: `kialo-${claim.number.replace(/\./g, '-')}`, text: claim.text, body: claim.more, line: claim.line });
    if (parent) edges.push({ from: key(claim.number), to: key(parentNumber!), label: labelOf(claim) });
  }
  return { title, heading: title, nodes, edges, sections: [] };
}

/** A Pro that links a source is evidence (and cites it); every other Pro is a reason. */
function labelOf(claim: KialoClaim): ImportEdge['label'] {
  if (claim.side === 'con') return 'Challenge';
  return URL.test([claim.text, ...claim.more].join('\n')) ? 'Evidence' : 'Reason';
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
