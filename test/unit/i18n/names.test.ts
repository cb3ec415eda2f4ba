// Every name the atlas shows that comes from data (regions, sectors and industries, clusters,
// settlements, energy sites, lakes) exists in Kyrgyz, Russian and English. The message tables are
// type-checked; names looked up at run time by a data value are not, so they are checked here.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {citation} from '../../../src/i18n/citations';
import {LANGS} from '../../../src/i18n/i18n';
import {allMessages} from './all-messages';

// Code-split tables included: each is added by the feature that looks the names up.
const MESSAGES = {ky: allMessages('ky'), ru: allMessages('ru'), en: allMessages('en')};
import {CLUSTER_FAMILY_KEYS, clusterName, energySiteName, growthPointName, kyNamer} from '../../../src/i18n/place-names';
import {regionNamer, shortRegionName} from '../../../src/i18n/region-names';
import {decodeBoundaries} from '../../../src/io/boundaries';
import {CLUSTER_EVIDENCE} from '../../../src/model/cluster-links';
import {INDICATOR_IDS} from '../../../src/model/indicators';
import {REGION_CODES} from '../../../src/model/region';
import {GKED_SECTIONS, INDUSTRIES} from '../../../src/model/sectors';
import {shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const ky = kyNamer(tables.namesKy);
/** Kyrgyz text: Cyrillic, allowed to carry Latin brand names in brackets (e.g. "(Metrum TEK)"). */
const cyrillic = (s: string) => /[а-яөүңё]/i.test(s.replace(/\([^)]*\)/g, ''));
const has = (key: string) => LANGS.every((lang) => (MESSAGES[lang] as Record<string, string>)[key]?.trim());

describe('names from the data, in all three languages', () => {
  it('regions: full and short names', () => {
    const names = regionNamer(tables.regions);
    expect(tables.regions.map((r) => r.code).sort()).toEqual([...REGION_CODES].sort());
    for (const code of REGION_CODES) {
      const [k, r, e] = (['ky', 'ru', 'en'] as const).map((lang) => names(code, lang));
      expect(k, code).toMatch(/ (облусу|шаары)$/);
      expect(r, code).toMatch(/ область$|^город /);
      expect(e, code).toMatch(/ Region$| \(city\)$|^Bishkek$/);
      for (const lang of LANGS) expect(shortRegionName(names(code, lang), lang), `${code} ${lang}`).not.toBe('');
      if (tables.regions.find((r) => r.code === code)!.kind === 'oblast') expect(has(`region.compact.${code}`), code).toBeTruthy();
    }
    expect(names('KG-Y', 'ky')).toBe('Ысык-Көл облусу');
    expect(names('KG-C', 'ky')).toBe('Чүй облусу');
  });

  it('sectors and industries: every GKED section, every industry of seed 002, the whole economy', () => {
    const missing = [...GKED_SECTIONS, ...INDUSTRIES, 'TOTAL'].filter((s) => !has(`sector.${s}`));
    missing.push(...INDUSTRIES.filter((i) => !has(`engine.industry.${i}`)).map((i) => `engine.industry.${i}`));
    expect(missing).toEqual([]);
  });

  it('indicators: a name and a description each', () => {
    expect(INDICATOR_IDS.filter((id) => !has(`ind.${id}.name`) || !has(`ind.${id}.about`))).toEqual([]);
  });

  it('clusters: every row, every family, every industry and section the links tooltip cites', () => {
    for (const row of tables.clusters) {
      for (const lang of LANGS) expect(clusterName(row, lang, ky).trim(), `${row.id} ${lang}`).not.toBe('');
      // Kyrgyz has its own name, not the Russian fallback.
      expect(ky('clusters', row.id), row.id).not.toBeNull();
      expect(cyrillic(clusterName(row, 'ky', ky)), row.id).toBe(true);
      expect(CLUSTER_FAMILY_KEYS[row.family], row.family).toBeDefined();
      for (const lang of LANGS) expect(citation(lang, row.source), `${row.id} ${lang}`).not.toBe('');
      if (row.source.startsWith('seed')) {
        expect(citation('ky', row.source), row.source).toMatch(/\d{3}(-| жана \d{3}-)булак/);
        expect(citation('ru', row.source), row.source).toMatch(/^источник/);
      }
    }
    const evidence = Object.values(CLUSTER_EVIDENCE);
    const missing = [
      ...new Set([...evidence.flatMap((e) => e.industries.map((i) => `links.industry.${i}`)), ...evidence.flatMap((e) => e.sections.map((s) => `links.section.${s}`))]),
    ].filter((key) => !has(key));
    expect(missing).toEqual([]);
  });

  it('settlements: the 20 growth points, their caveats', () => {
    expect(tables.growthPoints).toHaveLength(20);
    for (const row of tables.growthPoints) {
      for (const lang of LANGS) expect(growthPointName(row, lang).trim(), `${row.id} ${lang}`).not.toBe('');
      expect(cyrillic(growthPointName(row, 'ky')), row.id).toBe(true);
    }
    expect(['GP06', 'GP10', 'GP12', 'GP15', 'GP17', 'GP20'].filter((id) => !has(`growth.caveat.${id}`))).toEqual([]);
  });

  it('energy sites: every site, own Kyrgyz name', () => {
    for (const row of tables.energySites) {
      for (const lang of LANGS) expect(energySiteName(row, lang, ky).trim(), `${row.id} ${lang}`).not.toBe('');
      expect(ky('energySites', row.id), row.id).not.toBeNull();
      expect(cyrillic(energySiteName(row, 'ky', ky)), row.id).toBe(true);
    }
    const categories = [...new Set(tables.energySites.map((s) => s.category))];
    expect(categories.filter((c) => !has(`energy.category.${c}`))).toEqual([]);
  });

  it('the green-cluster matrix and figures', () => {
    for (const row of tables.greenMatrix) for (const text of [row.text_ky, row.text_ru, row.text_en]) expect(text.trim(), `${row.cluster_id}`).not.toBe('');
    const aspects = [...new Set(tables.greenMatrix.map((r) => r.aspect))];
    expect(aspects.filter((a) => !has(`panel.aspect.${a}`))).toEqual([]);
    expect(['green-organic-agro', 'green-circular'].filter((id) => !has(`green.figure.${id}`))).toEqual([]);
  });

  it('the basemap: every named lake, the neighbours written on the map', () => {
    const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
    const {lakes} = decodeBoundaries(topo);
    const named = lakes.features.flatMap((f) => (f.properties.name ? [f.properties.name] : []));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !has(`lake.${n}`))).toEqual([]);
    expect(['Kazakhstan', 'China', 'Uzbekistan', 'Tajikistan'].filter((n) => !has(`neighbour.${n}`))).toEqual([]);
  });
});

describe('one formatter for numbers and dates', () => {
  it('no module but src/i18n/format.ts calls Intl.NumberFormat or Intl.DateTimeFormat', () => {
    const root = join(import.meta.dirname, '../../../src');
    const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts') && f !== join('i18n', 'format.ts'));
    const offenders = files.filter((f) => /Intl\.(NumberFormat|DateTimeFormat)|toLocaleString\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
