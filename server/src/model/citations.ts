// A node's citations placed in the document: footnote citations with whether their footnote
// is defined and says something (a fact of the whole file), and links to URLs.
import type { CitationDraft, LinkDraft } from './drafts';
import { labelOf, says } from './footnoteFacts';
import { SCHEME } from './idLinks';
import { shifted } from './nodeAssembly';
import { shiftRange as shift } from './positions';
import type { Citation, FootnoteDefinition, Range } from './types';

type Linked = { url?: string; identifier?: string };

export class Citations {
  constructor(
    /** The file's footnote definitions, complete before any citation is made. */
    private readonly footnotes: ReadonlyMap<string, FootnoteDefinition>,
    /** A link's URL, a reference-style one's from the document's definitions. */
    private readonly url: (l: Linked) => string | undefined,
  ) {}

  citation(c: CitationDraft, line: number): Citation | undefined {
    const range = shift(c.range, line);
    if (c.kind === 'footnote') {
      const label = labelOf(c);
      const definition = this.footnotes.get(label);
      return { kind: 'footnote', label, raw: c.raw, defined: definition !== undefined, cites: definition !== undefined && says(definition), range };
    }
    const url = this.url(c);
    return url !== undefined && SCHEME.test(url) ? { kind: 'url', url, range } : undefined;
  }

  /** Whether `old` are the citations `drafts` (and a prose link in a reference's place) make now, field for field. */
  same(old: readonly Citation[], drafts: readonly CitationDraft[], proseLink: LinkDraft | undefined, line: number): boolean {
    let k = 0;
    for (const c of drafts) {
      if (c.kind === 'footnote') {
        const o = old[k++];
        if (o?.kind !== 'footnote' || o.raw !== c.raw || !shifted(o.range, c.range, line)) return false;
        const label = labelOf(c);
        const definition = this.footnotes.get(label);
        if (o.label !== label || o.defined !== (definition !== undefined) || o.cites !== (definition !== undefined && says(definition))) return false;
      } else {
        const m = this.urlCitation(old[k], c, line);
        if (m < 0) return false;
        k += m;
      }
    }
    if (proseLink) {
      const m = this.urlCitation(old[k], proseLink, line);
      if (m < 0) return false;
      k += m;
    }
    return k === old.length;
  }

  /** 0 when the link `l` makes no citation (a link that is not to a URL), 1 when it makes `o`, -1 when it makes another. */
  private urlCitation(o: Citation | undefined, l: { url?: string; identifier?: string; range: Range }, line: number): number {
    const url = this.url(l);
    if (url === undefined || !SCHEME.test(url)) return 0;
    return o?.kind === 'url' && o.url === url && shifted(o.range, l.range, line) ? 1 : -1;
  }
}
