// The glossary (src/i18n/glossary.csv) keeps the three languages consistent: where an English message
// uses a term, its Russian and Kyrgyz versions must use the glossary's term, and no Kyrgyz text may use
// a variant the glossary rules out (e.g. «локализация» where seed 002 writes «локалдаштыруу»).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import type {MessageKey} from '../../../src/i18n/i18n';
import {formulaText} from '../../../src/model/formula';
import {ALL_FORMULAS} from '../../../src/model/methodology';
import {shippedTables} from '../model/shipped-data';
import {allMessages} from './all-messages';

const MESSAGES = {ky: allMessages('ky'), ru: allMessages('ru'), en: allMessages('en')};

interface Term {
  term_en: string;
  term_ru: string;
  term_ky: string;
  en_pattern: string;
  ru_pattern: string;
  ky_pattern: string;
  ky_avoid: string;
  source: string;
  note: string;
}

const GLOSSARY = Papa.parse<Term>(readFileSync(join(import.meta.dirname, '../../../src/i18n/glossary.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

const re = (pattern: string) => new RegExp(pattern, 'iu');
/** Placeholders and import-format literals (column names and codes, the same in every language) are not words to translate. */
const prose = (text: string) => text.replace(/\{\w+\}/g, '').replace(/\b[a-z]+_[a-z_]+\b|\b(?:employment|output|population|establishments|grp|TOTAL)\b/g, '');

/** Messages that list the import file's column names, which are the same in every language. */
const LITERAL_KEYS = /^engine\.import\.(format|problem\.(unknown-columns|json))$/;

/** The methodology panel's texts that live next to the code (src/model/*): title, formula, meaning, source, example. */
const DESCRIPTOR_TEXTS = ALL_FORMULAS.flatMap((f) =>
  (['title', 'formula', 'meaning', 'source', 'example'] as const).map((part) => {
    const text = part === 'formula' ? f.formula : part === 'example' ? (f.example?.given ?? '') : f[part];
    return {where: `${f.id} ${part}`, en: formulaText(text, 'en'), ru: formulaText(text, 'ru'), ky: formulaText(text, 'ky')};
  }),
);

describe('glossary', () => {
  it('is well-formed: every term in three languages, patterns that compile', () => {
    expect(GLOSSARY.length).toBeGreaterThan(25);
    for (const term of GLOSSARY) {
      expect(term.term_ky.trim(), term.term_en).not.toBe('');
      expect(term.term_ru.trim(), term.term_en).not.toBe('');
      for (const p of [term.en_pattern, term.ru_pattern, term.ky_pattern, term.ky_avoid]) if (p) expect(() => re(p)).not.toThrow();
      // A checked term must be found by its own patterns.
      if (term.ky_pattern) expect(term.term_ky, term.term_en).toMatch(re(term.ky_pattern));
      if (term.ky_avoid) expect(term.term_ky, term.term_en).not.toMatch(re(term.ky_avoid));
    }
  });

  it('is followed by every message: the same term in Russian and Kyrgyz where English uses it', () => {
    const misses: string[] = [];
    for (const term of GLOSSARY.filter((g) => g.en_pattern)) {
      for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
        if (LITERAL_KEYS.test(key) || !re(term.en_pattern).test(prose(MESSAGES.en[key]))) continue;
        if (term.ru_pattern && !re(term.ru_pattern).test(MESSAGES.ru[key])) misses.push(`ru ${key}: "${term.term_ru}" missing in «${MESSAGES.ru[key]}»`);
        if (term.ky_pattern && !re(term.ky_pattern).test(MESSAGES.ky[key])) misses.push(`ky ${key}: "${term.term_ky}" missing in «${MESSAGES.ky[key]}»`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('rules out the variants it lists in the methodology panel’s formula descriptors too', () => {
    // (Only the ruled-out variants: the descriptors' sources quote English titles, "U.S. Cluster
    // Mapping", and their formulas use English symbols, "GRP_i", that are not terms to translate.)
    const found: string[] = [];
    for (const term of GLOSSARY.filter((g) => g.ky_avoid))
      for (const {where, ky} of DESCRIPTOR_TEXTS) if (re(term.ky_avoid).test(ky)) found.push(`${where}: «${ky}» (use "${term.term_ky}")`);
    expect(found).toEqual([]);
  });

  it('rules out the variants it lists, in messages and in the Kyrgyz text of the data', () => {
    const tables = shippedTables();
    const texts: [string, string][] = [
      ...(Object.keys(MESSAGES.ky) as MessageKey[]).map((k): [string, string] => [k, MESSAGES.ky[k]]),
      ...tables.namesKy.map((r): [string, string] => [`names-ky.csv ${r.id}`, r.name_ky]),
      ...tables.regions.map((r): [string, string] => [`regions.csv ${r.code}`, r.name_ky]),
      ...tables.growthPoints.map((r): [string, string] => [`growth-points.csv ${r.id}`, r.name_ky]),
      ...tables.integral.map((r): [string, string] => [`integral-coefficient-2015-2019.csv ${r.industry}`, r.industry_ky]),
      ...tables.greenMatrix.map((r): [string, string] => [`green-cluster-matrix.csv ${r.cluster_id} ${r.item}`, r.text_ky]),
    ];
    const found: string[] = [];
    // Messages that quote what a planner may type in a file, Russian names included ("«Ошская область» же KG-O").
    const quotesInput = new Set(['engine.import.problem.ambiguous-region']);
    for (const term of GLOSSARY.filter((g) => g.ky_avoid))
      for (const [where, text] of texts) if (!quotesInput.has(where) && re(term.ky_avoid).test(text)) found.push(`${where}: «${text}» (use "${term.term_ky}")`);
    expect(found).toEqual([]);
  });

  it('rules out each variant the Kyrgyz language review found (so loosening the glossary fails too)', () => {
    // Key terms the review found written two or three ways (each comment gives the form kept); the
    // glossary must go on ruling them out.
    const found = [
      'Иш менен камсыз болгондор боюнча локалдаштыруу коэффициенти', // employment LQ: «иш менен камсыз болуунун локалдаштыруу коэффициенти»
      'кластер түзүү потенциалынын интегралдык коэффициенти', // «кластерлөө потенциалынын деңгээлинин интегралдык коэффициенти» (seed 002)
      'кластер түзүүнүн потенциалдык деңгээлинин интегралдык коэффициенти',
      '2018–2022-жылдардагы региондук саясат концепциясы', // «2018–2022-жылдарга региондук саясаттын концепциясы»
      'Региондук саясаттын 2018–2022-жылдарга концепциясы',
      '2018–2022-жылдардагы Концепцияга ылайык', // «2018–2022-жылдарга Концепция»
      'Аймактык кластердик өнүгүү', // «региондук»
      'курама кластердик потенциал индекси', // «кластердик потенциалдын жыйынды индекси»
      'рангдарга кирбейт', // «орун»
    ];
    const avoided = GLOSSARY.filter((g) => g.ky_avoid).map((g) => re(g.ky_avoid));
    expect(found.filter((variant) => !avoided.some((r) => r.test(variant)))).toEqual([]);
    // …and the forms chosen are not ruled out.
    const chosen = ['Иш менен камсыз болуунун локалдаштыруу коэффициенти', 'Кластерлөө потенциалынын деңгээлинин интегралдык коэффициенти', 'Кыргыз Республикасынын 2018–2022-жылдарга региондук саясатынын концепциясы', '2018–2022-жылдарга Концепциянын кластерлери', 'Кластердик потенциалдын жыйынды индекси', 'аймактык жөндөөлөрү бар Excel'];
    expect(chosen.filter((form) => avoided.some((r) => r.test(form)))).toEqual([]);
  });
});
