// @vitest-environment happy-dom
// What the map's cluster layers say a source says (the provenance audit, findings 1–3):
// - seed 004's Table 2 figures (22,000 ha of organic land, >1 million t of solid waste a year) are the
//   whole country's, not the outlined regions'; the Jalal-Abad outline is the seed's field study, and
//   the seed names Issyk-Kul's tourist areas, not the whole oblast;
// - the agro-industrial cluster's member list is the atlas's reading of "most territories";
// - the data's note on a cluster ("in Chuy region its western part only") is shown, in the reader's language;
// - seed 004 names cascade projects as hubs: counting the operating plants as hubs is the atlas's reading.
import {render} from 'lit';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {clusterNote} from '../../../src/i18n/cluster-notes';
import {LANGS, type Lang} from '../../../src/i18n/i18n';
import {clusterNotes} from '../../../src/i18n/messages/cluster-notes';
import {layerLegends} from '../../../src/i18n/messages/layer-legends';
import {GREEN_LAYER, LINKS_LAYER} from '../../../src/layers/layer-ids';
import type {AtlasData} from '../../../src/state/app-state';
import '../../../src/ui/kg-energy-panel';
import '../../../src/ui/kg-region-card';
import {tooltipContent} from '../../../src/ui/tooltip-content';
import {latinWords} from '../i18n/latin-words';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore, mount} from './component-store';

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});
afterEach(() => cleanUp());

const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function tooltipText(layer: string, id: string, lang: Lang): string {
  const host = document.createElement('div');
  render(tooltipContent({kind: 'object', layer, id}, componentStore({boundaries, tables}, {lang}).state), host);
  return words(host);
}

const NATIONAL = {en: 'In Kyrgyzstan as a whole', ru: 'По Кыргызстану в целом', ky: 'Бүткүл Кыргызстан боюнча'} as const;

describe('green-cluster tooltips (finding 1)', () => {
  it.each(LANGS)('%s: give the Table 2 figure as the whole country’s, and say what the outline is', (lang) => {
    const organic = tooltipText(GREEN_LAYER, 'green-organic-agro', lang);
    expect(organic).toContain(`${NATIONAL[lang]}: `);
    expect(organic).toContain(clusterNote(lang, {id: 'green-organic-agro', note: ''})!.text);
    const circular = tooltipText(GREEN_LAYER, 'green-circular', lang);
    expect(circular).toContain(`${NATIONAL[lang]}: `);
    expect(circular).toContain(clusterNote(lang, {id: 'green-circular', note: ''})!.text);
  });

  it('say the outline is the field study’s region, and the tourist areas, in words a reader can check', () => {
    expect(tooltipText(GREEN_LAYER, 'green-organic-agro', 'en')).toMatch(/In Kyrgyzstan as a whole: more than 22,000 ha of organic land/);
    expect(tooltipText(GREEN_LAYER, 'green-organic-agro', 'en')).toContain('field study');
    expect(tooltipText(GREEN_LAYER, 'green-organic-agro', 'ru')).toContain('изучал хозяйства');
    expect(tooltipText(GREEN_LAYER, 'green-circular', 'ru')).toContain('туристические районы Иссык-Куля');
    expect(tooltipText(GREEN_LAYER, 'green-circular', 'ky')).toContain('туристтик жерлери');
  });

  it('cite source 004’s Table 2 as a source, in every language (the Russian said only "Источник: 004")', () => {
    expect(tooltipText(GREEN_LAYER, 'green-circular', 'en')).toContain('Source: Karbekova et al., “Green clusters” (source 004, Table 2)');
    expect(tooltipText(GREEN_LAYER, 'green-circular', 'ru')).toContain('Источник: Карбекова и др., «Зелёные кластеры» (источник 004, табл. 2)');
    expect(tooltipText(GREEN_LAYER, 'green-circular', 'ky')).toContain('Булак: Карбекова ж.б., «Жашыл кластерлер» (004-булак, 2-жадыбал)');
  });
});

describe('the green-clusters panel (findings 1 and 3)', () => {
  async function panel(lang: Lang) {
    const store = componentStore({boundaries, tables}, {lang});
    store.update({energyPanel: {focus: null}});
    return (await mount<HTMLElement & {store: undefined; updateComplete: Promise<boolean>}>('kg-energy-panel', store)).shadowRoot!;
  }

  it.each(LANGS)('%s: says what each outline is beside the matrix, and that the figures are the country’s', async (lang) => {
    const root = await panel(lang);
    for (const id of ['green-organic-agro', 'green-circular']) expect(words(root.querySelector(`[data-cluster="${id}"]`))).toContain(clusterNote(lang, {id, note: ''})!.text);
    const headings = [...root.querySelectorAll('h3')].map(words).join(' | ');
    expect(headings).toMatch({en: /Potential \(Kyrgyzstan as a whole\)/, ru: /Потенциал \(Кыргызстан в целом\)/, ky: /Потенциал \(бүткүл Кыргызстан боюнча\)/}[lang]);
  });

  it.each(LANGS)('%s: names the hubs source 004 names, and says counting the operating plants is the atlas’s reading', async (lang) => {
    const text = words(await panel(lang));
    const named = {en: ['Kambar-Ata HPP-1', 'Sary-Jaz', 'Naryn', 'Suusamyr-Kokomeren'], ru: ['Камбаратинская ГЭС-1', 'Сары-Джаз', 'Нарын', 'Суусамыр'], ky: ['Камбар-Ата ГЭС-1', 'Сары-Жаз', 'Нарын', 'Суусамыр-Көкөмерен']}[lang];
    for (const name of named) expect(text).toContain(name);
    expect(text).toContain({en: 'The atlas’s reading: every large hydropower plant or project is a hub', ru: 'Прочтение атласа: хаб — каждая крупная ГЭС', ky: 'Атластын чечмелөөсү:'}[lang]);
    // The old sentence gave the atlas's hubs to the source.
    expect(text).not.toContain('Large hydropower cascades are the hubs');
  });

  it.each(LANGS)('%s: the legend’s hub entry says which hubs are the atlas’s reading', (lang) => {
    expect(layerLegends[lang]['energy.legend.hub']).toMatch({en: /source 004 names the cascade projects; the other plants are the atlas’s reading/, ru: /источник 004 называет проекты каскадов; остальные ГЭС — прочтение атласа/, ky: /004-булак каскад долбоорлорун атайт; калган ГЭСтер атластын чечмелөөсү/}[lang]);
  });
});

describe('cluster links (finding 2)', () => {
  it.each(LANGS)('%s: the agro-industrial cluster’s members are the atlas’s reading, not named by the sources', (lang) => {
    const agro = tooltipText(LINKS_LAYER, 'concept-agro', lang);
    expect(agro).not.toContain({en: 'The sources name the members', ru: 'Источники называют участников', ky: 'катышуучуларды гана атайт'}[lang]);
    expect(agro).toContain({en: 'the atlas’s reading', ru: 'прочтение атласа', ky: 'атластын чечмелөөсү'}[lang]);
    expect(agro).toContain(clusterNote(lang, tables.clusters.find((c) => c.id === 'concept-agro')!)!.text);
    // A cluster whose members the sources do name keeps the sentence.
    expect(tooltipText(LINKS_LAYER, 'concept-education', lang)).toContain({en: 'The sources name the members', ru: 'Источники называют участников', ky: 'катышуучуларды гана атайт'}[lang]);
  });

  it('show a cluster’s note in the reader’s language', () => {
    expect(tooltipText(LINKS_LAYER, 'concept-tourism', 'ru')).toContain('Примечание: включая пилотный кластер горнолыжных курортов Иссык-Куля');
    expect(tooltipText(LINKS_LAYER, 'interreg-fuel-energy', 'ky')).toContain('Эскертүү: моделди Отун-энергетикалык комплексти');
    expect(tooltipText(LINKS_LAYER, 'concept-tourism', 'en')).toContain('Note: incl. the Issyk-Kul ski-resort cluster pilot');
  });
});

describe('the region profile’s clusters (finding 2)', () => {
  it.each(LANGS)('%s: give a cluster’s note (Chuy’s potato cluster: the western part only)', async (lang) => {
    const store = componentStore({boundaries, tables}, {lang, region: 'KG-C'});
    const card = await mount('kg-region-card', store);
    const potato = [...card.shadowRoot!.querySelectorAll('li')].map(words).find((t) => t.includes({en: 'Potato', ru: 'картофель', ky: 'картошка'}[lang]) || t.includes('«картофель»'));
    expect(potato).toContain({en: 'in Chuy region its western part only', ru: 'в Чуйской области — только западная часть', ky: 'Чүй облусунда — анын батыш бөлүгү гана'}[lang]);
  });
});

describe('the region profile’s clusters open to their evidence (no tooltip on a touch screen or for a keyboard)', () => {
  it.each(LANGS)('%s: a cluster opens to the coefficients and LQs its map link shows, closed at first', async (lang) => {
    const store = componentStore({boundaries, tables}, {lang, region: 'KG-C'});
    const card = await mount('kg-region-card', store);
    const textile = [...card.shadowRoot!.querySelectorAll('ul.points details')].find((d) => words(d.querySelector('summary')).includes({en: 'textile', ru: 'текстиль', ky: 'текстиль'}[lang]));
    expect(textile).toBeDefined();
    expect((textile as HTMLDetailsElement).open).toBe(false);
    const body = words(textile!.querySelector('.point'));
    expect(body).toBe(tooltipText(LINKS_LAYER, 'interreg-textile', lang));
    expect(body).toContain({en: 'Integral coefficient, light industry', ru: 'Интегральный коэффициент, лёгкая промышленность', ky: 'Интегралдык коэффициент, жеңил өнөр жай'}[lang]);
    expect(body).toMatch(/\d[.,]\d{2}/);
  });

  it('a green cluster opens to what its outline’s tooltip says', async () => {
    const store = componentStore({boundaries, tables}, {lang: 'en', region: 'KG-J'});
    const card = await mount('kg-region-card', store);
    const organic = [...card.shadowRoot!.querySelectorAll('ul.points details')].find((d) => words(d.querySelector('summary')).includes('Organic'));
    expect(words(organic!.querySelector('.point'))).toBe(tooltipText(GREEN_LAYER, 'green-organic-agro', 'en'));
  });
});

describe('cluster notes', () => {
  const shown = () => tables.clusters.filter((c) => c.note.trim() !== '' && !c.id.startsWith('green-'));

  it('there are notes to check', () => {
    expect(shown().length).toBeGreaterThanOrEqual(8);
  });

  it.each(['ru', 'ky'] as const)('%s: every note in the shipped data has its translation, with no English left', (lang) => {
    const missing = shown().filter((c) => clusterNote(lang, c)!.inEnglish).map((c) => `${c.id}: ${c.note}`);
    expect(missing).toEqual([]);
    const english = shown().map((c) => latinWords(clusterNote(lang, c)!.text, [])).flat();
    expect(english).toEqual([]);
  });

  it('every translation is of a note the data have, in those very words', () => {
    const data = new Map(tables.clusters.map((c) => [c.id, c.note]));
    const table = clusterNotes.en as Record<string, string>;
    const stale = Object.keys(table)
      .filter((key) => /^clusterNote\.[a-z]+-/.test(key))
      .filter((key) => data.get(key.slice('clusterNote.'.length)) !== table[key]);
    expect(stale).toEqual([]);
  });

  it('a note without a translation is shown as recorded, marked English; a green cluster’s note gives way to its outline', () => {
    expect(clusterNote('ru', {id: 'agro-potato', note: 'eastern part'})).toEqual({text: 'eastern part', inEnglish: true});
    expect(clusterNote('ky', {id: 'scn-cluster-1', note: 'x'})).toEqual({text: 'x', inEnglish: true});
    expect(clusterNote('en', {id: 'concept-education', note: ''})).toBeNull();
    const organic = tables.clusters.find((c) => c.id === 'green-organic-agro')!;
    expect(clusterNote('en', organic)!.text).not.toContain('22000');
  });
});
