// The oracle's reading of "the same kind and unit" (editing.md, "Figures across claims and
// evidence"), written from docs/figures.md "Units" without the model's code: two figures are
// comparable when this says their units are the same.

/** docs/figures.md: the currencies written in more than one way (any other is compared as written). */
const SAME_CURRENCY: string[][] = [
  ['$', 'US$', 'USD', 'dollar', 'dollars', 'US dollar', 'US dollars', 'American dollars', '美元'],
  ['HK$', 'HKD', 'HK dollars', 'Hong Kong dollars', '港元', '港币', '港幣'],
  ['RMB', 'CNY', 'yuan', 'renminbi', '人民币', '人民幣'],
  ['€', 'EUR', 'euro', 'euros', '欧元', '歐元'],
  ['£', 'GBP', 'pounds sterling', '英镑', '英鎊'],
  ['JPY', 'yen', '日元', '円'],
];

/** docs/figures.md: irregular plurals, singular first. */
const IRREGULAR: [string, string][] = [
  ['person', 'people'], ['person', 'persons'], ['child', 'children'], ['man', 'men'], ['woman', 'women'], ['mouse', 'mice'],
  ['foot', 'feet'], ['tooth', 'teeth'], ['goose', 'geese'], ['datum', 'data'], ['medium', 'media'], ['criterion', 'criteria'],
  ['phenomenon', 'phenomena'], ['analysis', 'analyses'], ['thesis', 'theses'], ['crisis', 'crises'], ['index', 'indices'],
];

/** docs/figures.md: the words that end a percent's `of` phrase. */
const ENDS_PHRASE = (
  'in on at to for by and or but from with than as is are was were be has have had will would can could may since over ' +
  'under between after before that which who while when per last this according compared during into of'
).split(' ');

/** The singular by docs/figures.md's rules, applied as a chain of rewrites. */
function singularOf(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  const irregular = IRREGULAR.find(([, plural]) => plural === w);
  if (irregular) return irregular[0];
  if (/^.+ies$/.test(w) && w.length > 3) return w.replace(/ies$/, 'y');
  if (/^.+(ss|x|z|ch|sh)es$/.test(w) && w.length > 3) return w.replace(/es$/, '');
  if (/^.+[^s]s$/.test(w) && !/(us|is)$/.test(w) && w.length > 2) return w.replace(/s$/, '');
  return w;
}

function currencyOf(written: string): string {
  const w = written.trim();
  const group = SAME_CURRENCY.findIndex((g) => g.includes(w) || g.some((x) => x.toLowerCase() === w.toLowerCase()));
  return group >= 0 ? `#${group}` : w;
}

/** The head noun of the `of` phrase after a percent, or undefined when none follows. */
function ofPhrase(unit: string): string | undefined {
  const words = unit.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  if (words[0] !== 'of') return undefined;
  const rest = words.slice(1);
  const end = rest.findIndex((w) => ENDS_PHRASE.includes(w));
  const phrase = end < 0 ? rest : rest.slice(0, end);
  return singularOf(phrase[phrase.length - 1] ?? '');
}

/** Whether two figures of the same kind have the same unit (a count with no noun has none). */
export function sameUnit(kind: string, a: string, b: string): boolean {
  if (kind === 'money') return currencyOf(a) === currencyOf(b);
  if (kind === 'count') {
    const last = (u: string) => u.split(/\s+/).filter(Boolean).pop();
    const x = last(a);
    const y = last(b);
    return x !== undefined && y !== undefined && singularOf(x) === singularOf(y);
  }
  return ofPhrase(a) === ofPhrase(b);
}
