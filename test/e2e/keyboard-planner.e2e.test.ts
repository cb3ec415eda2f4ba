// A regional planner who uses only the keyboard (sighted, no screen reader), on a 1366 × 768 desktop and
// a 1024 × 768 tablet on its side, in English and Russian: the scenario editor's controls stay in sight
// while they are used, Escape closes one thing at a time, and a map point can be picked without a mouse
// (the keyboard audit of 2026-12-06).
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {announced, atlasSuite} from './atlas-page';

const suite = atlasSuite();

const editor = (page: Page) => page.locator('kg-scenario-editor');

/** The focused element, through shadow roots: its tag and name (or aria-label), or "body". */
const focused = (page: Page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()}[${a.getAttribute('name') ?? a.getAttribute('aria-label') ?? a.textContent?.trim()}]`;
  });

/** The map's key help as the keyboard brings it up with the editor open: the skip link, then Enter. */
async function keyHelpWithEditor(page: Page) {
  await openEditor(page);
  await page.locator('a.kg-skip').focus();
  await page.keyboard.press('Enter');
  const help = page.locator('.kg-map-keys');
  await help.waitFor();
  return {keys: (await help.boundingBox())!, panel: (await editor(page).boundingBox())!};
}

/** Opens the editor as a keyboard user does: Enter on the header's Scenario button. */
async function openEditor(page: Page): Promise<void> {
  await page.locator('kg-scenario-button button').focus();
  await page.keyboard.press('Enter');
  await editor(page).locator('h2').waitFor();
}

describe('the scenario editor by keyboard', () => {
  it('keeps a weight slider in sight while its arrow keys move it (the lines its first step adds above it do not push it out)', async () => {
    const {page} = await suite.open('lang=en', {viewport: {width: 1366, height: 768}});
    await openEditor(page);
    const slider = editor(page).locator('input[name=weight-lq_employment]');
    await slider.focus();
    const before = (await slider.boundingBox())!;
    const body = (await editor(page).locator('.body').boundingBox())!;
    // The panel opens at the top of its scroll, where the browser's scroll anchoring does not act.
    expect(before.y + before.height).toBeLessThanOrEqual(body.y + body.height);
    await page.keyboard.press('ArrowRight');
    // The step adds the edit's line, the edit count and the unsaved note above the slider.
    await expect.poll(() => editor(page).locator('ol.edits li').count()).toBe(1);
    await expect.poll(() => focused(page)).toBe('input[weight-lq_employment]');
    const after = (await slider.boundingBox())!;
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
    expect(after.y + after.height).toBeLessThanOrEqual(body.y + body.height);
    await page.screenshot({path: 'test-results/keyboard-planner-slider.png'});
  });

  it('Escape while waiting for a map point stops the picking, not the editor (the half-filled form stays)', async () => {
    const {page} = await suite.open('lang=ru', {viewport: {width: 1024, height: 768}, locale: 'ru-RU'});
    await openEditor(page);
    const growth = editor(page).locator('details', {has: page.locator('summary', {hasText: 'Точки роста'})});
    await growth.locator('summary').focus();
    await page.keyboard.press('Enter');
    const name = growth.locator('input[name=name]').first();
    await name.focus();
    await page.keyboard.type('Новый город');
    const pick = growth.getByRole('button', {name: 'Указать на карте'});
    await pick.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => growth.locator('button[aria-pressed=true]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => growth.locator('button[aria-pressed=true]').count()).toBe(0);
    expect(await editor(page).isHidden()).toBe(false);
    expect(await name.inputValue()).toBe('Новый город');
    expect(await focused(page)).toBe('button[Указать на карте]');
    // The next Escape closes the editor, the focus going back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => editor(page).isHidden()).toBe(true);
    expect(await focused(page)).toMatch(/^button\[Сценарий/);
  });

  it('picks a map point without a mouse: Enter on a place the map keys reached fills in its coordinates, the focus back on the Pick button', async () => {
    const {page} = await suite.open('lang=en', {viewport: {width: 1366, height: 768}});
    await openEditor(page);
    const growth = editor(page).locator('details', {has: page.locator('summary', {hasText: 'Growth points'})});
    await growth.locator('summary').focus();
    await page.keyboard.press('Enter');
    await growth.locator('input[name=name]').first().focus();
    await page.keyboard.type('New Town');
    await growth.getByRole('button', {name: 'Pick on the map'}).focus();
    await page.keyboard.press('Enter');
    // The way there without a mouse is said next to the fields.
    await expect.poll(() => growth.textContent()).toContain('Without a mouse: on the map, go to a region, growth point (2) or energy site (3)');
    // To the map by its skip link (the page's first Tab stop), then to a growth point and Enter.
    await page.locator('a.kg-skip').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    await page.keyboard.press('2');
    await announced(page, /growth point/);
    await page.keyboard.press('Enter');
    await announced(page, 'its place is picked for the scenario editor');
    const lat = Number(await growth.locator('input[name=lat]').inputValue());
    const lon = Number(await growth.locator('input[name=lon]').inputValue());
    expect(lat).toBeGreaterThanOrEqual(39);
    expect(lat).toBeLessThanOrEqual(43.5);
    expect(lon).toBeGreaterThanOrEqual(69);
    expect(lon).toBeLessThanOrEqual(80.5);
    // The focus is back next to the fields, on the (still pressed) Pick button; Tab, then Enter adds the point.
    await expect.poll(() => focused(page)).toBe('button[Picked: click the map again to change]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor(page).locator('ol.edits').textContent()).toContain('New growth point “New Town”');
  });

  it('shows the map key help beside the open editor on a 1024 px tablet, not cut off under it', async () => {
    const {page} = await suite.open('lang=ru', {viewport: {width: 1024, height: 768}, locale: 'ru-RU'});
    const {keys, panel} = await keyHelpWithEditor(page);
    expect(keys.x + keys.width).toBeLessThanOrEqual(panel.x);
    // All of it is on screen, above the credits' line.
    expect(keys.y).toBeGreaterThan(0);
    expect(keys.y + keys.height).toBeLessThanOrEqual(768);
    await page.screenshot({path: 'test-results/keyboard-planner-key-help.png'});
  });

  it('shows the map key help above the editor on a portrait tablet (768 × 1024), where the editor takes the map’s lower half', async () => {
    const {page} = await suite.open('lang=ru', {viewport: {width: 768, height: 1024}, locale: 'ru-RU'});
    const {keys, panel} = await keyHelpWithEditor(page);
    const map = (await page.locator('#map').boundingBox())!;
    expect(keys.y + keys.height).toBeLessThanOrEqual(panel.y);
    expect(keys.y).toBeGreaterThan(map.y);
    expect(keys.x + keys.width).toBeLessThanOrEqual(map.x + map.width);
    await page.screenshot({path: 'test-results/keyboard-planner-key-help-portrait.png'});
  });

  it('shows the map key help clear of the profile beside the editor (1366 × 768)', async () => {
    const {page} = await suite.open('lang=ru&region=KG-T', {viewport: {width: 1366, height: 768}, locale: 'ru-RU'});
    await page.locator('kg-region-card section').waitFor();
    const {keys, panel} = await keyHelpWithEditor(page);
    const profile = (await page.locator('kg-region-card .panel').boundingBox())!;
    expect(profile.x + profile.width).toBeLessThanOrEqual(panel.x + 1);
    expect(keys.x + keys.width).toBeLessThanOrEqual(profile.x);
  });

  it('closes by Escape from the map too, when it is the panel on top; a profile pinned after it closes first', async () => {
    const {page} = await suite.open('lang=en', {viewport: {width: 1366, height: 768}});
    await openEditor(page);
    await page.locator('a.kg-skip').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor(page).locator('h2').count()).toBe(0);
    // Open again; a region pinned from the table after it is on top, and goes first.
    await openEditor(page);
    await page.locator('kg-data-views tr[data-code="KG-T"] th button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('KG-T');
    await page.locator('kg-region-card section').waitFor();
    await page.locator('a.kg-skip').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(await editor(page).locator('h2').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => editor(page).locator('h2').count()).toBe(0);
  });
});
