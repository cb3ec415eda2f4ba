// The foundation: the built site opens offline in a real browser with WebGL, paints the nine regions
// over our own basemap, labels them, answers hover and click, and asks nothing of the network.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {booleanPointInPolygon} from '@turf/turf';
import type {Browser} from 'playwright-core';
import {feature} from 'topojson-client';
import type {Topology} from 'topojson-specification';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MAP_COLORS} from '../../src/map/map-colors';
import {colourDistance, hexToRgb, launchBrowser, openAtlas, project, screenshot, type AtlasPage} from './atlas-page';
import {CITY_MARKERS, INSIDE, parseCssRgb} from './region-points';

const topo = JSON.parse(readFileSync(join(import.meta.dirname, '../../geo/kg.topo.json'), 'utf8')) as Topology;
const regions = (feature(topo, topo.objects.regions!) as unknown as GeoJSON.FeatureCollection).features;

let browser: Browser;
let atlas: AtlasPage;

beforeAll(async () => {
  browser = await launchBrowser();
  atlas = await openAtlas(browser, 'lang=en');
});
afterAll(async () => {
  await browser?.close();
});

describe('the default view', () => {
  it('uses points that really lie in their regions (test premise)', () => {
    for (const [code, point] of Object.entries(INSIDE)) {
      const region = regions.find((f) => f.id === code)!;
      expect(booleanPointInPolygon(point, region as never), code).toBe(true);
    }
  });

  it('paints every oblast in a colour that is neither the background nor a neighbour', async () => {
    const shot = await screenshot(atlas.page, 'foundation-default');
    const background = hexToRgb(MAP_COLORS.light.background);
    const neighbour = hexToRgb(MAP_COLORS.light.neighbourFill);
    for (const [code, [lon, lat]] of Object.entries(INSIDE)) {
      const [x, y] = await project(atlas.page, lon, lat);
      const rgb = shot.rgb(x, y);
      expect(colourDistance(rgb, background), `${code} at ${x},${y} is ${rgb}`).toBeGreaterThan(20);
      expect(colourDistance(rgb, neighbour), `${code} at ${x},${y} is ${rgb}`).toBeGreaterThan(20);
    }
  });

  it('draws Issyk-Kul lake on top of its region', async () => {
    const shot = await screenshot(atlas.page, 'foundation-default');
    const [x, y] = await project(atlas.page, 77.0, 42.55);
    expect(colourDistance(shot.rgb(x, y), MAP_COLORS.light.water)).toBeLessThan(30);
  });

  it('names the region under a lake, not the lake, when the pointer is on it', async () => {
    // The lakes share the region fills' vertex layout (src/layers/water-layers.ts) but stay unpickable.
    const hovered = await openAtlas(browser, 'lang=en');
    const [x, y] = await project(hovered.page, 77.0, 42.55);
    await hovered.page.mouse.move(x, y);
    await expect.poll(() => hovered.page.locator('kg-tooltip .name').textContent()).toBe('Issyk-Kul Region');
    await hovered.context.close();
  });

  it('keeps both cities visible at country zoom as markers', async () => {
    const shot = await screenshot(atlas.page, 'foundation-default');
    for (const [code, [lon, lat]] of Object.entries(CITY_MARKERS)) {
      // The city's colour, as the data table's class swatch gives it.
      const fill = parseCssRgb((await atlas.page.locator(`kg-data-views tr[data-code="${code}"] .swatch`).getAttribute('data-color'))!);
      const [x, y] = await project(atlas.page, lon, lat);
      // The marker's fill (the region colour) surrounds its centre by at least 6 px.
      for (const [dx, dy] of [
        [0, 0],
        [5, 0],
        [-5, 0],
        [0, 5],
      ])
        expect(colourDistance(shot.rgb(x + dx, y + dy), fill), `${code} at ${x + dx},${y + dy}`).toBeLessThan(40);
    }
  });

  it('paints the regions where the basemap has them at the closest zoom too', async () => {
    // deck.gl's shaders are made for the zooms the map allows (src/layers/web-mercator-shaders.ts):
    // at the closest (11.99, just short of 12), the regions are drawn in place.
    const close = await openAtlas(browser, 'lang=en&view=74.664,42.8614,11.99');
    const shot = await screenshot(close.page, 'foundation-closest-zoom');
    const swatch = async (code: string) =>
      parseCssRgb((await close.page.locator(`kg-data-views tr[data-code="${code}"] .swatch`).getAttribute('data-color'))!);
    // Either side of Bishkek's eastern boundary (the view's centre): the city, and Chuy Region.
    for (const [code, lon, lat] of [
      ['KG-GB', 74.62, 42.8614],
      ['KG-C', 74.71, 42.8614],
    ] as const) {
      const region = regions.find((f) => f.id === code)!;
      expect(booleanPointInPolygon([lon, lat], region as never), `${code} (test premise)`).toBe(true);
      const [x, y] = await project(close.page, lon, lat);
      expect(colourDistance(shot.rgb(x, y), await swatch(code)), `${code} at ${x},${y}`).toBeLessThan(40);
    }
    await close.context.close();
  });

  it('names a region on hover', async () => {
    const [x, y] = await project(atlas.page, ...INSIDE['KG-N']!);
    await atlas.page.mouse.move(x, y);
    await expect.poll(() => atlas.page.locator('kg-tooltip [role=tooltip]').innerText()).toContain('Naryn Region');
  });

  it('names the schematic Osh city and says it is schematic', async () => {
    const [x, y] = await project(atlas.page, 72.7985, 40.5283);
    await atlas.page.mouse.move(x, y);
    const tooltip = atlas.page.locator('kg-tooltip [role=tooltip]');
    await expect.poll(() => tooltip.innerText()).toContain('Osh (city)');
    expect(await tooltip.innerText()).toContain('Schematic boundary');
  });

  it('pins a region on click and writes it to the URL', async () => {
    const [x, y] = await project(atlas.page, ...INSIDE['KG-T']!);
    await atlas.page.mouse.click(x, y);
    await expect.poll(() => atlas.page.url()).toContain('region=KG-T');
    await expect.poll(() => atlas.page.locator('kg-region-card section').innerText()).toContain('Talas Region');
  });

  it('issues no request beyond the loopback server and logs no errors', async () => {
    expect(atlas.externalRequests).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
    expect(await atlas.page.evaluate(() => window.__atlas.errors)).toEqual([]);
  });
});
