// The data's note on an energy site's capacity (which source gives the figure, how it adds up), in the
// reader's language, for the tooltip and the panel: the tooltip names only a site's first source, which
// is not always the one that gives its capacity (the data audit of 7 December 2026, D5).
import {html, nothing} from 'lit';
import {capacityNote, inEnglishMark} from '../i18n/capacity-notes';
import type {Lang} from '../i18n/i18n';
import type {EnergySiteRow} from '../io/schemas';
import {editedValue} from './edited-text';

/** The note, one not translated yet as recorded and marked English; nothing without one, or when a scenario set the capacity (its mark says so). */
export function capacityNoteText(lang: Lang, site: EnergySiteRow) {
  if (!site.capacity_note || editedValue(site, 'capacity')) return nothing;
  const note = capacityNote(lang, site.id, site.capacity_note);
  return note.inEnglish ? html`<span lang="en">${note.text}</span> ${inEnglishMark(lang)}` : note.text;
}
