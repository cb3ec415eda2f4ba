// The choropleth explorer in the built site: the published values in the table, the map painted by
// class (checked against the legend's own colours), classification switches, the legend filter, the
// tooltip, the pinned profile, the comparison, permalinks that restore the same pixels, and the
// computed indicators with their unknown values.
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {MAP_COLORS} from '../../src/map/map-colors';
import {atlasSuite, colourDistance, computeRequests, holdBack, project, recordComputeRequests, runAxe, saveJson, screenshot, waitForMap, type AtlasPage} from './atlas-page';
import {INSIDE, parseCssRgb} from './region-points';

const suite = atlasSuite();
const {opened, open} = suite;

/** Moves the pointer off the map (hover highlights would change the pixels). */
async function pointerAway(page: Page): Promise<void> {
  // First over Tajikistan (nothing pickable there: deck.gl ends its hover highlight; a pointer that
  // leaves the map keeps it), then off the map.
  const [x, y] = await project(page, 71.0, 38.8);
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  await page.mouse.move(5, 5);
  // deck.gl clears its hover highlight on a later pick-and-redraw cycle: give it a few frames.
  await page.waitForTimeout(250);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Waits until the map has drawn what the store now holds. */
async function settled(page: Page): Promise<void> {
  await waitForMap(page);
  await page.waitForTimeout(150);
  await waitForMap(page);
}

async function legendColor(page: Page, entry: string): Promise<[number, number, number]> {
  return parseCssRgb((await page.locator(`kg-legend button[data-entry="${entry}"]`).getAttribute('data-color'))!);
}

/** The colour at each region's inside point that is on the map, left of a pinned profile (a pinned region is brought into view whole: another may go off the map). */
async function regionPixels(page: Page, name: string): Promise<Record<string, [number, number, number]>> {
  await pointerAway(page);
  const shot = await screenshot(page, name);
  const map = (await page.locator('#map').boundingBox())!;
  const panel = page.locator('kg-region-card .panel');
  const profile = (await panel.count()) ? await panel.boundingBox() : null;
  const right = profile ? profile.x : map.x + map.width;
  const out: Record<string, [number, number, number]> = {};
  for (const [code, [lon, lat]] of Object.entries(INSIDE)) {
    const [x, y] = await project(page, lon, lat);
    if (x > map.x && x < right && y > map.y && y < map.y + map.height) out[code] = shot.rgb(x, y);
  }
  return out;
}

const rowText = (page: Page, code: string) => page.locator(`kg-data-views tbody tr[data-code="${code}"]`).innerText();

describe('integral coefficient, mining (seed 002 Table 3.1)', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    atlas = await open('lang=en&ind=integral&sector=mining');
  });

  it('shows the published values in the table', async () => {
    expect(await rowText(atlas.page, 'KG-J')).toMatch(/Jalal-Abad Region\s+5\.449\s+1/);
    expect(await rowText(atlas.page, 'KG-T')).toMatch(/Talas Region\s+0\.028/);
    expect(await rowText(atlas.page, 'KG-GO')).toContain('No production');
    const caption = await atlas.page.locator('kg-data-views caption').innerText();
    // The view and its unit (as under the indicator picker).
    expect(caption).toBe(
      'Integral coefficient of cluster-formation potential — Mining — 2015–2019. Unit: index (its formula is not published); the source reads a value above 1.0 as an absolute advantage for forming a cluster.',
    );
    expect(await atlas.page.locator('kg-data-views #table-source').innerText()).toContain('source 002');
  });

  it('copies as one line per region, a cell per column (a selection of the table, as Ctrl+C copies it)', async () => {
    const copied = await atlas.page.evaluate(() => {
      const table = document.querySelector('kg-data-views')!.shadowRoot!.querySelector('table')!;
      const range = document.createRange();
      range.selectNode(table);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const text = selection.toString();
      selection.removeAllRanges();
      return text;
    });
    const lines = copied.trim().split('\n');
    // The caption, the header, then the nine regions: the class's range on its region's line, the rank
    // a number (the screen reader's " / 9" is not copied).
    expect(lines).toHaveLength(11);
    expect(lines).toContain('Jalal-Abad Region\t5.449\t1\t≥ 2.00');
    for (const line of lines.slice(2)) expect(line.split('\t')).toHaveLength(4);
  });

  it('paints Jalal-Abad in the top class of the legend, and Talas in another', async () => {
    const top = await atlas.page.locator('kg-legend li button').first().getAttribute('data-entry');
    expect(top).toBe('class-4');
    expect(await atlas.page.locator('kg-legend button[data-entry="class-4"]').innerText()).toContain('≥ 2.00');
    const topColor = await legendColor(atlas.page, 'class-4');
    const pixels = await regionPixels(atlas.page, 'explorer-mining-diverging');
    expect(colourDistance(pixels['KG-J']!, topColor), `Jalal-Abad is ${pixels['KG-J']}`).toBeLessThan(8);
    expect(colourDistance(pixels['KG-T']!, topColor)).toBeGreaterThan(60);
    expect(colourDistance(pixels['KG-T']!, await legendColor(atlas.page, 'class-0'))).toBeLessThan(8);
  });

  it('draws "no production" grey with a dot pattern, listed and explained in the legend', async () => {
    const entry = atlas.page.locator('kg-legend button[data-entry="status-no_production"]');
    expect(await entry.innerText()).toContain('No production');
    expect(await atlas.page.locator('kg-legend section').innerText()).toContain('A dash in the source');
    expect(parseCssRgb((await entry.getAttribute('data-color'))!)).toEqual(MAP_COLORS.light.noData.slice(0, 3));
  });

  it('repaints when the classification changes', async () => {
    const before = await regionPixels(atlas.page, 'explorer-mining-diverging');
    await atlas.page.selectOption('kg-legend #method', 'jenks');
    await atlas.page.selectOption('kg-legend #n', '3');
    await expect.poll(() => atlas.page.url()).toContain('classes=jenks&n=3');
    await settled(atlas.page);
    const after = await regionPixels(atlas.page, 'explorer-mining-jenks');
    const changed = Object.keys(INSIDE).filter((code) => colourDistance(before[code]!, after[code]!) > 30);
    expect(changed.length).toBeGreaterThanOrEqual(4);
    // Natural breaks put Jalal-Abad alone in the top class.
    expect(await atlas.page.locator('kg-legend button[data-entry="class-2"]').innerText()).toContain('5.449');
    expect(colourDistance(after['KG-J']!, await legendColor(atlas.page, 'class-2'))).toBeLessThan(8);
    expect(colourDistance(after['KG-N']!, await legendColor(atlas.page, 'class-1'))).toBeLessThan(8);
  });

  it('highlights a class from the legend (the others fade), and shows all again', async () => {
    const before = await regionPixels(atlas.page, 'explorer-mining-jenks');
    await atlas.page.locator('kg-legend button[data-entry="class-2"]').click();
    await settled(atlas.page);
    const filtered = await regionPixels(atlas.page, 'explorer-legend-filter');
    expect(colourDistance(filtered['KG-J']!, before['KG-J']!)).toBeLessThan(8);
    expect(colourDistance(filtered['KG-N']!, before['KG-N']!)).toBeGreaterThan(40);
    expect(await atlas.page.locator('kg-legend button[data-entry="class-2"]').getAttribute('aria-pressed')).toBe('true');
    // Keyboard: the entry is a button; Enter on the focused entry clears the filter.
    await atlas.page.locator('kg-legend button[data-entry="class-2"]').focus();
    await atlas.page.keyboard.press('Enter');
    await settled(atlas.page);
    const restored = await regionPixels(atlas.page, 'explorer-legend-cleared');
    expect(colourDistance(restored['KG-N']!, before['KG-N']!)).toBeLessThan(8);
  });

  it('says on hover what a region’s value is, its rank and its source, and hides it when the pointer leaves', async () => {
    const [x, y] = await project(atlas.page, ...INSIDE['KG-J']!);
    await atlas.page.mouse.move(x, y);
    const tooltip = atlas.page.locator('kg-tooltip [role=tooltip]');
    await expect.poll(() => tooltip.innerText()).toContain('5.449');
    const text = await tooltip.innerText();
    expect(text).toContain('Jalal-Abad Region');
    expect(text).toContain('Rank 1 of 8');
    expect(text).toContain('above 1.0: an absolute advantage, as the source reads it');
    expect(text).toMatch(/Source: Dissertation abstract .*Table 3\.1/);
    await screenshot(atlas.page, 'explorer-tooltip');
    await pointerAway(atlas.page);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  // Onto the map where nothing is focused or pickable (the pointer over Tajikistan), then to a region.
  const arrivals: [string, (page: Page) => Promise<void>, (page: Page) => Promise<void>, string][] = [
    [
      'the pointer',
      async (page) => page.mouse.move(...(await project(page, 71.0, 38.8))),
      async (page) => page.mouse.move(...(await project(page, ...INSIDE['KG-J']!))),
      'Jalal-Abad Region',
    ],
    ['the keyboard focus', (page) => page.locator('#map canvas.maplibregl-canvas').focus(), (page) => page.keyboard.press('ArrowRight'), 'Batken Region'],
  ];
  for (const [who, arrive, reach, region] of arrivals)
    it(`loads the tooltip when ${who} comes onto the map, before it reaches a region`, async () => {
      const fresh = await open('lang=en');
      const tooltipModules = () => fresh.requests.filter((u) => /\/(kg-tooltip|layer-tooltips)-[^/]*\.js$/.test(u)).length;
      // Not part of the first view.
      await fresh.page.waitForTimeout(300);
      expect(tooltipModules()).toBe(0);
      // Onto the map: the modules load, nothing is shown.
      await arrive(fresh.page);
      await expect.poll(tooltipModules).toBe(2);
      await fresh.page.waitForFunction(() => customElements.get('kg-tooltip') !== undefined, undefined, {timeout: 10_000});
      await fresh.page.waitForTimeout(300);
      expect(await fresh.page.locator('kg-tooltip [role=tooltip]').count()).toBe(0);
      // Then a region: its tooltip.
      await reach(fresh.page);
      await expect.poll(() => fresh.page.locator('kg-tooltip [role=tooltip]').innerText()).toContain(region);
    });

  it('pins the profile on click, synced with the table, and closes it with Escape', async () => {
    const [x, y] = await project(atlas.page, ...INSIDE['KG-J']!);
    await atlas.page.mouse.click(x, y);
    await expect.poll(() => atlas.page.url()).toContain('region=KG-J');
    const profile = atlas.page.locator('kg-region-card section');
    await expect.poll(() => profile.innerText()).toContain('Jalal-Abad Region');
    const text = await profile.innerText();
    expect(text).toContain('Integral coefficient by industry');
    expect(text).toMatch(/Electricity, gas, steam and air conditioning\s+2\.133/);
    expect(text).toContain('R — Arts, entertainment and recreation');
    expect(text).toContain('Petrochemical cluster');
    expect(text).toContain('Tash-Kumyr');
    // Two published series at once, and the two computed ones once the worker has answered (how soon
    // depends on the machine's load, so wait for all four rather than count at an arbitrary moment).
    await expect.poll(() => atlas.page.locator('kg-region-card kg-line-chart svg').count(), {timeout: 20_000}).toBe(4);
    expect(await atlas.page.locator('kg-data-views tr[data-code="KG-J"]').getAttribute('aria-current')).toBe('true');
    await pointerAway(atlas.page);
    await screenshot(atlas.page, 'explorer-profile');
    await atlas.page.keyboard.press('Escape');
    await expect.poll(() => atlas.page.locator('kg-region-card section').count()).toBe(0);
    await expect.poll(() => atlas.page.url()).not.toContain('region=');
  });

  // The regions are drawn by deck.gl: a click on the country before its first frame found nothing to
  // pin, and was lost.
  it('pins the region clicked before deck.gl has drawn once it has (deck.gl held back)', async () => {
    const {page, context} = await open('lang=en');
    const release = await holdBack(context, '**/assets/deck-*.js');
    await page.reload({waitUntil: 'commit'});
    await page.waitForFunction(() => window.__atlas?.project(74, 41) != null, undefined, {timeout: 20_000});
    const [x, y] = await project(page, ...INSIDE['KG-J']!);
    await page.mouse.click(x, y);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__atlas.firstRenderMs)).toBeNull();
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    release();
    await waitForMap(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-J');
    await expect.poll(() => page.locator('kg-region-card h2').first().textContent()).toContain('Jalal-Abad Region');
  });

  it('pins a region from the table with the keyboard', async () => {
    await atlas.page.locator('kg-data-views tr[data-code="KG-T"] th button').focus();
    await atlas.page.keyboard.press('Enter');
    await expect.poll(() => atlas.page.url()).toContain('region=KG-T');
    await expect.poll(() => atlas.page.locator('kg-region-card section').innerText()).toContain('Talas Region');
    await atlas.page.keyboard.press('Escape');
  });
});

describe('permalinks', () => {
  it('restore the same state and the same pixels in a fresh page', async () => {
    const first = await open('lang=en&ind=integral&sector=construction_materials');
    await first.page.selectOption('kg-legend #method', 'quantile');
    await first.page.selectOption('kg-legend #n', '4');
    await first.page.locator('kg-data-views tr[data-code="KG-N"] th button').click();
    await first.page.getByRole('tab', {name: 'Compare'}).click();
    // With Naryn pinned, one press compares it with the country; then Osh instead of Naryn.
    await first.page.getByRole('button', {name: 'Compare Naryn Region with the country'}).click();
    await expect.poll(() => first.page.url()).toContain('compare=KG-N,KG');
    await first.page.locator('kg-data-views input[value="KG-N"]').uncheck();
    await first.page.locator('kg-data-views input[value="KG-O"]').check();
    await expect.poll(() => first.page.url()).toContain('compare=KG-O,KG');
    await settled(first.page);
    const link = first.page.url();
    expect(link).toContain('classes=quantile&n=4');
    expect(link).toContain('region=KG-N');
    const pixels = await regionPixels(first.page, 'explorer-permalink-first');

    const query = new URL(link).search;
    const second = await open(query);
    expect(second.page.url()).toBe(link);
    expect(await second.page.locator('kg-legend #method').inputValue()).toBe('quantile');
    expect(await second.page.locator('kg-legend #n').inputValue()).toBe('4');
    expect(await second.page.locator('kg-indicator-picker #sector').inputValue()).toBe('construction_materials');
    await expect.poll(() => second.page.locator('kg-region-card section').innerText()).toContain('Naryn Region');
    expect(await second.page.locator('kg-data-views [role=tab][aria-selected=true]').innerText()).toBe('Compare');
    expect(await second.page.locator('kg-data-views .bar-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code))).toEqual([
      'KG-O',
      'KG',
    ]);
    const again = await regionPixels(second.page, 'explorer-permalink-second');
    expect(Object.keys(pixels).length, 'regions on the map').toBeGreaterThanOrEqual(5);
    expect(Object.keys(again).sort()).toEqual(Object.keys(pixels).sort());
    for (const code of Object.keys(pixels)) expect(colourDistance(again[code]!, pixels[code]!), code).toBeLessThan(4);
    await first.context.close();
    await second.context.close();
  });

  it('apply every explorer key of a hand-written link', async () => {
    const {page, context} = await open('lang=ru&ind=lq2018&sector=B&classes=custom&breaks=0.5,1,3&region=KG-B&compare=KG-B,KG-N,KG');
    expect(await page.locator('kg-legend #method').inputValue()).toBe('custom');
    expect(await page.locator('kg-legend #breaks').inputValue()).toBe('0.5, 1, 3');
    const labels = await page.locator('kg-legend li button').allInnerTexts();
    expect(labels.map((l) => l.split('\n')[0]!.trim()).slice(0, 4)).toEqual(['≥ 3,00', '1,00 – 3,00', '0,50 – 1,00', '< 0,50']);
    expect(await page.locator('kg-region-card section').innerText()).toContain('Баткенская область');
    // A link with a comparison opens on it.
    expect(await page.locator('kg-data-views .bar-row').count()).toBe(3);
    expect(await page.locator('kg-data-views .bar-row[data-code="KG-B"]').innerText()).toContain('5,62');
    await page.getByRole('tab', {name: 'Таблица'}).click();
    expect(await rowText(page, 'KG-B')).toMatch(/Баткенская область\s+5,62/);
    await context.close();
  });

  // Natural breaks' code is code-split (src/model/natural-breaks.ts): a link asking for them opens on them.
  it('open on natural breaks when the link asks for them', async () => {
    const {page, context} = await open('lang=en&ind=integral&sector=mining&classes=jenks&n=3');
    expect(await page.locator('kg-legend #method').inputValue()).toBe('jenks');
    expect(await page.locator('kg-legend button[data-entry="class-2"]').innerText()).toContain('5.449');
    const pixels = await regionPixels(page, 'explorer-permalink-jenks');
    expect(colourDistance(pixels['KG-J']!, await legendColor(page, 'class-2'))).toBeLessThan(8);
    expect(colourDistance(pixels['KG-N']!, await legendColor(page, 'class-1'))).toBeLessThan(8);
    await context.close();
  });

  it('fall back politely on an invalid value, still showing the explorer', async () => {
    const {page, context} = await open('lang=en&ind=integral&sector=Z&classes=rainbow');
    const notices = await page.locator('kg-notices [role=status]').innerText();
    expect(notices).toContain('“sector=Z” could not be used');
    expect(notices).toContain('“classes=rainbow” could not be used');
    expect(await rowText(page, 'KG-GB')).toContain('2.083');
    await context.close();
  });

  it('name what they show instead of unusable breaks, say why precisely, and report a year of an indicator without years', async () => {
    const notice = async (page: Page) => (await page.locator('kg-notices .notice p').allTextContents()).join(' | ');
    const method = (page: Page) => page.locator('kg-legend #method').inputValue();
    // Not ascending: the default classes, named.
    let {page, context} = await open('lang=en&classes=custom&breaks=3,2,1');
    expect(await notice(page)).toBe('The link’s “breaks=3,2,1” could not be used (not in ascending order); showing the default instead (Diverging, centred on 1.0).');
    expect(await method(page)).toBe('diverging');
    await context.close();
    ({page, context} = await open('lang=ru&classes=custom&breaks=abc'));
    expect(await notice(page)).toBe('Параметр ссылки «breaks=abc» не удалось использовать (неверный формат); показано значение по умолчанию (Расходящаяся шкала, центр 1,0).');
    expect(await method(page)).toBe('diverging');
    await context.close();
    // Breaks of hundreds of digits are refused (their legend spilled out of the sidebar).
    ({page, context} = await open('lang=en&classes=custom&breaks=-1e308,0,1e308'));
    expect(await notice(page)).toBe('The link’s “breaks=-1e308,0,1e308” could not be used (out of range); showing the default instead (Diverging, centred on 1.0).');
    expect(await method(page)).toBe('diverging');
    await context.close();
    // Breaks up to a million are the link's own, and their legend stays inside the sidebar.
    ({page, context} = await open('lang=ru&classes=custom&breaks=-1000000,1000000'));
    expect(await notice(page)).toBe('');
    expect(await method(page)).toBe('custom');
    const sidebar = (await page.locator('.kg-sidebar').boundingBox())!;
    for (const label of await page.locator('kg-legend li button .label').all()) {
      const box = (await label.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(sidebar.x + sidebar.width);
    }
    await context.close();
    ({page, context} = await open('lang=ky&ind=integral&year=2015'));
    expect(await notice(page)).toBe('Шилтемедеги «year=2015» параметрин колдонууга болбоду (бул көрсөткүчтүн жылы жок); демейки маани көрсөтүлдү.');
    await context.close();
  });
});

describe('a computed indicator (the engine in its Web Worker)', () => {
  it('shows computed values, unknown ones as "no data", with a year slider, and no errors', async () => {
    // Records what is asked of the engine's worker.
    const atlas = await open('lang=en&ind=mfg-lq&year=2012', {initScript: recordComputeRequests});
    expect(await atlas.page.locator('kg-indicator-picker .badge').innerText()).toBe('Computed');
    expect(await atlas.page.locator('kg-indicator-picker #year').inputValue()).toBe('2012');
    // The source publishes Osh city separately only from 2013: unknown, never zero.
    expect(await rowText(atlas.page, 'KG-GO')).toContain('No data');
    expect(await atlas.page.locator('kg-legend button[data-entry="status-no_data"]').innerText()).toContain('regions: 1');
    // Chuy's manufacturing employment share is far above the country's in every year.
    expect(Number((await rowText(atlas.page, 'KG-C')).match(/\d+\.\d+/)![0])).toBeGreaterThan(1.3);
    const pixels = await regionPixels(atlas.page, 'explorer-computed');
    expect(colourDistance(pixels['KG-C']!, MAP_COLORS.light.noData)).toBeGreaterThan(40);
    // Every year of the slider is asked of the worker once, 2012 first; the others in the background.
    const asked = async () => (await computeRequests(atlas.page)).filter((r) => r.ind === 'mfg-lq').map((r) => r.year!);
    await expect.poll(async () => (await asked()).length).toBe(15);
    expect((await asked())[0]).toBe(2012);
    expect(new Set(await asked()).size).toBe(15);
    // The slider moves the year in the link; the year shown is a kept result, not another request.
    await atlas.page.locator('kg-indicator-picker #year').focus();
    await atlas.page.keyboard.press('ArrowRight');
    await expect.poll(() => atlas.page.url()).toContain('year=2013');
    await expect.poll(() => rowText(atlas.page, 'KG-GO')).not.toContain('No data');
    expect(await asked()).toHaveLength(15);
    expect(atlas.consoleErrors).toEqual([]);
    expect(await atlas.page.evaluate(() => window.__atlas.errors)).toEqual([]);
    await atlas.context.close();
  });

  it('plays the years: the slider, the link, the table and the map step on a year at a time until Pause', async () => {
    const {page, context} = await open('lang=en&ind=mfg-lq&year=2012');
    const play = page.locator('kg-year-play button');
    expect(await play.innerText()).toContain('Play the years');
    const drawn = () => page.evaluate(() => window.__atlas.lastDraw?.key);
    const before = await drawn();
    await play.click();
    await expect.poll(() => play.innerText()).toContain('Pause');
    // Osh city has no data before 2013: its row fills in with the first step.
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), {timeout: 5000}).toBe('2013');
    expect(await page.locator('kg-indicator-picker #year').inputValue()).toBe('2013');
    await expect.poll(() => rowText(page, 'KG-GO')).not.toContain('No data');
    await expect.poll(drawn).not.toBe(before);
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), {timeout: 5000}).toBe('2014');
    await play.click();
    expect(await play.innerText()).toContain('Play the years');
    const stopped = new URL(page.url()).searchParams.get('year');
    await page.waitForTimeout(2500);
    expect(new URL(page.url()).searchParams.get('year')).toBe(stopped);
    await context.close();
  });

  it('opens the composite index at its latest year, with a slider over the years it has; a tooltip keeps its sources to three lines', async () => {
    const latest = await open('lang=en&ind=potential');
    const year = latest.page.locator('kg-indicator-picker #year');
    await expect.poll(() => year.getAttribute('type')).toBe('range');
    expect([await year.inputValue(), await year.getAttribute('min'), await year.getAttribute('max')]).toEqual(['2024', '2010', '2024']);
    // Every region has a value there (at 2018, seven had none).
    expect(await latest.page.locator('kg-legend button[data-entry="status-no_data"]').count()).toBe(0);
    await latest.context.close();
    // At 2018 the index cites every input's source, a dozen lines: the tooltip shows three.
    const atlas = await open('lang=ru&ind=potential&year=2018');
    await atlas.page.mouse.move(...(await project(atlas.page, ...INSIDE['KG-J']!)));
    const source = atlas.page.locator('kg-tooltip .source');
    await expect.poll(() => source.count()).toBe(1);
    const box = await source.evaluate((el) => ({shown: el.clientHeight, full: el.scrollHeight, line: parseFloat(getComputedStyle(el).lineHeight)}));
    expect(box.full).toBeGreaterThan(box.shown * 2);
    expect(box.shown).toBeLessThanOrEqual(3 * box.line + 1);
    await screenshot(atlas.page, 'explorer-tooltip-sources');
    await atlas.context.close();
  });

  // The data audit of 7 December 2026 (D1): Batken's index cited the Bishkek agency's profile.
  it('cites, for one region’s value, that region’s figures and the national ones; the table cites the whole column', async () => {
    const atlas = await open('lang=en&ind=potential&sector=C&year=2018');
    const bishkekProfile = 'invest.gov.kg/?p=797';
    const batkenProfile = 'invest.gov.kg/batken';
    const table = atlas.page.locator('kg-data-views #table-source');
    await expect.poll(() => table.textContent()).toContain(bishkekProfile);
    expect(await table.textContent()).toContain(batkenProfile);
    await atlas.page.mouse.move(...(await project(atlas.page, ...INSIDE['KG-B']!)));
    const tooltip = atlas.page.locator('kg-tooltip .source');
    await expect.poll(() => tooltip.textContent()).toContain(batkenProfile);
    expect(await tooltip.textContent()).toContain('Table 2.1');
    expect(await tooltip.textContent()).not.toContain(bishkekProfile);
    await atlas.page.mouse.click(...(await project(atlas.page, ...INSIDE['KG-B']!)));
    const now = atlas.page.locator('kg-region-card [data-testid=profile-now] .source');
    await expect.poll(() => now.textContent()).toContain(batkenProfile);
    expect(await now.textContent()).not.toContain(bishkekProfile);
    expect(await atlas.page.locator('kg-region-card').innerText()).not.toContain(bishkekProfile);
    // Naryn's index is unknown: the profiles it is missing from are not called its source.
    await atlas.page.mouse.click(...(await project(atlas.page, ...INSIDE['KG-N']!)));
    await expect.poll(() => now.textContent()).toContain('Not found for this region in: ');
    const [found, lacking] = (await now.textContent())!.split('Not found for this region in: ');
    expect(found).toMatch(/^Source: National Statistical Committee.*9\.2\.2/);
    expect(found).not.toContain('invest.gov.kg');
    expect(lacking).toContain(bishkekProfile);
    expect(lacking).toContain(batkenProfile);
    await atlas.context.close();
  });

  it('keeps the profile’s name and its × in sight while it scrolls, on a phone', async () => {
    const atlas = await open('lang=ru&region=KG-N', {viewport: {width: 390, height: 844}, phone: true});
    const {page} = atlas;
    const panel = page.locator('kg-region-card .panel');
    await panel.evaluate((el) => (el.scrollTop = 600));
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
    const [box, name] = [(await panel.boundingBox())!, (await page.locator('kg-region-card h2').boundingBox())!];
    expect(name.y, JSON.stringify({box, name})).toBeGreaterThanOrEqual(box.y);
    expect(name.y).toBeLessThan(box.y + 30);
    expect(await page.locator('kg-region-card h2').innerText()).toBe('Нарынская область');
    // What scrolls under the name is hidden by it, not read through it.
    expect(await page.locator('kg-region-card header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(await panel.evaluate((el) => getComputedStyle(el).backgroundColor));
    await screenshot(page, 'explorer-profile-scrolled-phone');
    await page.locator('kg-region-card header button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    await atlas.context.close();
  });
});

describe('layouts and accessibility', () => {
  it('default, comparison and phone-width views (screenshots), without horizontal overflow on a phone', async () => {
    const desktop = await open('lang=en');
    await pointerAway(desktop.page);
    const shots = [(await screenshot(desktop.page, 'explorer-default')).path];
    const compare = await open('lang=en&ind=integral&sector=food_processing&compare=KG-B,KG-J,KG-Y,KG-N,KG-O,KG-T,KG-C,KG-GB,KG-GO,KG');
    await pointerAway(compare.page);
    await compare.page.locator('kg-data-views .bars').scrollIntoViewIfNeeded();
    shots.push((await screenshot(compare.page, 'explorer-compare')).path);
    expect(await compare.page.locator('kg-data-views .bar-row').count()).toBe(10);
    const phone = await open('lang=ky&ind=integral&sector=light_industry&region=KG-C', {viewport: {width: 360, height: 740}});
    shots.push((await screenshot(phone.page, 'explorer-phone')).path);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await phone.page.locator('#map').boundingBox();
    expect(box!.width).toBeGreaterThan(340);
    expect(await phone.page.locator('kg-region-card section').innerText()).toContain('Чүй облусу');
    saveJson('explorer-screenshots', shots);
    for (const a of [desktop, compare, phone]) await a.context.close();
  });

  it('has no serious accessibility violations in the explorer (axe-core)', async () => {
    const {page, context} = await open('lang=en&ind=integral&sector=mining&region=KG-J&compare=KG-J,KG');
    const result = await runAxe(page, [['kg-indicator-picker'], ['kg-legend'], ['kg-data-views'], ['kg-region-card']]);
    saveJson('explorer-axe', result);
    // axe reached into the components' shadow roots (else the test would prove nothing)...
    expect(result.contrastChecked).toBeGreaterThan(20);
    // ...and found nothing serious.
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await context.close();
  });

  it('logs no errors and asks nothing of the network', () => {
    for (const a of opened) {
      expect(a.externalRequests).toEqual([]);
      expect(a.consoleErrors).toEqual([]);
    }
  });
});
