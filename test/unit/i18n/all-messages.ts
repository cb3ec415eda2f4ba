// Every message table, the code-split ones included (the page loads those with their features; see
// src/i18n/lazy-tables.ts). Tests that check wording check them all.
import type {Lang, MessageKey} from '../../../src/i18n/i18n';
import {LAZY_TABLES} from '../../../src/i18n/lazy-tables';
import {messagesOf} from '../../../src/i18n/tables';

export {LAZY_TABLES};

export function allMessages(lang: Lang): Record<MessageKey, string> {
  return Object.assign(messagesOf(lang), ...Object.values(LAZY_TABLES).map((table) => table[lang])) as Record<MessageKey, string>;
}
