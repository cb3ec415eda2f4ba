// Where t() gets its messages. This file serves dev and the tests: every language at once, straight
// from the feature tables. The production build replaces it (build/i18n-split.ts) with a loader that
// fetches one language's messages as a small chunk when asked, so the first view carries only the
// language it shows. Both versions export the same two functions.
import type {Lang} from './i18n';
import {messagesOf, type Messages} from './tables';

/** The languages available without loading anything. */
export function preloadedMessages(): Partial<Record<Lang, Messages>> {
  return {ky: messagesOf('ky'), ru: messagesOf('ru'), en: messagesOf('en')};
}

export function loadMessages(lang: Lang): Promise<Messages> {
  return Promise.resolve(messagesOf(lang));
}
