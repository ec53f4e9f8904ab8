// The bench inputs' writer: a seedable PRNG, the article's vocabulary and the sentences,
// figures, footnotes, labels and ids the generators (argument.ts, argdown.ts, shapes.ts,
// worst.ts) build files from. The same seed gives the same bytes on every machine.

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}


// ---------------------------------------------------------------------------
// Vocabulary: the article's world (the Greater Bay Area), so the text reads like it.

export const PLACES = ['Hong Kong', 'Shenzhen', 'Qianhai', 'Hetao', 'Guangzhou', 'Macao', 'Nansha', 'Hengqin', 'Dongguan', 'Zhuhai', 'the Northern Metropolis', 'the Greater Bay Area'];
export const SECTORS = ['artificial intelligence', 'robotics', 'biotechnology', 'green finance', 'logistics', 'life sciences', 'fintech', 'advanced manufacturing', 'professional services', 'creative industries', 'microelectronics', 'new energy'];
export const ACTORS = ['the HKSAR Government', 'local universities', 'start-ups', 'venture funds', 'the Trade Development Council', 'cross-border firms', 'research institutes', 'listed companies', 'the Innovation and Technology Commission', 'regional banks'];
export const VERBS = ['strengthens', 'accelerates', 'depends on', 'reshapes', 'broadens', 'anchors', 'complements', 'attracts', 'sustains', 'deepens'];
export const NOUNS = ['integration', 'talent mobility', 'capital formation', 'knowledge exchange', 'market access', 'the innovation ecosystem', 'legal certainty', 'intellectual property protection', 'cross-border data flows', 'infrastructure'];
export const QUALIFIERS = ['over', 'more than', 'about', 'nearly', 'at least', 'almost', 'roughly', ''];
export const COUNT_NOUNS = ['companies', 'collaborative projects', 'patents', 'researchers', 'start-ups', 'students', 'listings', 'laboratories', 'jobs', 'visitors'];
export const SCALES = ['million', 'billion'];
export const CURRENCIES = ['$', 'HK$', 'US$', '¥'];
export const NOT_FIGURES = ['in 2023', 'since 2019', 'after COVID-19', 'on 5G networks', 'under Industry 4.0', 'under Article 23', 'about half of them', 'a third of the region', 'by 2035'];
export const PUBLISHERS = ['Census and Statistics Department', 'Hong Kong Trade Development Council', 'Shenzhen Municipal Bureau of Statistics', 'Greater Bay Area Research Centre', 'Invest Hong Kong', 'University Grants Committee', 'Hong Kong Monetary Authority', 'Qianhai Authority'];
export const DOMAINS = ['www.censtatd.gov.hk', 'research.hktdc.com', 'www.investhk.gov.hk', 'www.hkma.gov.hk', 'www.bayarea.gov.hk', 'data.gov.hk', 'www.ugc.edu.hk'];
export const TOPICS = ['Qianhai and modern services', 'Hetao and joint research', 'Capital markets', 'Talent and universities', 'Legal system and IP', 'Logistics and the airport', 'The Northern Metropolis', 'Green finance', 'Robotics and AI', 'Biotech listings', 'Tourism and culture', 'Data and connectivity'];
export const PROSE_OPENERS = ['This section weighs', 'Observers often overstate', 'The record on', 'Much of the debate turns on', 'Before judging', 'A fair reading of', 'Critics and supporters agree on little about'];
export const CAVEATS = ['Figures are as reported by the agencies and were not audited.', 'The comparison years differ between sources.', 'Some projects are counted twice when they span both zones.', 'Survey responses were voluntary.', 'Café owners and “micro-firms” (≤ 5 staff) are not included — see the notes.'];
/** The text generators share one Dice and the ids made so far, so references point to real ids. */
export class Writer {
  readonly d: Dice;
  private nextId = 0;
  private nextFootnote = 0;
  /** Ids made so far, by the kind of node they label. */
  readonly ids: Record<'claim' | 'evidence' | 'challenge', string[]> = { claim: [], evidence: [], challenge: [] };
  /** Footnote definitions waiting for the end of their section. */
  pendingFootnotes: string[] = [];

  constructor(seed: number) {
    this.d = new Dice(prng(seed));
  }

  id(prefix: string): string {
    return `${prefix}-${(this.nextId++).toString(36)}`;
  }

  figure(): string {
    const d = this.d;
    const q = d.pick(QUALIFIERS);
    const lead = q ? q + ' ' : '';
    switch (d.int(0, 4)) {
      case 0:
        return `${lead}${d.int(2, 98)}%`;
      case 1:
        return `${lead}${d.int(1, 40)} percent of its GDP`;
      case 2:
        return `${lead}${d.pick(CURRENCIES)}${d.int(1, 99)}.${d.int(1, 9)} ${d.pick(SCALES)}`;
      default: {
        const n = d.int(12, 98_000);
        return `${lead}${n.toLocaleString('en-US')} ${d.pick(COUNT_NOUNS)}`;
      }
    }
  }

  sentence(withFigure: boolean): string {
    const d = this.d;
    const subject = d.chance(0.5) ? d.pick(PLACES) : `${d.pick(PLACES)}'s ${d.pick(SECTORS)} sector`;
    let s = `${subject} ${d.pick(VERBS)} ${d.pick(NOUNS)}`;
    if (withFigure) s += `, with ${this.figure()}`;
    if (d.chance(0.3)) s += ` ${d.pick(NOT_FIGURES)}`;
    if (d.chance(0.25)) s += `, as ${d.pick(ACTORS)} ${d.chance(0.5) ? '*report*' : '**confirm**'}`;
    if (d.chance(0.08)) s += ` (the \`${d.pick(SECTORS).split(' ')[0]}\` cluster)`;
    return s + '.';
  }

  /** A footnote reference, with its definition queued for the end of the section. */
  footnote(): string {
    const d = this.d;
    const label = `n${(this.nextFootnote++).toString(36)}`;
    const year = d.int(2015, 2025);
    const url = d.chance(0.6) ? ` <https://${d.pick(DOMAINS)}/reports/${year}/${label}.pdf>` : '';
    this.pendingFootnotes.push(`[^${label}]: ${d.pick(PUBLISHERS)}, *${d.pick(TOPICS)}* (${year}), p. ${d.int(1, 240)}.${url}`);
    return `[^${label}]`;
  }

  link(): string {
    const d = this.d;
    const text = d.pick(['report', 'dataset', 'press release', 'statistics', 'survey']);
    return `[${text}](https://${d.pick(DOMAINS)}/${d.pick(['en', 'tc', 'sc'])}/${d.int(1000, 99999)})`;
  }

  /** A citation for evidence: mostly footnotes, some links, some bare URLs, a few none. */
  citation(): string {
    const d = this.d;
    const r = d.next();
    if (r < 0.55) return this.footnote();
    if (r < 0.8) return ` (${this.link()})`;
    if (r < 0.88) return ` See https://${d.pick(DOMAINS)}/stats/${d.int(100, 999)}.`;
    return '';
  }

  /** `Label:` in one of the spellings people use. */
  label(word: string): string {
    const r = this.d.next();
    if (r < 0.45) return `${word}:`;
    if (r < 0.8) return `**${word}:**`;
    if (r < 0.95) return `**${word}**:`;
    return `${word.toUpperCase()}:`;
  }

  maybeId(prefix: 'claim' | 'evidence' | 'challenge', p: number): string {
    if (!this.d.chance(p)) return '';
    const id = this.id(prefix[0] + prefix[1]);
    this.ids[prefix].push(id);
    return ` {#${id}}`;
  }

  /** A link to an earlier id (a reference), or undefined when none exists yet. */
  earlier(kind: 'claim' | 'evidence' | 'challenge'): string | undefined {
    const ids = this.ids[kind];
    if (!ids.length) return undefined;
    // Mostly recent ids (nearby arguments), sometimes far back in the file.
    const k = this.d.chance(0.7) ? Math.max(0, ids.length - 1 - this.d.int(0, 20)) : this.d.int(0, ids.length - 1);
    return ids[k];
  }
}
