// A small typed message table (see README "Languages" for why not @lit/localize). Each feature's
// strings live in messages/<feature>.ts; this module merges them.
import {access} from './messages/access';
import {core} from './messages/core';
import {engine} from './messages/engine';
import {explorer} from './messages/explorer';
import {journalists} from './messages/journalists';
import {layers} from './messages/layers';
import {scenarioButton} from './messages/scenario-button';
import type {scenarios} from './messages/scenarios';

/** Every feature's messages. Add a feature's table here. */
const TABLES = [core, explorer, layers, engine, access, journalists, scenarioButton] as const;
/**
 * Tables of code-split features: typed here, but loaded with their feature, which hands them to
 * addMessages (so the first view does not carry their strings).
 */
type LazyTables = typeof scenarios;

type KeysOf<T> = T extends {en: Record<infer K, string>} ? K : never;
export type MessageKey = KeysOf<(typeof TABLES)[number] | LazyTables>;
type Messages = Record<MessageKey, string>;

export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const merge = (lang: Lang) => Object.assign({}, ...TABLES.map((table) => table[lang])) as Messages;
export const MESSAGES: Record<Lang, Messages> = {ky: merge('ky'), ru: merge('ru'), en: merge('en')};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Adds a code-split feature's table (see LazyTables). */
export function addMessages(table: LazyTables): void {
  for (const lang of LANGS) Object.assign(MESSAGES[lang], table[lang]);
}

/** The message `key` in `lang`, with `{name}` placeholders replaced by `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  // A lazy table's key before its feature has loaded shows as the key, never as a crash.
  return (MESSAGES[lang][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
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

/** Keys defined by more than one table (a test keeps this empty: later tables would silently win). */
export function duplicateKeys(): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const table of TABLES)
    for (const key of Object.keys(table.en)) {
      if (seen.has(key)) dupes.push(key);
      seen.add(key);
    }
  return dupes;
}
