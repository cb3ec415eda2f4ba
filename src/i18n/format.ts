// Numbers and dates in the UI language: the one place the atlas calls Intl for them, so every
// component writes "1 234,5" the same way. Some browsers ship no Kyrgyz locale data (Debian's
// Chromium: `Intl.NumberFormat('ky-KG')` silently falls back to en-US, "1,234.5"); for them Kyrgyz is
// written by rule, with the conventions of the CLDR Kyrgyz locale (a no-break space groups thousands,
// a comma marks decimals, dates as "2024-ж., 5-мар. 14:30"). A unit test checks that the rule gives
// exactly what full ICU data (Node) gives.
import {INTL_LOCALE, type Lang} from './i18n';

export interface NumberOptions {
  /** Fewest decimals shown (default 0). */
  minDecimals?: number;
  /** Most decimals shown (default: minDecimals, at least 0… up to 3 if neither is given). */
  maxDecimals?: number;
}

const supported = new Map<Lang, boolean>();

/**
 * Whether this JavaScript engine has locale data for the language (not a silent fallback). Asked
 * once per language: it is the default of every Kyrgyz number formatted, and Intl's look-up is slow.
 */
export function intlSupports(lang: Lang): boolean {
  let known = supported.get(lang);
  if (known === undefined) supported.set(lang, (known = Intl.NumberFormat.supportedLocalesOf([INTL_LOCALE[lang]]).length > 0));
  return known;
}

/** Kyrgyz symbols (CLDR `ky`): the same as Russian. */
const KY_GROUP = '\u00a0';
const KY_DECIMAL = ',';
/** CLDR `ky` abbreviated month names (format context). */
const KY_MONTHS = ['янв.', 'фев.', 'мар.', 'апр.', 'май', 'июн.', 'июл.', 'авг.', 'сен.', 'окт.', 'ноя.', 'дек.'];

type Formatter = (value: number) => string;
const numberFormatters = new Map<string, Formatter>();

/**
 * A number formatter for the language. `useIntlData` = false forces the Kyrgyz rule (tests);
 * by default it is used only where the engine has no Kyrgyz data.
 */
export function numberFormatter(lang: Lang, options: NumberOptions = {}, useIntlData = lang !== 'ky' || intlSupports('ky')): Formatter {
  const min = options.minDecimals ?? 0;
  const max = Math.max(min, options.maxDecimals ?? (options.minDecimals === undefined ? 3 : min));
  const key = `${lang}|${min}|${max}|${useIntlData}`;
  let f = numberFormatters.get(key);
  if (!f) {
    const intlOptions: Intl.NumberFormatOptions = {minimumFractionDigits: min, maximumFractionDigits: max};
    if (useIntlData) {
      const intl = new Intl.NumberFormat(INTL_LOCALE[lang], intlOptions);
      f = (value) => intl.format(value);
    } else {
      // en-US data exists everywhere; its parts are re-written with the Kyrgyz symbols.
      const base = new Intl.NumberFormat('en-US', intlOptions);
      f = (value) =>
        base
          .formatToParts(value)
          .map((p) => (p.type === 'group' ? KY_GROUP : p.type === 'decimal' ? KY_DECIMAL : p.value))
          .join('');
    }
    numberFormatters.set(key, f);
  }
  return f;
}

/** `value` in the language's notation: "1 234,5" (ky, ru), "1,234.5" (en). */
export function formatNumber(lang: Lang, value: number, options: NumberOptions = {}): string {
  return numberFormatter(lang, options)(value);
}

/** A date with the time of day, medium length: "5 Mar 2024, 14:30", "5 мар. 2024 г., 14:30", "2024-ж., 5-мар. 14:30". */
export function formatDateTime(lang: Lang, date: Date, useIntlData = lang !== 'ky' || intlSupports('ky')): string {
  if (useIntlData) return new Intl.DateTimeFormat(INTL_LOCALE[lang], {dateStyle: 'medium', timeStyle: 'short'}).format(date);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-ж., ${date.getDate()}-${KY_MONTHS[date.getMonth()]} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
