// A region written as a planner writes it ("г. Бишкек", "Ошская обл.", "Чүй облусу", "Chuy Region") →
// its ISO 3166-2:KG code, for the data import's region_code column (README "Import your own data").
// Pure and in the import's own chunk: the names are those of data/regions.csv (a unit test checks they
// all read back to their code) with the variants spreadsheets of the National Statistical Committee
// and ministries use. The first view never loads this.
import {REGION_CODES, type RegionCode} from '../model/region';

export type RegionNameMatch =
  /** A region, or KG: a name of the country. */
  | {kind: 'code'; code: RegionCode | 'KG'}
  /**
   * A total word alone ("Итого", "Всего", "Жыйынтыгы", "Total"): the sum of the rows above it, which is
   * the national total only when those rows are all nine regions; the parser decides (parseImportText).
   */
  | {kind: 'total'}
  /** A bare name shared by two units ("Ош": the oblast or the city). */
  | {kind: 'ambiguous'; codes: RegionCode[]}
  | {kind: 'unknown'};

/** Words that say "oblast" / "city" (after lower-casing, ё→е and Kyrgyz letters → Russian ones). */
const OBLAST_WORDS = new Set(['область', 'обл', 'облусу', 'облус', 'облысы', 'region', 'oblast', 'oblasty', 'province']);
const CITY_WORDS = new Set(['г', 'гор', 'город', 'шаары', 'шаар', 'ш', 'city', 'of']);
const TOTAL_WORDS = new Set(['итого', 'всего', 'жыйынтыгы', 'жыйынтык', 'бардыгы', 'баары', 'жалпы', 'total', 'grand']);
/** "по" / "боюнча" ("by"): "Всего по республике", "Республика боюнча жыйынтыгы" name the country. */
const LINK_WORDS = new Set(['по', 'боюнча']);

/** Names of the nine units: the stems (noun, any language) and, for oblasts, the Russian adjectives. */
const STEMS: Record<RegionCode, {stems: string[]; adjectives?: string[]}> = {
  'KG-B': {stems: ['баткен', 'batken'], adjectives: ['баткенская']},
  'KG-J': {stems: ['жалалабад', 'джалалабад', 'jalalabad', 'djalalabad', 'dzhalalabad', 'zhalalabad'], adjectives: ['джалалабадская', 'жалалабадская']},
  'KG-Y': {stems: ['ысыккол', 'ыссыккол', 'иссыккуль', 'issykkul', 'ysykkol', 'yssykkul', 'issykkol'], adjectives: ['иссыккульская', 'ыссыккульская']},
  'KG-N': {stems: ['нарын', 'naryn'], adjectives: ['нарынская']},
  'KG-O': {stems: ['ош', 'osh'], adjectives: ['ошская']},
  'KG-T': {stems: ['талас', 'talas'], adjectives: ['таласская']},
  'KG-C': {stems: ['чуй', 'chuy', 'chui', 'chuj'], adjectives: ['чуйская']},
  'KG-GB': {stems: ['бишкек', 'bishkek']},
  'KG-GO': {stems: ['ош', 'osh']},
};
const CITIES: readonly RegionCode[] = ['KG-GB', 'KG-GO'];
/** The country's names, tokens joined (also as "по …" / "… боюнча" puts them: республике, Кыргызстану). */
const COUNTRY = new Set([
  ...['кыргызстан', 'кыргызстану', 'киргизия', 'kyrgyzstan', 'kyrgyzrepublic', 'кр', 'kg'],
  ...['кыргызскаяреспублика', 'кыргызскойреспублике', 'киргизскаяреспублика', 'киргизскойреспублике', 'кыргызреспубликасы'],
  ...['республика', 'республике', 'республикасы'],
]);

type Kind = 'oblast' | 'city' | '';
const key = (stem: string, kind: Kind) => `${stem}|${kind}`;

/** key(stem, kind) → the codes it can mean (two for a bare "Ош"). */
const TABLE: Map<string, RegionCode[]> = (() => {
  const table = new Map<string, RegionCode[]>();
  const add = (k: string, code: RegionCode) => {
    const codes = table.get(k) ?? [];
    if (!codes.includes(code)) codes.push(code);
    table.set(k, codes);
  };
  for (const code of REGION_CODES) {
    const {stems, adjectives = []} = STEMS[code];
    const kind: Kind = CITIES.includes(code) ? 'city' : 'oblast';
    for (const s of [...stems, ...adjectives]) {
      add(key(s, kind), code);
      add(key(s, ''), code);
    }
    // The ISO code itself, in any case and with any dash or space ("kg-c", "KG C").
    add(key(code.toLowerCase().replace('-', ''), ''), code);
  }
  return table;
})();

/**
 * Lower case, ё→е, the Kyrgyz letters ү ө ң → у о н (as typed on a Russian keyboard), and tokens split
 * at spaces, dots, brackets and commas; hyphens and dashes join ("Джалал-Абад" = "Джалалабад").
 */
function tokens(text: string): string[] {
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ү/g, 'у')
    .replace(/ө/g, 'о')
    .replace(/ң/g, 'н')
    .replace(/[-‐‑‒–—]/g, '');
  return folded.split(/[\s.,()«»"“”'’:;]+/u).filter((t) => t !== '');
}

/** What a region_code cell names (see RegionNameMatch); codes are matched by the parser before this. */
export function readRegionName(text: string): RegionNameMatch {
  const words = tokens(text);
  if (words.length === 0) return {kind: 'unknown'};
  // The country ("Кыргызская Республика", "Итого по КР", "Кыргыз Республикасы боюнча"), or a total
  // word alone ("Итого", "Всего", "Grand total").
  const core = words.filter((w) => !TOTAL_WORDS.has(w) && !LINK_WORDS.has(w)).join('');
  if (COUNTRY.has(core)) return {kind: 'code', code: 'KG'};
  if (core === '') return words.some((w) => TOTAL_WORDS.has(w)) ? {kind: 'total'} : {kind: 'unknown'};
  const name = nameParts(words);
  const codes = name && TABLE.get(key(name.stem, name.kind));
  if (!codes) return {kind: 'unknown'};
  return codes.length === 1 ? {kind: 'code', code: codes[0]!} : {kind: 'ambiguous', codes: [...codes]};
}

/** A name's words without "oblast" / "city" ones, joined, and which of the two it said; null if both or nothing else. */
function nameParts(words: readonly string[]): {stem: string; kind: Kind} | null {
  let kind: Kind = '';
  const rest: string[] = [];
  for (const w of words) {
    const k: Kind = OBLAST_WORDS.has(w) ? 'oblast' : CITY_WORDS.has(w) ? 'city' : '';
    if (k === '') rest.push(w);
    else if (kind !== '' && kind !== k) return null; // "город … область": not a name
    else kind = k;
  }
  return rest.length === 0 ? null : {stem: rest.join(''), kind};
}

/** How many letters to insert, delete or replace to make `a` into `b` (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The one region a name that is none is a slip of ("Талаская область": Talas, a letter short), for
 * the import's message to suggest; null when no name is near or two are. Only from five letters on, and
 * one letter apart (two from ten on): a short name is too near others to guess ("Ош", "Нарн").
 */
export function nearRegion(text: string): RegionCode | null {
  const name = nameParts(tokens(text));
  if (!name || name.stem.length < 5) return null;
  const most = name.stem.length >= 10 ? 2 : 1;
  const near = new Set<RegionCode>();
  for (const [k, codes] of TABLE) {
    const [stem, kind] = k.split('|');
    if (kind === name.kind && editDistance(name.stem, stem!) <= most) for (const c of codes) near.add(c);
  }
  return near.size === 1 ? [...near][0]! : null;
}
