// Which figures are of the same kind and unit, for `figure-mismatch` (editing.md, "Figures across
// claims and evidence"; the decisions are in docs/figures.md, "Units"). A unit key is compared
// as a string: two figures with equal keys and different values mismatch.
import type { FigureKind } from './types';

/** Currencies written in more than one way, as one name (anything else is compared as written). */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', USD: 'USD', dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD',
  'american dollars': 'USD', 美元: 'USD',
  HK$: 'HKD', HKD: 'HKD', 'hk dollars': 'HKD', 'hong kong dollars': 'HKD', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD',
  RMB: 'CNY', CNY: 'CNY', yuan: 'CNY', renminbi: 'CNY', 人民币: 'CNY', 人民幣: 'CNY',
  '€': 'EUR', EUR: 'EUR', euro: 'EUR', euros: 'EUR', 欧元: 'EUR', 歐元: 'EUR',
  '£': 'GBP', GBP: 'GBP', 'pounds sterling': 'GBP', 英镑: 'GBP', 英鎊: 'GBP',
  JPY: 'JPY', yen: 'JPY', 日元: 'JPY', 円: 'JPY',
};

/** Words that end the `of` phrase of a percent: `6% of GDP in 2023` is `of GDP`. */
const STOPS = new Set([
  'in', 'on', 'at', 'to', 'for', 'by', 'and', 'or', 'but', 'from', 'with', 'than', 'as', 'is', 'are', 'was', 'were', 'be',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'since', 'over', 'under', 'between', 'after', 'before',
  'that', 'which', 'who', 'while', 'when', 'per', 'last', 'this', 'according', 'compared', 'during', 'into', 'of',
]);

const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse', feet: 'foot',
  teeth: 'tooth', geese: 'goose', data: 'datum', media: 'medium', criteria: 'criterion', phenomena: 'phenomenon',
  analyses: 'analysis', theses: 'thesis', crises: 'crisis', indices: 'index',
};

/** The singular of an English noun, by the regular endings and a few irregular plurals. */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length > 3 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 2 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The unit key of a figure, or undefined when it has no unit that can be compared: a count
 * with no noun (`9,200` alone, `9,200家`) never mismatches.
 */
export function unitKey(f: { kind: FigureKind; unit: string }): string | undefined {
  const words = f.unit.split(/\s+/).filter((w) => w !== '');
  if (f.kind === 'money') {
    const written = f.unit.trim();
    const name = CURRENCY_NAMES[written] ?? CURRENCY_NAMES[written.toLowerCase()] ?? written;
    return `money:${name}`;
  }
  if (f.kind === 'count') return words.length ? `count:${singular(words[words.length - 1])}` : undefined;
  // percent: the head noun (last word) of the `of` phrase right after it, up to a function word, or none.
  const lower = words.map((w) => w.toLowerCase());
  if (lower[0] !== 'of') return 'percent:';
  let head = '';
  for (let i = 1; i < lower.length && !STOPS.has(lower[i]); i++) head = lower[i];
  return `percent:of ${singular(head)}`;
}
