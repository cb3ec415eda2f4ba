import {describe, expect, it} from 'vitest';
import {addMessages} from '../../../src/i18n/i18n';
import {layerLegends} from '../../../src/i18n/messages/layer-legends';
import {LAYER_COLORS} from '../../../src/map/layer-colors';
import {energyKey, growthKey, linksKey, type LayerKey} from '../../../src/ui/layer-keys';
import {shippedTables} from '../model/shipped-data';

addMessages(layerLegends);
const tables = shippedTables();
const city = {fill: '#eef0f3', line: '#c9ced6'};
const labels = (key: LayerKey) => key.sections.flatMap((s) => s.entries.map((e) => e.label));

describe('layer keys (the sidebar legends and the PNG draw from them)', () => {
  it('sizes the growth points by population class, in the reader’s numbers, with the caveat and sources', () => {
    const key = growthKey('ru', LAYER_COLORS.light, city);
    expect(labels(key)).toEqual(['500\u00a0000 и более', '100\u00a0000–499\u00a0999', '25\u00a0000–99\u00a0999', 'менее 25\u00a0000', 'Областной центр', expect.stringContaining('Бишкек и Ош')]);
    expect(key.sections[0]!.inline).toBe(true);
    // The picture has no tooltips: the key's note is the caveat on the figures only.
    expect(key.notes).toEqual(['Данные разных лет и охвата: сравнимы только порядки величин.']);
    expect(key.sources).toContain('2018–2022');
    // Each class's dot is as large as the map draws it (POPULATION_CLASSES' radius + its outline).
    expect(key.sections[0]!.entries.map((e) => e.width)).toEqual([20, 17, 14, 11]);
  });

  it('paints the growth dots in the theme’s colours and Bishkek’s ring around the page’s city marker', () => {
    const dark = growthKey('en', LAYER_COLORS.dark, {fill: '#222831', line: '#3a424d'});
    const svg = dark.sections.flatMap((s) => s.entries.map((e) => e.svg)).join('');
    expect(svg).toContain('fill="rgb(245 245 250)"');
    expect(svg).toContain('fill="#222831" stroke="#3a424d"');
  });

  it('names every energy symbol, line and green cluster, and counts the sites it cannot draw', () => {
    const key = energyKey(tables, 'en', LAYER_COLORS.light);
    expect(labels(key)).toEqual(
      expect.arrayContaining(['Hub: large hydropower, existing or planned (source 004 names the cascade projects; the other plants are the atlas’s reading)', 'Solar', 'under construction', 'approximate position', '1,500 MW', 'Line: a spoke to its nearest hub']),
    );
    expect(key.sections.map((s) => s.heading)).toEqual([undefined, undefined, 'Status', 'Location', 'Size: capacity (area proportional to MW)', undefined, 'Green clusters of regions (outline)']);
    expect(key.sections.at(-1)!.entries.length).toBeGreaterThan(0);
    expect(key.notes).toEqual(['2 sites have no location: they are listed in the panel, not drawn.']);
    expect(key.sources).toContain('source 004');
    // Without the tables (not loaded yet) the symbols are still explained.
    expect(energyKey(null, 'en', LAYER_COLORS.light).sections).toHaveLength(6);
  });

  it('lists the linked clusters of each family shown in their colours, and the one-region clusters in a note', () => {
    const key = linksKey(tables, ['interregional', 'concept'], 'en');
    expect(key.sections.map((s) => s.heading)).toEqual(['Proposed inter-regional industrial clusters (source 002)', 'Multi-region clusters of the Concept 2018–2022']);
    expect(labels(key)).toContain('Inter-regional textile and sewing cluster');
    expect(key.sections[0]!.entries[0]!.svg).toMatch(/stroke="#[0-9A-F]{6}" stroke-width="4"/);
    expect(key.sections[1]!.entries[0]!.svg).toContain('stroke-width="2.5"');
    expect(key.sections.some((s) => s.note?.startsWith('One region only, no link:'))).toBe(true);
    expect(linksKey(tables, ['concept'], 'en').sections).toHaveLength(1);
  });

  it('makes every symbol a well-formed SVG image of its announced size', () => {
    const keys = [growthKey('ky', LAYER_COLORS.light, city), energyKey(tables, 'ky', LAYER_COLORS.light), linksKey(tables, ['interregional', 'concept'], 'ky')];
    for (const entry of keys.flatMap((k) => k.sections.flatMap((s) => s.entries))) {
      expect(entry.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(\.\d+)?" height="\d+(\.\d+)?" viewBox="0 0 [\d.]+ [\d.]+">.*<\/svg>$/);
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(entry.svg)!;
      expect([Number(w), Number(h)]).toEqual([entry.width, entry.height]);
      expect(entry.label).not.toBe('');
    }
  });
});
