// @vitest-environment happy-dom
// The PNG's energy key speaks of the picture: it has no panel beside it, so the sites it cannot draw
// are counted as not drawn, not "listed in the panel" (the page's own key, where the panel is, still says so).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Topology} from 'topojson-specification';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {pngContent} from '../../../src/export/exporters';
import {decodeBoundaries} from '../../../src/io/boundaries';
import type {Lang} from '../../../src/i18n/i18n';
import type {AtlasData} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {energyKey} from '../../../src/ui/layer-keys';
import {LAYER_COLORS} from '../../../src/map/layer-colors';
import {computedResult} from '../model/helpers';
import {shippedTables} from '../model/shipped-data';
import {cleanUp, componentStore} from '../ui/component-store';

let atlas: AtlasData;
beforeAll(() => {
  const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')) as Topology;
  atlas = {tables: shippedTables(), boundaries: decodeBoundaries(topo)};
});
afterEach(cleanUp);

const expected: Record<Lang, string> = {
  en: 'Sites whose location is unknown, not drawn on the map: 2.',
  ru: 'Объекты с неизвестным местоположением, не показанные на карте: 2.',
  ky: 'Жайгашкан жери белгисиз, картада көрсөтүлбөгөн объекттер: 2.',
};

describe('the PNG’s energy key', () => {
  it.each(['en', 'ru', 'ky'] as const)('counts the sites without a location as not drawn, with no panel to point to (%s)', (lang) => {
    const store = componentStore(atlas, {lang, ind: 'mfg-lq', sector: 'C', year: 2024, layers: ['regions', 'energy']});
    store.update({indicator: {key: 'k', status: 'ready', result: computedResult([1, 0.5, 0.8, 1.2, 0.4, 0.9, 1.1, 0.7, 0.6]), error: null}});
    const png = pngContent(store.state, choroplethOf(store.state)!);
    const energy = png.keys.find((k) => k.sections.length > 0 && k.sourcesLine.includes('004'))!;
    expect(energy.notes).toEqual([expected[lang]]);
    expect(JSON.stringify(png)).not.toMatch(/panel|панел/i);
    // The page's key, beside the energy panel, still points to it.
    expect(energyKey(atlas.tables, lang, LAYER_COLORS.light).notes[0]).toMatch(/panel|панел/i);
  });
});
