// What an import problem says in the page's language: the import dialog lists these. Plain text, to be
// rendered as text (it quotes the file).
import {formatNumber} from '../i18n/format';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {importDialog} from '../i18n/messages/import-dialog';
import type {ImportProblem} from '../io/import-format';
import {isRegionCode, type RegionCode} from '../model/region';

addMessages(importDialog);

/** Parameters that are lists of column names as the file writes them (a JSON array; ImportProblem). */
const NAME_LISTS = ['found', 'unknown', 'columns'];

/** Each name quoted as the language quotes; an empty one called so, not shown as nothing. */
function names(list: string, lang: Lang): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(list);
  } catch {
    return list;
  }
  if (!Array.isArray(parsed)) return list;
  const [open, close] = lang === 'en' ? ['“', '”'] : ['«', '»'];
  return parsed.map((n) => (n === '' ? t(lang, 'engine.import.emptyName') : `${open}${String(n)}${close}`)).join(', ');
}

/** `regionName`: a region's name in the page's language, for a problem that suggests one (near-region). */
export function importProblemText(p: ImportProblem, lang: Lang, regionName?: (code: RegionCode, lang: Lang) => string): string {
  const params = {...p.params};
  if (isRegionCode(params.region)) params.name = regionName?.(params.region, lang) ?? params.region;
  for (const key of NAME_LISTS) if (typeof params[key] === 'string') params[key] = names(params[key] as string, lang);
  for (const [key, more] of Object.entries(p.params)) {
    // A list of column names cut short comes with how many were left out (see ImportProblem).
    if (!key.endsWith('More') || typeof more !== 'number' || more <= 0) continue;
    const list = key.slice(0, -'More'.length);
    params[list] = t(lang, 'engine.import.listMore', {list: String(params[list] ?? ''), count: formatNumber(lang, more)});
  }
  // A value the parser read (not the cell's text, which is quoted as written) is a number in the
  // language's format, with all its decimals: 100.5 is "100,5" in Kyrgyz and Russian.
  const value = p.params.value;
  if (typeof value === 'number') params.value = formatNumber(lang, value, {maxDecimals: Math.min(20, String(value).split('.')[1]?.length ?? 0)});
  return t(lang, `engine.import.problem.${p.code}`, params);
}
