// Words in the indicator and sector CELLS → the import format's codes (README "Import your own data").
// A planner's sheet from Russian-language Excel says «Занятость» in the indicator column and
// «Обрабатывающая промышленность» or «C - Обрабатывающая промышленность» in the sector column; each such
// row was refused, though the column names were read (import-headers.ts). Pure: the parser
// (import-csv.ts) reads a cell through it only when the cell is not already a code. Only unambiguous
// words: anything else stays refused as before (bad-indicator, bad-sector).
import {explorer} from '../i18n/messages/explorer';
import {TOTAL_SECTOR, type DataIndicator} from '../model/dataset';
import {key} from './import-headers';

/**
 * The words each indicator is known by, besides its code. Russian as the National Statistical
 * Committee's tables and a planner write them, and the atlas's own (scenarios.ts,
 * `scenario.indicator.*`: занятость, выпуск, население, число предприятий, доля занятых, ВРП, ВРП на
 * душу). Kyrgyz as the atlas's own messages say them: scenarios.ts `scenario.indicator.*` (иш менен
 * камсыз болгондор, өндүрүш көлөмү, калк, ишканалардын саны, иш менен камсыз болгондордун үлүшү, ДРП,
 * жан башына ДРП); import-dialog.ts `engine.ind.grp-pc` (калктын жан башына ДРП); explorer.ts
 * `ind.grp-pc.about` (дүң региондук продукт, калктын жан башына дүң региондук продукт). English as
 * scenarios.ts `scenario.indicator.*` (employment share, GRP per capita; the others are their codes,
 * read here in any case: "Employment").
 */
export const INDICATOR_WORDS: Readonly<Record<DataIndicator, readonly string[]>> = {
  employment: ['занятость', 'численность занятых', 'занятое население', 'численность занятого населения', 'иш менен камсыз болгондор', 'employment'],
  output: ['выпуск', 'выпуск продукции', 'объём производства', 'объём промышленной продукции', 'өндүрүш көлөмү', 'output'],
  population: ['население', 'численность населения', 'постоянное население', 'численность постоянного населения', 'калк', 'population'],
  establishments: ['число предприятий', 'количество предприятий', 'число организаций', 'количество организаций', 'ишканалардын саны', 'establishments'],
  employment_share: ['доля занятых', 'иш менен камсыз болгондордун үлүшү', 'employment share'],
  grp: ['ВРП', 'валовой региональный продукт', 'ДРП', 'дүң региондук продукт', 'GRP'],
  grp_per_capita: ['ВРП на душу', 'ВРП на душу населения', 'валовой региональный продукт на душу населения', 'жан башына ДРП', 'калктын жан башына ДРП', 'калктын жан башына дүң региондук продукт', 'GRP per capita'],
};

/** GKED's sections, the letters the format reads (README). */
const SECTIONS = 'ABCDEFGHIJKLMNOPQRS';

/**
 * The National Statistical Committee's Russian names of sections where they differ from the atlas's own
 * (explorer.ts `sector.*`, read as well): its tables of employment and output by kind of activity.
 */
const NSC_SECTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  A: ['Сельское хозяйство, лесное хозяйство и рыболовство'],
  B: ['Горнодобывающая промышленность', 'Горнодобывающая промышленность и разработка карьеров'],
  C: ['Обрабатывающие производства', 'Обрабатывающие производства (обрабатывающая промышленность)'],
  D: ['Обеспечение (снабжение) электроэнергией, газом, паром и кондиционированным воздухом'],
  E: ['Водоснабжение, очистка, обработка отходов и получение вторичного сырья'],
  G: ['Оптовая и розничная торговля; ремонт автомобилей и мотоциклов'],
  O: ['Государственное управление и оборона; обязательное социальное обеспечение'],
  S: ['Предоставление прочих видов услуг'],
};

/**
 * Sections as the Eurasian Development Bank's report writes them after the NSC's figures (seed 003,
 * Table 3: employment location quotients by region), where they differ from the names above: a planner
 * copying that table's rows gets them read.
 */
const SEED_003_SECTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  A: ['Сельское хозяйство'],
  B: ['Добыча и переработка полезных ископаемых'],
  D: ['Обеспечение (снабжение) электроэнергией, газом, паром', 'Обеспечение (снабжение) электроэнергией, газом, паром и т. д.'],
  O: ['Государственное управление'],
};

/**
 * The whole economy, besides the atlas's own names for it (explorer.ts `sector.TOTAL`: Whole economy,
 * Вся экономика, Бүт экономика): a sheet's total row. Not "Total": "total" in lower case is an industry
 * id the format accepts, and a word read one way in one case and another in the other would mislead.
 */
const TOTAL_WORDS = ['Итого', 'Всего', 'Всего по отраслям', 'Жыйынтыгы'];

/** Matched words → code; each with ү ө ң also as Windows-1251 writes it ("?"), as import-headers.ts does. */
function table(entries: Iterable<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [word, code] of entries) {
    map.set(key(word), code);
    if (/[үөңҮӨҢ]/.test(word)) map.set(key(word.replace(/[үөңҮӨҢ]/g, '?')), code);
  }
  return map;
}

const INDICATORS = table((Object.entries(INDICATOR_WORDS) as [DataIndicator, readonly string[]][]).flatMap(([code, words]) => words.map((w): [string, string] => [w, code])));

const SECTORS = table([
  ...[...SECTIONS].flatMap((letter) => [
    ...(['en', 'ru', 'ky'] as const).map((lang): [string, string] => [explorer[lang][`sector.${letter}` as 'sector.A'], letter]),
    ...[...(NSC_SECTION_NAMES[letter] ?? []), ...(SEED_003_SECTION_NAMES[letter] ?? [])].map((name): [string, string] => [name, letter]),
  ]),
  ...(['en', 'ru', 'ky'] as const).map((lang): [string, string] => [explorer[lang]['sector.TOTAL'], TOTAL_SECTOR]),
  ...TOTAL_WORDS.map((w): [string, string] => [w, TOTAL_SECTOR]),
]);

/**
 * Cyrillic capitals that look like section letters, as a planner on a Russian keyboard types
 * «С - Обрабатывающая промышленность»: read as the Latin letter, only before a separator and a name or
 * after «Секция»/«Раздел» (a bare «С» stays refused).
 */
const LOOKALIKE: Readonly<Record<string, string>> = {А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P'};
/** A letter, a separator (dash, dot, colon, bracket) and a name: "C - Обрабатывающая", "C. Manufacturing". */
const LETTER_NAMED = /^(\S)\s*[-–—.:)]\s+\p{L}/u;
/** «Секция C», «Раздел C», "Section C", optionally followed by a separator and a name. */
const SECTION_WORD = /^(?:секция|раздел|section)\s+(\S)(?:\s*[-–—.:)]\s+\p{L}.*)?$/iu;

const section = (letter: string | undefined) => {
  const latin = letter === undefined ? undefined : (LOOKALIKE[letter] ?? letter);
  return latin !== undefined && latin.length === 1 && SECTIONS.includes(latin) ? latin : null;
};

/** The indicator a cell names in words ("Занятость", "Калк", "GRP per capita"), or null. */
export function indicatorOfWord(cell: string): DataIndicator | null {
  return (INDICATORS.get(key(cell.trim())) as DataIndicator | undefined) ?? null;
}

/**
 * The GKED section letter or TOTAL a sector cell names in words: a letter and its name («C -
 * Обрабатывающая промышленность»: the letter is read, the name not checked against it), «Секция C»,
 * a section's name in English, Russian or Kyrgyz (the atlas's and the NSC's), a total («Итого»); or
 * null.
 */
export function sectorOfWord(cell: string): string | null {
  const s = cell.trim();
  const named = section(LETTER_NAMED.exec(s)?.[1]) ?? section(SECTION_WORD.exec(s)?.[1]);
  return named ?? SECTORS.get(key(s)) ?? null;
}

