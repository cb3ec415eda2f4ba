// What a blind visitor hears, keyboard only, from Chromium's own accessibility tree (the names and states
// a screen reader is given, which Playwright's own computation does not always match) and the live
// regions: findings of the screen-reader audit.
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {announced, atlasSuite} from './atlas-page';

const suite = atlasSuite();
const {open} = suite;

const DESKTOP = {width: 1280, height: 800};

/** The nodes of `role` as Chromium gives them to a screen reader (its own role names: DisclosureTriangle is a summary). */
async function axNodes(page: Page, role: string): Promise<{name: string; description: string}[]> {
  type Node = {role?: {value: string}; name?: {value: string}; description?: {value: string}; ignored?: boolean};
  const cdp = await page.context().newCDPSession(page);
  const {nodes} = (await cdp.send('Accessibility.getFullAXTree')) as {nodes: Node[]};
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => ({name: n.name?.value ?? '', description: n.description?.value ?? ''}));
}

/** Their accessible names. */
async function axNames(page: Page, role: string): Promise<string[]> {
  return (await axNodes(page, role)).map((n) => n.name);
}

describe('the profile, read by a screen reader', () => {
  // Finding: each growth point's summary was read "right-pointing triangle, Karakolpopulation 85,600
  // (2022)": the drawn marker was part of its name, and the space before the population was not.
  it('names a growth point or cluster that opens by its words alone, spaced', async () => {
    const {page, context} = await open('lang=en&region=KG-Y', {viewport: DESKTOP});
    await page.locator('kg-region-card details[data-point]').first().waitFor();
    const names = await axNames(page, 'DisclosureTriangle');
    expect(names).toContain('Karakol population 85,600 (2022)');
    expect(names).toContain('Tourism cluster (source 000 and source 003) Note: incl. the Issyk-Kul ski-resort cluster pilot');
    expect(names.filter((n) => /[▸▾]/.test(n))).toEqual([]);
    await context.close();
  });

  // Finding: the profile's four charts each have a "Show the values" that Tab reaches alone; all four
  // were just that, with nothing to say which chart's values they show.
  it('describes each chart’s "Show the values" by its chart', async () => {
    const {page, context} = await open('lang=ru&region=KG-Y', {viewport: DESKTOP});
    await page.locator('kg-region-card kg-line-chart').nth(3).waitFor();
    const values = (await axNodes(page, 'DisclosureTriangle')).filter((n) => n.name === 'Показать значения');
    expect(values.length).toBeGreaterThanOrEqual(4);
    const captions = await page.locator('kg-region-card kg-line-chart figcaption').allTextContents();
    expect(values.map((v) => v.description)).toEqual(captions);
    expect(new Set(captions).size).toBe(captions.length);
    await context.close();
  });
});

describe('the live region after a switch of language', () => {
  // Finding: the live region kept its last words after the language was switched ("Value, ascending" on
  // a Kyrgyz page), where a screen reader reading on to the page's end came upon them, in English.
  it('keeps no words of the language left', async () => {
    const {page, context} = await open('lang=en', {viewport: DESKTOP});
    const sort = page.getByRole('button', {name: 'Value', exact: true});
    await sort.focus();
    await page.keyboard.press('Enter');
    await announced(page, 'Value, ascending');
    await page.getByRole('button', {name: 'Кыргызча'}).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ky');
    await expect.poll(() => page.textContent('#kg-announcer')).toBe('');
    await page.waitForTimeout(300);
    expect(await page.textContent('#kg-announcer')).toBe('');
    // What is said next is said in Kyrgyz.
    await page.getByRole('button', {name: 'Маани', exact: true}).focus();
    await page.keyboard.press('Enter');
    await announced(page, '«Маани»');
    await context.close();
  });
});

describe("the link's notices", () => {
  // Finding: two notices (two parameters of the link that could not be used) gave two buttons both
  // named just "Dismiss": tabbing, a screen-reader user could not tell which notice each one dismisses.
  it('describe each Dismiss button by its own notice, in the page’s language', async () => {
    const {page, context} = await open('lang=ky&n=99&ind=bogus', {viewport: DESKTOP});
    await page.locator('kg-notices button').nth(1).waitFor();
    const dismiss = (await axNodes(page, 'button')).filter((b) => b.name === 'Жашыруу');
    expect(dismiss).toHaveLength(2);
    expect(dismiss[0]!.description).toMatch(/^Шилтемедеги «ind=bogus»/);
    expect(dismiss[1]!.description).toMatch(/^Шилтемедеги «n=99»/);
    await context.close();
  });
});

describe('the page’s outline', () => {
  // Finding: the sidebar's data views (the table, the comparison, regions × industries) had no heading
  // and no landmark: a screen-reader user moving by headings or landmarks went from "Map layers" past
  // the table without hearing of it.
  for (const [lang, layers, views] of [
    ['en', 'Map layers', 'Views of the data'],
    ['ky', 'Картанын катмарлары', 'Маалыматтын көрүнүштөрү'],
  ] as const)
    it(`leads to the data table by a heading and a landmark (${lang})`, async () => {
      const {page, context} = await open(`lang=${lang}`, {viewport: DESKTOP});
      await page.locator('kg-data-views table').waitFor();
      // Chromium gives the headings' words as shown: in capitals (text-transform).
      const lower = (names: string[]) => names.map((n) => n.toLocaleLowerCase());
      const headings = lower(await axNames(page, 'heading'));
      // After the layers' heading (and the growth points' key under it).
      expect(headings.indexOf(views.toLocaleLowerCase())).toBeGreaterThan(headings.indexOf(layers.toLocaleLowerCase()));
      expect(headings.indexOf(layers.toLocaleLowerCase())).toBeGreaterThan(0);
      expect(lower(await axNames(page, 'region'))).toContain(views.toLocaleLowerCase());
      // The tabs are named by it.
      expect(lower(await axNames(page, 'tablist'))).toEqual([views.toLocaleLowerCase()]);
      await context.close();
    });
});

describe('the download dialog', () => {
  // Finding: a picture takes a second or more to make, and meanwhile every button was disabled, the one
  // pressed too: the keyboard's focus fell to the page's body, and stayed there once the file was saved.
  it('keeps the focus on the button pressed while the picture is made, and says when it is saved', async () => {
    const {page, context} = await open('lang=en', {viewport: DESKTOP});
    await page.getByRole('button', {name: 'Download', exact: true}).click();
    const png = page.getByRole('button', {name: /^PNG, screen size/});
    await png.focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        const inner = document.querySelector('kg-export-dialog')?.shadowRoot?.activeElement;
        return inner ? (inner as HTMLElement).dataset.export ?? inner.tagName : document.activeElement?.tagName;
      });
    await expect.poll(() => page.locator('kg-export-dialog [data-export="png-1"]').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('kg-export-dialog [data-export="csv"]').getAttribute('aria-disabled')).toBe('true');
    expect(await focused()).toBe('png-1');
    await expect.poll(() => page.locator('kg-export-dialog .status').textContent(), {timeout: 15_000}).toMatch(/^Saved: .*\.png$/);
    expect(await focused()).toBe('png-1');
    expect(await page.locator('kg-export-dialog [data-export="csv"]').getAttribute('aria-disabled')).toBe('false');
    await context.close();
  });
});

describe('the map’s zoom buttons', () => {
  // Finding: each was named by an aria-label and described by its title, the same words: "Zoom in,
  // button, Zoom in".
  it('are named once, in the page’s language, and not described by their name again', async () => {
    const {page, context} = await open('lang=ru', {viewport: DESKTOP});
    await page.focus('#map canvas.maplibregl-canvas');
    await expect.poll(() => page.locator('.kg-map-controls').getAttribute('aria-hidden')).toBeNull();
    const zoom = (await axNodes(page, 'button')).filter((n) => /^(Приблизить|Отдалить)$/.test(n.name));
    expect(zoom.map((n) => n.name).sort()).toEqual(['Отдалить', 'Приблизить']);
    expect(zoom.map((n) => n.description)).toEqual(['', '']);
    await context.close();
  });
});

describe('the green-clusters layer’s checkbox', () => {
  // Finding: checking it opened its panel (on a wide screen) and took the focus there: a screen reader
  // read the panel's heading, never that the box was now checked.
  it('keeps the focus when checked, its panel opening beside; the panel’s own button takes the focus into it', async () => {
    const {page, context} = await open('lang=en', {viewport: DESKTOP});
    const box = page.locator('kg-layer-toggles input[name="energy"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.locator('kg-energy-panel[open] h2').waitFor();
    const focused = () =>
      page.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return `${a?.tagName} ${a?.getAttribute('name') ?? ''}`.trim();
      });
    expect(await focused()).toBe('INPUT energy');
    expect(await box.isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-energy-panel[open]').count()).toBe(0);
    await page.locator('kg-layer-toggles button.open').click();
    await expect.poll(focused).toBe('H2');
    await context.close();
  });
});
