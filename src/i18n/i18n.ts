// A small typed message table (see README "Languages" for why not @lit/localize). Each feature's
// strings live in messages/<feature>.ts, registered in tables.ts. In the built site a language's
// messages are loaded when it is first shown (loadLanguage); main.ts waits for them before rendering.
import {loadMessages, preloadedMessages} from './messages-loader';
import type {LazyTables} from './lazy-tables';
import type {MessageKey, Messages} from './tables';

export type {MessageKey} from './tables';

export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const loaded: Partial<Record<Lang, Messages>> = preloadedMessages();

/** Whether `lang`'s messages are loaded (t() can use them). */
export function hasLanguage(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Tables of code-split features added so far (see addMessages). */
const lazyTables: LazyTables[] = [];
/** Told when such a table arrives (see onMessagesAdded). */
const messageListeners = new Set<() => void>();

/**
 * Loads `lang`'s messages (once; at once when they are already there). A failed load is tried again
 * `retries` times, 0.5 s then 0.75 s later: a dropped request on a flaky mobile link should not leave the
 * page without words (the browser asks again for a code-split chunk that failed).
 */
export async function loadLanguage(lang: Lang, retries = 2): Promise<void> {
  if (loaded[lang]) return;
  let messages: Messages;
  try {
    messages = await loadMessages(lang);
  } catch (error) {
    if (!retries) throw error;
    await new Promise((resolve) => setTimeout(resolve, 1500 / (retries + 1)));
    return loadLanguage(lang, retries - 1);
  }
  for (const table of lazyTables) Object.assign(messages, table[lang]);
  loaded[lang] ??= messages;
}

/** Whether `key`, built at run time, is a message. */
export function hasMessage(lang: Lang, key: string): key is MessageKey {
  const table = loaded[lang] ?? loaded.en;
  return table !== undefined && key in table;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Adds a code-split feature's table (see lazy-tables.ts): the feature's chunk carries its own
 * strings in all three languages, so the first view does not.
 */
export function addMessages(table: LazyTables): void {
  if (lazyTables.includes(table)) return; // a table shared by two modules is added once
  lazyTables.push(table);
  for (const lang of LANGS) if (loaded[lang]) Object.assign(loaded[lang], table[lang]);
  for (const listener of messageListeners) listener();
}

/**
 * Calls `listener` whenever a code-split feature's messages arrive: a component already on the page
 * may show one of them (e.g. the legend under a difference map), and renders again with its words.
 * Returns the way to stop listening.
 */
export function onMessagesAdded(listener: () => void): () => void {
  messageListeners.add(listener);
  return () => void messageListeners.delete(listener);
}

/**
 * A citation in the data ("seed 002 Table 2.1 (national industrial output)") in `lang`: as written
 * until src/i18n/citations.ts, code-split, loads and gives its words (setCitationWords).
 */
export let citationWords = (_lang: Lang, text: string): string => text;

export function setCitationWords(words: typeof citationWords): void {
  citationWords = words;
}

/** The message `key` in `lang`, with `{name}` placeholders replaced by `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  // A language not loaded yet (never the case once main.ts has started) reads as English, and a lazy
  // table's key before its feature has loaded reads as the key: never a crash.
  const text = (loaded[lang] ?? loaded.en)?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
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
