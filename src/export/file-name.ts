// File names that say what a download is: the atlas, the indicator, the sector, the year or period,
// then what else changes the content (the language of names and labels, the user's own data, a
// scenario, the image scale). ASCII only, lower case, "_" between fields and "-" inside them, so the
// names survive any file system, e-mail and CMS upload.
//   kg-cluster-atlas_integral_mining_2015-2019_en.png
//   kg-cluster-atlas_mfg-lq_c_2024_ru@2x.png
//   kg-cluster-atlas_mfg-lq_c_2024_scenario_difference_en.png
//   kg-cluster-atlas_mfg-lq_c_2010-2024_difference_en.csv (the change since 2010)
//   kg-cluster-atlas_mfg-lq_c_2024_ru_640px@2x.png (laid out for an article's 640 px column)
import type {Lang} from '../i18n/i18n';

export const FILE_PREFIX = 'kg-cluster-atlas';

export interface FileNameParts {
  ind: string;
  sector: string;
  /** The year, or null for a period indicator (then `period`, e.g. "2015–2019"). */
  year: number | null;
  period: string | null;
  /** The change since this year (a year comparison, `from`): "2010-2024" for the time. */
  from?: number | null;
  /** Language of the names and labels inside the file; null when the file holds all three. */
  lang: Lang | null;
  /** The view shows the user's imported dataset. */
  userData?: boolean;
  /** The view shows a scenario rather than the baseline. */
  scenario?: boolean;
  /** The map is the scenario's difference from what it is compared with, not its values. */
  difference?: boolean;
  /** Image scale: 1 = screen size (no suffix), 2 → "@2x". */
  scale?: number;
  /** A picture laid out at a set CSS width rather than the map's on screen (the article's): "_640px". */
  width?: number;
}

/** Lower-case ASCII words joined by "-" (en dashes, underscores and spaces become "-"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function exportFileName(parts: FileNameParts, extension: 'png' | 'csv' | 'geojson'): string {
  const time = parts.year !== null ? (parts.from != null ? `${parts.from}-${parts.year}` : String(parts.year)) : parts.period ?? '';
  const fields = [FILE_PREFIX, slug(parts.ind), slug(parts.sector), slug(time)];
  if (parts.userData) fields.push('your-data');
  if (parts.scenario) fields.push('scenario');
  // A difference map is another picture (and CSV, with the other side's columns) than the scenario's map.
  if (parts.difference) fields.push('difference');
  if (parts.lang) fields.push(parts.lang);
  if (parts.width) fields.push(`${parts.width}px`);
  const scale = parts.scale && parts.scale !== 1 ? `@${parts.scale}x` : '';
  return `${fields.filter((f) => f !== '').join('_')}${scale}.${extension}`;
}
