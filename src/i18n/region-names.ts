// Region names in the three languages, from data/regions.csv (ISO 3166-2 names; Kyrgyz from seed 002).
import type {RegionRow} from '../io/schemas';
import type {RegionCode} from '../model/region';
import type {Lang} from './i18n';

export type RegionNames = (code: RegionCode, lang: Lang) => string;

const namers = new WeakMap<readonly RegionRow[], RegionNames>();

/** The names of `rows` (made once per table: components ask for it on every render). */
export function regionNamer(rows: readonly RegionRow[]): RegionNames {
  let namer = namers.get(rows);
  if (!namer) {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    namer = (code, lang) => {
      const row = byCode.get(code);
      if (!row) return code;
      return lang === 'en' ? row.name_en : lang === 'ru' ? row.name_ru : row.name_ky;
    };
    namers.set(rows, namer);
  }
  return namer;
}

/**
 * The short form used on the map: oblasts without the word "region" (set in capitals by the label
 * layer, the cartographic convention for areas), cities by their plain name.
 */
export function shortRegionName(fullName: string, lang: Lang): string {
  if (lang === 'en') return fullName.replace(/ Region$/, '').replace(/ \(city\)$/, '');
  if (lang === 'ru') return fullName.replace(/^город /, '').replace(/ область$/, ' обл.');
  return fullName.replace(/ облусу$/, '').replace(/ шаары$/, '');
}
