// What the map shows at first and what floats over it: the whole country in a phone's default view
// (its westernmost and easternmost points were off the screen at 390 and 414 px), a link's own view
// kept exactly, and the hover tooltip clear of the map's key help at its bottom left.
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {feature} from 'topojson-client';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import {announced, atlasSuite, project, screenshot} from './atlas-page';
import {INSIDE} from './region-points';

const suite = atlasSuite();
const {opened, open} = suite;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Kyrgyzstan's outline at its four extremes, from the shipped boundaries (read as the test's own data). */
function extremes(): Record<'west' | 'east' | 'north' | 'south', [number, number]> {
  const topo = JSON.parse(readFileSync(new URL('../../geo/kg.topo.json', import.meta.url), 'utf8')) as Topology;
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

describe('the camera in the link (view=)', () => {
  // The layout settles after the map has started (the header's and sidebar's words, a pinned
  // profile), which resizes the map: that move was taken for the user's, and an untouched Russian,
  // Kyrgyz or pinned link got the wide screen's camera, which a phone then showed cropped.
  for (const [query, move] of [
    ['lang=ru', 'drag'],
    // One turn of the wheel: maplibre gives its zoom no original event, so it is known as the user's
    // only by being neither a resize nor a move of the page's.
    ['lang=ky', 'wheel'],
    ['lang=en&region=KG-C', 'drag'],
  ] as const)
    it(`is written only once the user moves the map: ${query} at 1280 × 800, then a ${move}`, async () => {
      const atlas = await open(query, {viewport: {width: 1280, height: 800}});
      const {page} = atlas;
      const view = () => new URL(page.url()).searchParams.get('view');
      await page.waitForTimeout(1500);
      expect(view()).toBeNull();
      // From a point of the map that no panel covers (the pinned profile lies over its right).
      const map = (await page.locator('#map').boundingBox())!;
      const [x, y] = [map.x + map.width / 4, map.y + map.height / 2];
      expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('#map') != null, [x, y])).toBe(true);
      await page.mouse.move(x, y);
      if (move === 'wheel') await page.mouse.wheel(0, -300);
      else {
        await page.mouse.down();
        await page.mouse.move(x + 120, y + 40, {steps: 6});
        await page.mouse.up();
      }
      await expect.poll(view).not.toBeNull();
      await atlas.context.close();
    });
});

describe('a link with a pinned region and its own camera (view=)', () => {
  // Finding (journalist audit): Osh region pinned and the map zoomed in, shared with "keep the current
  // zoom and position": opened, the map was moved to bring Osh region out from under its profile, and
  // that move was written into the address as another view=; embedded too. The link's camera wins.
  const view = '74.775,41.2522,7.99';
  for (const [extra, width, height, phone] of [
    ['', 1280, 800, false],
    ['&embed=1', 1280, 800, false],
    ['', 390, 844, true],
  ] as const)
    it(`keeps it exactly and does not rewrite it: region=KG-O&view=${view}${extra} at ${width} × ${height}`, async () => {
      const atlas = await open(`lang=ru&ind=mfg-lq&year=2010&region=KG-O&view=${view}${extra}`, {viewport: {width, height}, phone});
      const {page} = atlas;
      // The profile drawn (embedded: the footer's line), and time for a move after it (it came at the
      // map's first idle, once the profile had drawn).
      if (extra) await expect.poll(() => page.locator('kg-embed-footer span', {hasText: 'Ошская область'}).count()).toBeGreaterThan(0);
      else await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(100);
      await page.waitForTimeout(1500);
      expect(new URL(page.url()).searchParams.get('view')).toBe(view);
      const [lon, lat] = view.split(',').map(Number) as [number, number];
      const map = (await page.locator('#map').boundingBox())!;
      const [x, y] = await project(page, lon, lat);
      expect(Math.abs(x - (map.x + map.width / 2))).toBeLessThan(0.5);
      expect(Math.abs(y - (map.y + map.height / 2))).toBeLessThan(0.5);
      await screenshot(page, `map-view-link-region-view-${width}x${height}${extra ? '-embed' : ''}`);
      await atlas.context.close();
    });
});

describe('the hover tooltip and the map key help', () => {
  it('keeps the tooltip off the key help at the bottom left, for the keyboard focus and the pointer', async () => {
    const atlas = await open('lang=en', {viewport: {width: 1280, height: 800}});
    const {page} = atlas;
    const hint = page.locator('.kg-map-keys');
    const tooltip = page.locator('kg-tooltip [role=tooltip]');
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    // The map's keyboard loads with its first focus (which redraws the tooltip anyway); then the focus leaves.
    await canvas.focus();
    await canvas.evaluate((c) => (c as HTMLElement).blur());
    // Batken hovered while the map has no focus: no key help, the tooltip below the pointer, where the
    // key help comes with the focus.
    const batken = await project(page, 70.5, 40.0);
    await page.mouse.move(...batken);
    await expect.poll(() => tooltip.locator('.name').innerText()).toBe('Batken Region');
    expect(await hint.isVisible()).toBe(false);
    expect((await tooltip.boundingBox())!.y).toBeGreaterThan(batken[1]);
    await canvas.focus();
    const hintBox = (await hint.boundingBox())!;
    expect(hintBox.height).toBeGreaterThan(0);
    const check = async (what: string, name: string) => {
      await expect.poll(() => tooltip.locator('.name').innerText(), {message: what}).toBe(name);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await hint.isVisible(), what).toBe(true);
      const tip = (await tooltip.boundingBox())!;
      expect(intersects(tip, (await hint.boundingBox())!), `${what}: tooltip ${JSON.stringify(tip)}, key help ${JSON.stringify(hintBox)}`).toBe(false);
    };
    // The key help shown with the focus: the hovered tooltip moves off it.
    await check('Batken hovered, then the map focused', 'Batken Region');
    // The keyboard's first stop is Batken, the region nearest the key help.
    await page.keyboard.press('ArrowRight');
    await check('Batken by the keyboard', 'Batken Region');
    await screenshot(page, 'map-view-tooltip-keyboard-batken');
    // The pointer over the bottom-left regions, some of it over the key help itself.
    for (const [name, lonLat] of [
      ['Batken Region', INSIDE['KG-B']!],
      ['Batken Region', [70.0, 39.85]],
      ['Batken Region', [71.3, 39.65]],
      ['Osh Region', INSIDE['KG-O']!],
      ['Osh Region', [72.6, 39.55]],
      ['Jalal-Abad Region', INSIDE['KG-J']!],
    ] as const) {
      const [x, y] = await project(page, ...(lonLat as [number, number]));
      await page.mouse.move(x, y);
      await check(`${name} hovered at ${lonLat.join(', ')}`, name);
    }
    // The map moved down (Shift+↑), Batken and Osh reach under the key help: hovered there, where the
    // pointer is on the help itself, the tooltip is above it.
    await page.keyboard.press('Shift+ArrowUp');
    const grid: [number, number][] = [];
    for (let lon = 69.4; lon < 74; lon += 0.15) for (let lat = 39.3; lat < 40.4; lat += 0.05) grid.push([lon, lat]);
    const under = await page.evaluate(
      ([points, b]) => points.filter(([lon, lat]) => {
        const [x, y] = window.__atlas.project(lon!, lat!)!;
        return x > b.x + 4 && x < b.x + b.width - 4 && y > b.y + 4 && y < b.y + b.height - 4;
      }),
      [grid, hintBox] as const,
    );
    await page.mouse.move(100, 300); // off the map: no tooltip left from before
    await expect.poll(() => tooltip.count()).toBe(0);
    let hovered = 0;
    for (const lonLat of under.filter((_, i) => i % 4 === 0)) {
      const [x, y] = await project(page, ...lonLat);
      await page.mouse.move(x, y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if ((await tooltip.count()) === 0) continue;
      hovered++;
      const tip = (await tooltip.boundingBox())!;
      expect(tip.y + tip.height, `hovered at ${lonLat.join(', ')}`).toBeLessThanOrEqual(hintBox.y);
    }
    expect(hovered).toBeGreaterThan(0);
    await screenshot(page, 'map-view-tooltip-over-key-help');
    await atlas.context.close();
  });

  it('moves a region the keys reach out from under the key help', async () => {
    // Batken's label point (its keyboard stop, geo/kg.topo.json) at the key help's height, not far
    // enough down for bringIntoView's margin to move it.
    const batkenLabel: [number, number] = [69.9091, 39.8661];
    const atlas = await open('lang=en&view=71.463,41.698,6.5', {viewport: {width: 1280, height: 800}});
    const {page} = atlas;
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    await canvas.focus();
    const help = (await page.locator('.kg-map-keys').boundingBox())!;
    const under = ([x, y]: [number, number]) => x >= help.x && x <= help.x + help.width && y >= help.y - 8 && y <= help.y + help.height;
    const before = await project(page, ...batkenLabel);
    expect(under(before), `Batken's point at ${before.join(', ')}, the key help ${JSON.stringify(help)}`).toBe(true);
    // The keyboard's first stop is Batken, the region nearest the key help.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('kg-tooltip [role=tooltip] .name').innerText()).toBe('Batken Region');
    const after = await project(page, ...batkenLabel);
    expect(after[1]).toBeLessThan(help.y - 16);
    // Moved up only, as little as that takes: still in the map's lower half.
    expect(after[0]).toBeCloseTo(before[0], 0);
    expect(after[1]).toBeGreaterThan(400);
    await screenshot(page, 'map-view-keyboard-clear-of-key-help');
    await atlas.context.close();
  });
});

describe('the zoom and "show all of Kyrgyzstan" buttons', () => {
  const view = (page: Page) => new URL(page.url()).searchParams.get('view');
  /** The screen distance between two places: it doubles with each step of zoom. */
  const span = async (page: Page) => {
    const [a, b] = [await project(page, 70, 40), await project(page, 80, 42)];
    return Math.hypot(b[0] - a[0], b[1] - a[1]);
  };

  it('are reached by Tab after the map, named in Russian; a zoom is written to the link, "show all" fits the country again without view', async () => {
    const atlas = await open('lang=ru', {viewport: {width: 1280, height: 800}});
    const {page} = atlas;
    // Seen from the first paint; named (and working) once a pointer or the focus first comes onto the map.
    expect(await page.locator('.kg-map-controls').isVisible()).toBe(true);
    expect(await page.locator('.kg-map-controls').getAttribute('aria-hidden')).toBe('true');
    const map = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height - 60);
    await page.locator('.kg-map-controls:not([aria-hidden]) button').first().waitFor();
    const fitted = await span(page);
    const bishkek = await project(page, 74.6, 42.87);
    expect(view(page)).toBeNull();
    // From the map, Tab goes to the three buttons in turn, each named by its title in the page's language
    // (the screen-reader test checks the name Chromium gives).
    await page.focus('#map canvas.maplibregl-canvas');
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(() => {
          const b = document.activeElement as HTMLElement;
          const outline = getComputedStyle(b).outlineStyle;
          return `${b.tagName} ${b.title} | ${outline}`;
        }),
      );
    }
    expect(names).toEqual([
      'BUTTON Приблизить | solid',
      'BUTTON Отдалить | solid',
      'BUTTON Показать весь Кыргызстан | solid',
    ]);
    // Zoom in: the reader's move, written to the link as a wheel zoom is.
    await page.click('.kg-map-controls [data-action="zoomIn"]');
    await expect.poll(() => view(page), {timeout: 5000}).not.toBeNull();
    await expect.poll(() => span(page), {timeout: 5000}).toBeCloseTo(fitted * 2, -1);
    const zoomedIn = Number(view(page)!.split(',')[2]);
    // Zoom out: one step back.
    await page.click('.kg-map-controls [data-action="zoomOut"]');
    await expect.poll(() => Number(view(page)?.split(',')[2]), {timeout: 5000}).toBeCloseTo(zoomedIn - 1, 1);
    await expect.poll(() => span(page), {timeout: 5000}).toBeCloseTo(fitted, -1);
    // Moved elsewhere, then "show all" by the keyboard: the first view's fit, and no camera in the link.
    await page.click('.kg-map-controls [data-action="zoomIn"]');
    await page.click('.kg-map-controls [data-action="zoomIn"]');
    // Two quick presses are two steps (not one and a bit: the second counts from where the first goes).
    await expect.poll(() => span(page), {timeout: 5000}).toBeGreaterThan(fitted * 3);
    // "Show all" pressed while a zoom is still under way: that zoom's end wrote its camera after the reset.
    await page.focus('.kg-map-controls [data-action="reset"]');
    await page.evaluate(() => document.querySelector<HTMLElement>('.kg-map-controls [data-action="zoomIn"]')!.click());
    await page.keyboard.press('Enter');
    await expect.poll(() => view(page), {timeout: 5000}).toBeNull();
    expect(await span(page)).toBeCloseTo(fitted, 0);
    const [x, y] = await project(page, 74.6, 42.87);
    expect(x).toBeCloseTo(bishkek[0], 0);
    expect(y).toBeCloseTo(bishkek[1], 0);
    // It stays so: the fit wrote no camera afterwards.
    await page.waitForTimeout(700);
    expect(view(page)).toBeNull();
    await atlas.context.close();
  });

  // Finding (screen-reader audit): a press of a zoom button, or + and − on the map, changed nothing a
  // screen reader reads; the blind reader could not tell that the map had zoomed, nor how far.
  it('say the zoom they go to, in words, in the page’s language; a press at the end of the range says so', async () => {
    const atlas = await open('lang=en', {viewport: {width: 1280, height: 800}});
    const {page} = atlas;
    await page.focus('#map canvas.maplibregl-canvas');
    await page.locator('.kg-map-controls:not([aria-hidden]) button').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The steps of this window's range: from the farthest the camera can take here (the country and
    // its surroundings filling the map), not maplibre's minZoom, to the closest.
    const [, first, levels] = /^Zoomed in: level (\d+) of (\d+)$/.exec(await announced(page, /^Zoomed in: level \d+ of \d+$/))!.map(Number) as number[];
    expect(levels).toBe(8);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await announced(page, 'Zoomed out')).toBe(`Zoomed out: level ${first! - 1} of 8`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await announced(page, 'All of')).toBe(`All of Kyrgyzstan shown: zoom level ${first! - 1} of 8`);
    // The map's own + key says it the same way.
    await page.focus('#map canvas.maplibregl-canvas');
    await page.keyboard.press('+');
    expect(await announced(page, 'Zoomed in')).toBe(`Zoomed in: level ${first} of 8`);
    // In Kyrgyz, after the switch: never the English words.
    await page.getByRole('button', {name: 'Кыргызча'}).click();
    const out = page.locator('.kg-map-controls [data-action="zoomOut"]');
    await expect.poll(() => out.getAttribute('title')).toBe('Алыстатуу');
    await out.focus();
    await page.keyboard.press('Enter');
    expect(await announced(page, 'Алыстатылды')).toBe(`Алыстатылды: масштабдын деңгээли 8 ичинен ${first! - 1}`);
    // Out to the farthest: the button says it does nothing more (aria-disabled), and a press says so.
    // Pressed until a press says "no farther": each press is said at once, as a step from where a zoom
    // under way is going, so what is said does not hang on the timing; the button's state follows when
    // the camera stops (zoomend). A fixed wait, then the link's camera, raced a slow software-GL frame:
    // a press one too many came before the button's state.
    let said = '';
    let lastStep = '';
    for (let i = 0; i < 9 && !said.startsWith('Мындан ары'); i++) {
      await page.evaluate(() => (document.getElementById('kg-announcer')!.textContent = ''));
      await page.keyboard.press('Enter');
      said = await announced(page, /^(Алыстатылды|Мындан ары)/);
      if (said.startsWith('Алыстатылды')) lastStep = said;
    }
    await expect.poll(() => out.getAttribute('aria-disabled')).toBe('true');
    expect(lastStep).toBe('Алыстатылды: масштабдын деңгээли 8 ичинен 1');
    expect(said).toBe('Мындан ары алыстатууга болбойт: масштабдын деңгээли 8 ичинен 1');
    await page.keyboard.press('Enter');
    expect(await announced(page, 'Мындан ары')).toBe('Мындан ары алыстатууга болбойт: масштабдын деңгээли 8 ичинен 1');
    // So does the map's − key there.
    await page.focus('#map canvas.maplibregl-canvas');
    await page.evaluate(() => (document.getElementById('kg-announcer')!.textContent = ''));
    await page.keyboard.press('-');
    expect(await announced(page, 'Мындан ары')).toBe('Мындан ары алыстатууга болбойт: масштабдын деңгээли 8 ичинен 1');
    await atlas.context.close();
  });

  for (const [width, height, phone, theme] of [
    [360, 740, true, 'light'],
    [390, 844, true, 'dark'],
    [740, 360, true, 'dark'],
    [1280, 800, false, 'dark'],
    [1366, 768, false, 'light'],
  ] as const)
    it(`at ${width} × ${height}${phone ? ' (phone)' : ''}: clear of the credits' "i", a notice, the profile and the sheet, and ${phone ? '44 px' : 'whole'} targets`, async () => {
      // A pinned region (its profile), a notice (n=99 is out of range), and the sheet's peek on a phone.
      const atlas = await open('lang=ru&region=KG-N&n=99', {viewport: {width, height}, phone, colorScheme: theme});
      const {page} = atlas;
      // The keyboard's focus coming onto the map loads them.
      await page.focus('#map canvas.maplibregl-canvas');
      await page.locator('.kg-map-controls:not([aria-hidden]) button').first().waitFor();
      await page.locator('kg-notices').getByRole('button').first().waitFor();
      const boxes = await page.evaluate(() => {
        const box = (e: Element | null | undefined) => {
          if (!e) return null;
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 ? {x: r.x, y: r.y, width: r.width, height: r.height} : null;
        };
        const buttons = [...document.querySelectorAll('.kg-map-controls button')].map((b) => {
          const r = b.getBoundingClientRect();
          // Nothing is over the button: what the centre of it shows is the button.
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return {...box(b)!, onTop: top === b || b.contains(top)};
        });
        const attribution = document.querySelector('kg-attribution');
        const others = {
          credits: box(attribution?.shadowRoot?.querySelector('button')) ?? box(attribution),
          notices: box(document.querySelector('kg-notices')),
          profile: box(document.querySelector('kg-region-card')),
          sheet: getComputedStyle(document.querySelector('.kg-sidebar')!).position === 'fixed' ? box(document.querySelector('.kg-sidebar')) : null,
        };
        return {group: box(document.querySelector('.kg-map-controls'))!, buttons, others};
      });
      expect(boxes.buttons).toHaveLength(3);
      for (const b of boxes.buttons) {
        expect(b.onTop).toBe(true);
        expect(b.width).toBeGreaterThanOrEqual(phone ? 44 : 32);
        expect(b.height).toBeGreaterThanOrEqual(phone ? 44 : 32);
      }
      for (const [name, other] of Object.entries(boxes.others)) if (other) expect(intersects(boxes.group, other), name).toBe(false);
      expect(boxes.others.notices).not.toBeNull();
      await screenshot(page, `map-view-controls-${width}x${height}-${theme}`);
      await atlas.context.close();
    });

  it('on a phone, are seen at the first paint, and a first tap made before their module has come is done when it comes', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 390, height: 844}, phone: true});
    const {page} = atlas;
    const group = page.locator('.kg-map-controls');
    expect(await group.isVisible()).toBe(true);
    const box = (await group.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    // The buttons' module (names and actions) is held back for a second: the tap comes first.
    let held = false;
    await page.route(/\/map-controls-[^/]*\.js$/, async (route) => {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    const fitted = await span(page);
    await page.tap('.kg-map-controls [data-action="zoomIn"]');
    expect(await group.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => view(page), {timeout: 8000}).not.toBeNull();
    expect(held).toBe(true);
    await expect.poll(() => span(page), {timeout: 5000}).toBeCloseTo(fitted * 2, -1);
    expect(await group.getAttribute('aria-hidden')).toBeNull();
    expect(await page.locator('.kg-map-controls [data-action="zoomIn"]').getAttribute('title')).toBe('Жакындатуу');
    expect(await page.getByRole('button', {name: 'Жакындатуу', exact: true}).count()).toBe(1);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('are not in the embedded view', async () => {
    const atlas = await open('lang=ru&embed=1', {viewport: {width: 800, height: 600}});
    await atlas.page.focus('#map canvas.maplibregl-canvas');
    await atlas.page.waitForTimeout(1500);
    expect(await atlas.page.locator('.kg-map-controls').isVisible()).toBe(false);
    expect(await atlas.page.locator('.kg-map-controls').getAttribute('aria-hidden')).toBe('true');
    await atlas.context.close();
  });
});

describe('the scale bar', () => {
  // At 768 × 1024 the map beside the sidebar is 448 px wide: the credits take three lines across its
  // foot, and the bar and a difference map's legend (bottom: 28px) were under them.
  it('stays above the credits where they wrap across the map (a portrait tablet), as a difference map’s legend does', async () => {
    const atlas = await open('lang=ru&ind=mfg-lq&sector=C&year=2024&from=2010&region=KG-B', {viewport: {width: 768, height: 1024}});
    const {page} = atlas;
    const legend = page.locator('kg-scenario-legend .panel');
    await legend.waitFor();
    const credits = (await page.locator('kg-attribution').boundingBox())!;
    expect(credits.height, 'the credits wrap').toBeGreaterThan(30);
    for (const above of [page.locator('.kg-scale'), legend]) {
      const box = (await above.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(credits.y + 1);
    }
    await screenshot(page, 'map-view-credits-wrapped-ru');
    await atlas.context.close();
  });

  it('is as long as its distance on the map, in the page’s language, and follows a zoom and a language switch', async () => {
    // A camera of the link's own: zoom 7 over 41.5° N, ~458 m a pixel, so 20 km is the longest round
    // distance within 100 px.
    const atlas = await open('lang=ru&view=75,41.5,7', {viewport: {width: 1280, height: 800}});
    const {page} = atlas;
    const bar = page.locator('.kg-scale');
    await expect.poll(() => bar.innerText()).toBe('20 км');
    // 20 km east of the map's middle, projected by the map itself (1° of longitude is 1/360 of the
    // equator, times the cosine of the latitude).
    const east = 20 / ((40_075.016686 / 360) * Math.cos((41.5 * Math.PI) / 180));
    const km20 = async () => (await project(page, 75 + east, 41.5))[0] - (await project(page, 75, 41.5))[0];
    const width = async () => (await bar.boundingBox())!.width;
    expect(Math.abs((await width()) - (await km20()))).toBeLessThanOrEqual(1);
    // In the lower left, clear of the credits' line and of the map's buttons.
    const [box, map, credits] = [(await bar.boundingBox())!, (await page.locator('#map').boundingBox())!, (await page.locator('kg-attribution').boundingBox())!];
    expect(box.x - map.x).toBeLessThan(20);
    expect(box.y + box.height).toBeLessThanOrEqual(credits.y);
    await screenshot(page, 'map-view-scale-bar-ru');
    // One zoom step in: the same 20 km, twice as long.
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.click('.kg-map-controls [data-action="zoomIn"]');
    await expect.poll(width, {timeout: 5000}).toBeGreaterThan(80);
    expect(Math.abs((await width()) - (await km20()))).toBeLessThanOrEqual(1);
    expect(await bar.innerText()).toBe('20 км');
    await page.getByRole('button', {name: 'English'}).click();
    await expect.poll(() => bar.innerText()).toBe('20 km');
    await atlas.context.close();
  });
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
