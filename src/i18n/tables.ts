// Every feature's message table, each with the three languages side by side (messages/<feature>.ts).
// Add a feature's table to TABLES (a code-split feature's to LAZY_TABLES in lazy-tables.ts). The build
// splits them by language (build/i18n-split.ts), so the page loads only the language it shows; dev and
// tests use them as they are (messages-loader.ts).
import type {Lang} from './i18n';
import {access} from './messages/access';
import {core} from './messages/core';
import {engine} from './messages/engine';
import {explorer} from './messages/explorer';
import {journalists} from './messages/journalists';
import {layers} from './messages/layers';
import {scenarioButton} from './messages/scenario-button';
import type {LazyTables} from './lazy-tables';

/** Every feature's messages. Add a feature's table here. */
const TABLES = [core, explorer, layers, engine, access, journalists, scenarioButton] as const;

type KeysOf<T> = T extends {en: Record<infer K, string>} ? K : never;
export type MessageKey = KeysOf<(typeof TABLES)[number] | LazyTables>;
export type Messages = Record<MessageKey, string>;

/** One language's messages, merged from every table. */
export function messagesOf(lang: Lang): Messages {
  return Object.assign({}, ...TABLES.map((table) => table[lang])) as Messages;
}

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
