// What the map shows at first: the whole country in a phone's default view (its westernmost and
// easternmost points were off the screen at 390 and 414 px), and a link's own view kept exactly.
import {readFileSync} from 'node:fs';
import type {Browser, Page} from 'playwright-core';
import {feature} from 'topojson-client';
import type {Topology} from 'topojson-specification';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser, openAtlas, project, screenshot, type AtlasPage, type OpenOptions} from './atlas-page';

let browser: Browser;
const opened: AtlasPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, options: OpenOptions): Promise<AtlasPage> {
  const atlas = await openAtlas(browser, query, options);
  opened.push(atlas);
  return atlas;
}

/** Kyrgyzstan's outline at its four extremes, from the shipped boundaries (read as the test's own data). */
function extremes(): Record<'west' | 'east' | 'north' | 'south', [number, number]> {
  const topo = JSON.parse(readFileSync(new URL('../../public/geo/kg.topo.json', import.meta.url), 'utf8')) as Topology;
  const regions = feature(topo, topo.objects.regions!) as unknown as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const points = regions.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2)) as [number, number][];
  const by = (pick: (a: [number, number], b: [number, number]) => boolean) => points.reduce((best, p) => (pick(p, best) ? p : best));
  return {
    west: by((a, b) => a[0] < b[0]),
    east: by((a, b) => a[0] > b[0]),
    north: by((a, b) => a[1] > b[1]),
    south: by((a, b) => a[1] < b[1]),
  };
}

/**
 * The part of the screen where the map is seen: the map's box, less the phone's bottom sheet over it
 * (in its default, peek state) and the screen's own edges.
 */
async function visibleMap(page: Page): Promise<{left: number; top: number; right: number; bottom: number}> {
  return page.evaluate(() => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    const sheet = document.querySelector<HTMLElement>('.kg-sidebar');
    const sheetTop = sheet && getComputedStyle(sheet).position === 'fixed' ? sheet.getBoundingClientRect().top : Infinity;
    return {left: Math.max(0, map.left), top: Math.max(0, map.top), right: Math.min(innerWidth, map.right), bottom: Math.min(innerHeight, map.bottom, sheetTop)};
  });
}

describe("the default view fits the whole country", () => {
  const EXTREMES = extremes();
  for (const [width, height, phone] of [
    [320, 640, true],
    [390, 844, true],
    [414, 896, true],
    [1280, 800, false],
  ] as const) {
    it(`at ${width} × ${height}${phone ? ' (phone)' : ''}: the westernmost, easternmost, northernmost and southernmost points are on the map, above the sheet's peek`, async () => {
      const atlas = await open('lang=en', {viewport: {width, height}, phone});
      const {page} = atlas;
      if (phone) expect(await page.locator('.kg-sidebar').getAttribute('data-sheet')).toBe('peek');
      const seen = await visibleMap(page);
      const where: Record<string, [number, number]> = {};
      for (const [name, lonLat] of Object.entries(EXTREMES)) {
        const [x, y] = await project(page, ...lonLat);
        where[name] = [Math.round(x), Math.round(y)];
        expect(x, `${name} x`).toBeGreaterThanOrEqual(seen.left + 8);
        expect(x, `${name} x`).toBeLessThanOrEqual(seen.right - 8);
        expect(y, `${name} y`).toBeGreaterThanOrEqual(seen.top + 8);
        expect(y, `${name} y`).toBeLessThanOrEqual(seen.bottom - 8);
        // Nothing over it there: what is at that point of the screen is the map.
        expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('#map') != null, [x, y]), name).toBe(true);
      }
      // Still a fit, not a distant view: the country spans most of the map's width or height.
      const across = (where.east![0] - where.west![0]) / (seen.right - seen.left);
      const down = (where.south![1] - where.north![1]) / (seen.bottom - seen.top);
      expect(Math.max(across, down)).toBeGreaterThan(0.8);
      await screenshot(page, `map-view-default-${width}x${height}`);
      await atlas.context.close();
    });
  }

  for (const [width, height, phone, view] of [
    [390, 844, true, '74.775,41.3751,4.69'],
    // The phone's own default view, sent as a link (the map zoomed it in to 4.69 before).
    [390, 844, true, '74.775,41.2522,4.44'],
    [414, 896, true, '73.1,40.6,6.25'],
    [1280, 800, false, '74.5,41.2,6.5'],
  ] as const) {
    it(`keeps a link's own view exactly at ${width} × ${height}: ${view}`, async () => {
      const atlas = await open(`lang=en&view=${view}`, {viewport: {width, height}, phone});
      const {page} = atlas;
      const [lon, lat] = view.split(',').map(Number) as [number, number];
      expect(new URL(page.url()).searchParams.get('view')).toBe(view);
      const map = (await page.locator('#map').boundingBox())!;
      const [x, y] = await project(page, lon, lat);
      expect(Math.abs(x - (map.x + map.width / 2))).toBeLessThan(0.5);
      expect(Math.abs(y - (map.y + map.height / 2))).toBeLessThan(0.5);
      await atlas.context.close();
    });
  }
});

describe('the pages opened', () => {
  it('logs no errors and asks nothing of the network', () => {
    expect(opened.length).toBeGreaterThan(0);
    for (const a of opened) {
      expect(a.externalRequests).toEqual([]);
      expect(a.consoleErrors).toEqual([]);
    }
  });
});
