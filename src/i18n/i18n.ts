// A small typed message table (see README "Languages" for why not @lit/localize).
import {en, type MessageKey, type Messages} from './messages/en';
import {ky} from './messages/ky';
import {ru} from './messages/ru';

export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type {MessageKey};

export const MESSAGES: Record<Lang, Messages> = {ky, ru, en};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The message `key` in `lang`, with `{name}` placeholders replaced by `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The first of the browser's preferred languages that the atlas speaks, else Kyrgyz. */
export function preferredLang(browserLanguages: readonly string[]): Lang {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'ky';
}

/** BCP 47 tag for Intl formatting. */
export const INTL_LOCALE: Record<Lang, string> = {ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB'};
