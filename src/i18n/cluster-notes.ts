// What qualifies a cluster, in the reader's language: the data's note (`note` of data/clusters.csv,
// recorded in English: "most territories except some districts and cities") as the atlas translates it
// (messages/cluster-notes.ts, a code-split table loaded with the tooltips and the region profile); for a
// green cluster of source 004, what its outline on the map stands for (messages/place-details.ts, which
// the green-clusters panel loads too).
// A note the table does not have in those very words (a data change not yet translated, a scenario's
// cluster) is shown as written, said to be in English; a unit test keeps the shipped notes translated.
import type {ClusterRow} from '../io/schemas';
import {addMessages, t, type Lang, type MessageKey} from './i18n';
import {clusterNotes} from './messages/cluster-notes';
import {placeDetails} from './messages/place-details';
import type {NoteText} from './capacity-notes';

addMessages(clusterNotes);
addMessages(placeDetails);

const tables = clusterNotes as {[L in Lang]: Record<string, string | undefined>};

/** Clusters whose outline the atlas draws where source 004 names no region's borders (see the table). */
export const GREEN_OUTLINES: readonly string[] = ['green-organic-agro', 'green-circular'];

/**
 * Cluster `row`'s qualifying note in `lang`, or null when it has none. A green cluster's note sums up
 * source 004's Table 2 (the panel shows the table): in its place, what its outline stands for.
 */
export function clusterNote(lang: Lang, row: Pick<ClusterRow, 'id' | 'note'>): (NoteText & {outline?: true}) | null {
  if (GREEN_OUTLINES.includes(row.id)) return {text: t(lang, `clusterOutline.${row.id}` as MessageKey), inEnglish: false, outline: true};
  const note = row.note.trim();
  if (!note) return null;
  const key = `clusterNote.${row.id}`;
  // Keyed by the cluster, but only for the note it was written for.
  const text = tables.en[key] === note ? tables[lang][key] : undefined;
  return lang === 'en' || text === undefined ? {text: note, inEnglish: lang !== 'en'} : {text, inEnglish: false};
}

/** The mark after a note shown in English. */
export const noteInEnglishMark = (lang: Lang): string => t(lang, 'clusterNote.inEnglish');

/** "Note:", before a data note (an outline's sentence goes without). */
export const noteLabel = (lang: Lang): string => t(lang, 'clusterNote.label');
