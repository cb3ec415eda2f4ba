// Issue 8 in the built site: the three languages (names, numbers, the page's own landmarks), the map
// without a mouse (a walk through the nine regions, announcements, a focus ring on the map, growth
// points, Enter and Escape), the hover highlight that leaves with the pointer, "no data" dots in both
// themes, axe-core on the default, profile, compare and embed views (recorded), and the phone layout at
// 360×640 (bottom sheet, header, touch targets, no sideways scrolling). Screenshots at 360×640 and
// 1280×800 in each language.
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {afterAll, describe, expect, it} from 'vitest';
import {MAP_COLORS} from '../../src/map/map-colors';
import {atlasSuite, announced, colourDistance, deckDraws, project, recordDeckDraws, runAxe, saveJson, screenshot, touchDrag, waitForMap, type OpenOptions} from './atlas-page';
import {INSIDE} from './region-points';

const suite = atlasSuite();
const {opened, open} = suite;

const PHONE = {width: 360, height: 640};
const DESKTOP = {width: 1280, height: 800};

/** data/regions.csv, as the test reads it (not through the app's code). */
const REGIONS = readFileSync(new URL('../../data/regions.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, en, ru, ky] = line.split(',');
    return {code: code!, en: en!, ru: ru!, ky: ky!};
  });
const nameOf = (code: string, lang: 'ky' | 'ru' | 'en') => REGIONS.find((r) => r.code === code)![lang];

async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Pixels within `r` px of (x, y) that are within `tolerance` of a colour. */
function countNear(shot: Awaited<ReturnType<typeof screenshot>>, x: number, y: number, r: number, colour: readonly number[], tolerance: number): number {
  let n = 0;
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (colourDistance(shot.rgb(x + dx, y + dy), colour) <= tolerance) n++;
  return n;
}

describe('three languages', () => {
  const LANG_SAMPLE = {ky: 'Баткен облусу', ru: 'Баткенская область', en: 'Batken Region'} as const;

  for (const lang of ['ky', 'ru', 'en'] as const) {
    it(`shows the default view in ${lang}: every region named in ${lang}, the page's own labels too`, async () => {
      const atlas = await open(`lang=${lang}`, {viewport: DESKTOP});
      const {page} = atlas;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The table alternative names all nine regions in the language.
      const names = await page.locator('kg-data-views tbody th button').allInnerTexts();
      expect(names.map((n) => n.trim()).sort()).toEqual(REGIONS.map((r) => r[lang]).sort());
      expect(names).toContain(LANG_SAMPLE[lang]);
      // index.html's landmarks are translated too (they were English-only).
      const sidebar = await page.locator('aside.kg-sidebar').getAttribute('aria-label');
      const map = await page.locator('#map').getAttribute('aria-label');
      const canvas = await page.locator('#map canvas.maplibregl-canvas').getAttribute('aria-label');
      expect({sidebar, map, canvas}).toEqual(
        {
          ky: {sidebar: 'Башкаруу: көрсөткүч, шарттуу белгилер, картанын катмарлары, жадыбал', map: 'Кыргызстандын тогуз регионунун картасы', canvas: 'Кыргызстандын тогуз регионунун картасы'},
          ru: {sidebar: 'Управление: показатель, легенда, слои карты, таблица', map: 'Карта девяти регионов Кыргызстана', canvas: 'Карта девяти регионов Кыргызстана'},
          en: {sidebar: 'Controls: indicator, legend, map layers, table', map: 'Map of the nine regions of Kyrgyzstan', canvas: 'Map of the nine regions of Kyrgyzstan'},
        }[lang],
      );
      await screenshot(page, `access-${lang}-1280`);
      await atlas.context.close();
    });
  }

  it('writes numbers the Kyrgyz way although this browser has no Kyrgyz number data', async () => {
    const atlas = await open('lang=ky&ind=integral&sector=light_industry', {viewport: DESKTOP});
    const {page} = atlas;
    // The premise: Intl falls back to English for ky-KG here (else this test proves nothing).
    expect(await page.evaluate(() => new Intl.NumberFormat('ky-KG').format(1234.5))).toBe('1,234.5');
    const bishkek = await page.locator('kg-data-views tr[data-code="KG-GB"] td.num').first().innerText();
    expect(bishkek.trim()).toBe('2,083');
    // Thousands with a no-break space: the growth-point legend's population classes.
    const legend = await page.locator('kg-layer-toggles li[data-layer="growth"] .legend').innerText();
    expect(legend).toContain('500\u00a0000');
    expect(legend).not.toMatch(/\d,\d{3}\b/);
    await atlas.context.close();
  });

  it('names the data table by its view and unit, the sources describing it; says a year once; describes the page in sentences', async () => {
    const atlas = await open('lang=ru&ind=lq2018', {viewport: DESKTOP});
    const {page} = atlas;
    const view = 'Коэффициент локализации занятости, 2018 — C — Обрабатывающая промышленность';
    // The caption is the table's accessible name, what a screen reader says on entering it: the view
    // and its unit, as under the indicator picker (the audit of 6 December 2026: no unit anywhere in the table).
    expect(await page.getByRole('table', {name: `${view}. Единица: отношение к уровню страны (1,0 — как по стране).`, exact: true}).count()).toBe(1);
    const described = await page.locator('kg-data-views table').evaluate((table) => {
      const ids = table.getAttribute('aria-describedby')!.split(' ');
      return ids.map((id) => (table.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.trim()).join(' ');
    });
    expect(described).toMatch(/^Источник: Евразийский банк развития/);
    // The text summary names the view as the caption does: the year the name carries is not said again.
    expect(await page.locator('kg-summary p').first().textContent()).toMatch(new RegExp(`^${view}\\. Наибольшее`));
    // Russian writes no capital after a colon: the title and the tagline are two sentences.
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe('Кластерный атлас Кыргызстана. Потенциал кластерного развития регионов Кыргызстана');
    // The composite index cites web pages: its caption stays a name, and every address reads as words.
    await page.goto(atlas.url('lang=ky&ind=potential&year=2018'));
    await waitForMap(page);
    const caption = (await page.locator('kg-data-views caption').textContent())!.trim();
    expect(caption).toMatch(/^Кластердик потенциалдын жыйынды индекси — C — Иштетүү өнөр жайы — 2018\. Бирдиги: [^%]+\.$/);
    expect(await page.locator('kg-data-views #table-source').textContent()).toContain('https://invest.gov.kg/batken');
    expect(await page.locator('aside.kg-sidebar').innerText()).not.toMatch(/%[0-9a-f]{2}/i);
    await atlas.context.close();
  });

  it('scrolls what Tab reaches in the sidebar into view with its focus ring whole (the table’s first header at 1280 × 800)', async () => {
    const atlas = await open('lang=en&ind=mfg-lq&sector=C&year=2020', {viewport: DESKTOP});
    const {page} = atlas;
    const header = page.locator('kg-data-views th button').first();
    expect(await header.innerText()).toBe('Region');
    // As a keyboard user comes down the sidebar: the header just below the window's foot, the control
    // before it in sight and focused; Tab brings the header into view (the least scroll that shows it).
    await page.evaluate(() => {
      const sidebar = document.querySelector('aside.kg-sidebar')!;
      const button = document.querySelector('kg-data-views')!.shadowRoot!.querySelector('th button')!;
      sidebar.scrollTop += button.getBoundingClientRect().top - window.innerHeight + 6;
    });
    const before = page.locator('kg-data-views [role=tab][aria-selected=true]');
    await before.evaluate((el) => (el as HTMLElement).focus({preventScroll: true}));
    await page.keyboard.press('Tab');
    expect(await header.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    const box = (await header.boundingBox())!;
    const ring = await header.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth) + parseFloat(getComputedStyle(el).outlineOffset));
    expect(ring).toBeGreaterThan(0);
    expect(box.y + box.height + ring, JSON.stringify({box, ring})).toBeLessThanOrEqual(DESKTOP.height);
    await atlas.context.close();
  });

  it('takes the browser’s language among ky, ru, en, else Kyrgyz', async () => {
    for (const [locale, lang] of [
      ['ru-RU', 'ru'],
      ['en-US', 'en'],
      ['de-DE', 'ky'],
    ] as const) {
      const atlas = await open('', {viewport: DESKTOP, locale});
      expect(await atlas.page.evaluate(() => document.documentElement.lang), locale).toBe(lang);
      expect(atlas.page.url()).toContain(`lang=${lang}`);
      await atlas.context.close();
    }
  });
});

describe('the map without a mouse', () => {
  it('is one Tab and Enter away: the first stop is a skip link, seen when focused, named in the page language, that gives the map the focus', async () => {
    const atlas = await open('lang=ru', {viewport: {width: 1366, height: 768}});
    const {page} = atlas;
    const skip = page.locator('a.kg-skip');
    // Hidden from sight until the keyboard reaches it.
    expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('kg-skip');
    expect(await skip.textContent()).toBe('Перейти к карте');
    const box = (await skip.boundingBox())!;
    expect(box.width).toBeGreaterThan(60);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [box.x + box.width / 2, box.y + box.height / 2])).toBe('kg-skip');
    await screenshot(page, 'access-ru-skip-link');
    const url = page.url();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#map canvas.maplibregl-canvas'))).toBe(true);
    expect(page.url()).toBe(url);
    // Its words follow the page's language.
    await page.locator('kg-header').getByRole('button', {name: 'English'}).click();
    await expect.poll(() => skip.textContent()).toBe('Skip to the map');
    await atlas.context.close();
  });

  it('walks all nine regions from west to east, announcing each, draws the focus on the map, and Enter pins the ninth', async () => {
    const atlas = await open('lang=en&ind=integral&sector=light_industry', {viewport: DESKTOP});
    const {page} = atlas;
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    expect(await canvas.getAttribute('role')).toBe('application');
    // One stop for the map in the tab order: deck.gl's own canvas is not another.
    expect(await page.locator('#map canvas').evaluateAll((all) => all.filter((c) => (c as HTMLElement).tabIndex >= 0).length)).toBe(1);
    const describedBy = await canvas.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Left and Right arrows go from west to east');
    const before = await screenshot(page, 'access-keyboard-before');
    await canvas.focus();
    const order = ['KG-B', 'KG-T', 'KG-GO', 'KG-J', 'KG-O', 'KG-C', 'KG-GB', 'KG-N', 'KG-Y'];
    const said: string[] = [];
    for (const [i, code] of order.entries()) {
      await page.keyboard.press('ArrowRight');
      said.push(await announced(page, `${nameOf(code, 'en')}.`));
      expect(said.at(-1)).toContain(`${i + 1} of 9 from west to east`);
      // Name, value and rank: the same facts as the tooltip.
      expect(said.at(-1)).toMatch(/Light industry — 2015–2019: \d\.\d{3}\. Rank \d of 9/);
    }
    expect(said[6]).toContain('Bishkek. Integral coefficient of cluster-formation potential — Light industry — 2015–2019: 2.083. Rank 1 of 9, above 1.0: an absolute advantage, as the source reads it');
    // The focus is drawn on Issyk-Kul itself: its outline in the focus colour, which was not on the map before.
    await frames(page);
    await page.waitForTimeout(200);
    const after = await screenshot(page, 'access-keyboard-issyk-kul');
    const focus = MAP_COLORS.light.focus;
    const box = (await page.locator('#map').boundingBox())!;
    const count = (shot: typeof after) => countNear(shot, box.x + box.width / 2, box.y + box.height / 2, Math.floor(Math.min(box.width, box.height) / 2) - 2, focus, 10);
    expect(count(before)).toBeLessThan(30);
    expect(count(after)).toBeGreaterThan(300);
    // The tooltip shows the focused region's figures.
    expect(await page.locator('kg-tooltip .name').innerText()).toBe('Issyk-Kul Region');
    // Nothing further east.
    await page.keyboard.press('ArrowRight');
    await announced(page, 'Nothing further east.');
    // Enter pins it: the link and the profile say so, and so does the live region.
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-Y');
    expect(await page.locator('kg-region-card h2').innerText()).toBe('Issyk-Kul Region');
    await announced(page, 'Issyk-Kul Region selected; its profile is open.');
    saveJson('access-keyboard-walk', {order, said});
    // Escape closes the profile.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    await announced(page, 'Profile closed.');
    await atlas.context.close();
  });

  it('draws the first focus rings with the programs and vertex layouts the map has already drawn', async () => {
    // A new program or vertex layout is compiled when first drawn: with software WebGL the first key
    // press on the map waited ~0.2 s for its ring while deck.gl's paths were used for it
    // (src/layers/focus-layers.ts). Every kind of ring: a region's outline, a city's circle and a
    // growth point's in the default view; an energy site's with the energy layer shown.
    for (const [view, query, keys] of [
      ['default', 'lang=en', [['ArrowRight', 'Batken Region.', 300], ['ArrowRight', 'Talas Region.', 0], ['ArrowRight', `${nameOf('KG-GO', 'en')}.`, 150], ['2', ', growth point.', 100]]],
      ['energy', 'lang=en&layers=regions,growth,energy', [['3', 'from west to east.', 100]]],
    ] as const) {
      const atlas = await open(query, {viewport: DESKTOP, initScript: recordDeckDraws});
      const {page} = atlas;
      const before = (await deckDraws(page)).layouts;
      expect(before.length).toBeGreaterThan(0);
      const box = (await page.locator('#map').boundingBox())!;
      const focusPixels = async () => {
        await frames(page);
        const shot = await screenshot(page, `access-focus-${view}`);
        return countNear(shot, box.x + box.width / 2, box.y + box.height / 2, Math.floor(Math.min(box.width, box.height) / 2) - 2, MAP_COLORS.light.focus, 10);
      };
      expect(await focusPixels()).toBeLessThan(30);
      await page.locator('#map canvas.maplibregl-canvas').focus();
      for (const [key, said, pixels] of keys) {
        await page.keyboard.press(key);
        await announced(page, said);
        // Batken's outline is long; a ring round a point (3 px wide) a few hundred pixels.
        if (pixels > 0) await expect.poll(focusPixels).toBeGreaterThan(pixels);
      }
      expect((await deckDraws(page)).layouts).toEqual(before);
      await atlas.context.close();
    }
  });

  it('reaches growth points (2) and says when energy sites (3) are off; Enter on a growth point pins its region', async () => {
    const atlas = await open('lang=ru', {viewport: DESKTOP});
    const {page} = atlas;
    await page.locator('#map canvas.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowDown');
    await announced(page, `${nameOf('KG-B', 'ru')}.`);
    await page.keyboard.press('2');
    // The growth point nearest to Batken's label point: the westernmost, Razzakov.
    expect(await announced(page, 'точка роста')).toMatch(/^Раззаков, точка роста\. Регион: Баткенская область\..* 1 из 20 с запада на восток\.$/);
    await page.keyboard.press('End');
    expect(await announced(page, '20 из 20')).toMatch(/^Каракол, точка роста/);
    await page.keyboard.press('Home');
    await announced(page, /^Раззаков/);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-B');
    await page.keyboard.press('3');
    await announced(page, 'Энергетические объекты: этот слой выключен');
    await screenshot(page, 'access-keyboard-growth');
    await atlas.context.close();
  });

  it('drops the hover highlight when the pointer leaves the map', async () => {
    const atlas = await open('lang=en&layers=regions', {viewport: DESKTOP});
    const {page} = atlas;
    const [x, y] = await project(page, ...INSIDE['KG-N']!);
    await page.mouse.move(5, 300);
    await frames(page);
    const base = (await screenshot(page, 'access-hover-0')).rgb(x, y);
    await page.mouse.move(x, y);
    await expect.poll(async () => colourDistance((await screenshot(page, 'access-hover-1')).rgb(x, y), base)).toBeGreaterThan(10);
    // Straight off the map into the sidebar: no pick in between.
    await page.mouse.move(100, 300);
    await waitForMap(page);
    await frames(page);
    await expect.poll(async () => colourDistance((await screenshot(page, 'access-hover-2')).rgb(x, y), base)).toBeLessThan(3);
    await atlas.context.close();
  });

  it("keeps the focused thing's tooltip clear of the pinned profile", async () => {
    const atlas = await open('lang=en', {viewport: DESKTOP});
    const {page} = atlas;
    await page.locator('#map canvas.maplibregl-canvas').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-GO');
    const tooltip = page.locator('kg-tooltip [role=tooltip]');
    await expect.poll(() => tooltip.innerText()).toContain('Osh (city)');
    const profile = (await page.locator('kg-region-card section').boundingBox())!;
    const box = (await tooltip.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(profile.x);
    await screenshot(page, 'access-keyboard-tooltip-beside-profile');
    await atlas.context.close();
  });

  it('Escape closes one thing at a time: a dialog or the energy panel first, the pinned profile after', async () => {
    const atlas = await open('lang=en&region=KG-Y', {viewport: DESKTOP});
    const {page} = atlas;
    const region = () => new URL(page.url()).searchParams.get('region');
    await expect.poll(() => page.locator('kg-region-card h2').textContent()).toBe('Issyk-Kul Region');
    // A dialog over the profile.
    await page.getByRole('button', {name: 'Methodology'}).click();
    const dialog = page.locator('kg-methodology dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(region()).toBe('KG-Y');
    // The energy panel beside it (turning the layer on opens it on a wide screen).
    await page.locator('kg-layer-toggles input[name="energy"]').click();
    const panel = page.locator('kg-energy-panel [role=dialog]');
    await expect.poll(() => panel.count()).toBe(1);
    // It takes the profile's place, covering all of it, and both leave the attribution's line free.
    const [cardBox, panelBox, attribution] = await Promise.all(['kg-region-card', 'kg-energy-panel', 'kg-attribution'].map(async (s) => (await page.locator(s).boundingBox())!));
    expect(panelBox.y).toBeLessThanOrEqual(cardBox.y);
    expect(panelBox.y + panelBox.height).toBeGreaterThanOrEqual(cardBox.y + cardBox.height);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(attribution.y);
    // Every layer's checkbox is the same size, however long its name.
    expect(new Set(await page.locator('kg-layer-toggles input[type=checkbox]').evaluateAll((all) => all.map((c) => c.getBoundingClientRect().width)))).toEqual(new Set([18]));
    await panel.getByRole('button', {name: 'Close'}).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(region()).toBe('KG-Y');
    // Then the profile itself.
    await page.keyboard.press('Escape');
    await expect.poll(() => region()).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('the profile and the green-clusters panel on a wide screen', () => {
  // Finding (desktop audit, 1366 × 768): the opened-last order was a phone's only; a region pinned from
  // the table while the panel was open got a profile under the panel, unseen, and the first Escape
  // closed it.
  it('shows the one opened last on top, and Escape closes that one first, wherever the focus is (1366 × 768)', async () => {
    const atlas = await open('lang=en', {viewport: {width: 1366, height: 768}});
    const {page} = atlas;
    const region = () => new URL(page.url()).searchParams.get('region');
    const panel = page.locator('kg-energy-panel [role=dialog]');
    const onTop = () =>
      page.locator('kg-region-card section').evaluate((s) => {
        const r = s.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.tagName.toLowerCase();
      });
    await page.locator('kg-layer-toggles input[name="energy"]').click();
    await expect.poll(() => panel.count()).toBe(1);
    await page.locator('kg-data-views tr[data-code="KG-B"] th button').click();
    await expect.poll(region).toBe('KG-B');
    await expect.poll(() => page.locator('kg-region-card h2').textContent()).toBe('Batken Region');
    expect(await onTop(), 'the profile, pinned after the panel opened').toBe('kg-region-card');
    await screenshot(page, 'access-en-1366-profile-over-energy-panel');
    await page.keyboard.press('Escape');
    await expect.poll(region).toBeNull();
    expect(await panel.count(), 'the panel under it stays').toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // The other way round: the panel opened over a pinned profile, the focus left in the table.
    await page.locator('kg-data-views tr[data-code="KG-B"] th button').click();
    await expect.poll(region).toBe('KG-B');
    await page.locator('kg-layer-toggles button.open').click();
    await expect.poll(() => panel.count()).toBe(1);
    expect(await onTop()).toBe('kg-energy-panel');
    await page.locator('kg-data-views tr[data-code="KG-B"] th button').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(region(), 'the profile under it stays').toBe('KG-B');
    await page.keyboard.press('Escape');
    await expect.poll(region).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a region pinned from the table on a wide screen', () => {
  // Finding (desktop audit, 1366 × 768): Issyk-Kul picked from the table lay whole under its profile,
  // and the map did not move; a table row is not a map gesture. A region clicked on the map stays where
  // the user put it.
  it('is brought out from under its profile, and so is its link opened (a page move: no camera in the link); one clicked on the map is not moved', async () => {
    const atlas = await open('lang=ru', {viewport: {width: 1366, height: 768}});
    const {page} = atlas;
    const region = () => new URL(page.url()).searchParams.get('region');
    await page.locator('kg-data-views tr[data-code="KG-Y"] th button').click();
    await expect.poll(region).toBe('KG-Y');
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await expect.poll(() => uncovered(page, 'KG-Y'), {timeout: 5000}).toBe('seen');
    expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
    await screenshot(page, 'access-ru-1366-table-pinned-issyk-kul');
    await page.keyboard.press('Escape');
    await expect.poll(region).toBeNull();
    // A click on the map: the view stays.
    const [x, y] = await project(page, ...INSIDE['KG-Y']!);
    await page.mouse.click(x, y);
    await expect.poll(region).toBe('KG-Y');
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await frames(page);
    const [x2, y2] = await project(page, ...INSIDE['KG-Y']!);
    expect(Math.abs(x2 - x) + Math.abs(y2 - y), 'the map, not moved').toBeLessThan(1);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
    // Its link, opened: the same view as the table's pin gave.
    const opened = await open('lang=ru&region=KG-Y', {viewport: {width: 1366, height: 768}});
    await expect.poll(() => uncovered(opened.page, 'KG-Y'), {timeout: 5000}).toBe('seen');
    expect(new URL(opened.page.url()).searchParams.get('view')).toBeNull();
    await opened.context.close();
  });
});

describe('a region pinned by its link on a laptop (1280 × 800)', () => {
  // Finding (tablet audit): Naryn's link was brought out by its name's point alone, and two thirds of
  // the region stayed under its profile. The whole region is brought in where it fits.
  it('is brought out whole beside its profile', async () => {
    const atlas = await open('lang=ru&region=KG-N', {viewport: DESKTOP});
    const {page} = atlas;
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    const profile = (await page.locator('kg-region-card .panel').boundingBox())!;
    const map = (await page.locator('#map').boundingBox())!;
    // Naryn's box: 73.72–78.23° E, 40.29–42.46° N (geo/kg.topo.json).
    const inView = async () => {
      const [west, north] = await project(page, 73.72, 42.46);
      const [east, south] = await project(page, 78.23, 40.29);
      return west > map.x && east < profile.x && north > map.y && south < map.y + map.height;
    };
    await expect.poll(inView, {timeout: 5000}).toBe(true);
    expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
    await screenshot(page, 'access-ru-1280-link-pinned-naryn');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a region pinned, then the scenario editor opened beside its profile (1366 × 768)', () => {
  it('is brought out from under both (the planners’ audit: Naryn hidden under them)', async () => {
    const atlas = await open('lang=ru&ind=mfg-lq&sector=C&region=KG-N', {viewport: {width: 1366, height: 768}});
    const {page} = atlas;
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await expect.poll(() => uncovered(page, 'KG-N'), {timeout: 5000}).toBe('seen');
    await page.locator('kg-scenario-button button').click();
    await expect.poll(() => page.locator('kg-scenario-editor h2').isVisible()).toBe(true);
    // Side by side: together they cover most of the map's right part.
    const editor = (await page.locator('kg-scenario-editor').boundingBox())!;
    const profile = (await page.locator('kg-region-card .panel').boundingBox())!;
    expect(profile.x + profile.width).toBeLessThanOrEqual(editor.x + 1);
    await expect.poll(() => uncovered(page, 'KG-N'), {timeout: 5000}).toBe('seen');
    expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
    await screenshot(page, 'access-ru-1366-editor-beside-profile');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('the scenario editor on a portrait tablet (768 × 1024)', () => {
  // Finding (tablet audit): the editor took 400 px of the map's ~450 beside the sidebar, the profile over
  // the sidebar: a 40 px strip of map was left, the pinned Naryn under the editor. The editor takes the
  // map's lower half, across it, and the region is brought out above it.
  it('takes the map’s lower half, the pinned region brought out above it', async () => {
    const atlas = await open('lang=ru&region=KG-N', {viewport: {width: 768, height: 1024}, phone: true});
    const {page} = atlas;
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await page.locator('kg-scenario-button button').click();
    await expect.poll(() => page.locator('kg-scenario-editor h2').isVisible()).toBe(true);
    const map = (await page.locator('#map').boundingBox())!;
    const editor = (await page.locator('kg-scenario-editor').boundingBox())!;
    expect(editor.width, 'across the map').toBeGreaterThan(map.width - 24);
    expect(editor.y - map.y, 'the map above it').toBeGreaterThan(map.height * 0.4);
    // Naryn's box: 73.72–78.23° E, 40.29–42.46° N (geo/kg.topo.json).
    const above = async () => {
      const [west, north] = await project(page, 73.72, 42.46);
      const [east, south] = await project(page, 78.23, 40.29);
      return west > map.x && east < map.x + map.width && north > map.y && south < editor.y;
    };
    await expect.poll(above, {timeout: 5000}).toBe(true);
    // And the rest of the country with it, fitted above the editor (the region alone left the others
    // under it, the map above it empty). Kyrgyzstan's box: 69.25–80.3° E, 39.17–43.27° N.
    const [west, north] = await project(page, 69.25, 43.27);
    const [east, south] = await project(page, 80.3, 39.17);
    expect(west >= map.x && east <= map.x + map.width && north > map.y && south < editor.y, JSON.stringify({west, east, north, south, editor: editor.y})).toBe(true);
    await screenshot(page, 'access-ru-768x1024-editor-below');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('the scenario editor across the map’s lower part (a phone, a portrait tablet)', () => {
  // The country, fitted to the whole map, was mostly under the editor's sheet. While the editor is open
  // it is fitted above it (no camera written to the link), and to the whole map again after.
  for (const [width, height, phone] of [
    [390, 844, true],
    [768, 1024, false],
  ] as const)
    it(`fits the country above the editor, and back when it closes (${width} × ${height})`, async () => {
      const atlas = await open('lang=ru', {viewport: {width, height}, phone: true});
      const {page} = atlas;
      const before = await project(page, 69.25, 39.17);
      if (phone) await page.locator('kg-header .menu').click();
      await page.locator('kg-scenario-button button').click();
      await expect.poll(() => page.locator('kg-scenario-editor h2').isVisible()).toBe(true);
      const editor = (await page.locator('kg-scenario-editor').boundingBox())!;
      const map = (await page.locator('#map').boundingBox())!;
      // Kyrgyzstan's box: 69.25–80.3° E, 39.17–43.27° N (AtlasMap's KG_BOUNDS).
      const above = async () => {
        const [west, south] = await project(page, 69.25, 39.17);
        const [east, north] = await project(page, 80.3, 43.27);
        return west >= map.x && east <= map.x + map.width && north > map.y && south < editor.y;
      };
      await expect.poll(above, {timeout: 5000}).toBe(true);
      expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
      await screenshot(page, `access-ru-${width}x${height}-editor-fitted`);
      await page.locator('kg-scenario-editor header button').last().click();
      await expect.poll(() => page.locator('kg-scenario-editor h2').count()).toBe(0);
      await expect.poll(async () => (await project(page, 69.25, 39.17)).map(Math.round)).toEqual(before.map(Math.round));
      expect(atlas.consoleErrors).toEqual([]);
      await atlas.context.close();
    });
});

describe('the country beside a panel opened over the map', () => {
  // Kyrgyzstan's box: 69.25–80.3° E, 39.17–43.27° N (AtlasMap's KG_BOUNDS).
  const countryBeside = async (page: Page, panel: {x: number}) => {
    const map = (await page.locator('#map').boundingBox())!;
    const [west, north] = await project(page, 69.25, 43.27);
    const [east, south] = await project(page, 80.3, 39.17);
    return west >= map.x && east <= panel.x && north > map.y && south < map.y + map.height;
  };

  it('fits the country beside the scenario editor (1366 × 768), and back when it closes', async () => {
    const atlas = await open('lang=en', {viewport: {width: 1366, height: 768}});
    const {page} = atlas;
    const before = await project(page, 80.3, 39.17);
    expect(before[0], 'the country’s east under where the editor opens').toBeGreaterThan(1366 - 408);
    await page.locator('kg-scenario-button button').click();
    await expect.poll(() => page.locator('kg-scenario-editor h2').isVisible()).toBe(true);
    const editor = (await page.locator('kg-scenario-editor').boundingBox())!;
    await expect.poll(() => countryBeside(page, editor), {timeout: 5000}).toBe(true);
    expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-scenario-editor h2').count()).toBe(0);
    await expect.poll(async () => (await project(page, 80.3, 39.17)).map(Math.round)).toEqual(before.map(Math.round));
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('fits most of the country beside the green-clusters panel opened from the layer list (1280 × 800); not after the user moved the map', async () => {
    const atlas = await open('lang=ru&layers=regions,growth,energy', {viewport: DESKTOP});
    const {page} = atlas;
    // The share of the country's width under the panel (as wide as the map is high).
    const under = async (panel: {x: number}, box?: [number, number]) => {
      const [west, east] = box ?? [(await project(page, 69.25, 43.27))[0], (await project(page, 80.3, 39.17))[0]];
      return Math.max(0, east - panel.x) / (east - west);
    };
    const fitted: [number, number] = [(await project(page, 69.25, 43.27))[0], (await project(page, 80.3, 39.17))[0]];
    await page.locator('kg-layer-toggles button.open').click();
    const panel = (await page.locator('kg-energy-panel[open]').boundingBox())!;
    expect(await under(panel, fitted), 'before: its east under the panel').toBeGreaterThan(0.3);
    // The camera's bounds keep the country's eastern tip under the panel: most of it is beside it.
    await expect.poll(() => under(panel), {timeout: 5000}).toBeLessThan(0.15);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-energy-panel[open]').count()).toBe(0);
    // Moved by the user (a wheel: a camera in the link), the map is left where it is.
    const map = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), {timeout: 5000}).not.toBeNull();
    await frames(page);
    const moved = await project(page, 80.3, 39.17);
    await page.locator('kg-layer-toggles button.open').click();
    await page.locator('kg-energy-panel[open] h2').waitFor();
    await frames(page);
    expect((await project(page, 80.3, 39.17)).map(Math.round)).toEqual(moved.map(Math.round));
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('the green-clusters panel on a laptop or a tablet on its side (1024 × 768)', () => {
  // Over the map's right (368 px of a 704 px map) it hid the country's east, and the camera's bounds
  // (62–88° E) did not let the fit move the country beside it: it takes the sidebar's column up to
  // 1279 px, as on a portrait tablet, and the whole map stays free.
  it("takes the sidebar's column, the country whole on the map beside it, and gives the controls back when it closes", async () => {
    const atlas = await open('lang=en&layers=regions,growth', {viewport: {width: 1024, height: 768}});
    const {page} = atlas;
    const map = (await page.locator('#map').boundingBox())!;
    await page.locator('kg-layer-toggles').getByRole('checkbox', {name: /Green clusters/}).check();
    await expect.poll(() => page.locator('kg-layer-toggles button.open').count()).toBe(1);
    await frames(page);
    expect(await page.locator('kg-energy-panel[open]').count(), 'ticking the layer does not open the panel over its checkbox').toBe(0);
    const before = [await project(page, 69.25, 43.27), await project(page, 80.3, 39.17)];
    await page.locator('kg-layer-toggles button.open').click();
    await page.locator('kg-energy-panel[open] h2').waitFor();
    const panel = (await page.locator('kg-energy-panel[open]').boundingBox())!;
    expect(panel.x + panel.width, "the panel over the sidebar's column").toBeLessThanOrEqual(map.x + 1);
    expect(panel.height).toBeGreaterThan(600);
    await expect.poll(() => page.locator('aside.kg-sidebar').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    await frames(page);
    const [[west, north], [east, south]] = [await project(page, 69.25, 43.27), await project(page, 80.3, 39.17)];
    expect([west, north, east, south].map(Math.round), 'the country as it was, whole on the map').toEqual(before.flat().map(Math.round));
    expect(west).toBeGreaterThan(map.x);
    expect(east).toBeLessThan(map.x + map.width);
    await screenshot(page, 'access-en-1024x768-green-clusters-panel');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-energy-panel[open]').count()).toBe(0);
    expect(await page.locator('aside.kg-sidebar').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(await page.evaluate(() => document.activeElement?.closest('kg-layer-toggles') !== null || document.activeElement?.localName === 'kg-layer-toggles'), 'the focus back on the button').toBe(true);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a region pinned from the map by the keyboard on a wide screen', () => {
  // Finding (accessibility audit, WCAG 2.4.11): Issyk-Kul reached by End and pinned by Enter lay under
  // its own profile, a sliver of its focus ring showing, and the keyboard's tooltip cut by the profile:
  // a key on the map was taken for a click, which leaves the map where the pointer put it.
  it('is brought out from under its profile, with its tooltip clear of it (1280 × 800)', async () => {
    const atlas = await open('lang=ru', {viewport: DESKTOP});
    const {page} = atlas;
    const region = () => new URL(page.url()).searchParams.get('region');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('kg-skip');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    await page.keyboard.press('End');
    const tooltip = page.locator('kg-tooltip [role=tooltip]');
    await expect.poll(() => tooltip.locator('.name').innerText()).toBe(nameOf('KG-Y', 'ru'));
    await page.keyboard.press('Enter');
    await expect.poll(region).toBe('KG-Y');
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await expect.poll(() => uncovered(page, 'KG-Y'), {timeout: 5000}).toBe('seen');
    await frames(page);
    const profile = (await page.locator('kg-region-card .panel').boundingBox())!;
    const tip = (await tooltip.boundingBox())!;
    const apart = tip.x + tip.width <= profile.x || tip.y + tip.height <= profile.y || tip.y >= profile.y + profile.height;
    expect(apart, `tooltip ${JSON.stringify(tip)}, profile ${JSON.stringify(profile)}`).toBe(true);
    // The region's eastern end (its outline, the focus ring's), seen beside the profile too.
    const [east] = await project(page, 80.25, 42.2);
    expect(east).toBeLessThan(profile.x);
    // The move is the page's: no camera written into the link.
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await screenshot(page, 'access-ru-1280-keyboard-pinned-issyk-kul');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('the focus when a panel closes', () => {
  /** What has the keyboard focus, inside shadow roots too: tag and name. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a ? `${a.tagName.toLowerCase()} ${a.getAttribute('aria-label') ?? a.textContent?.trim() ?? ''}`.trim() : null;
    });

  it('goes back to what opened the profile, the green-clusters panel or the scenario editor', async () => {
    const atlas = await open('lang=en&layers=regions,growth,energy', {viewport: DESKTOP});
    const {page} = atlas;
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    const region = () => new URL(page.url()).searchParams.get('region');
    const mapFocused = () => canvas.evaluate((c) => c === document.activeElement);
    const closeProfile = page.locator('kg-region-card').getByRole('button', {name: 'Close', exact: true});
    // The profile pinned from the map by the keyboard, closed by its button (Enter), then by Escape in it.
    for (const close of ['Enter', 'Escape']) {
      await canvas.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(region).toBe('KG-B');
      await closeProfile.focus();
      await page.keyboard.press(close);
      await expect.poll(region).toBeNull();
      await expect.poll(mapFocused, {message: close}).toBe(true);
    }
    // The green-clusters panel, opened and closed by the keyboard.
    const openPanel = page.getByRole('button', {name: 'Open the green-clusters panel'});
    await openPanel.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('kg-energy-panel [role=dialog]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-energy-panel [role=dialog]').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('button Open the green-clusters panel');
    // The scenario editor: Escape closes it too; then its close button.
    const editor = page.locator('kg-scenario-editor');
    const scenario = page.getByRole('button', {name: 'Scenario', exact: true});
    for (const close of ['Escape', 'button']) {
      await scenario.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => editor.evaluate((e) => !(e as HTMLElement).hidden).catch(() => false)).toBe(true);
      await expect.poll(() => focused(page)).toMatch(/^h2 /);
      if (close === 'button') await editor.getByRole('button', {name: 'Close the scenario editor'}).focus();
      await page.keyboard.press(close === 'button' ? 'Enter' : 'Escape');
      await expect.poll(() => editor.evaluate((e) => (e as HTMLElement).hidden)).toBe(true);
      await expect.poll(() => focused(page), {message: close}).toBe('button Scenario');
    }
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('on a phone, a table row that pins a region gives the focus to the profile over it, and gets it back', async () => {
    // The profile covers the lower 58 % of a phone, the sheet with the table under it: the focus left
    // on the row would be unseen, and Tab would go through the rest of the sheet before the profile.
    const atlas = await open('lang=en', {viewport: {width: 390, height: 844}});
    const {page} = atlas;
    const region = () => new URL(page.url()).searchParams.get('region');
    await page.locator('kg-data-views tr[data-code="KG-B"] th button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(region).toBe('KG-B');
    await expect.poll(() => focused(page)).toBe('h2 Batken Region');
    // What has the focus is what is seen there: the profile's heading, not something under it.
    const onTop = await page.locator('kg-region-card #card-title').evaluate((h) => {
      const r = h.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.tagName.toLowerCase();
    });
    expect(onTop).toBe('kg-region-card');
    await screenshot(page, 'access-phone-profile-focus');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Close');
    await page.keyboard.press('Enter');
    await expect.poll(region).toBeNull();
    await expect.poll(() => focused(page)).toBe('button Batken Region');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('in a narrow window, the menu takes the focus to its first action and gets it back from a dialog', async () => {
    const atlas = await open('lang=en', {viewport: {width: 600, height: 800}});
    const {page} = atlas;
    const menu = page.locator('kg-header button.menu');
    expect(await menu.getAttribute('aria-label')).toBe('Menu: methodology, share, download, scenario, import data');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button Methodology');
    await page.keyboard.press('Enter');
    const dialog = page.locator('kg-methodology dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => focused(page)).toBe('button Menu: methodology, share, download, scenario, import data');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // Chosen with the pointer, a second time (its code already loaded): the same.
    await menu.click();
    await page.locator('kg-methodology-button').getByRole('button', {name: 'Methodology'}).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => focused(page)).toBe('button Menu: methodology, share, download, scenario, import data');
    // Tab past the menu's last action closes it and goes on to what follows the menu button (the WAI-ARIA
    // menu button), in a short window too; it went back to the language select, then the menu button, so
    // the keyboard went through the header twice. Shift+Tab before the first action: the menu button.
    await page.setViewportSize({width: 640, height: 400});
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button Methodology');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe('button Show the controls');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button Menu: methodology, share, download, scenario, import data');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button Methodology');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button Menu: methodology, share, download, scenario, import data');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('forced colours (Windows High Contrast)', () => {
  /**
   * The colour keys `selector` finds (the element with data-color, or its .swatch): the data colour
   * they stand for, and the background and border drawn, as computed colours; and CanvasText.
   */
  const keys = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => {
      const computed = (c: string) => {
        const probe = document.createElement('div');
        probe.style.cssText = `forced-color-adjust: none; color: ${c}`;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      return els.map((el) => {
        const swatch = el.matches('.swatch, .fill') ? el : el.querySelector('.swatch')!;
        const style = getComputedStyle(swatch);
        return {want: computed(el.getAttribute('data-color') ?? ''), drawn: style.backgroundColor, border: style.borderTopColor, canvasText: computed('CanvasText')};
      });
    });
  const expectDataColours = async (page: Page, selector: string, atLeast: number) => {
    const found = await keys(page, selector);
    expect(found.length, selector).toBeGreaterThanOrEqual(atLeast);
    for (const k of found) expect({drawn: k.drawn, border: k.border}, selector).toEqual({drawn: k.want, border: k.canvasText});
    expect(new Set(found.map((k) => k.drawn)).size, selector).toBeGreaterThan(1);
  };
  /** The background and underline of the buttons `selector` finds, by whether they are pressed or chosen. */
  const marks = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        const on = el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-selected') === 'true';
        return {on, look: `${style.backgroundColor} ${style.color} ${style.textDecorationLine}`, adjust: style.forcedColorAdjust};
      }),
    );
  const expectMarked = async (page: Page, selector: string) => {
    const found = await marks(page, selector);
    const on = found.filter((b) => b.on);
    const off = found.filter((b) => !b.on);
    expect([on.length, off.length > 0], selector).toEqual([1, true]);
    expect(on[0]!.look, selector).toContain('underline');
    // Else the browser backs the text with Canvas: HighlightText on Canvas, white on white.
    expect(on[0]!.adjust, selector).toBe('none');
    for (const b of off) expect(b.look, selector).not.toBe(on[0]!.look);
  };

  it('keeps the legend, table, profile and comparison in the map’s colours, and marks the pressed language and the chosen tab', async () => {
    const atlas = await open('lang=en&region=KG-B', {viewport: DESKTOP});
    const {page} = atlas;
    await page.emulateMedia({forcedColors: 'active'});
    await frames(page);
    await expectDataColours(page, 'kg-legend button[data-color]', 5);
    // A class with no regions is still set apart (its grey was forced to the text's colour): GrayText.
    const labels = await page.locator('kg-legend li .label').evaluateAll((els) => els.map((el) => ({empty: el.closest('li')!.classList.contains('empty'), color: getComputedStyle(el).color})));
    const empty = new Set(labels.filter((l) => l.empty).map((l) => l.color));
    const full = new Set(labels.filter((l) => !l.empty).map((l) => l.color));
    expect([empty.size, full.size]).toEqual([1, 1]);
    expect([...empty][0]).not.toBe([...full][0]);
    await expectDataColours(page, 'kg-data-views td .swatch[data-color]', 9);
    // The profile's swatch: Batken's class colour, as in its table row.
    const [batken] = await keys(page, 'kg-data-views tr[data-code="KG-B"] .swatch');
    const profile = await page.locator('kg-region-card .now .swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(profile).toBe(batken!.want);
    await expectMarked(page, 'kg-header .langs button');
    await expectMarked(page, 'kg-data-views [role=tab]');
    // The profile's sector on the map, a button reset with `all: unset`.
    await expectMarked(page, 'kg-region-card button.to-map');
    await screenshot(page, 'access-forced-colours');
    // The comparison's bars, in their classes' colours, and the national level's line still drawn.
    await page.locator('kg-data-views [role=tab]', {hasText: 'Compare'}).click();
    await page.locator('kg-data-views input[value="KG-C"]').check();
    await page.locator('kg-data-views input[value="KG-B"]').check();
    await expect.poll(() => page.locator('kg-data-views .bar-row').count()).toBe(2);
    const bars = await page.locator('kg-data-views .bar-row .fill').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(bars).toContain(batken!.want);
    expect(new Set(bars).size).toBe(2);
    const line = await page.locator('kg-data-views .ref').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(line).toBe(batken!.canvasText);
    await atlas.context.close();
  });

  it('keeps the phone sheet’s strip and the embedded legend in the map’s colours', async () => {
    const phone = await open('lang=en', {viewport: PHONE});
    await phone.page.emulateMedia({forcedColors: 'active'});
    await frames(phone.page);
    await expectDataColours(phone.page, 'kg-sheet-handle .key[data-color]', 5);
    await screenshot(phone.page, 'access-forced-colours-phone');
    await phone.context.close();
    const embed = await open('lang=en&embed=1', {viewport: DESKTOP});
    await embed.page.emulateMedia({forcedColors: 'active'});
    await frames(embed.page);
    await expectDataColours(embed.page, 'kg-embed-header button[data-color]', 5);
    await embed.context.close();
  });
});

describe('"no data" and contrast in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`dots unknown values in the ${theme} theme`, async () => {
      // Seed 003 publishes manufacturing LQs for Jalal-Abad, Chuy and Bishkek only: Naryn is "not published".
      const atlas = await open(`lang=en&ind=lq2018&sector=C&layers=regions&theme=${theme}`, {viewport: DESKTOP, colorScheme: theme});
      const {page} = atlas;
      await page.mouse.move(5, 300);
      await frames(page);
      const shot = await screenshot(page, `access-no-data-${theme}`);
      const [x, y] = await project(page, ...INSIDE['KG-N']!);
      const dot = theme === 'light' ? [85, 85, 85] : [185, 185, 185];
      expect(countNear(shot, x, y, 20, dot, 45)).toBeGreaterThan(8);
      // A published region (Chuy) has none.
      const [cx, cy] = await project(page, ...INSIDE['KG-C']!);
      expect(countNear(shot, cx, cy, 10, dot, 45)).toBe(0);
      await atlas.context.close();
    });
  }
});

describe('axe-core: no serious or critical violations', () => {
  const views: [string, string, OpenOptions][] = [
    ['default', 'lang=ky', {viewport: DESKTOP}],
    ['default-dark', 'lang=ru&theme=dark', {viewport: DESKTOP, colorScheme: 'dark'}],
    ['profile', 'lang=en&region=KG-C', {viewport: DESKTOP}],
    ['compare', 'lang=ky&compare=KG-B,KG-C,KG-GB,KG', {viewport: DESKTOP}],
    ['embed', 'lang=en&embed=1', {viewport: DESKTOP}],
    ['phone', 'lang=ky&region=KG-C', {viewport: PHONE}],
  ];
  const results: Record<string, unknown> = {};
  afterAll(() => saveJson('access-axe', results));

  for (const [name, query, options] of views) {
    it(name, async () => {
      const atlas = await open(query, options);
      const result = await runAxe(atlas.page);
      results[name] = {query, viewport: options.viewport, ...result};
      // axe reached into the components' shadow roots (else the test would prove little): the texts
      // whose contrast it checked, or could not decide (over the map), more than the page's own few.
      const reached = result.contrastChecked + (result.incomplete.find((i) => i.id === 'color-contrast')?.nodes ?? 0);
      expect(reached).toBeGreaterThan(20);
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await atlas.context.close();
    });
  }
});

describe('at 400 % zoom (a 1280 × 800 window is 320 × 200 px)', () => {
  /**
   * What has the keyboard focus (inside shadow roots too), its box, and whether it is what is seen at
   * its centre: not under something else (WCAG 2.4.11), nor off the screen.
   */
  const focusSeen = (page: Page) =>
    page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      if (!a || a === document.body) return null;
      const r = a.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      const onScreen = r.top >= 0 && r.bottom <= innerHeight + 0.5 && r.left >= 0 && r.right <= innerWidth + 0.5;
      return {
        name: `${a.tagName.toLowerCase()} ${a.getAttribute('aria-label') ?? (a.textContent?.trim().replace(/\s+/g, ' ') || (a as HTMLElement).title)}`.trim(),
        inSheet: a.getRootNode() !== document ? !!(a.getRootNode() as ShadowRoot).host.closest('aside.kg-sidebar') : !!a.closest('aside.kg-sidebar'),
        seen: onScreen && hit !== null && (hit === a || a.contains(hit)),
        top: Math.round(r.top),
      };
    });

  it('shows every control of the sheet, the table and the map as the keyboard reaches them; the credits open clear of the header', async () => {
    const atlas = await open('lang=ru', {viewport: {width: 320, height: 200}});
    const {page} = atlas;
    await page.emulateMedia({reducedMotion: 'reduce'}); // the sheet opens and closes without a transition
    // The map has room: the collapsed sheet is its handle alone, and the country is on the map.
    const map = (await page.locator('#map').boundingBox())!;
    expect(map.height).toBeGreaterThan(90);
    const [, bishkekY] = await project(page, 74.6, 42.87);
    expect(bishkekY).toBeGreaterThan(map.y);
    expect(bishkekY).toBeLessThan(map.y + map.height);
    await screenshot(page, 'access-ru-320x200');
    // Open, the sheet takes all the height under the header (half of 200 px would hardly be more than its peek).
    const handle = page.locator('kg-sheet-handle button');
    await handle.click();
    expect((await page.locator('aside.kg-sidebar').boundingBox())!.height).toBeCloseTo(200 - 56, 0);
    await handle.click();
    expect(await page.locator('aside.kg-sidebar').getAttribute('data-sheet')).toBe('peek');
    await page.locator('kg-header select').focus(); // the keyboard starts from the header
    const hidden: string[] = [];
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      await frames(page);
      const f = await focusSeen(page);
      if (!f) continue;
      reached.push(f.name);
      if (!f.seen) hidden.push(`${f.name} (y ${f.top})`);
      if (f.name === 'button город Бишкек') await screenshot(page, 'access-ru-320x200-table-row');
      if (f.name.startsWith('canvas')) break;
    }
    expect(reached).toContain('button город Бишкек');
    expect(reached.at(-1)).toMatch(/^canvas/);
    // The key help has no room over a map this small: not shown over it and the header (still read).
    const help = await page.locator('.kg-map-keys').boundingBox();
    expect(help === null || help.y >= map.y, `key help at ${JSON.stringify(help)}, map at ${JSON.stringify(map)}`).toBe(true);
    // The map with the focus is seen: the sheet the keyboard opened closed again as the focus left it.
    expect(await page.locator('aside.kg-sidebar').getAttribute('data-sheet')).toBe('peek');
    expect(hidden).toEqual([]);
    // Next, the map's zoom buttons (loaded as the focus came onto the map), in a row over this short
    // map, each seen.
    await page.locator('.kg-map-controls:not([aria-hidden]) button').first().waitFor();
    for (const name of ['button Приблизить', 'button Отдалить', 'button Показать весь Кыргызстан']) {
      await page.keyboard.press('Tab');
      expect(await focusSeen(page)).toMatchObject({name, seen: true});
    }
    // Then the credits' "i" button: on the map, not under the header, and what it opens is seen whole.
    await page.keyboard.press('Tab');
    const credits = await focusSeen(page);
    expect(credits).toMatchObject({name: 'button Источники карты', seen: true});
    await page.keyboard.press('Enter');
    const text = page.locator('kg-attribution .text');
    await expect.poll(() => text.isVisible()).toBe(true);
    const box = (await text.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + 4]);
    expect(onTop).toBe('kg-attribution');
    await screenshot(page, 'access-ru-320x200-credits');
    await atlas.context.close();
  });
});

describe('a phone on its side (844 × 390)', () => {
  it("keeps the header to one row, brings a tapped region into view beside its profile, and the credits clear of it", async () => {
    const atlas = await open('lang=ky', {viewport: {width: 844, height: 390}, phone: true});
    const {page} = atlas;
    // The phone's header (the language select and the menu): the buttons took 154 of the 390 px.
    const header = (await page.locator('kg-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);
    for (const control of ['kg-header select', 'kg-header button.menu']) {
      const box = (await page.locator(control).boundingBox())!;
      expect(box.y + box.height, control).toBeLessThanOrEqual(header.y + header.height);
    }
    const map = (await page.locator('#map').boundingBox())!;
    expect(map.height).toBeGreaterThan(300);
    // Naryn: its profile opens in the sidebar's column, and Naryn is seen beside it, on the map.
    const [x, y] = await project(page, ...INSIDE['KG-N']!);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    const card = page.locator('kg-region-card section');
    await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.x + cardBox.width, 'the profile, in the sidebar\'s column').toBeLessThanOrEqual(map.x + 1);
    const seen = await project(page, ...INSIDE['KG-N']!);
    expect(seen[0]).toBeGreaterThan(map.x + 20);
    expect(seen[0]).toBeLessThan(map.x + map.width - 20);
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('#map') != null, seen), 'Naryn is seen, not covered').toBe(true);
    // Nor under the tap's tooltip (which lets presses through, so elementFromPoint does not see it): touch
    // has no hover, and the profile says what it would.
    const tooltip = await page.locator('kg-tooltip').evaluate((el) => {
      const r = el.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
      return r && r.width > 0 ? {x: r.x, y: r.y, width: r.width, height: r.height} : null;
    });
    if (tooltip) {
      const covers = seen[0] > tooltip.x && seen[0] < tooltip.x + tooltip.width && seen[1] > tooltip.y && seen[1] < tooltip.y + tooltip.height;
      expect(covers, 'Naryn under the tooltip').toBe(false);
    }
    // The credits are an "i" button in the map's corner, clear of the profile.
    const creditsBox = await page.locator('kg-attribution button').boundingBox();
    expect(creditsBox, 'the "i" button').not.toBeNull();
    const credits = creditsBox!;
    expect(credits.x).toBeGreaterThanOrEqual(cardBox.x + cardBox.width);
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName.toLowerCase(), [credits.x + credits.width / 2, credits.y + credits.height / 2])).toBe('kg-attribution');
    await screenshot(page, 'access-ky-844x390-pinned-naryn');
    await atlas.context.close();
  });
});

/** Regions' name points (geo/kg.topo.json), and whether one is seen on the map, not under a panel. */
const LABELS: Record<string, [number, number]> = {'KG-Y': [77.9921, 42.0706], 'KG-N': [75.5128, 41.4154], 'KG-B': [69.9091, 39.8661], 'KG-O': [73.2678, 40.0364]}; // geo/kg.topo.json
/**
 * 'seen' when a region's name point is 20 px inside the map and `room` px clear of the profile (its
 * name's half-width: in the 52 px strip a name was cut, "НАРЫН" to "Нарь"); else why not.
 */
const uncovered = async (page: Page, code: string, room = 20) => {
  const [x, y] = await project(page, ...LABELS[code]!);
  return page.evaluate(
    ([px, py, name, m]) => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      const covers = [...document.querySelectorAll('kg-region-card, kg-energy-panel[open]')].map((e) => (e.shadowRoot?.querySelector('.panel') ?? e).getBoundingClientRect());
      const inside = (r: DOMRect, m: number) => px! > r.left - m && px! < r.right + m && py! > r.top - m && py! < r.bottom + m;
      if (!(px! > map.left + 20 && px! < map.right - 20 && py! > map.top + 20 && py! < map.bottom - 20)) return `${name} at ${Math.round(px!)},${Math.round(py!)}: off the map`;
      if (covers.some((r) => r.width > 0 && inside(r, m!))) return `${name} at ${Math.round(px!)},${Math.round(py!)}: under a panel`;
      return document.elementFromPoint(px!, py!)?.closest('#map') ? 'seen' : `${name}: covered by ${document.elementFromPoint(px!, py!)?.tagName}`;
    },
    [x, y, code, room] as const,
  );
};

/**
 * Where a legend class's colour and range are drawn: 'seen' when both are inside the window and the
 * sidebar's visible part and nothing is over them (what is at their centres is in their own button).
 */
const legendClassesSeen = (page: Page) =>
  page.locator('kg-legend').evaluate((legend) => {
    const root = legend.shadowRoot!;
    const sidebar = legend.closest('aside')!.getBoundingClientRect();
    const buttons = [...root.querySelectorAll<HTMLElement>('li button[data-entry]')];
    return buttons.map((button) => {
      const parts = [button.querySelector('.swatch')!, button.querySelector('.label')!];
      const seen = parts.every((part) => {
        const r = part.getBoundingClientRect();
        if (r.top < sidebar.top || r.bottom > Math.min(sidebar.bottom, innerHeight) || r.left < 0 || r.right > innerWidth) return false;
        const at = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return at !== null && button.contains(at);
      });
      return `${button.dataset.entry}: ${seen ? 'seen' : 'not seen'}`;
    });
  });

describe('a laptop window (1366 × 768)', () => {
  // The indicator's description, unit, industry, period, source and the classes' controls come first:
  // the classes were below the sidebar's fold (in Kyrgyz all but the first), so the map's colours could
  // not be read without scrolling the sidebar. Their list sticks to the sidebar's bottom.
  it('shows every class of the legend, its colour and its range, in the first view, and puts it back in its place when scrolled', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 1366, height: 768}});
    const {page} = atlas;
    await expect.poll(() => page.locator('kg-legend li button[data-entry]').count()).toBeGreaterThanOrEqual(5);
    const classes = await legendClassesSeen(page);
    expect(classes, 'all classes seen').toEqual(classes.map((c) => c.replace(/: .*/, ': seen')));
    await screenshot(page, 'access-ky-1366x768-first-view');
    // Not a second legend: no colour strip is shown, and the list is the legend's (one list of classes).
    expect(await page.locator('kg-sheet-handle').isVisible()).toBe(false);
    expect(await page.getByRole('button', {name: /≥ 2,00/}).count()).toBe(1);
    // Scrolled to the end, the list is back under the hint, which it no longer covers.
    await page.locator('aside.kg-sidebar').evaluate((s) => (s.scrollTop = s.scrollHeight));
    const hint = (await page.locator('kg-legend #legend-hint').boundingBox())!;
    const list = (await page.locator('kg-legend ul').boundingBox())!;
    expect(list.y).toBeGreaterThanOrEqual(hint.y + hint.height);
    await atlas.context.close();
  });

  it('keeps the legend in its place where all of it is in view (1920 × 1080)', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 1920, height: 1080}});
    const {page} = atlas;
    await expect.poll(() => page.locator('kg-legend li button[data-entry]').count()).toBeGreaterThanOrEqual(5);
    const classes = await legendClassesSeen(page);
    expect(classes).toEqual(classes.map((c) => c.replace(/: .*/, ': seen')));
    // No strip and no list over the hint: the classes are under it, as the page is written.
    expect(await page.locator('kg-sheet-handle').isVisible()).toBe(false);
    const hint = (await page.locator('kg-legend #legend-hint').boundingBox())!;
    const list = (await page.locator('kg-legend ul').boundingBox())!;
    expect(list.y).toBeGreaterThanOrEqual(hint.y + hint.height);
    expect(list.y - (hint.y + hint.height)).toBeLessThan(16);
    await atlas.context.close();
  });

  it('lets a key reach the classes controls the list covers (1280 × 600)', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 1280, height: 600}});
    const {page} = atlas;
    await expect.poll(() => page.locator('kg-legend li button[data-entry]').count()).toBeGreaterThanOrEqual(5);
    const classes = await legendClassesSeen(page);
    expect(classes).toEqual(classes.map((c) => c.replace(/: .*/, ': seen')));
    for (const id of ['method', 'n']) {
      await page.locator(`kg-legend #${id}`).focus();
      const seen = await page.locator('kg-legend').evaluate((legend, id) => {
        const root = legend.shadowRoot!;
        const r = root.getElementById(id)!.getBoundingClientRect();
        return root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.id;
      }, id);
      expect(seen, `#${id} focused and seen`).toBe(id);
    }
    await screenshot(page, 'access-ky-1280x600-focus');
    // Shorter, the list covers the industry's select too: focused, it is seen.
    await page.setViewportSize({width: 1280, height: 520});
    await page.locator('aside.kg-sidebar').evaluate((s) => (s.scrollTop = 0));
    await page.locator('kg-indicator-picker #sector').focus();
    const seen = await page.locator('kg-indicator-picker').evaluate((picker) => {
      const r = picker.shadowRoot!.getElementById('sector')!.getBoundingClientRect();
      return picker.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.bottom - 4)?.id;
    });
    expect(seen, '#sector focused and seen').toBe('sector');
    await atlas.context.close();
  });
});

describe("a reader's larger text (the browser's font size at 200 %, 1280 × 800)", () => {
  // Finding (tablet audit): the page set its text in px (15 px), so Chrome's "Font size" (or Firefox's
  // default size) changed nothing. Followed, the legend's stuck list of classes then took 390 of the
  // sidebar's 590 px: it sticks only where the window is high enough for the reader's text.
  it('sets the text at the size the reader chose, and the classes back in their place', async () => {
    const atlas = await open('lang=ru', {viewport: DESKTOP});
    const {page} = atlas;
    const bodySize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
    const listPosition = () => page.locator('kg-legend ul').evaluate((ul) => getComputedStyle(ul).position);
    expect(await bodySize(), "the browser's default size: 15 px as before").toBe('15px');
    // The components' rems are 15 px as before (the root was 15 px): 0.8 rem is 12 px. A rem of 16 px
    // made the Russian difference table wider than the sidebar.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('15px');
    expect(await page.locator('kg-indicator-picker p.small').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe('12px');
    expect(await listPosition()).toBe('sticky');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', {fontSizes: {standard: 32, fixed: 26}});
    await expect.poll(bodySize).toBe('30px');
    expect(await page.locator('kg-indicator-picker #ind').evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
    await expect.poll(listPosition).toBe('static');
    // The sidebar's visible part shows the indicator's controls and description, not the classes.
    const sidebar = (await page.locator('aside.kg-sidebar').boundingBox())!;
    const list = (await page.locator('kg-legend ul').boundingBox())!;
    expect(list.y).toBeGreaterThan(sidebar.y + sidebar.height);
    await screenshot(page, 'access-ru-1280x800-text-200');
    await cdp.detach();
    await atlas.context.close();
  });

  // At 200 % the layers' "open the panel" button and the links' choices, and the table's words for
  // screen readers (absolute, so outside the table's own sideways scroll), made the sidebar scroll
  // sideways, cutting every line; the profile's names and figures side by side made it scroll too.
  for (const lang of ['ru', 'ky'] as const) {
    it(`scrolls nothing sideways: the sidebar with its layers and table, the profile (${lang})`, async () => {
      const atlas = await open(`lang=${lang}&layers=regions,growth,energy,links&region=KG-N`, {viewport: DESKTOP});
      const {page} = atlas;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', {fontSizes: {standard: 32, fixed: 26}});
      // Opened again with the setting, as a reader who has it opens the page (changed while the page
      // was open, it left the profile's figures beside their names here, in Chromium 156).
      await page.reload();
      await waitForMap(page);
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('30px');
      await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
      const sideways = () =>
        page.evaluate(() => {
          const sidebar = document.querySelector('aside.kg-sidebar')!;
          const profile = document.querySelector('kg-region-card')!.shadowRoot!.querySelector('.panel')!;
          return {sidebar: sidebar.scrollWidth - sidebar.clientWidth, profile: profile.scrollWidth - profile.clientWidth};
        });
      await expect.poll(sideways).toEqual({sidebar: 0, profile: 0});
      const sidebar = (await page.locator('aside.kg-sidebar').boundingBox())!;
      const opener = (await page.locator('kg-layer-toggles button.open').boundingBox())!;
      expect(opener.x + opener.width, "the green-clusters panel's button, inside the sidebar").toBeLessThanOrEqual(sidebar.x + sidebar.width);
      await page.locator('kg-region-card dl').first().scrollIntoViewIfNeeded();
      await screenshot(page, `access-${lang}-1280x800-text-200-profile`);
      await cdp.detach();
      expect(atlas.consoleErrors).toEqual([]);
      await atlas.context.close();
    });
  }
});

/** The header title's words that a line break cuts in two, and whether its lines are clamped (an ellipsis). */
function titleWords(page: Page): Promise<{broken: string[]; clamped: boolean}> {
  return page.locator('kg-header h1').evaluate((h1) => {
    // The title's text node (Lit puts a marker comment before it).
    const text = [...h1.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    const broken: string[] = [];
    for (const m of text.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
    }
    return {broken, clamped: h1.scrollHeight > h1.clientHeight + 1};
  });
}

describe("a phone with the reader's larger text (200 %)", () => {
  // Finding (tablet audit): the phone's header kept its 56 px, and the title's two lines of 28 px ran
  // out of it, the first cut off at the top. The header grows with the text; the map starts below it.
  it('shows the title’s two lines whole in a header that grew with them', async () => {
    const atlas = await open('lang=ky', {viewport: PHONE, phone: true});
    const {page} = atlas;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', {fontSizes: {standard: 32, fixed: 26}});
    await page.reload();
    await waitForMap(page);
    const header = (await page.locator('kg-header').boundingBox())!;
    const title = (await page.locator('kg-header h1').boundingBox())!;
    expect(title.height, 'two lines of 28.5 px').toBeGreaterThan(60);
    expect(title.y).toBeGreaterThanOrEqual(header.y);
    expect(title.y + title.height).toBeLessThanOrEqual(header.y + header.height);
    const map = (await page.locator('#map').boundingBox())!;
    expect(Math.abs(map.y - (header.y + header.height))).toBeLessThanOrEqual(1);
    // Finding (session 22): beside the language select and the menu button the title had ~110 px, and
    // "Кыргызстандын" broke into "Кырг" / "ызс…". The title takes a row of its own, by whole words.
    const title200 = await titleWords(page);
    expect(title200.broken, 'no word of the title broken across lines').toEqual([]);
    expect(title200.clamped, 'the whole title shown, no ellipsis').toBe(false);
    for (const control of ['.lang-select', '.menu']) {
      const box = (await page.locator(`kg-header ${control}`).boundingBox())!;
      expect(box.y + box.height, `${control} inside the header`).toBeLessThanOrEqual(header.y + header.height);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await screenshot(page, 'access-ky-360-text-200');
    await cdp.detach();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('keeps the header one row at the default text size, even on a 320 px phone', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 320, height: 640}, phone: true});
    const {page} = atlas;
    const header = (await page.locator('kg-header').boundingBox())!;
    expect(header.height, "one row, the title's two lines beside the select").toBeLessThanOrEqual(57);
    const select = (await page.locator('kg-header .lang-select').boundingBox())!;
    const title = (await page.locator('kg-header h1').boundingBox())!;
    expect(select.x).toBeGreaterThan(title.x + title.width);
    expect((await titleWords(page)).broken).toEqual([]);
    await atlas.context.close();
  });
});

describe('a small phone on its side (740 × 360)', () => {
  // The desktop layout (740 px is wider than a phone's 700), with 420 × 304 px of map beside the sidebar:
  // the profile (360 px) over the map left a 52 px strip of it, and a tapped Issyk-Kul was hidden behind
  // it (Naryn and Batken cut to slivers); the legend was below the sidebar's fold.
  it('shows a colour key at once, and a tapped region (and the others) beside its profile', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 740, height: 360}, phone: true});
    const {page} = atlas;
    // The first view: the legend's colours in the sidebar's visible part, not under anything.
    const swatches = page.locator('kg-sheet-handle .key span');
    await expect.poll(() => swatches.count(), {timeout: 5000}).toBeGreaterThanOrEqual(5);
    const sidebar = (await page.locator('aside.kg-sidebar').boundingBox())!;
    for (const swatch of await swatches.all()) {
      const box = (await swatch.boundingBox())!;
      expect(box.y + box.height, 'a swatch above the fold').toBeLessThanOrEqual(sidebar.y + sidebar.height);
      const at = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(at).toBe('kg-sheet-handle');
    }
    // On a desktop-wide sidebar the sheet's handle is not there to press.
    expect(await page.locator('kg-sheet-handle button.handle').isVisible()).toBe(false);
    await screenshot(page, 'access-ky-740x360-first-view');
    // Issyk-Kul, where the finding's finger was: its profile opens, and it and its neighbours are seen whole.
    const [x, y] = await project(page, ...INSIDE['KG-Y']!);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-Y');
    const card = page.locator('kg-region-card section');
    await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    for (const code of ['KG-Y', 'KG-N', 'KG-B']) await expect.poll(() => uncovered(page, code), {timeout: 5000}).toBe('seen');
    // The credits' "i" is not under the profile either.
    const credits = (await page.locator('kg-attribution button').boundingBox())!;
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName.toLowerCase(), [credits.x + credits.width / 2, credits.y + credits.height / 2])).toBe('kg-attribution');
    // The sidebar's controls under the profile are out of the keyboard's way; closing it shows them again.
    const sidebarShown = () => page.locator('aside.kg-sidebar').evaluate((e) => getComputedStyle(e).visibility);
    expect(await sidebarShown()).toBe('hidden');
    await screenshot(page, 'access-ky-740x360-pinned-issyk-kul');
    await page.locator('kg-region-card').getByRole('button', {name: 'Жабуу', exact: true}).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    await expect.poll(sidebarShown).toBe('visible');
    await atlas.context.close();
  });

  it('shows a region pinned upright beside its profile once the phone is turned', async () => {
    const atlas = await open('lang=ky', {viewport: {width: 390, height: 844}, phone: true});
    const {page} = atlas;
    const [x, y] = await project(page, ...INSIDE['KG-O']!);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-O');
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await page.setViewportSize({width: 740, height: 360});
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())!.y, {timeout: 5000}).toBeLessThan(100);
    // Room for its name beside the profile ("ОШ" and the city's "Ош" under it), and for Batken's beside it.
    await expect.poll(() => uncovered(page, 'KG-O', 60), {timeout: 5000}).toBe('seen');
    expect(await uncovered(page, 'KG-B')).toBe('seen');
    await screenshot(page, 'access-ky-740x360-turned-pinned-osh');
    await atlas.context.close();
  });
});

describe('a portrait tablet or a 760 px window', () => {
  // Finding (desktop audit): between the phone's 700 px and 1024 px the profile (360 px) and the
  // green-clusters panel (400 px) went over a 440 px map, leaving a strip of 72–88 px, and the region
  // just picked (Naryn by a click, Issyk-Kul from the table) under them. They take the sidebar's column.
  it('shows the profile and the green-clusters panel in the sidebar\'s column, the region picked seen on the map (760 × 900)', async () => {
    const atlas = await open('lang=ru', {viewport: {width: 760, height: 900}});
    const {page} = atlas;
    const region = () => new URL(page.url()).searchParams.get('region');
    const map = (await page.locator('#map').boundingBox())!;
    const card = page.locator('kg-region-card section');
    const sidebarShown = () => page.locator('aside.kg-sidebar').evaluate((e) => getComputedStyle(e).visibility);
    const [x, y] = await project(page, ...INSIDE['KG-N']!);
    await page.mouse.click(x, y);
    await expect.poll(region).toBe('KG-N');
    await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.x + cardBox.width, "the profile, in the sidebar's column").toBeLessThanOrEqual(map.x + 1);
    for (const code of ['KG-N', 'KG-Y', 'KG-B']) await expect.poll(() => uncovered(page, code), {timeout: 5000}).toBe('seen');
    expect(await sidebarShown()).toBe('hidden');
    await screenshot(page, 'access-ru-760x900-pinned-naryn');
    await page.keyboard.press('Escape');
    await expect.poll(region).toBeNull();
    await expect.poll(sidebarShown).toBe('visible');
    // From the table (which the profile then covers: the focus goes to the profile's heading).
    await page.locator('kg-data-views tr[data-code="KG-Y"] th button').click();
    await expect.poll(region).toBe('KG-Y');
    await expect.poll(() => uncovered(page, 'KG-Y'), {timeout: 5000}).toBe('seen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('kg-region-card');
    await page.keyboard.press('Escape');
    await expect.poll(region).toBeNull();
    // The green-clusters panel: the same column.
    await page.locator('kg-layer-toggles input[name="energy"]').click();
    await page.locator('kg-layer-toggles button.open').click();
    const panel = page.locator('kg-energy-panel');
    await expect.poll(() => panel.getAttribute('open')).not.toBeNull();
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(map.x + 1);
    await screenshot(page, 'access-ru-760x900-energy-panel');
    expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a touch tablet upright (768 × 1024)', () => {
  // Finding (tablet audit): a touch screen's buttons are at least 44 px wide (shared-styles.ts), which
  // replaced a flex item's least width (its longest word): the table's tabs were squeezed into
  // "Табли|ца", "Сравне|ние" (Kyrgyz "Жадыбал", "Салыштыруу" too, and on phones).
  for (const lang of ['ru', 'ky'] as const) {
    it(`keeps the names of the table's tabs whole (${lang})`, async () => {
      const atlas = await open(`lang=${lang}`, {viewport: {width: 768, height: 1024}, phone: true});
      const {page} = atlas;
      const tabs = page.locator('kg-data-views [role=tab]');
      await expect.poll(() => tabs.count()).toBe(3);
      /** The words of the tabs' names that are drawn on more than one line. */
      const broken = await tabs.evaluateAll((buttons) =>
        buttons.flatMap((b) => {
          const node = [...b.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
          const text = node.textContent!;
          return [...text.matchAll(/\S+/g)].filter((m) => {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          }).map((m) => m[0]);
        }),
      );
      expect(broken).toEqual([]);
      const list = page.locator('kg-data-views [role=tablist]');
      expect(await list.evaluate((l) => l.scrollWidth - l.clientWidth), 'nothing sticks out').toBe(0);
      await list.scrollIntoViewIfNeeded();
      await screenshot(page, `access-${lang}-768x1024-touch-table-tabs`);
      await atlas.context.close();
    });
  }

  // Finding (tablet audit): a tap is reported as a pointer over the region it touched, which never
  // leaves it: the tapped region stayed in the hover's lighter colour, Naryn's brown (< 0.50) as the
  // sand of the class 0.50–0.80 beside its profile's brown swatch.
  it('draws a tapped region in its class colour, not lightened as under a mouse', async () => {
    const atlas = await open('lang=ru', {viewport: {width: 768, height: 1024}, phone: true});
    const {page} = atlas;
    const inNaryn: [number, number] = [75.6, 41.2];
    const colourAt = async () => {
      const [x, y] = await project(page, ...inNaryn);
      return (await screenshot(page, 'access-ru-768x1024-touch-naryn-colour')).rgb(x * 3, y * 3);
    };
    const before = await colourAt();
    await page.touchscreen.tap(...(await project(page, ...inNaryn)));
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await page.waitForTimeout(500);
    await frames(page);
    expect(colourDistance(await colourAt(), before), `${before} before the tap`).toBeLessThan(12);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a touch tablet (1024 × 768)', () => {
  // Finding (desktop audit): the tooltip was hidden on touch screens only up to 700 px wide or 480 px
  // high; on a tablet a tap left the region's tooltip on screen, over the profile it opened.
  it('shows no tooltip after a tap: the profile (or the green-clusters panel) answers it; a tapped region or site is moved out from under it', async () => {
    const atlas = await open('lang=ru&layers=regions,growth,energy,links', {viewport: {width: 1024, height: 768}, phone: true});
    const {page} = atlas;
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches), 'a touch screen without hover').toBe(true);
    const tooltipBox = () =>
      page.locator('kg-tooltip').evaluate((el) => {
        const r = el.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
        return r && r.width > 0 ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}` : null;
      });
    const [x, y] = await project(page, ...INSIDE['KG-N']!);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    await expect.poll(async () => (await page.locator('kg-region-card section').boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await expect.poll(() => page.locator('kg-tooltip').evaluate((el) => customElements.get(el.localName) !== undefined)).toBe(true);
    await frames(page);
    expect(await tooltipBox(), 'no tooltip left by the tap').toBeNull();
    // The profile is over the map's right, where Naryn was: a finger's tap (no pointer left on the map,
    // unlike a mouse's click) brings it out from under it (tablet audit: outline and all hidden).
    await expect.poll(() => uncovered(page, 'KG-N'), {timeout: 5000}).toBe('seen');
    await screenshot(page, 'access-ru-1024-touch-pinned-naryn');
    // A cluster link's evidence, in its tooltip on a desktop, is a tap away in the profile.
    const agro = page.locator('kg-region-card ul.points details').filter({hasText: /^\s*Агропромышленный кластер/});
    const evidence = agro.locator('.point').getByText('Интегральный коэффициент, пищевая и перерабатывающая промышленность');
    expect(await evidence.isVisible()).toBe(false);
    await agro.locator('summary').scrollIntoViewIfNeeded();
    await agro.locator('summary').tap();
    await expect.poll(() => evidence.isVisible()).toBe(true);
    expect((await agro.locator('.point').textContent())!.replace(/\s+/g, ' ')).toMatch(/Нарынская обл\. \d,\d{3}/);
    await screenshot(page, 'access-ru-1024-touch-profile-cluster-evidence');
    await page.locator('kg-region-card').getByRole('button', {name: 'Закрыть', exact: true}).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    // An energy site (the At-Bashy and Kulanak hubs): the panel opens at it, and it is moved out from under it.
    const atBashy: [number, number] = [75.6389, 41.3683];
    const [sx, sy] = await project(page, ...atBashy);
    await page.touchscreen.tap(sx, sy);
    await expect.poll(() => page.locator('kg-energy-panel .focus').count()).toBe(1);
    // Below 1280 px the panel takes the sidebar's column: the whole map beside it, the site on it.
    const panel = (await page.locator('kg-energy-panel').boundingBox())!;
    const map = (await page.locator('#map').boundingBox())!;
    expect(panel.x + panel.width, "the panel over the sidebar's column").toBeLessThanOrEqual(map.x + 1);
    const [siteX, siteY] = await project(page, ...atBashy);
    expect(siteX).toBeGreaterThan(map.x + 20);
    expect(siteX).toBeLessThan(map.x + map.width - 20);
    expect(siteY).toBeLessThan(map.y + map.height - 20);
    expect(await tooltipBox()).toBeNull();
    expect(new URL(page.url()).searchParams.get('view'), 'no camera in the link').toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe("a finger's tap on the map", () => {
  // Finding (low-end phone audit): a tap had deck.gl pick the tapped point twice, the second time for
  // the mouse's compatibility mousemove that follows a tap (a hover a touch screen never shows): each
  // pick waits for the GPU, 100–300 ms on a low-end phone.
  const countPicks = () => {
    const w = window as unknown as {__picks: number};
    w.__picks = 0;
    for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const read = C.prototype.readPixels as (...a: unknown[]) => void;
      C.prototype.readPixels = function (this: unknown, ...a: unknown[]) {
        if (a[2] === 1 && a[3] === 1) w.__picks++;
        return read.apply(this, a);
      } as typeof C.prototype.readPixels;
    }
  };
  it('has deck.gl pick the tapped point once, and pins its region', async () => {
    const atlas = await open('lang=en', {viewport: {width: 390, height: 844}, phone: true, initScript: countPicks});
    const {page} = atlas;
    const picks = () => page.evaluate(() => (window as unknown as {__picks: number}).__picks);
    await page.evaluate(() => ((window as unknown as {__picks: number}).__picks = 0));
    await page.touchscreen.tap(...(await project(page, ...INSIDE['KG-N']!)));
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    await frames(page);
    await page.waitForTimeout(300);
    await frames(page);
    expect(await picks(), 'one read-back of the picked pixel').toBe(1);
    // The next tap, elsewhere on the map (the country's outside): one pick again, none for a mouseout.
    await page.touchscreen.tap(...(await project(page, 76.0, 44.0)));
    await frames(page);
    await page.waitForTimeout(300);
    await frames(page);
    expect(await picks()).toBe(2);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe("the phone's bottom sheet, dragged by its handle with a finger", () => {
  // With the height's transition on (no reduced motion), the snap heights were measured mid-transition,
  // all alike, and every drag ended collapsed (peek): only a tap opened the sheet.
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`stays where it is dragged (peek, half or full), motion: ${reducedMotion}`, async () => {
      const atlas = await open('lang=ky', {viewport: {width: 390, height: 844}, phone: true});
      const {page} = atlas;
      await page.emulateMedia({reducedMotion});
      const sheet = page.locator('aside.kg-sidebar');
      const handle = page.locator('kg-sheet-handle button.handle');
      const top = async () => Math.round((await sheet.boundingBox())!.y);
      const dragTo = async (y: number) => {
        const box = (await handle.boundingBox())!;
        await touchDrag(page, [box.x + box.width / 2, box.y + box.height / 2], [box.x + box.width / 2, y]);
      };
      expect(await sheet.getAttribute('data-sheet')).toBe('peek');
      const peekTop = await top();
      // Up to near the header: full height, under the header (56 px).
      await dragTo(150);
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('full');
      await expect.poll(top).toBe(56);
      await screenshot(page, `access-ky-390-sheet-dragged-full-${reducedMotion}`);
      // Down to the middle: half (55 % of the screen's height).
      await dragTo(400);
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
      await expect.poll(top).toBe(844 - Math.round(844 * 0.55));
      // Down to the bottom: collapsed again; and up from there to the middle: half.
      await dragTo(800);
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('peek');
      await expect.poll(top).toBe(peekTop);
      await dragTo(420);
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
      await expect.poll(top).toBe(844 - Math.round(844 * 0.55));
      expect(await handle.getAttribute('aria-expanded')).toBe('true');
      await atlas.context.close();
    });
  }
});

describe('a Kyrgyz visitor on a phone (360 × 740, touch)', () => {
  const PHONE_KY = {width: 360, height: 740};

  // A tapped growth point pinned its oblast and the profile opened at its top: the point's own entry
  // (population, sources, caveats) was ~3,400 px further down, closed, and a phone has no tooltip.
  it("opens a tapped growth point's entry at the top of its oblast's profile; the legend says to tap a point", async () => {
    const atlas = await open('lang=ky', {viewport: PHONE_KY, phone: true});
    const {page} = atlas;
    // No tooltip on a touch screen: the growth legend says what a tap does.
    const legend = await page.locator('kg-layer-toggles li[data-layer="growth"] .legend .note').textContent();
    expect(legend).toContain('чекиттин маалыматын көрүү үчүн аны басыңыз');
    expect(legend).not.toContain('кеңеш-жазуу');
    const naryn: [number, number] = [75.9957, 41.4283]; // GP05, data/places/growth-points.csv
    await page.touchscreen.tap(...(await project(page, ...naryn)));
    const card = page.locator('kg-region-card');
    await expect.poll(() => card.locator('h2#card-title').textContent()).toBe('Нарын облусу');
    const entry = card.locator('ul.points details', {has: page.locator('summary', {hasText: /Нарын калкы 41\s988/})});
    await expect.poll(() => entry.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Its name is the first thing the profile shows (scrolled to its top, which is on screen).
    const summary = entry.locator('summary');
    const panel = (await card.locator('section.panel').boundingBox())!;
    await expect
      .poll(async () => Math.round((await summary.boundingBox())!.y - panel.y), {timeout: 5000})
      .toBeLessThan(30);
    expect(panel.y).toBeGreaterThan(0);
    expect(panel.y).toBeLessThan(PHONE_KY.height - 100);
    expect((await summary.innerText()).trim()).toMatch(/^Нарын.*41\s988/);
    expect((await entry.locator('.point').innerText()).length).toBeGreaterThan(40);
    // The other point of the oblast stays closed.
    expect(await card.locator('ul.points details', {has: page.locator('summary', {hasText: /Кочкор калкы/})}).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await screenshot(page, 'access-ky-360-growth-point-tapped');
    // Scrolled back up and closed, the next tap on the same point opens it into view again.
    await summary.tap();
    await card.locator('section.panel').evaluate((p) => (p.scrollTop = 0));
    const [x, y] = await project(page, ...naryn);
    expect(y, 'the point is above the profile').toBeLessThan(panel.y - 10);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => entry.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect
      .poll(async () => Math.round((await summary.boundingBox())!.y - panel.y), {timeout: 5000})
      .toBeLessThan(30);
    expect(new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  // The collapsed sheet is a 44 px handle row and a ~76 px strip (industry, legend colours): a swipe
  // or a tap on the strip did nothing, only the handle's row took them.
  it('takes a swipe and a tap on the collapsed strip, as on its handle; open, a swipe scrolls its content', async () => {
    const atlas = await open('lang=ky', {viewport: PHONE_KY, phone: true});
    const {page} = atlas;
    await page.emulateMedia({reducedMotion: 'reduce'});
    const sheet = page.locator('aside.kg-sidebar');
    const strip = page.locator('kg-sheet-handle .strip');
    const handle = page.locator('kg-sheet-handle button.handle');
    expect(await sheet.getAttribute('data-sheet')).toBe('peek');
    const middle = async () => {
      const box = (await strip.boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
    };
    // A swipe up from the strip: full height, under the header.
    const from = await middle();
    expect(from[1]).toBeGreaterThan((await handle.boundingBox())!.y + 44);
    await touchDrag(page, from, [from[0], 150]);
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('full');
    await screenshot(page, 'access-ky-360-sheet-swiped-from-strip');
    // Open, a swipe on the sheet's content scrolls it (the sheet stays as it is).
    const box = (await sheet.boundingBox())!;
    await touchDrag(page, [box.x + box.width / 2, box.y + box.height - 80], [box.x + box.width / 2, box.y + 250]);
    await expect.poll(() => sheet.evaluate((e) => e.scrollTop)).toBeGreaterThan(50);
    expect(await sheet.getAttribute('data-sheet')).toBe('full');
    // Down by its handle to collapsed, then a tap on the strip: half, as a press on the handle.
    await sheet.evaluate((e) => (e.scrollTop = 0));
    const h = (await handle.boundingBox())!;
    await touchDrag(page, [h.x + h.width / 2, h.y + h.height / 2], [h.x + h.width / 2, 730]);
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('peek');
    await page.touchscreen.tap(...(await middle()));
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    // The strip stays hidden from screen readers (the handle is the control they use).
    expect(await strip.getAttribute('aria-hidden')).toBe('true');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a phone turned with a region pinned', () => {
  // The region was brought into view only when pinned: turned on its side, the phone showed the
  // sidebar and the profile over it; turned back, its name was under the profile's sheet.
  it('brings the pinned region into view again beside, then above, its profile', async () => {
    const atlas = await open('lang=ky&ind=mfg-lq', {viewport: {width: 390, height: 844}, phone: true});
    const {page} = atlas;
    const jalalAbadName: [number, number] = [72.8903, 41.4656]; // its label point (geo/kg.topo.json)
    const card = page.locator('kg-region-card section');
    /** Whether the name's point is on the map and nothing covers it; and where it is. */
    const seen = async () => {
      const [x, y] = await project(page, ...jalalAbadName);
      const onMap = await page.evaluate(([px, py]) => px! > 0 && py! > 0 && px! < innerWidth && py! < innerHeight && document.elementFromPoint(px!, py!)?.closest('#map') != null, [x, y]);
      return {onMap, x, y};
    };
    const [x, y] = await project(page, ...INSIDE['KG-J']!);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-J');
    await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await expect.poll(async () => (await seen()).onMap, {timeout: 5000}).toBe(true);
    // On its side: the profile is a column at the left, over the sidebar's; the name beside it.
    await page.setViewportSize({width: 844, height: 390});
    await expect.poll(async () => (await card.boundingBox())!.y, {timeout: 5000}).toBeLessThan(100);
    const besideCard = async () => {
      const box = (await card.boundingBox())!;
      return (await seen()).onMap && (await seen()).x > box.x + box.width + 20;
    };
    await expect.poll(besideCard, {timeout: 5000}).toBe(true);
    await screenshot(page, 'access-ky-844x390-turned-pinned');
    // Upright again: above the profile's sheet.
    await page.setViewportSize({width: 390, height: 844});
    await expect.poll(async () => (await card.boundingBox())!.y, {timeout: 5000}).toBeGreaterThan(300);
    const aboveCard = async () => (await seen()).onMap && (await seen()).y < (await card.boundingBox())!.y - 20;
    await expect.poll(aboveCard, {timeout: 5000}).toBe(true);
    await screenshot(page, 'access-ky-390-turned-back-pinned');
    // The page's own moves: no camera in the link.
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await atlas.context.close();
  });
});

describe("a finger's tap beside a small map symbol", () => {
  // The sites' points (data/places/energy-sites.csv): a tap this far beside them, on the region under
  // them, opened the region's profile (deck.gl picks the pixel under the finger, which is the fill).
  // (Ak-Kuduk's neighbour in Kochkor, EN17, is the nearer symbol 9 px to its right.)
  const SITES: [string, [number, number], number][] = [
    ['EN28', [78.527, 42.4995], 6], // Boz-Uchuk small HPP
    ['EN19', [75.7566, 42.2155], -9], // Ak-Kuduk solar
  ];
  it('a tap in the middle of a region opens the region, one just beside a symbol the symbol (360 × 740)', async () => {
    const atlas = await open('lang=en&layers=regions,energy', {viewport: {width: 360, height: 740}, phone: true});
    const {page} = atlas;
    // A tap in the middle of a region: the region. (The finger's first touch on the map also loads the
    // code for the taps beside symbols, with the tooltips': a first tap quicker than that load is exact.)
    const [x, y] = await project(page, ...INSIDE['KG-T']!);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-T');
    await page.locator('kg-region-card').getByRole('button', {name: 'Close', exact: true}).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    await page.waitForTimeout(500); // the map back where it was
    for (const [id, lonLat, beside] of SITES) {
      const [x, y] = await project(page, ...lonLat);
      await page.touchscreen.tap(x + beside, y);
      await expect.poll(() => page.locator(`kg-energy-panel [data-site="${id}"].focus`).count(), {message: id}).toBe(1);
      expect(new URL(page.url()).searchParams.get('region'), id).toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('kg-energy-panel [role=dialog]').count()).toBe(0);
      await page.waitForTimeout(500); // the map back inside the basemap
    }
    await atlas.context.close();
  });

  it('leaves a mouse exact: a click just beside a site is on the region', async () => {
    const atlas = await open('lang=en&layers=regions,energy', {viewport: {width: 1280, height: 800}});
    const {page} = atlas;
    // Boz-Uchuk's symbol is drawn larger at this zoom: 10 px to the right is just beside it.
    const [x, y] = await project(page, ...SITES[0]![1]);
    await page.mouse.click(x + 10, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-Y');
    expect(await page.locator('kg-energy-panel [role=dialog]').count()).toBe(0);
    await atlas.context.close();
  });
});

describe("a tapped energy site on a phone", () => {
  // The green-clusters panel is a sheet over the map's lower 58 %: it opened over the hub just tapped.
  it('is moved into view above the green-clusters panel (360 × 740)', async () => {
    const atlas = await open('lang=en&layers=regions,growth,energy,links', {viewport: {width: 360, height: 740}, phone: true});
    const {page} = atlas;
    const atBashy: [number, number] = [75.6389, 41.3683]; // the At-Bashy and Kulanak hubs, Naryn
    const [x, y] = await project(page, ...atBashy);
    const panel = page.locator('kg-energy-panel [role=dialog]');
    await page.touchscreen.tap(x, y);
    await expect.poll(() => page.locator('kg-energy-panel .focus').count()).toBe(1);
    const top = (await panel.boundingBox())!.y;
    expect(y, 'the hub was under where the panel opens').toBeGreaterThan(top);
    await expect.poll(async () => (await project(page, ...atBashy))[1], {timeout: 5000}).toBeLessThan(top - 20);
    const [, seenY] = await project(page, ...atBashy);
    expect(seenY).toBeGreaterThan((await page.locator('#map').boundingBox())!.y + 20);
    await screenshot(page, 'access-en-360-energy-site-revealed');
    // A move of the page's: no camera in the link.
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await atlas.context.close();
  });
});

describe('on a phone (360×640)', () => {
  /** Everything a finger can press that is on screen: at least 44 × 44 px. */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          const tag = el.tagName.toLowerCase();
          const pressable = tag === 'button' || tag === 'select' || tag === 'summary' || (tag === 'input' && (el as HTMLInputElement).type !== 'checkbox' && (el as HTMLInputElement).type !== 'radio' && (el as HTMLInputElement).type !== 'file') || (tag === 'label' && el.querySelector('input[type=checkbox]'));
          if (!pressable) continue;
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
          // Only what is on screen now (the sheet's hidden part is checked once opened).
          if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
          if (r.height < 43.5 || r.width < 43.5) out.push(`${tag}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
      };
      visit(document);
      return out;
    });
  }

  for (const lang of ['ky', 'ru', 'en'] as const) {
    it(`keeps map, legend and controls usable in ${lang}`, async () => {
      const atlas = await open(`lang=${lang}`, {viewport: PHONE});
      const {page} = atlas;
      // No sideways scrolling, anywhere.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
      // The header fits on one row: title, language select, menu.
      const header = (await page.locator('kg-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(60);
      const select = page.locator('kg-header select');
      const selectBox = (await select.boundingBox())!;
      expect(selectBox.x + selectBox.width).toBeLessThanOrEqual(360);
      // …inside the header's fixed height, not wrapped to a second row over the map (its height alone
      // cannot tell: it is fixed).
      const menuBox = (await page.locator('kg-header button.menu').boundingBox())!;
      for (const box of [selectBox, menuBox]) {
        expect(box.y).toBeGreaterThanOrEqual(header.y);
        expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
      }
      // The map takes most of the screen; the sheet's peek shows the legend's colours under it.
      const map = (await page.locator('#map').boundingBox())!;
      expect(map.height).toBeGreaterThan(400);
      expect(map.width).toBe(360);
      const strip = page.locator('kg-sheet-handle .key');
      expect(await strip.count()).toBeGreaterThanOrEqual(5);
      const stripBox = (await strip.first().boundingBox())!;
      expect(stripBox.y + stripBox.height).toBeLessThanOrEqual(640);
      expect(await smallTargets(page)).toEqual([]);
      await screenshot(page, `access-${lang}-360`);
      await atlas.context.close();
    });
  }

  it('keeps the marker (▸) of every disclosure that a finger opens, a list item padded to 44 px', async () => {
    const atlas = await open('lang=en&ind=potential&sector=C&year=2018&region=KG-GB', {viewport: PHONE});
    const {page} = atlas;
    const why = page.locator('kg-region-card [data-testid=index-breakdown] summary');
    await expect.poll(() => why.count()).toBe(1);
    const summaries = await page.evaluate(() => {
      const out: {text: string; marked: boolean}[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          if (el.tagName !== 'SUMMARY') continue;
          // Its own marker (list-style none, drawn by the component), or the list item's.
          const style = getComputedStyle(el);
          out.push({text: (el.textContent ?? '').trim().slice(0, 30), marked: style.display === 'list-item' || style.listStyleType === 'none'});
        }
      };
      visit(document);
      return out;
    });
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.filter((s) => !s.marked)).toEqual([]);
    expect((await why.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await atlas.context.close();
  });

  it("shows every class of the legend's strip whole, the sheet's peek as tall as it needs", async () => {
    const atlas = await open('lang=ky&ind=lq2018&sector=A', {viewport: PHONE});
    const {page} = atlas;
    const keys = page.locator('kg-sheet-handle .key');
    await expect.poll(() => keys.count()).toBe(6);
    // Each label fits its box: two lines where one does not do, not cut short.
    for (const key of await keys.all()) expect(await key.evaluate((e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight), await key.innerText()).toBe(true);
    await page.waitForTimeout(300);
    const [sheet, handle, map] = await Promise.all(['aside.kg-sidebar', 'kg-sheet-handle', '.kg-map-area'].map(async (s) => (await page.locator(s).boundingBox())!));
    const last = (await keys.last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(sheet.y + sheet.height);
    expect(Math.abs(sheet.height - handle.height - 1)).toBeLessThan(1.5);
    expect(Math.abs(map.y + map.height - sheet.y)).toBeLessThan(1.5);
    await screenshot(page, 'access-ky-360-strip');
    await atlas.context.close();
  });

  it("names the map's industry whole in the collapsed sheet's strip, at 320 px in every language", async () => {
    // The indicator's long name came first, on one line cut with "…": the industry was never shown.
    for (const [lang, query] of [['ky', ''], ['ru', ''], ['en', ''], ['ru', '&ind=lq2018&sector=D']] as const) {
      const atlas = await open(`lang=${lang}${query}`, {viewport: {width: 320, height: 568}});
      const {page} = atlas;
      // The industry as the sector picker names it (without the count of regions it may add).
      const industry = (await page.locator('kg-indicator-picker select#sector option:checked').innerText()).replace(/\s*\([^)]*\)$/, '').trim();
      expect(industry.length, lang).toBeGreaterThan(5);
      const what = page.locator('kg-sheet-handle .what');
      expect(await what.innerText(), lang).toContain(industry);
      // Every line of the industry's name lies inside the line's visible box, above the colours.
      const shown = await what.evaluate((el, name) => {
        const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(name))!;
        const start = text.textContent!.indexOf(name);
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + name.length);
        const box = el.getBoundingClientRect();
        return [...range.getClientRects()].every((r) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5);
      }, industry);
      expect(shown, `${lang}${query}: "${industry}"`).toBe(true);
      const last = (await page.locator('kg-sheet-handle .key').last().boundingBox())!;
      expect(last.y + last.height).toBeLessThanOrEqual(568);
      await screenshot(page, `access-${lang}-320-strip${query ? '-D' : ''}`);
      await atlas.context.close();
    }
  });

  it("loses none of the table with a reader's text spacing (WCAG 1.4.12) at 320 px in Russian", async () => {
    const atlas = await open('lang=ru', {viewport: {width: 320, height: 568}, bypassCSP: true});
    const {page} = atlas;
    // The spacing 1.4.12 asks content to take, in the page and in every shadow root (as a reader's
    // extension would add it).
    await page.evaluate(() => {
      const css = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
      const visit = (root: Document | ShadowRoot) => {
        const style = document.createElement('style');
        style.textContent = css;
        (root instanceof Document ? root.head : root).append(style);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
    });
    await page.locator('kg-sheet-handle button').click();
    await expect.poll(() => page.locator('aside.kg-sidebar').getAttribute('data-sheet')).toBe('half');
    // Nothing runs past the sheet's right edge, where it hides what overflows.
    const sheet = page.locator('aside.kg-sidebar');
    expect(await sheet.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // The caption wraps to what is seen; every column's header can be scrolled to and seen whole.
    const seen = await page.locator('kg-data-views table').evaluate((table) => {
      const right = document.querySelector('aside.kg-sidebar')!.getBoundingClientRect().right;
      const out: string[] = [];
      // What is seen of the table: the sheet, and the box it scrolls in, if any.
      let scroller = table.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      const clipRight = Math.min(right, scroller?.getBoundingClientRect().right ?? right);
      const clipLeft = Math.max(0, scroller?.getBoundingClientRect().left ?? 0);
      const caption = table.querySelector('caption')!.getBoundingClientRect();
      if (caption.right > clipRight + 0.5) out.push(`caption to ${Math.round(caption.right)}`);
      for (const th of table.querySelectorAll('thead th')) {
        if (scroller) {
          scroller.scrollLeft = 0;
          scroller.scrollLeft = Math.max(0, th.getBoundingClientRect().right - clipRight);
        }
        const r = th.getBoundingClientRect();
        if (r.right > clipRight + 0.5 || r.left < clipLeft - 0.5) out.push(`${th.textContent!.trim()} at ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
      return out;
    });
    expect(seen).toEqual([]);
    await page.locator('kg-data-views caption').scrollIntoViewIfNeeded();
    await screenshot(page, 'access-ru-320-text-spacing-table');
    await atlas.context.close();
  });

  it("shows the methodology check's published column without scrolling (Kyrgyz); a wider table is a named region the keyboard scrolls, with a shadow where it has more", async () => {
    const atlas = await open('lang=ky', {viewport: PHONE});
    const {page} = atlas;
    await page.locator('kg-header button.menu').click();
    await page.getByRole('button', {name: 'Методология', exact: true}).click();
    const panel = page.locator('kg-methodology dialog');
    await expect.poll(() => panel.locator('tr[data-region="KG-C"] td.computed').textContent(), {timeout: 20_000}).toMatch(/^1[.,]78$/);
    // The computed and the published figures side by side, inside the scroller's box unscrolled (the
    // published column was cut off at 467 px in a 326-px box).
    const cut = await panel.locator('table.check').evaluate((table) => {
      const right = table.parentElement!.getBoundingClientRect().right;
      return [...table.querySelectorAll('td.computed, td.published')].filter((c) => c.getBoundingClientRect().right > right + 0.5).length;
    });
    expect(cut).toBe(0);
    expect(await panel.locator('table.check thead th').nth(2).textContent()).toBe('Жарыяланган (003-булак)');
    // Every formula is read whole on the phone: it wraps (it was cut at the box's edge, a scroller with
    // no hint, 397–690 px wide in 326).
    const formulas = await panel.locator('.formula').evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas.filter((over) => over > 0)).toEqual([]);
    // Each scroller: a region named by its heading, in the page's language, reached by Tab (not only
    // Chromium's focusable scrollers), with a focus ring, scrolled by the arrow keys.
    const check = panel.getByRole('region', {name: 'Жарыяланган маани менен текшерүү', exact: true});
    const seed = panel.getByRole('region', {name: '002-булак, 3.1-жадыбал, жарыялангандай', exact: true});
    for (const region of [check, seed]) {
      expect(await region.getAttribute('tabindex')).toBe('0');
      // The shadows stay at the scroller's sides; the covers that hide them at an end scroll with the table.
      expect(await region.evaluate((el) => getComputedStyle(el).backgroundAttachment)).toBe('local, local, scroll, scroll');
    }
    await panel.getByRole('button', {name: 'Жабуу'}).focus();
    await page.keyboard.press('Tab');
    expect(await check.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle)).toBe('solid');
    await seed.scrollIntoViewIfNeeded();
    await seed.focus();
    expect(await seed.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(200);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => seed.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await screenshot(page, 'access-phone-methodology-scroll');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('opens the sheet, the menu, the attribution and a profile as sheets, all pressable', async () => {
    const atlas = await open('lang=ky', {viewport: PHONE});
    const {page} = atlas;
    // The sheet: half, then full height; every control in it is a full-size target and fits the width.
    const handle = page.locator('kg-sheet-handle button');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await handle.click();
    await expect.poll(() => page.locator('aside.kg-sidebar').getAttribute('data-sheet')).toBe('half');
    await page.waitForTimeout(300);
    await screenshot(page, 'access-ky-360-sheet');
    const sidebar = page.locator('aside.kg-sidebar');
    expect(await sidebar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.evaluate(() => {
      const sheet = document.querySelector<HTMLElement>('aside.kg-sidebar')!;
      sheet.dataset.sheet = 'full';
    });
    await page.waitForTimeout(300);
    for (let top = 0; ; top += 500) {
      const done = await sidebar.evaluate((el, y) => {
        el.scrollTop = y;
        return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      }, top);
      await page.waitForTimeout(50);
      expect(await smallTargets(page), `sheet scrolled to ${top}`).toEqual([]);
      if (done) break;
    }
    await sidebar.evaluate((el) => (el.scrollTop = 0));
    await handle.click();
    await expect.poll(() => sidebar.getAttribute('data-sheet')).toBe('peek');
    // The menu holds the header's actions, on screen.
    await page.locator('kg-header button.menu').click();
    for (const name of ['Маалымат импорттоо', 'Методология']) {
      const box = (await page.getByRole('button', {name, exact: true}).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(360);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, 'access-ky-360-menu');
    await page.keyboard.press('Escape');
    // The attribution is one press away.
    await page.locator('kg-attribution button').click();
    expect(await page.locator('kg-attribution .text').innerText()).toContain('Natural Earth');
    await screenshot(page, 'access-ky-360-attribution');
    await page.locator('kg-attribution button').click();
    // A region pinned: its profile is a sheet over the lower part, the region still in view above it.
    const [x, y] = await project(page, ...INSIDE['KG-C']!);
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-C');
    const card = page.locator('kg-region-card section');
    await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await page.waitForTimeout(300);
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.width).toBe(360);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(641);
    const label = await project(page, 74.074, 42.6974);
    expect(label[1]).toBeLessThan(cardBox.y);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'access-ky-360-profile');
    await atlas.context.close();
  });

  it('draws Son-Kul’s dot only where its name is written', async () => {
    // On a 390 px phone the lake's name does not fit: its bare dot sat 3 px from Naryn's name, which
    // then seemed to name the lake. The dot goes with its name; on a desktop both are drawn.
    const water = MAP_COLORS.light.water.slice(0, 3);
    for (const [viewport, drawn] of [
      [{width: 390, height: 844}, false],
      [DESKTOP, true],
    ] as const) {
      const atlas = await open('lang=en', {viewport});
      const shot = await screenshot(atlas.page, `access-en-${viewport.width}-son-kul`);
      const [x, y] = await project(atlas.page, 75.13, 41.83);
      expect(colourDistance(shot.rgb(x, y), water) < 20, `${viewport.width} px`).toBe(drawn);
      await atlas.context.close();
    }
  });

  it('brings a region pinned by a tap into view above its profile', async () => {
    // Naryn's name lies where its profile will cover it (the profile sheet is the lower 58% of the screen).
    const atlas = await open('lang=en', {viewport: PHONE});
    const {page} = atlas;
    const narynName: [number, number] = [75.5128, 41.4154];
    const card = page.locator('kg-region-card section');
    expect((await project(page, ...narynName))[1]).toBeGreaterThan(PHONE.height * 0.42);
    const [x, y] = await project(page, ...INSIDE['KG-N']!);
    await page.mouse.click(x, y);
    await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    const top = (await card.boundingBox())!.y;
    await expect.poll(async () => (await project(page, ...narynName))[1]).toBeLessThan(top - 40);
    expect((await project(page, ...narynName))[1]).toBeGreaterThan(0);
    await screenshot(page, 'access-en-360-pinned-naryn');
    await atlas.context.close();
  });

  it("gives a growth point's sources and caveats in its region's profile, as its tooltip does (a phone has none)", async () => {
    const atlas = await open('lang=en&region=KG-N', {viewport: PHONE});
    const {page} = atlas;
    const kochkor = page.locator('kg-region-card details').filter({hasText: 'Kochkor'});
    await expect.poll(() => kochkor.count()).toBe(1);
    await kochkor.locator('summary').click();
    const text = await kochkor.innerText();
    expect(text).toContain('Listed as Kochkorka in source 003’s list of growth points; not Kochkor-Ata, in Jalal-Abad Region.');
    expect(text).toMatch(/Population source: \S/);
    expect(text).toMatch(/Position: \S/);
    await screenshot(page, 'access-en-360-profile-growth-point');
    await atlas.context.close();
  });

  /**
   * How far (px) the southern edge of where the camera may go without a sheet (latitude 32, a degree
   * inside the basemap's data: MAX_BOUNDS in src/map/atlas-map.ts) lies below the map's bottom; < 0: the
   * camera is south of it, as only a sheet over the map's lower part allows.
   */
  async function basemapBelowBottom(page: Page): Promise<number> {
    const map = (await page.locator('#map').boundingBox())!;
    return (await project(page, 75, 32))[1] - map.height;
  }

  it('closing the profile puts the view back where the tap found it, or at least inside the basemap', async () => {
    const atlas = await open('lang=en', {viewport: PHONE});
    const {page} = atlas;
    const card = page.locator('kg-region-card section');
    const close = page.locator('kg-region-card').getByRole('button', {name: 'Close', exact: true});
    const pinNaryn = async () => {
      const [x, y] = await project(page, ...INSIDE['KG-N']!);
      await page.mouse.click(x, y);
      await expect.poll(async () => (await card.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    };
    const before = await project(page, ...INSIDE['KG-N']!);
    expect(await basemapBelowBottom(page)).toBeGreaterThanOrEqual(0);
    // Pinned: the map moves Naryn above the profile; closed: it comes back.
    await pinNaryn();
    await expect.poll(async () => (await project(page, ...INSIDE['KG-N']!))[1]).toBeLessThan(before[1] - 50);
    await close.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(null);
    await expect.poll(() => project(page, ...INSIDE['KG-N']!)).toEqual(before);
    // The page's own moves put no camera into the link: it still fits Kyrgyzstan wherever it is opened.
    await page.waitForTimeout(600);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    // Moved by the person while the profile is open, further south than the camera may go without it:
    // the view stays theirs, but the background south of the basemap, which the profile covered, does
    // not stay showing.
    await pinNaryn();
    await expect.poll(async () => (await project(page, ...INSIDE['KG-N']!))[1]).toBeLessThan(before[1] - 50);
    await page.mouse.move(180, 150);
    await page.mouse.down();
    await page.mouse.move(200, 80, {steps: 5});
    await page.mouse.up();
    expect(await basemapBelowBottom(page)).toBeLessThan(0);
    await close.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(null);
    await expect.poll(() => basemapBelowBottom(page)).toBeGreaterThanOrEqual(-1);
    // The link follows the view the bounds moved the map to.
    const map = (await page.locator('#map').boundingBox())!;
    await expect
      .poll(async () => {
        const [lon, lat] = new URL(page.url()).searchParams.get('view')!.split(',').map(Number);
        const [x, y] = await project(page, lon!, lat!);
        return Math.hypot(x - (map.x + map.width / 2), y - (map.y + map.height / 2));
      })
      .toBeLessThan(2);
    await screenshot(page, 'access-en-360-profile-closed-after-a-pan');
    await atlas.context.close();
  });

  it('logs no errors and asks nothing of the network', () => {
    expect(opened.length).toBeGreaterThan(10);
    for (const a of opened) {
      expect(a.externalRequests).toEqual([]);
      expect(a.consoleErrors).toEqual([]);
    }
  });
});
