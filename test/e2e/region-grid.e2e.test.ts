// The data views' "Regions × industries" tab in the built site: code-split (not asked for in the first
// view), the same numbers as the map's table for the same industry (a published and a computed
// indicator), a cell that shows its industry and pins its region (URL, sidebar, profile follow), the
// keyboard, and screenshots (desktop in Russian, a phone in Kyrgyz).
import {readFileSync} from 'node:fs';
import Papa from 'papaparse';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {encodeScenario} from '../../src/io/scenario-codec';
import {emptyScenario} from '../../src/model/scenario';
import {atlasSuite, runAxe, screenshot, waitForMap} from './atlas-page';

const suite = atlasSuite({closePages: true});
const {open} = suite;

const gridCell = (page: Page, code: string, sector: string) => page.locator(`kg-region-grid tr[data-code="${code}"] td[data-sector="${sector}"] button`);
const CODES = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO'];

async function openGrid(page: Page, label: string | RegExp): Promise<void> {
  await page.getByRole('tab', {name: label}).click();
  await expect.poll(() => page.locator('kg-region-grid tbody tr').count(), {timeout: 30_000}).toBe(9);
}

/** Each region's value in the grid's column for `sector` (the cell's visible value). */
async function gridColumn(page: Page, sector: string): Promise<string[]> {
  return Promise.all(CODES.map((code) => gridCell(page, code, sector).locator('.value').innerText()));
}

/** Each region's value in the Table tab (the map's current indicator and industry). */
async function tableColumn(page: Page, label: string | RegExp): Promise<string[]> {
  await page.getByRole('tab', {name: label}).click();
  const cell = (code: string) => page.locator(`kg-data-views tbody tr[data-code="${code}"] td.num`).first();
  await expect.poll(() => page.locator('kg-data-views tbody tr').count()).toBe(9);
  return Promise.all(CODES.map((code) => cell(code).innerText()));
}

describe('regions × industries grid', () => {
  it('published (integral coefficient, Russian): code-split, the table’s numbers, a cell pins its region and shows its industry', async () => {
    const atlas = await open('lang=ru&ind=integral&sector=light_industry');
    const {page} = atlas;
    // The first view asks for the tab's label and loader only, not its module.
    expect(atlas.requests.filter((u) => u.includes('kg-region-grid'))).toEqual([]);
    await openGrid(page, 'Регионы × отрасли');
    expect(atlas.requests.some((u) => u.includes('kg-region-grid'))).toBe(true);
    // Seed 002 Table 3.1, mining: Jalal-Abad 5.449 (the top class, ≥ 2), Osh city a dash (no production).
    expect(await gridCell(page, 'KG-J', 'mining').innerText()).toMatch(/5,449\s*↑↑/);
    expect(await gridCell(page, 'KG-GO', 'mining').innerText()).toContain('Нет производства');
    expect(await gridCell(page, 'KG-GO', 'mining').locator('.mark').count()).toBe(0);
    // One column per industry of the select, one row per region; a caption naming indicator, time, unit and source.
    const options = await page.locator('kg-indicator-picker select#sector option').count();
    expect(await page.locator('kg-region-grid thead th[scope="col"]').count()).toBe(options + 1);
    const caption = await page.locator('kg-region-grid caption').innerText();
    expect(caption).toContain('Интегральный коэффициент');
    expect(caption).toContain('2015–2019');
    expect(caption).toContain('Единица');
    expect(caption).toMatch(/Источник: .*002/);
    expect(await page.locator('kg-region-grid [role="region"][tabindex="0"]').getAttribute('aria-label')).toBeTruthy();
    const mining = await gridColumn(page, 'mining');
    const light = await gridColumn(page, 'light_industry');
    const miningCells = await Promise.all(CODES.map((code) => gridCell(page, code, 'mining').innerText()));

    // Pressing Naryn × mining: the URL, the sector select and the profile follow, as if chosen by hand.
    await gridCell(page, 'KG-N', 'mining').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('mining');
    expect(new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    await waitForMap(page);
    expect(await page.locator('kg-indicator-picker select#sector').inputValue()).toBe('mining');
    await expect.poll(() => page.locator('kg-region-card section').innerText()).toContain('Нарын');
    // The map's legend is mining's now: as many regions in its top class (≥ 2) as the grid marks ↑↑.
    const top = miningCells.filter((text) => text.includes('↑↑')).length;
    expect(top).toBeGreaterThan(0);
    await expect.poll(() => page.locator('kg-legend button[data-entry="class-4"] .count').innerText()).toContain(String(top));
    // The pressed cell is the current one, and keeps the tab stop.
    expect(await page.locator('kg-region-grid td[aria-current="true"]').getAttribute('data-sector')).toBe('mining');
    expect(await gridCell(page, 'KG-N', 'mining').getAttribute('tabindex')).toBe('0');
    // Arrow keys move between the cells.
    await gridCell(page, 'KG-N', 'mining').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.closest('tr')?.dataset.code)).toBe('KG-Y');
    expect((await runAxe(page, [['kg-data-views']])).violations).toEqual([]);
    await screenshot(page, 'region-grid-ru');

    // The Table tab, for mining now: the grid's numbers.
    expect(await tableColumn(page, 'Таблица')).toEqual(mining);
    await page.locator('kg-indicator-picker select#sector').selectOption('light_industry');
    await waitForMap(page);
    expect(await tableColumn(page, 'Таблица')).toEqual(light);
  });

  it('computed (composite index, Russian): a column the map has not computed yet matches the map once chosen', async () => {
    const atlas = await open('lang=ru&ind=potential&year=2018&sector=C');
    const {page} = atlas;
    await openGrid(page, 'Регионы × отрасли');
    const sectors = await page.locator('kg-region-grid thead th[data-sector]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.sector!));
    const other = sectors.find((s) => s !== 'C')!;
    expect(other).toBeTruthy();
    await expect.poll(async () => (await gridColumn(page, other)).join('|')).not.toContain('…');
    const grid = await gridColumn(page, other);
    const current = await gridColumn(page, 'C');
    expect(grid.some((v) => /\d,\d\d/.test(v))).toBe(true);
    await gridCell(page, 'KG-B', other).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe(other);
    expect(new URL(page.url()).searchParams.get('region')).toBe('KG-B');
    await waitForMap(page);
    await expect.poll(() => tableColumn(page, 'Таблица'), {timeout: 30_000}).toEqual(grid);
    await page.locator('kg-indicator-picker select#sector').selectOption('C');
    await waitForMap(page);
    await expect.poll(() => tableColumn(page, 'Таблица'), {timeout: 30_000}).toEqual(current);
  });

  it('downloads as CSV: one row per region and industry, with the values the grid shows (English)', async () => {
    const {page} = await open('lang=en&ind=potential&year=2018&sector=C');
    await openGrid(page, 'Regions × industries');
    const sectors = await page.locator('kg-region-grid thead th[data-sector]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.sector!));
    await expect.poll(async () => (await Promise.all(sectors.map((s) => gridColumn(page, s)))).flat().join('|'), {timeout: 30_000}).not.toContain('…');
    const shown = Object.fromEntries(await Promise.all(sectors.map(async (s) => [s, await gridColumn(page, s)] as const)));
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator('kg-region-grid').getByRole('button', {name: 'Download this table: CSV'}).click()]);
    expect(file.suggestedFilename()).toBe('kg-cluster-atlas_potential_all-industries_2018_en.csv');
    const text = readFileSync(await file.path(), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true}).data;
    expect(sectors.length).toBeGreaterThan(3);
    expect(rows).toHaveLength(sectors.length * 9);
    // Every cell of the grid is in the file as the grid prints it (value_shown), or unknown in both.
    for (const sector of sectors)
      for (const [i, code] of CODES.entries()) {
        const row = rows.find((r) => r.sector === sector && r.region_code === code)!;
        expect(row.value_shown === '' ? 'unknown' : row.value_shown, `${code} ${sector}`).toBe(/^\d/.test(shown[sector]![i]!) ? shown[sector]![i]! : 'unknown');
      }
    expect(await page.locator('kg-region-grid [role=status]').innerText()).toBe('Saved: kg-cluster-atlas_potential_all-industries_2018_en.csv');
  });

  // Its change over time as a table: every year of the map's industry, its own file.
  it('across years (English): a column per year of the slider, the map’s year current, a cell shows its year and pins its region, the file', async () => {
    const {page} = await open('lang=en&ind=mfg-lq&year=2016');
    await openGrid(page, 'Regions × industries');
    // An indicator with a year slider offers the years as the columns; industries first.
    const years = page.locator('kg-region-grid button[data-across="years"]');
    expect(await page.locator('kg-region-grid button[data-across="industries"]').getAttribute('aria-pressed')).toBe('true');
    await years.click();
    expect(await years.getAttribute('aria-pressed')).toBe('true');
    const yearCell = (code: string, year: number) => page.locator(`kg-region-grid tr[data-code="${code}"] td[data-year="${year}"] button`);
    await expect.poll(() => page.locator('kg-region-grid thead th[data-year]').count(), {timeout: 30_000}).toBe(15);
    expect(await page.locator('kg-region-grid thead th[data-year]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.year))).toEqual(
      Array.from({length: 15}, (_, i) => String(2010 + i)),
    );
    expect(await page.locator('kg-region-grid th.current').getAttribute('data-year')).toBe('2016');
    expect(await page.locator('kg-region-grid caption .title').innerText()).toContain('2010–2024');
    // Osh city is published on its own from 2013 (the source's footnote): unknown before, never 0.
    expect(await yearCell('KG-GO', 2012).innerText()).toContain('No data');
    expect(await yearCell('KG-GO', 2013).locator('.value').innerText()).toMatch(/^\d\.\d\d$/);
    // The map's year in the grid is the Table tab's value.
    const chuy2016 = await yearCell('KG-C', 2016).locator('.value').innerText();
    // A cell: its year on the map, its region pinned.
    await yearCell('KG-N', 2020).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2020');
    expect(new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    expect(await page.locator('kg-indicator-picker #year').inputValue()).toBe('2020');
    await expect.poll(() => page.locator('kg-region-grid th.current').getAttribute('data-year')).toBe('2020');
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator('kg-region-grid').getByRole('button', {name: 'Download this table: CSV'}).click()]);
    expect(file.suggestedFilename()).toBe('kg-cluster-atlas_mfg-lq_c_2010-2024_en.csv');
    const rows = Papa.parse<Record<string, string>>(readFileSync(await file.path(), 'utf8').slice(1), {header: true, skipEmptyLines: true}).data;
    expect(rows).toHaveLength(15 * 9);
    expect(rows.find((r) => r.region_code === 'KG-C' && r.period === '2016')!.value_shown).toBe(chuy2016);
    expect(rows.find((r) => r.region_code === 'KG-GO' && r.period === '2012')!.value).toBe('');
    await screenshot(page, 'region-grid-years-en');
  });

  it('opens wide on a desktop: every industry at once; Escape gives the sidebar back; a cell picked closes it (Russian)', async () => {
    const {page} = await open('lang=ru&ind=lq2018&sector=C', {viewport: {width: 1366, height: 768}});
    await openGrid(page, 'Регионы × отрасли');
    /** How many industries' headers are wholly in sight (inside the window and their scrolling box). */
    const inSight = () =>
      page.locator('kg-region-grid').evaluate((grid) => {
        const scroll = grid.shadowRoot!.querySelector('.scroll')!.getBoundingClientRect();
        return [...grid.shadowRoot!.querySelectorAll('thead th[data-sector]')].filter((th) => {
          const box = th.getBoundingClientRect();
          return box.left >= scroll.left && box.right <= Math.min(scroll.right, innerWidth) + 0.5;
        }).length;
      });
    const inSidebar = await inSight();
    expect(inSidebar).toBeLessThanOrEqual(3);
    const openWide = page.locator('kg-region-grid button.open-wide');
    await openWide.click();
    const dialog = page.locator('kg-region-grid dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('h2').innerText()).toBe('Регионы × отрасли');
    expect((await dialog.boundingBox())!.width).toBeGreaterThan(1200);
    expect(await inSight()).toBeGreaterThanOrEqual(8);
    // The same grid, with its keys: a cell takes the focus and the arrows move it.
    await dialog.locator('tbody tr[data-code="KG-N"] td[data-sector="A"] button').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('kg-region-grid').evaluate((grid) => grid.shadowRoot!.activeElement?.closest('td')?.dataset.sector)).toBe('B');
    await screenshot(page, 'region-grid-wide');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('kg-region-grid').evaluate((grid) => grid.shadowRoot!.activeElement?.className)).toBe('open-wide');
    expect(await inSight()).toBe(inSidebar);
    // A cell picked in the wide grid shows it on the map: the dialog closes so that the map is seen.
    await openWide.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('tbody tr[data-code="KG-N"] td[data-sector="A"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('A');
    expect(new URL(page.url()).searchParams.get('region')).toBe('KG-N');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('shows the map’s industry’s column; a column’s header shows its industry; the keys reach the headers', async () => {
    // Electricity, the last industry of the integral coefficient's select: far to the right of a sidebar's width.
    const atlas = await open('lang=en&ind=integral&sector=electricity');
    const {page} = atlas;
    await openGrid(page, 'Regions × industries');
    const sectors = await page.locator('kg-region-grid thead th[data-sector]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.sector!));
    expect(sectors.indexOf('electricity')).toBe(sectors.length - 1);
    const inSight = (sector: string) =>
      page.locator('kg-region-grid .scroll').evaluate((scroll, sector) => {
        const box = scroll.getBoundingClientRect();
        const names = scroll.querySelector('thead th')!.getBoundingClientRect();
        const column = scroll.querySelector(`th[data-sector="${sector}"]`)!.getBoundingClientRect();
        return column.left >= names.right - 1 && column.right <= box.right + 1;
      }, sector);
    await expect.poll(() => inSight('electricity')).toBe(true);
    expect(await inSight(sectors[0]!)).toBe(false);
    // The page itself did not scroll to the grid.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A header is a button: its industry goes on the map, the pinned region (none) unchanged.
    const header = page.locator('kg-region-grid thead th[data-sector="mining"] button');
    await header.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('mining');
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    await expect.poll(() => inSight('mining')).toBe(true);
    expect(await page.locator('kg-region-grid th.current').getAttribute('data-sector')).toBe('mining');
    // From the first row, ArrowUp reaches the header; Enter on it picks its industry.
    await gridCell(page, 'KG-B', 'electricity').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.closest('th')?.dataset.sector)).toBe('electricity');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('electricity');
  });

  it('says it shows the scenario’s values, and that a difference map’s differences are elsewhere', async () => {
    const code = encodeScenario({...emptyScenario('No jobs weight'), settings: {potential: {weights: {lq_employment: 0}}}});
    if (!code.ok) throw new Error('scenario too long for a link');
    const atlas = await open(`lang=en&ind=potential&sector=C&year=2018&s=${code.code}&vs=difference`);
    const {page} = atlas;
    await openGrid(page, 'Regions × industries');
    expect(await page.locator('kg-region-grid caption [data-kind="scenario"]').innerText()).toBe('Scenario “No jobs weight”');
    expect(await page.locator('kg-region-grid [data-kind="not-differences"]').innerText()).toContain('this grid shows the open scenario’s own values');
    // The scenario's own value: Batken's 0.90 (the difference table's "No jobs weight" column), not +0.18.
    expect(await gridCell(page, 'KG-B', 'C').locator('.value').innerText()).toBe('0.90');

    // Under a comparison with another year, the note says the grid holds the map's year's values.
    const years = await open('lang=en&ind=mfg-lq&sector=C&year=2024&from=2010');
    await openGrid(years.page, 'Regions × industries');
    await expect.poll(() => years.page.locator('kg-region-grid [data-kind="not-differences"]').count(), {timeout: 20_000}).toBe(1);
    expect(await years.page.locator('kg-region-grid [data-kind="not-differences"]').innerText()).toBe(
      'The map shows the change since 2010 (listed in the Table tab); this grid shows the values of 2024.',
    );
  });

  it('on a phone (Kyrgyz) scrolls sideways inside its own region', async () => {
    const atlas = await open('lang=ky&ind=integral&sector=light_industry', {viewport: {width: 360, height: 640}, phone: true});
    const {page} = atlas;
    // The sidebar is a sheet over the map: opened first.
    await page.locator('kg-sheet-handle button.handle').click();
    await page.waitForTimeout(400);
    await page.getByRole('tab', {name: 'Региондор × тармактар'}).scrollIntoViewIfNeeded();
    await openGrid(page, 'Региондор × тармактар');
    const region = page.locator('kg-region-grid [role="region"]');
    await region.scrollIntoViewIfNeeded();
    const [client, scroll] = await region.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(scroll).toBeGreaterThan(client);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'region-grid-ky-phone');
  });
});
