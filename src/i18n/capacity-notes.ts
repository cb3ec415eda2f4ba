// The data's note on an energy site's capacity ("1,440 MW after modernisation …", `capacity_note` of
// data/places/energy-sites.csv, recorded in English) in the reader's language: the atlas's own
// translation (messages/capacity-notes.ts, a code-split table loaded with the green-clusters panel).
// A note the table does not have in those very words (a data change not yet translated) is shown as
// written, said to be in English; a unit test keeps the shipped notes all translated.
import {addMessages, t, type Lang} from './i18n';
import {capacityNotes} from './messages/capacity-notes';

addMessages(capacityNotes);

export interface NoteText {
  text: string;
  /** The note as recorded, in English, in a Russian or Kyrgyz page: say so, and mark its language. */
  inEnglish: boolean;
}

/** Site `id`'s capacity note `note` (as in the data) in `lang`. */
export function capacityNote(lang: Lang, id: string, note: string): NoteText {
  const key = `capacityNote.${id}`;
  const tables = capacityNotes as {[L in Lang]: Record<string, string | undefined>};
  // Keyed by the site, but only for the note it was written for.
  const text = tables.en[key] === note ? tables[lang][key] : undefined;
  return lang === 'en' || text === undefined ? {text: note, inEnglish: lang !== 'en'} : {text, inEnglish: false};
}

/** The mark after a note shown in English. */
export const inEnglishMark = (lang: Lang): string => t(lang, 'capacityNote.inEnglish');
