// Column names in Russian and Kyrgyz → the import format's columns (README "Import your own data"). A
// planner's sheet in Russian-language Excel is headed "Регион;Отрасль;Показатель;Год;Значение", which
// was refused as five unknown columns. Pure: the parser (import-csv.ts) reads a header cell through it.
import type {ImportColumn} from './import-format';

/**
 * The names each column is known by, besides its own. Russian as the National Statistical Committee's
 * tables and a planner write them; Kyrgyz as the atlas's own Kyrgyz messages say them (glossary.csv:
 * регион, облус, тармак, көрсөткүч, булак; the import dialog: маани, жыл, өлчөө бирдиги). "Аймак" is
 * read too: a planner writes it, though the atlas's own words avoid it (glossary.csv).
 */
export const COLUMN_ALIASES: Readonly<Record<ImportColumn, readonly string[]>> = {
  region_code: ['регион', 'область', 'код региона', 'код области', 'аймак', 'облус', 'региондун коду'],
  sector: ['отрасль', 'сектор', 'код отрасли', 'тармак', 'тармактын коду'],
  indicator: ['показатель', 'индикатор', 'көрсөткүч'],
  year: ['год', 'жыл'],
  value: ['значение', 'маани'],
  unit: ['единица', 'единица измерения', 'единицы измерения', 'ед. изм.', 'бирдик', 'өлчөө бирдиги'],
  source: ['источник', 'источник данных', 'булак', 'маалымат булагы'],
};

/**
 * What a name is matched as: any case, ё = е, ү ө ң = у о н, no spaces or dots ("Ед.изм" = "ед. изм.").
 * Cell words are matched so too (import-cell-words.ts).
 */
export const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ү/g, 'у')
    .replace(/ө/g, 'о')
    .replace(/ң/g, 'н')
    .replace(/[\s.]+/g, '');

const TABLE = new Map<string, ImportColumn>();
for (const [column, names] of Object.entries(COLUMN_ALIASES) as [ImportColumn, readonly string[]][])
  for (const name of names) {
    TABLE.set(key(name), column);
    // Saved in Windows-1251 (Russian Excel's CSV), Kyrgyz ү ө ң, which it lacks, become "?": "К?рс?тк?ч".
    if (/[үөң]/.test(name)) TABLE.set(key(name.replace(/[үөң]/g, '?')), column);
  }

/**
 * The column a header cell names: a format name whatever its case and surrounding spaces
 * ("Region_Code"), or a Russian or Kyrgyz one ("Показатель", " КӨРСӨТКҮЧ "); else the cell as matched
 * (trimmed, lower case), which is no column.
 */
export function columnOf(cell: string): string {
  const name = cell.trim().toLowerCase();
  // No other name is ASCII: a header of 100,000 cells (a file that is not this format) stays quick.
  return /^[\x00-\x7f]*$/.test(name) ? name : (TABLE.get(key(name)) ?? name);
}
