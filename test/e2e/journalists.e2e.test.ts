// Journalists (issue 7) in the built site: the embed snippet in a host page of another origin (the map
// drawn inside the frame, the frame sized by the height messages, foreign messages ignored), the
// embedded view itself (light, dark, 360 px, keyboard, translated gesture hint), the text summary, and
// the downloads (PNG at 1× and 2× with the legend in its pixels, CSV and GeoJSON with the table's values),
// Print / PDF (A4) and the page printed with Ctrl+P,
// and the Share dialog on a phone (the link first, the system's share sheet).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Frame, Page} from 'playwright-core';
import {PNG} from 'pngjs';
import Papa from 'papaparse';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {atlasSuite, ARTIFACTS, colourDistance, holdBack, openAtlas, project, saveJson, screenshot, waitForMap, type AtlasPage} from './atlas-page';
import {startHostServer, type HostServer} from './embed-host';
import {INSIDE, parseCssRgb} from './region-points';

const suite = atlasSuite({closePages: true, closeAfterEachTest: true});
const {opened, open} = suite;

/** The element that has the focus, looking through shadow roots: "tag#id[data]" and its text. */
async function focused(page: Page | Frame): Promise<{tag: string; text: string; entry: string | null; controls: string | null; code: string | null}> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const row = el?.closest('tr');
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      entry: el?.getAttribute('data-entry') ?? null,
      controls: el?.getAttribute('aria-controls') ?? null,
      code: row?.getAttribute('data-code') ?? null,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element (at most `max` times). */
/** The atlas's frame in a host page, once it has loaded and drawn (the frame appears in page.frames() a moment after its element). */
async function atlasFrame(page: Page, atlasOrigin: string): Promise<Frame> {
  const start = Date.now();
  while (!page.frames().some((f) => f.url().startsWith(atlasOrigin))) {
    if (Date.now() - start > 20_000) throw new Error('the atlas frame did not load');
    await page.waitForTimeout(100);
  }
  const frame = page.frames().find((f) => f.url().startsWith(atlasOrigin))!;
  await frame.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
  return frame;
}

async function tabTo(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; last: ${JSON.stringify(await focused(page))}`);
}

/** Counts the pixels of exactly this colour (give or take 2 per channel). */
function countColour(png: PNG, rgb: readonly number[], area?: {y0: number; y1: number}): number {
  let n = 0;
  for (let y = area?.y0 ?? 0; y < (area?.y1 ?? png.height); y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - rgb[0]!) <= 2 && Math.abs(png.data[i + 1]! - rgb[1]!) <= 2 && Math.abs(png.data[i + 2]! - rgb[2]!) <= 2) n++;
    }
  return n;
}

describe('the embed snippet in a page of another origin', () => {
  let atlas: AtlasPage;
  let host: HostServer;
  let page: Page;
  let frame: Frame;
  let snippet: string;
  let plainSnippet: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    atlas = await open('lang=en&ind=integral&sector=mining');
    await atlas.page.locator('kg-share-buttons button[data-action="embed"]').click();
    await atlas.page.locator('kg-embed-dialog dialog[open]').waitFor();
    // The code's height is the embedded view's, measured at an article's widths once the dialog is open.
    await atlas.page.locator('kg-embed-dialog textarea#code[data-height="measured"]').waitFor();
    snippet = await atlas.page.locator('kg-embed-dialog textarea#code').inputValue();
    await screenshot(atlas.page, 'journalists-embed-dialog');
    // The same code without the resize script, for publishing systems that strip scripts.
    await atlas.page.locator('kg-embed-dialog input[name="resize"]').uncheck();
    plainSnippet = await atlas.page.locator('kg-embed-dialog textarea#code').inputValue();

    host = await startHostServer(pages);
    // A foreign site's frame that claims to be the atlas and asks for a tiny frame.
    pages['/foreign.html'] = `<!doctype html><script>
      setInterval(function () { parent.postMessage({type: 'kg-atlas:height', height: 123}, '*'); }, 50);
    </script>`;
    pages['/article.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
      <style>body{margin:0;font-family:sans-serif}main{width:960px;margin:0 auto}</style></head>
      <body><main><h1>News article</h1><p>Text above the map.</p>
      ${snippet}
      <p id="after">Text below the map.</p>
      <iframe id="foreign" src="${host.foreignOrigin}/foreign.html" width="300" height="60"></iframe>
      </main></body></html>`;
    for (const width of [320, 600, 740])
      pages[`/plain-${width}.html`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head>
      <body style="margin:0"><main style="width:${width}px">${plainSnippet}</main></body></html>`;
    const context = await suite.browser.newContext({viewport: {width: 1100, height: 900}, locale: 'en-GB', colorScheme: 'light', deviceScaleFactor: 1});
    // Nothing may leave the machine: only the two loopback servers answer.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return ['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
    });
    page = await context.newPage();
    await page.goto(`${host.origin}/article.html`);
    const atlasOrigin = new URL(atlas.url()).origin;
    await page.waitForFunction((origin) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(origin)), atlasOrigin);
    frame = await atlasFrame(page, atlasOrigin);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  });

  afterAll(async () => {
    await page?.context().close();
    await host?.close();
  });

  it('gives an iframe of the view with embed=1, a title, lazy loading and the resize script for the atlas origin only', () => {
    expect(snippet).toMatch(/<iframe\s+src="http:\/\/127\.0\.0\.1:\d+\/\?v=1&amp;lang=en&amp;ind=integral&amp;sector=mining&amp;[^"]*embed=1"/);
    expect(snippet).toContain('title="Integral coefficient of cluster-formation potential — Mining — 2015–2019 — Kyrgyz Cluster Atlas"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain(`var atlas = "${new URL(atlas.url()).origin}";`);
  });

  it('draws the map inside the frame in the legend’s colours', async () => {
    await page.mouse.move(5, 5);
    const box = (await page.locator('iframe[data-kg-atlas-embed]').boundingBox())!;
    await page.locator('iframe[data-kg-atlas-embed]').scrollIntoViewIfNeeded();
    const shot = await screenshot(page, 'journalists-host-page');
    const frameBox = (await page.locator('iframe[data-kg-atlas-embed]').boundingBox())!;
    expect(frameBox.width).toBe(box.width);
    const colours: Record<string, [number, number, number]> = {};
    for (const entry of ['class-0', 'class-4']) colours[entry] = parseCssRgb((await frame.locator(`kg-embed-header button[data-entry="${entry}"]`).getAttribute('data-color'))!);
    const pixel = async (code: string) => {
      const [x, y] = (await frame.evaluate(([lon, lat]) => window.__atlas.project(lon!, lat!), INSIDE[code]!))!;
      return shot.rgb(frameBox.x + x, frameBox.y + y);
    };
    // Jalal-Abad 5.449 is in the top class (≥ 2.00), Talas 0.028 in the bottom one (< 0.50).
    expect(colourDistance(await pixel('KG-J'), colours['class-4']!)).toBeLessThan(30);
    expect(colourDistance(await pixel('KG-T'), colours['class-0']!)).toBeLessThan(30);
  });

  it('fits its height to the content through the height messages', async () => {
    const frameHeight = () => page.locator('iframe[data-kg-atlas-embed]').evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const content = await contentHeight();
    const snippetHeight = Number(/height="(\d+)"/.exec(snippet)![1]);
    expect(content).not.toBe(snippetHeight);
    await expect.poll(frameHeight).toBe(content);
    // Nothing hangs below the body that the height leaves out: the screen readers' announcer, 1 px
    // high at the body's end, did, and a frame with visible scroll bars (Windows) got one for it.
    const overhang = () =>
      frame.evaluate(() => Math.max(...[...document.querySelectorAll('.visually-hidden')].map((el) => el.getBoundingClientRect().bottom)) - document.body.getBoundingClientRect().bottom);
    expect(await overhang()).toBeLessThanOrEqual(0);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(content);
    // Opening the data table makes the content taller; the frame follows.
    await frame.locator('kg-embed-footer button[aria-controls="table"]').click();
    await expect.poll(contentHeight).toBeGreaterThan(content + 150);
    const taller = await contentHeight();
    await expect.poll(frameHeight).toBe(taller);
    saveJson('journalists-embed-heights', {snippetHeight, content, withTable: taller});
    await page.screenshot({path: join(ARTIFACTS, 'journalists-host-page-table.png'), fullPage: true});
  });

  it('ignores height messages from another origin, even when they name the atlas frame', async () => {
    const heightOf = () => page.locator('iframe[data-kg-atlas-embed]').evaluate((f) => f.getBoundingClientRect().height);
    const before = await heightOf();
    // The foreign frame has been posting {height: 123} every 50 ms all along.
    await page.waitForTimeout(300);
    expect(await heightOf()).toBe(before);
    expect(before).not.toBe(123);
    const send = (origin: string, height: number) =>
      page.evaluate(
        ([o, h]) => {
          const atlasFrame = document.querySelector<HTMLIFrameElement>('iframe[data-kg-atlas-embed]')!;
          window.dispatchEvent(new MessageEvent('message', {data: {type: 'kg-atlas:height', height: h}, origin: o as string, source: atlasFrame.contentWindow}));
        },
        [origin, height] as const,
      );
    await send(host.foreignOrigin, 222);
    await send(host.origin, 223);
    expect(await heightOf()).toBe(before);
    // The same message with the atlas's origin is believed: the checks above are what stopped the others.
    // (Above 500 px: a frame made lower than that takes its compact header, and says its new height.)
    await send(new URL(atlas.url()).origin, 777);
    expect(await heightOf()).toBe(777);
  });

  it('works without the script too: a plain iframe as tall as the view measured at article widths, the source, credits and buttons inside', async () => {
    expect(plainSnippet).not.toContain('<script');
    const height = Number(/height="(\d+)"/.exec(plainSnippet)![1]);
    // Measured (frame-height.ts), not the old 640 px that cut the credits off at every article width.
    expect(height).toBeGreaterThan(640);
    const atlasOrigin = new URL(atlas.url()).origin;
    const fits: Record<number, {frame: number; content: number}> = {};
    // The article widths the height is measured at (frame-height.ts ARTICLE_WIDTHS).
    for (const width of [320, 600, 740]) {
      const plain = await page.context().newPage();
      await plain.goto(`${host.origin}/plain-${width}.html`);
      await plain.waitForFunction((origin) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(origin)), atlasOrigin);
      const inner = await atlasFrame(plain, atlasOrigin);
      expect(await plain.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(height);
      // Nothing to scroll to inside the frame: the footer's last line (the buttons) is within it.
      const content = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      fits[width] = {frame: height, content};
      expect(content, `${width} px`).toBeLessThanOrEqual(height);
      expect(await inner.evaluate(() => document.documentElement.scrollHeight), `${width} px`).toBeLessThanOrEqual(height);
      const actions = await inner.locator('kg-embed-footer .actions').evaluate((a) => a.getBoundingClientRect().bottom);
      expect(actions, `${width} px`).toBeLessThanOrEqual(height);
      if (width === 320) await plain.screenshot({path: join(ARTIFACTS, 'journalists-plain-frame-320.png'), fullPage: true});
      await plain.close();
    }
    saveJson('journalists-plain-frame-fit', fits);
  }, 120_000);
});

// The audit's views whose footer grows (a pinned region, every layer with its key and source): the
// height in the code was measured with the journalist's desktop styles, while a 320 or 600 px frame
// has a phone's (44 px buttons and summaries, the credits behind an "i"), and the last line was cut.
describe('the code’s height without the script, for views with more in the footer', () => {
  const views = [
    'lang=ky&ind=lq&sector=C&year=2016&classes=quantile&n=4&region=KG-C&layers=regions,growth,energy,links',
    'lang=en&ind=lq&sector=C&year=2016&classes=diverging&n=5&region=KG-C&layers=regions,growth,energy,links&linksets=interregional,concept',
    'lang=ru&ind=integral&sector=mining&layers=regions,growth,energy,links&region=KG-GO',
  ];
  let host: HostServer;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    host = await startHostServer(pages);
  });
  afterAll(async () => {
    await host?.close();
  });

  /** The code's height, and the embedded view's height in a plain frame of each article width with it. */
  async function fitsOf(code: string, atlasOrigin: string, name: string, inFrame?: (inner: Frame) => Promise<void>) {
    const height = Number(/height="(\d+)"/.exec(code)![1]);
    const context = await suite.browser.newContext({viewport: {width: 1100, height: 900}, deviceScaleFactor: 1});
    const fits: Record<number, number> = {};
    try {
      for (const width of [320, 600, 740]) {
        const path = `/${name}-${width}.html`;
        pages[path] = `<!doctype html><html><head><meta charset="utf-8"><title>Plain</title></head>
          <body style="margin:0"><main style="width:${width}px">${code}</main></body></html>`;
        const plain = await context.newPage();
        await plain.goto(`${host.origin}${path}`);
        const inner = await atlasFrame(plain, atlasOrigin);
        await inner.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await inFrame?.(inner);
        fits[width] = await inner.evaluate(() => document.documentElement.scrollHeight);
        await plain.close();
      }
    } finally {
      await context.close();
    }
    saveJson(`journalists-${name}`, {height, fits});
    return {height, fits};
  }

  it.each(views)('holds the whole view at 320, 600 and 740 px: %s', async (query) => {
    const atlas = await open(query);
    await atlas.page.locator('kg-share-buttons button[data-action="embed"]').click();
    await atlas.page.locator('kg-embed-dialog textarea#code[data-height="measured"]').waitFor();
    await atlas.page.locator('kg-embed-dialog input[name="resize"]').uncheck();
    const code = await atlas.page.locator('kg-embed-dialog textarea#code').inputValue();
    await atlas.page.close();
    const {height, fits} = await fitsOf(code, new URL(atlas.url()).origin, `plain-fit-${views.indexOf(query)}`);
    for (const width of [320, 600, 740]) expect(fits[width], `${width} px: ${JSON.stringify(fits)} in ${height}`).toBeLessThanOrEqual(height);
  }, 180_000);

  it('opens the frame with its data table shown on request, measured with the table, and adds a link for readers without frames', async () => {
    const atlas = await open('lang=en&ind=integral&sector=mining');
    const dialog = atlas.page.locator('kg-embed-dialog');
    await atlas.page.locator('kg-share-buttons button[data-action="embed"]').click();
    await dialog.locator('textarea#code[data-height="measured"]').waitFor();
    await dialog.locator('input[name="resize"]').uncheck();
    const closed = await dialog.locator('textarea#code').inputValue();
    await dialog.locator('input[name="table"]').check();
    await dialog.locator('input[name="link"]').check();
    await dialog.locator('textarea#code[data-height="measured"]').waitFor();
    const code = await dialog.locator('textarea#code').inputValue();
    const link = await dialog.locator('input#link').inputValue();
    await atlas.page.close();
    expect(code).toMatch(/<iframe\s+src="[^"#]*embed=1#table"/);
    // The line under the frame: the view's link (as "Link to this view"), named as the frame is.
    const title = /title="([^"]*)"/.exec(code)![1]!;
    expect(code).toContain(`<p><a href="${link.replace(/&/g, '&amp;')}">${title}</a></p>`);
    const height = Number(/height="(\d+)"/.exec(code)![1]);
    // Nine rows of the table under the map: measured taller than the view with the table closed.
    expect(height).toBeGreaterThan(Number(/height="(\d+)"/.exec(closed)![1]) + 200);
    const fits = await fitsOf(code, new URL(atlas.url()).origin, 'plain-fit-table', async (inner) => {
      await expect.poll(() => inner.locator('kg-embed-footer kg-data-views tbody tr').count()).toBe(9);
      expect(await inner.locator('kg-embed-footer button[aria-controls="table"]').getAttribute('aria-expanded')).toBe('true');
    });
    for (const width of [320, 600, 740]) expect(fits.fits[width], `${width} px: ${JSON.stringify(fits)}`).toBeLessThanOrEqual(fits.height);
  }, 180_000);
});

describe('the embedded view', () => {
  it('shows title, legend, source and attribution, links to the full map, and hides the editing panels (light, 800 px)', async () => {
    const {page, consoleErrors} = await open('lang=en&ind=integral&sector=mining&embed=1', {viewport: {width: 800, height: 700}});
    expect(await page.evaluate(() => document.body.classList.contains('embed'))).toBe(true);
    expect(await page.locator('kg-header').isVisible()).toBe(false);
    expect(await page.locator('.kg-sidebar').isVisible()).toBe(false);
    expect(await page.locator('kg-embed-header h1').innerText()).toBe('Integral coefficient of cluster-formation potential');
    expect(await page.locator('kg-embed-header .subtitle').innerText()).toBe('Mining — 2015–2019');
    const href = (await page.locator('kg-embed-header a.open').getAttribute('href'))!;
    expect(href).toContain('ind=integral');
    expect(href).toContain('sector=mining');
    expect(href).not.toContain('embed=1');
    expect(await page.locator('kg-embed-header li button').count()).toBe(6);
    expect(await page.locator('kg-embed-footer .source:not([data-layer])').innerText()).toContain('source 002');
    expect(await page.locator('kg-embed-footer .source[data-layer="growth"]').innerText()).toContain('GeoNames');
    expect(await page.locator('kg-embed-footer kg-attribution span').first().innerText()).toContain('Natural Earth');
    expect(await page.locator('kg-summary p').textContent()).toContain('Highest: Jalal-Abad Region, 5.449.');
    await page.mouse.move(5, 5);
    await screenshot(page, 'journalists-embed-light-800');
    expect(consoleErrors).toEqual([]);
  });

  it('keys and sources the other layers shown: growth points, energy sites and cluster links', async () => {
    const {page} = await open('lang=en&ind=mfg-lq&sector=C&year=2024&layers=regions,growth,energy,links&region=KG-N&embed=1', {viewport: {width: 600, height: 900}});
    const footer = page.locator('kg-embed-footer');
    await expect.poll(() => footer.locator('details[data-layer]').count()).toBe(3);
    expect(await footer.locator('details summary').allInnerTexts()).toEqual([
      expect.stringContaining('Key: Growth points'),
      expect.stringContaining('Key: Green clusters and energy sites'),
      expect.stringContaining('Key: Cluster links between regions'),
    ]);
    // Each layer's sources in view, the key closed; the energy sites' source among them.
    expect(await footer.locator('p.source[data-layer="energy"]').innerText()).toContain('WRI Global Power Plant Database (CC BY 4.0)');
    expect(await footer.locator('p.source[data-layer="growth"]').innerText()).toContain('GeoNames');
    expect(await footer.locator('details[data-layer="energy"] .legend').isVisible()).toBe(false);
    await footer.locator('details[data-layer="energy"] summary').click();
    expect(await footer.locator('details[data-layer="energy"] .legend').innerText()).toContain('Hub');
    expect(await footer.locator('details[data-layer="energy"] .legend img').count()).toBeGreaterThan(5);
    await page.mouse.move(5, 5);
    await page.screenshot({path: join(ARTIFACTS, 'journalists-embed-layer-keys-600.png'), fullPage: true});
  });

  it('follows a dark system theme in every part', async () => {
    const {page} = await open('lang=ru&ind=lq2018&sector=C&embed=1', {viewport: {width: 700, height: 640}, colorScheme: 'dark'});
    const shot = await screenshot(page, 'journalists-embed-dark-700');
    const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    const spots = {
      header: (await page.locator('kg-embed-header').boundingBox())!,
      footer: (await page.locator('kg-embed-footer').boundingBox())!,
    };
    for (const [name, box] of Object.entries(spots)) expect(luminance(shot.rgb(box.x + box.width - 4, box.y + 4)), name).toBeLessThan(50);
    // The map's own background (top-left corner, Kazakhstan) is dark too.
    const map = (await page.locator('#map').boundingBox())!;
    expect(luminance(shot.rgb(map.x + 6, map.y + 6))).toBeLessThan(60);
    expect(await page.locator('kg-embed-header a.open').innerText()).toContain('Открыть полную карту');
  });

  it('fits a 360 px phone without sideways scrolling, in Kyrgyz', async () => {
    const {page} = await open('lang=ky&ind=integral&sector=mining&embed=1', {viewport: {width: 360, height: 640}});
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const map = (await page.locator('#map').boundingBox())!;
    expect(map.width).toBe(360);
    expect(map.height).toBeGreaterThanOrEqual(240);
    expect(await page.locator('kg-embed-header a.open').innerText()).toContain('Толук картаны ачуу');
    await page.mouse.move(5, 5);
    await page.screenshot({path: join(ARTIFACTS, 'journalists-embed-360-ky.png'), fullPage: true});
  });

  it('lets the page scroll past the map: a plain wheel shows the translated hint and does not zoom', async () => {
    const {page} = await open('lang=ru&ind=integral&sector=mining&embed=1', {viewport: {width: 800, height: 700}});
    const hint = page.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message');
    expect(await hint.textContent()).toBe('Чтобы изменить масштаб, прокручивайте с нажатой клавишей Ctrl');
    expect(await page.locator('.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message').textContent()).toBe('Чтобы переместить карту, используйте два пальца');
    const zoom = () => page.evaluate(() => new URLSearchParams(location.search).get('view'));
    const before = await zoom();
    const map = (await page.locator('#map').boundingBox())!;
    // maplibre shows the hint for 100 ms: record that it was shown rather than racing it.
    await page.evaluate(() => {
      const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
      const w = window as unknown as {hintShown: boolean};
      w.hintShown = false;
      new MutationObserver(() => (w.hintShown ||= screen.classList.contains('maplibregl-show'))).observe(screen, {attributes: true});
    });
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => page.evaluate(() => (window as unknown as {hintShown: boolean}).hintShown)).toBe(true);
    // Longer than the address bar's least time between writes (URL_WRITE_INTERVAL_MS), so that a
    // zoom would have been written.
    await page.waitForTimeout(800);
    expect(await zoom()).toBe(before);
  });

  it('is keyboard operable: the legend filters, the table opens, a row pins its region', async () => {
    const {page} = await open('lang=en&ind=integral&sector=mining&embed=1', {viewport: {width: 800, height: 700}});
    await tabTo(page, (f) => f.entry === 'class-4');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('kg-embed-header button[data-entry="class-4"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('kg-embed-header button[data-entry="class-4"]').getAttribute('aria-pressed')).toBe('false');
    await tabTo(page, (f) => f.controls === 'table');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('kg-embed-footer kg-data-views table').count()).toBe(1);
    await tabTo(page, (f) => f.tag === 'button' && f.code === 'KG-N');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('kg-embed-footer .selected span').innerText()).toContain('Selected: Naryn Region, 2.574');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('region'))).toBe('KG-N');
    await waitForMap(page);
    await page.screenshot({path: join(ARTIFACTS, 'journalists-embed-keyboard.png'), fullPage: true});
  });
});

describe('the embedded view’s camera in a small frame', () => {
  const query = 'v=1&lang=ru&ind=mfg-lq&sector=C&year=2015&classes=diverging&n=5&layers=regions,growth&embed=1';

  /** Kyrgyzstan's ends on the page (CSS px), the map's box, the frame's height and the camera's zoom. */
  async function country(page: Page) {
    return page.evaluate(() => {
      const p = (lon: number, lat: number) => window.__atlas.project(lon, lat)!;
      const map = document.getElementById('map')!.getBoundingClientRect();
      // West (Batken), east (Issyk-Kul), north (Chuy) and south (Osh) ends of the country.
      const [west, east, north, south] = [p(69.3, 39.95), p(80.25, 42.05), p(74.4, 43.2), p(73.5, 39.25)];
      // The camera's zoom, from the country's width on the screen (512 px span 360° at zoom 0): the
      // frame's own fit is not written into its address.
      const zoom = Math.log2(((east[0] - west[0]) / (80.25 - 69.3)) * (360 / 512));
      return {west: west[0], east: east[0], north: north[1], south: south[1], map: {top: map.top, bottom: map.bottom, width: map.width}, frame: innerHeight, zoom};
    });
  }

  for (const [width, height] of [
    [400, 300],
    [480, 320],
    [320, 480],
    [600, 450],
  ] as const)
    it(`fits the whole country into the part of the map a ${width} × ${height} frame shows`, async () => {
      const {page} = await open(query, {viewport: {width, height}});
      // The frame fits again once its header has its legend: wait until the camera is still.
      let last = '';
      await expect
        .poll(async () => {
          const now = JSON.stringify(await country(page));
          const still = now === last;
          last = now;
          return still;
        }, {interval: 400})
        .toBe(true);
      const c = await country(page);
      await page.screenshot({path: join(ARTIFACTS, `journalists-embed-camera-${width}x${height}.png`)});
      // Inside the map and above the frame's lower edge, with room to spare.
      expect(c.west).toBeGreaterThanOrEqual(8);
      expect(c.east).toBeLessThanOrEqual(width - 8);
      expect(c.north).toBeGreaterThanOrEqual(c.map.top + 8);
      expect(c.south).toBeLessThanOrEqual(Math.min(c.map.bottom, c.frame) - 8);
      // …and large: the country spans most of the frame's width or of the map's height it shows
      // (at 400 × 300 it was ~180 px wide at zoom 3.5, with ~100 px of map in the frame).
      const shownHeight = Math.min(c.map.bottom, c.frame) - c.map.top;
      expect(Math.max((c.east - c.west) / width, (c.south - c.north) / shownHeight)).toBeGreaterThan(0.6);
      expect(shownHeight).toBeGreaterThanOrEqual(Math.min(0.55 * height, c.map.bottom - c.map.top));
      expect(c.zoom).toBeGreaterThanOrEqual(4);
    });

  it('links to the full map without the camera the frame fitted for itself: the full atlas fits the country', async () => {
    const {page} = await open(query, {viewport: {width: 400, height: 300}});
    // The frame's own fit is not a camera of the reader's: neither its address…
    await page.waitForTimeout(600); // the frame's last fit
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('view'))).toBeNull();
    const link = page.locator('kg-embed-header a.open');
    expect(await link.innerText()).toContain('Открыть полную карту');
    const href = (await link.getAttribute('href'))!;
    // …nor the link carries it.
    expect(new URL(href).searchParams.get('view')).toBeNull();
    expect(new URL(href).searchParams.get('ind')).toBe('mfg-lq');
    expect(new URL(href).searchParams.get('embed')).toBeNull();
    // Opened at 1280 × 800, the full atlas shows the country large, not at the frame's zoom.
    const full = await openAtlas(suite.browser, new URL(href).search, {viewport: {width: 1280, height: 800}});
    opened.push(full);
    const [west] = await full.page.evaluate(() => window.__atlas.project(69.3, 39.95)!);
    const [east] = await full.page.evaluate(() => window.__atlas.project(80.25, 42.05)!);
    expect(east - west).toBeGreaterThan(600);
  });

  it('keeps in the link a camera the embedding page chose before the map has loaded (maplibre held back)', async () => {
    // maplibre loads beside the page: the header drew its link before the frame's camera was known,
    // and without a camera in it until the map had loaded and been fitted (or for good, if it never did).
    const {page, context} = await open(`${query}&view=72.8,40.5,7`, {viewport: {width: 400, height: 300}});
    const release = await holdBack(context, '**/assets/maplibre-*.js');
    await page.reload({waitUntil: 'commit'});
    const view = async () => new URL((await page.locator('kg-embed-header a.open').getAttribute('href')) ?? '/', page.url()).searchParams.get('view');
    await expect.poll(view, {timeout: 20_000}).toBe('72.8,40.5,7');
    expect(await page.evaluate(() => window.__atlas?.ready)).not.toBe(true);
    release();
    await waitForMap(page);
    expect(await view()).toBe('72.8,40.5,7');
  });

  it('keeps in the link a camera the embedding page chose, and one the reader moved to', async () => {
    const {page} = await open(`${query}&view=72.8,40.5,7`, {viewport: {width: 400, height: 300}});
    const href = async () => new URL((await page.locator('kg-embed-header a.open').getAttribute('href'))!).searchParams.get('view');
    expect(await href()).toBe('72.8,40.5,7');
    const other = await open(query, {viewport: {width: 480, height: 320}});
    await other.page.waitForTimeout(600); // the frame's last fit
    expect(await (async () => new URL((await other.page.locator('kg-embed-header a.open').getAttribute('href'))!).searchParams.get('view'))()).toBeNull();
    // The reader zooms in (ctrl + wheel: the embedded map's cooperative gestures).
    const map = (await other.page.locator('#map').boundingBox())!;
    await other.page.mouse.move(map.x + map.width / 2, map.y + 80);
    await other.page.keyboard.down('Control');
    await other.page.mouse.wheel(0, -300);
    await other.page.keyboard.up('Control');
    await expect
      .poll(async () => new URL((await other.page.locator('kg-embed-header a.open').getAttribute('href'))!).searchParams.get('view'), {timeout: 10_000})
      .not.toBeNull();
  });
});

describe('the text summary in the main view', () => {
  it('describes the map and is read again in the new language', async () => {
    const {page} = await open('lang=en&ind=integral&sector=mining');
    const live = page.locator('kg-summary p[aria-live="polite"]');
    expect(await live.textContent()).toBe(
      'Integral coefficient of cluster-formation potential — Mining — 2015–2019. Highest: Jalal-Abad Region, 5.449. Lowest: Bishkek, 0.025. ' +
        '4 of 8 regions are above 1.0, where the source sees an absolute advantage; 4 below. No production: Osh (city).',
    );
    await page.locator('kg-header button[lang="ru"]').click();
    await expect.poll(() => live.textContent()).toContain('Наибольшее значение: Джалал-Абадская область, 5,449.');
  });
});

describe('the Share dialog on a phone', () => {
  const phone = {viewport: {width: 390, height: 844}, phone: true};

  /**
   * An init script: a Web Share API that records what it is given, and answers as window.__shareAnswer
   * says (undefined: shared; else the name of the DOMException it rejects with).
   */
  function stubShare(): void {
    const w = window as unknown as {__shared: unknown[]; __shareAnswer?: string};
    w.__shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: unknown) => {
        w.__shared.push(data);
        return w.__shareAnswer ? Promise.reject(new DOMException('stub', w.__shareAnswer)) : Promise.resolve();
      },
    });
    Object.defineProperty(Navigator.prototype, 'canShare', {configurable: true, value: () => true});
  }

  /** An init script: a browser without the Web Share API (as Chromium on Linux, Firefox on a desktop). */
  function noShare(): void {
    delete (Navigator.prototype as {share?: unknown}).share;
    delete (Navigator.prototype as {canShare?: unknown}).canShare;
  }

  /** ⋮ → Share, as a visitor on a phone finds it; the dialog's fields in their order. */
  async function openShare(page: Page): Promise<{id: string; value: string}[]> {
    await page.locator('kg-header button.menu').click();
    await page.locator('kg-share-buttons button[data-action="embed"]').click();
    await page.locator('kg-embed-dialog dialog[open]').waitFor();
    return page
      .locator('kg-embed-dialog')
      .evaluate((el) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.body input, .body textarea')].map((f) => ({id: f.id || f.name, value: f.value})));
  }

  it('starts with the link to this view, which Share… hands to the system’s share sheet with the page’s title (Kyrgyz)', async () => {
    const {page, consoleErrors} = await open('lang=ky&ind=integral&sector=mining', {...phone, initScript: stubShare});
    expect((await page.locator('kg-share-buttons button[data-action="embed"]').textContent())?.trim()).toBe('Бөлүшүү');
    const fields = await openShare(page);
    expect(fields[0]!.id).toBe('link');
    expect(fields[0]!.value).toBe(await page.evaluate(() => location.href));
    expect(fields[0]!.value).toMatch(/\?v=1&lang=ky&ind=integral&sector=mining/);
    await screenshot(page, 'journalists-share-dialog-phone-ky');
    const dialog = page.locator('kg-embed-dialog');
    expect(await dialog.locator('h2').textContent()).toBe('Картаны бөлүшүү');
    expect(await dialog.locator('h3').first().textContent()).toBe('Веб-бетке жайгаштыруу');
    const share = dialog.locator('button[data-action="share"]');
    expect((await share.textContent())?.trim()).toBe('Бөлүшүү…');
    await share.click();
    const title = await page.evaluate(() => document.title);
    expect(await page.evaluate(() => (window as unknown as {__shared: unknown[]}).__shared)).toEqual([{title, url: fields[0]!.value}]);
    const status = dialog.locator('button[data-action="share"] ~ .status');
    expect(await status.textContent()).toBe('');
    // The visitor closing the share sheet: nothing to say.
    await page.evaluate(() => ((window as unknown as {__shareAnswer: string}).__shareAnswer = 'AbortError'));
    await share.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as {__shared: unknown[]}).__shared.length)).toBe(2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await status.textContent()).toBe('');
    // Another failure is said, beside the Copy button.
    await page.evaluate(() => ((window as unknown as {__shareAnswer: string}).__shareAnswer = 'NotAllowedError'));
    await share.click();
    await expect.poll(() => status.textContent()).toBe('Бөлүшүү менюсун ачуу мүмкүн болбоду: шилтемени көчүрүңүз.');
    expect(consoleErrors).toEqual([]);
  });

  it('offers no Share… where the browser cannot share, only Copy link', async () => {
    const {page} = await open('lang=en&ind=integral&sector=mining', {...phone, initScript: noShare});
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    const fields = await openShare(page);
    expect(fields[0]).toEqual({id: 'link', value: await page.evaluate(() => location.href)});
    const dialog = page.locator('kg-embed-dialog');
    expect(await dialog.locator('h2').textContent()).toBe('Share this map');
    expect(await dialog.locator('button[data-copy="link"]').textContent()).toBe('Copy link');
    expect(await dialog.locator('button[data-action="share"]').count()).toBe(0);
  });
});

describe('the picture downloaded on a phone', () => {
  it('frames the whole country as on a desktop, not the camera moved above a pinned profile', async () => {
    // Batken pinned: the page's camera goes south-west to show it above the profile's sheet.
    const {page, consoleErrors} = await open('lang=en&ind=integral&sector=mining&region=KG-B', {viewport: {width: 390, height: 844}, phone: true});
    // (Brought into view by the page, not moved by the user: the link keeps no camera.)
    await page.locator('kg-region-card section').waitFor();
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('view'))).toBeNull();
    const before = await project(page, 69.3, 39.95);
    const colour = async (entry: string) => parseCssRgb((await page.locator(`kg-legend button[data-entry="${entry}"]`).getAttribute('data-color'))!);
    // In mining: Batken, Jalal-Abad, Osh and Naryn in the top class (west), Issyk-Kul, Chuy, Talas in the lowest (east).
    const [top, low] = [await colour('class-4'), await colour('class-0')];
    await page.locator('kg-header button.menu').click();
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    const label = await page.locator('kg-export-dialog button[data-export="png-1"]').innerText();
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator('kg-export-dialog button[data-export="png-1"]').click()]);
    const bytes = readFileSync(await file.path());
    writeFileSync(join(ARTIFACTS, 'journalists-phone-export.png'), bytes);
    const png = PNG.sync.read(bytes);
    expect(label).toContain(`${png.width} × ${png.height} px`);
    const near = (x: number, y: number, rgb: readonly number[]) => {
      const i = (y * png.width + x) * 4;
      return Math.abs(png.data[i]! - rgb[0]!) <= 2 && Math.abs(png.data[i + 1]! - rgb[1]!) <= 2 && Math.abs(png.data[i + 2]! - rgb[2]!) <= 2;
    };
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    // The map ends at the picture's one-pixel rule, a row of one colour other than the background.
    let mapBottom = 0;
    for (let y = 80; y < png.height && mapBottom === 0; y++) {
      const c = at(0, y);
      if (colourDistance(c, at(0, 0)) > 10 && Array.from({length: png.width}, (_, x) => x).every((x) => near(x, y, c))) mapBottom = y;
    }
    expect(mapBottom).toBeGreaterThan(0);
    // The country on the map above it: the regions' colours' extent.
    const box = {x0: png.width, x1: -1, y0: png.height, y1: -1};
    const west = {x: png.width, colour: ''};
    for (let y = 0; y < mapBottom; y++)
      for (let x = 0; x < png.width; x++)
        for (const [name, rgb] of [['top', top], ['low', low]] as const)
          if (near(x, y, rgb)) {
            box.x0 = Math.min(box.x0, x);
            box.x1 = Math.max(box.x1, x);
            box.y0 = Math.min(box.y0, y);
            box.y1 = Math.max(box.y1, y);
            if (x < west.x) Object.assign(west, {x, colour: name});
          }
    // West (Batken, top class) and east (Issyk-Kul) ends inside the picture, the country across most of it…
    expect(box.x0).toBeGreaterThanOrEqual(4);
    expect(box.x1).toBeLessThanOrEqual(png.width - 4);
    expect(west.colour).toBe('top');
    expect(box.x1 - box.x0).toBeGreaterThan(0.75 * png.width);
    // …and no third of the picture's map left empty below it.
    expect(mapBottom - box.y1).toBeLessThan(100);
    expect(box.y0).toBeGreaterThan(60);
    // The page's camera is put back.
    await expect.poll(() => project(page, 69.3, 39.95)).toEqual(before);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the picture downloaded on a laptop with a region pinned', () => {
  // A journalist's finding: with Chuy pinned at 1280 × 800 the page moves its camera to show the region
  // beside its profile; the picture, which has no profile, cut Batken at its left edge ("НСКАЯ ОБЛ.")
  // and left its right third empty.
  it('frames the whole country as the untouched map does, not the camera moved beside the profile', async () => {
    const {page, consoleErrors} = await open('lang=ru&ind=mfg-lq&sector=C&year=2020&region=KG-C');
    await page.locator('kg-region-card section').waitFor();
    await page.mouse.move(5, 5);
    const colours = await Promise.all(['class-0', 'class-1', 'class-2', 'class-3'].map(async (e) => parseCssRgb((await page.locator(`kg-legend button[data-entry="${e}"]`).getAttribute('data-color'))!)));
    const before = await project(page, 69.3, 39.95);
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator('kg-export-dialog button[data-export="png-1"]').click()]);
    const bytes = readFileSync(await file.path());
    writeFileSync(join(ARTIFACTS, 'journalists-laptop-pinned-export.png'), bytes);
    const png = PNG.sync.read(bytes);
    const map = await page.locator('#map').evaluate((m) => ({width: m.clientWidth, height: m.clientHeight}));
    expect(png.width).toBe(map.width);
    // The map's part of the picture: from the first row whose left edge is not the title's background
    // (the basemap), as tall as the map on screen; the regions' colours' extent in it.
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    let top = 0;
    while (top < png.height && colourDistance(at(2, top), at(0, 0)) <= 10) top++;
    expect(top).toBeGreaterThan(20);
    const box = {x0: png.width, x1: -1};
    for (let y = top; y < top + map.height; y++)
      for (let x = 0; x < png.width; x++)
        if (colours.some((k) => colourDistance(at(x, y), k) <= 4)) {
          box.x0 = Math.min(box.x0, x);
          box.x1 = Math.max(box.x1, x);
        }
    // West (Batken) and east (Issyk-Kul) ends inside the picture, 24 px in as the map's own fit.
    expect(box.x0).toBeGreaterThanOrEqual(16);
    expect(box.x1).toBeLessThanOrEqual(png.width - 16);
    expect(box.x1 - box.x0).toBeGreaterThan(0.85 * png.width);
    // The page's camera is put back.
    await expect.poll(() => project(page, 69.3, 39.95)).toEqual(before);
    saveJson('journalists-laptop-pinned-export', {png: [png.width, png.height], box});
    expect(consoleErrors).toEqual([]);
  });
});

describe('downloads', () => {
  let atlas: AtlasPage;
  beforeAll(async () => {
    atlas = await open('lang=en&ind=integral&sector=mining');
    await atlas.page.mouse.move(5, 5);
    await atlas.page.locator('kg-share-buttons button[data-action="export"]').click();
    await atlas.page.locator('kg-export-dialog dialog[open]').waitFor();
  });

  async function download(kind: string): Promise<{name: string; bytes: Buffer}> {
    const [file] = await Promise.all([atlas.page.waitForEvent('download', {timeout: 30_000}), atlas.page.locator(`kg-export-dialog button[data-export="${kind}"]`).click()]);
    const path = await file.path();
    const bytes = readFileSync(path);
    writeFileSync(join(ARTIFACTS, `journalists-${file.suggestedFilename()}`), bytes);
    return {name: file.suggestedFilename(), bytes};
  }

  const legendColour = async (entry: string) => parseCssRgb((await atlas.page.locator(`kg-legend button[data-entry="${entry}"]`).getAttribute('data-color'))!);

  it('saves the view as a PNG at screen size and at double size, with the legend in its pixels', async () => {
    const map = await atlas.page.locator('#map').evaluate((m) => ({width: m.clientWidth, height: m.clientHeight}));
    const label1 = await atlas.page.locator('kg-export-dialog button[data-export="png-1"]').innerText();
    let started = Date.now();
    const one = await download('png-1');
    const ms1 = Date.now() - started;
    started = Date.now();
    const two = await download('png-2');
    const ms2 = Date.now() - started;
    expect(one.name).toBe('kg-cluster-atlas_integral_mining_2015-2019_en.png');
    expect(two.name).toBe('kg-cluster-atlas_integral_mining_2015-2019_en@2x.png');
    const png1 = PNG.sync.read(one.bytes);
    const png2 = PNG.sync.read(two.bytes);
    expect(png1.width).toBe(map.width);
    expect(png2.width).toBe(2 * map.width);
    expect(png2.height).toBe(2 * png1.height);
    expect(png1.height).toBeGreaterThan(map.height + 100);
    expect(label1).toContain(`${png1.width} × ${png1.height} px`);
    // 1.25–2.00 has no region in mining: its colour can only come from the legend's swatch.
    const empty = await legendColour('class-3');
    const top = await legendColour('class-4');
    // The title and subtitle take one line each at this width: the map is drawn from y = 74 on
    // (png-layout.ts), the legend's row under it, then the growth points' key (a default layer).
    const mapBottom = 74 + map.height;
    for (const [png, scale] of [
      [png1, 1],
      [png2, 2],
    ] as const) {
      const legendRow = {y0: (mapBottom + 1) * scale, y1: (mapBottom + 40) * scale};
      expect(countColour(png, empty, legendRow)).toBeGreaterThan(150 * scale * scale);
      expect(countColour(png, empty)).toBe(countColour(png, empty, legendRow));
      // The growth points' symbols, in the map's colour, under the legend: their key.
      const growthFill = [33, 33, 48];
      expect(countColour(png, growthFill, {y0: (mapBottom + 40) * scale, y1: png.height})).toBeGreaterThan(400 * scale * scale);
      // The top class: the map's regions and the swatch.
      expect(countColour(png, top)).toBeGreaterThan(20_000 * scale * scale);
    }
    // Click to download, in SwiftShader on a shared 2-core machine (recorded, not asserted).
    saveJson('journalists-png', {map, png1: [png1.width, png1.height], png2: [png2.width, png2.height], ms1, ms2, bytes1: one.bytes.length, bytes2: two.bytes.length});
  });

  it('saves the PNG for an article’s 640 px column at 1280 px, with the country framed and the legend in its pixels (Kyrgyz, every layer)', async () => {
    const other = await open('lang=ky&ind=integral&sector=mining&layers=regions,growth,energy,links');
    const page = other.page;
    await page.mouse.move(5, 5);
    const mapSize = () => page.locator('#map').evaluate((m) => ({width: m.clientWidth, height: m.clientHeight, inline: [m.style.width, m.style.height, m.style.right, m.style.bottom]}));
    const mapBefore = await mapSize();
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    const button = page.locator('kg-export-dialog button[data-export="png-article"]');
    const label = await button.innerText();
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 60_000}), button.click()]);
    const bytes = readFileSync(await file.path());
    writeFileSync(join(ARTIFACTS, `journalists-${file.suggestedFilename()}`), bytes);
    expect(file.suggestedFilename()).toBe('kg-cluster-atlas_integral_mining_2015-2019_ky_640px@2x.png');
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(1280);
    expect(label).toContain(`${png.width} × ${png.height} px`.replace('px', 'пикс.'));
    const colour = async (entry: string) => parseCssRgb((await page.locator(`kg-legend button[data-entry="${entry}"]`).getAttribute('data-color'))!);
    // 1.25–2.00 has no region in mining: its colour is the legend's swatch (22 × 14 CSS px, 44 × 28 at
    // 2×), under the 400 CSS px map; elsewhere only a stray pixel where a link's edge blends into it.
    const empty = await colour('class-3');
    const rows: number[] = [];
    for (let y = 0; y < png.height; y++) if (countColour(png, empty, {y0: y, y1: y + 1}) >= 20) rows.push(y);
    expect(countColour(png, empty)).toBeGreaterThan(150 * 4);
    const legendTop = rows[0]!;
    expect(rows.at(-1)! - legendTop).toBeLessThanOrEqual(30);
    expect(legendTop).toBeGreaterThan(2 * (400 + 60));
    // The growth points' key under the legend, in the map's colour.
    expect(countColour(png, [33, 33, 48], {y0: legendTop + 30, y1: png.height})).toBeGreaterThan(400 * 4);
    // The country is fitted into the picture's map, 24 CSS px inside its sides: the regions' colours
    // (every class) reach from near the left edge to near the right one, above the legend.
    const classes = await Promise.all(['class-0', 'class-1', 'class-2', 'class-4'].map(colour));
    const box = {x0: png.width, x1: -1};
    for (let y = 0; y < legendTop - 10; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const c = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (classes.some((k) => colourDistance(c, k) <= 4)) {
          box.x0 = Math.min(box.x0, x);
          box.x1 = Math.max(box.x1, x);
        }
      }
    expect(box.x0).toBeGreaterThan(2 * 12);
    expect(box.x1).toBeLessThan(png.width - 2 * 12);
    expect(box.x1 - box.x0).toBeGreaterThan(0.8 * png.width);
    // The scale bar in the map's lower left: a dark horizontal bar, 2 CSS px thick, at least 40 CSS px long
    // (its length is the picture's scale: png-layout.ts scaleBar), in the map's last 40 CSS px.
    const darkRun = (y: number) => {
      let run = 0;
      let longest = 0;
      for (let x = 0; x < png.width / 3; x++) {
        const i = (y * png.width + x) * 4;
        run = png.data[i]! < 70 && png.data[i + 1]! < 70 && png.data[i + 2]! < 70 ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      return longest;
    };
    const barRows = [];
    for (let y = legendTop - 2 * 70; y < legendTop; y++) if (darkRun(y) >= 2 * 40) barRows.push(y);
    expect(barRows.length, 'the scale bar').toBeGreaterThanOrEqual(3);
    expect(barRows.length).toBeLessThanOrEqual(5);
    // The map on the page has its own size back.
    expect(await mapSize()).toEqual(mapBefore);
    saveJson('journalists-png-article', {png: [png.width, png.height], box, legendTop});
  });

  it('saves the indicator as CSV with the nine regions and the values the table shows', async () => {
    const {name, bytes} = await download('csv');
    expect(name).toBe('kg-cluster-atlas_integral_mining_2015-2019_en.csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true}).data;
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      const cell = await atlas.page.locator(`kg-data-views tbody tr[data-code="${row.region_code}"] td`).first().innerText();
      if (row.status === 'ok') expect(Number(row.value_shown).toFixed(3)).toBe(cell.trim());
      else expect(row.status_text).toBe(cell.trim());
      expect(await atlas.page.locator(`kg-data-views tbody tr[data-code="${row.region_code}"] th`).innerText()).toContain(row.region_name);
    }
    expect(rows.find((r) => r.region_code === 'KG-J')).toMatchObject({value: '5.449', origin: 'published'});
  });

  it('offers a CSV for Excel with semicolons and decimal commas, labelled so, with the same rows', async () => {
    expect(await atlas.page.locator('kg-export-dialog button[data-export="csv-semicolon"]').innerText()).toBe('CSV for Excel (semicolons, decimal commas)');
    const {name, bytes} = await download('csv-semicolon');
    expect(name).toBe('kg-cluster-atlas_integral_mining_2015-2019_en-semicolon.csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFregion_code;region_name;value;/);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true, delimiter: ';'}).data;
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.region_code === 'KG-J')).toMatchObject({value: '5,449', value_shown: '5,449', origin: 'published'});
  });

  // An analyst wanted the whole dataset, not 300 views saved one by one: every indicator, industry and
  // year the atlas shows, in the indicator CSV's columns, the computed ones computed in the page.
  it('saves all data in one CSV: every indicator, industry and year, with the values the map shows', async () => {
    const {name, bytes} = await download('all-csv');
    expect(name).toBe('kg-cluster-atlas_all-data_en.csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true});
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect([...new Set(rows.map((r) => r.indicator))]).toEqual(['integral', 'lq2018', 'mfg-lq', 'grp-pc', 'potential']);
    expect(rows.length % 9).toBe(0);
    // The view's own figures among them, as its CSV and the table have them (seed 002, Table 3.1).
    const view = rows.filter((r) => r.indicator === 'integral' && r.sector === 'mining');
    expect(view).toHaveLength(9);
    expect(view.find((r) => r.region_code === 'KG-J')).toMatchObject({value: '5.449', origin: 'published', rank: '1'});
    expect(view.find((r) => r.region_code === 'KG-GO')).toMatchObject({value: '', status: 'no_production'});
    // The manufacturing LQ computed for each year of the NSC's series, credited as computed.
    const years = [...new Set(rows.filter((r) => r.indicator === 'mfg-lq').map((r) => r.period))];
    expect(years[0]).toBe('2010');
    expect(years.at(-1)).toBe('2024');
    const lq = rows.filter((r) => r.indicator === 'mfg-lq' && r.status === 'ok');
    expect(lq.length).toBeGreaterThan(100);
    expect(lq.every((r) => r.origin === 'computed' && Number.isFinite(Number(r.value)) && /computed by the atlas/i.test(r.source))).toBe(true);
    expect(await atlas.page.locator('kg-export-dialog .status').innerText()).toContain(name);
    // The map still shows the view (its own request was not replaced by the download's).
    expect(await atlas.page.locator('kg-data-views tbody tr[data-code="KG-J"] td').first().innerText()).toBe('5.449');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('saves the regions as GeoJSON with the values as properties', async () => {
    const {name, bytes} = await download('geojson');
    expect(name).toBe('kg-cluster-atlas_integral_mining_2015-2019_en.geojson');
    const geojson = JSON.parse(bytes.toString('utf8'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(9);
    expect(geojson.features.find((f: {id: string}) => f.id === 'KG-GO').properties).toMatchObject({schematic: true, status: 'no_production', value: null});
    expect(await atlas.page.locator('kg-export-dialog .status').innerText()).toContain(name);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('Print / PDF (A4) and the page printed with Ctrl+P', () => {
  /** window.print, stubbed: the calls counted (a real print dialog would block the test). */
  const stubPrint = () => {
    const w = window as unknown as {__prints: number};
    w.__prints = 0;
    window.print = () => void w.__prints++;
  };
  const printViewport = {width: 718, height: 1047};
  mkdirSync(ARTIFACTS, {recursive: true});

  it('prints the view laid out for A4 alone: the 2100 px picture with the map drawn, the nine regions, the link (Russian)', async () => {
    const {page, consoleErrors} = await open('lang=ru&ind=integral&sector=mining', {initScript: stubPrint});
    await page.mouse.move(5, 5);
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    const button = page.locator('kg-export-dialog button[data-export="print"]');
    expect(await button.innerText()).toBe('Печать / PDF (A4)');
    await button.click();
    await page.locator('#kg-print img').waitFor({state: 'attached', timeout: 60_000});
    await expect.poll(() => page.evaluate(() => (window as unknown as {__prints: number}).__prints), {timeout: 30_000}).toBe(1);
    // The dialog is closed before printing: only the container is to print.
    expect(await page.locator('kg-export-dialog dialog[open]').count()).toBe(0);
    // Its pixels, through a canvas (the page's CSP allows no fetch of a blob: address).
    const picture = await page.locator('#kg-print img').evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      canvas.getContext('2d')!.drawImage(img, 0, 0);
      return {base64: canvas.toDataURL('image/png').split(',')[1]!, width: img.naturalWidth, cssWidth: img.style.width, alt: img.alt};
    });
    const png = PNG.sync.read(Buffer.from(picture.base64, 'base64'));
    writeFileSync(join(ARTIFACTS, 'journalists-print-picture.png'), Buffer.from(picture.base64, 'base64'));
    // 700 CSS px for A4's printable width, at 3×.
    expect(png.width).toBe(2100);
    expect(picture.width).toBe(2100);
    expect(picture.cssWidth).toBe('700px');
    expect(picture.alt).toContain('Интегральный');
    // The map drawn in it (not a blank canvas): the top class's regions; the empty class's colour only in the legend.
    const colour = async (entry: string) => parseCssRgb((await page.locator(`kg-legend button[data-entry="${entry}"]`).getAttribute('data-color'))!);
    expect(countColour(png, await colour('class-4'))).toBeGreaterThan(20_000 * 9);
    expect(countColour(png, await colour('class-3'))).toBeGreaterThan(150 * 9);
    // The table as text, in the page's words and values.
    expect(await page.locator('#kg-print thead th').allInnerTexts()).toEqual(['Регион', 'Значение', 'Место', 'Статус']);
    const rows = page.locator('#kg-print tbody tr');
    expect(await rows.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      const code = (await rows.nth(i).getAttribute('data-code'))!;
      const [name, value] = [await rows.nth(i).locator('th').innerText(), await rows.nth(i).locator('td').first().innerText()];
      expect(await page.locator(`kg-data-views tbody tr[data-code="${code}"] th`).innerText()).toContain(name);
      expect(await page.locator(`kg-data-views tbody tr[data-code="${code}"] td`).first().innerText()).toBe(value);
    }
    expect(await page.locator('#kg-print').innerText()).toContain('Джалал-Абадская');
    // The permalink of this view.
    const link = await page.locator('#kg-print .kg-print-link').innerText();
    expect(link).toMatch(/^Этот вид на сайте: http:\/\/127\.0\.0\.1:\d+\/\?\S*lang=ru/);
    expect(link).toContain('ind=integral');
    expect(link).toContain('sector=mining');
    // On screen the container is not shown; printed, it alone is.
    expect(await page.locator('#kg-print').isVisible()).toBe(false);
    await page.setViewportSize(printViewport);
    await page.emulateMedia({media: 'print'});
    expect(await page.locator('#kg-print').isVisible()).toBe(true);
    expect(await page.locator('#kg-print img').isVisible()).toBe(true);
    for (const other of ['kg-header', '.kg-main', 'kg-export-dialog', '.kg-skip']) expect(await page.locator(other).first().isVisible(), other).toBe(false);
    writeFileSync(join(ARTIFACTS, 'journalists-print-emulated.png'), await page.screenshot({fullPage: true}));
    // After printing, the container goes.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await page.locator('#kg-print').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('prints a difference map with its differences, as the page’s difference table has them (a change over time)', async () => {
    const {page, consoleErrors} = await open('lang=en&ind=mfg-lq&sector=C&year=2024&from=2010&region=KG-C', {initScript: stubPrint});
    const onPage = page.locator('kg-data-views table[data-kind="difference"]');
    await expect.poll(() => onPage.locator('tbody tr').count(), {timeout: 20_000}).toBe(9);
    await page.mouse.move(5, 5);
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    await page.locator('kg-export-dialog button[data-export="print"]').click();
    await page.locator('#kg-print table').waitFor({state: 'attached', timeout: 60_000});
    const printed = page.locator('#kg-print table');
    expect(await printed.locator('caption').innerText()).toBe(await onPage.locator('caption').innerText());
    expect(await printed.locator('thead th').allInnerTexts()).toEqual(['Region', '2010', '2024', 'Change']);
    // Row by row the page's (its default order, largest increase first): the same names and figures.
    const rowsOf = (table: typeof printed) =>
      table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-code'), ...[...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())]));
    const [mine, theirs] = [await rowsOf(printed), await rowsOf(onPage)];
    expect(mine.map((r) => r[0])).toEqual(theirs.map((r) => r[0]));
    // The page's change cell starts with its class in words for screen readers; its figure ends it.
    for (const [i, row] of mine.entries()) expect(theirs[i]![1]).toContain(row[1]!), expect(theirs[i]!.slice(2, 4)).toEqual(row.slice(2, 4)), expect(theirs[i]![4]!.endsWith(row[4]!)).toBe(true);
    expect(mine.find((r) => r[0] === 'KG-C')![4]).toMatch(/^[+−-]?\d/);
    expect(await printed.locator('tr[aria-current="true"]').getAttribute('data-code')).toBe('KG-C');
    expect(consoleErrors).toEqual([]);
  });

  // A journalist's finding: the atlas's own LQ left the site credited to the NSC alone, which never
  // published it; and the printed table did not say which region the picture outlines.
  it('credits a computed value to the atlas in the CSV, the print and the embed, and marks the pinned region in the printed table (Russian)', async () => {
    const {page, consoleErrors} = await open('lang=ru&ind=mfg-lq&year=2015&region=KG-O', {initScript: stubPrint});
    await page.mouse.move(5, 5);
    // The sidebar says it too, with its badge beside the source.
    expect(await page.locator('kg-indicator-picker .badge').first().innerText()).toBe('Рассчитано');
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator('kg-export-dialog button[data-export="csv"]').click()]);
    const rows = Papa.parse<Record<string, string>>(readFileSync(await file.path(), 'utf8').slice(1), {header: true, skipEmptyLines: true}).data;
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.source).toMatch(/^рассчитано атласом по данным: Нацстатком КР, национальная платформа ЦУР, индикатор 9\.2\.2/);
    await page.locator('kg-export-dialog button[data-export="print"]').click();
    await page.locator('#kg-print img').waitFor({state: 'attached', timeout: 60_000});
    await expect.poll(() => page.evaluate(() => (window as unknown as {__prints: number}).__prints), {timeout: 30_000}).toBe(1);
    const pinned = page.locator('#kg-print tbody tr[aria-current="true"]');
    expect(await pinned.count()).toBe(1);
    expect(await pinned.getAttribute('data-code')).toBe('KG-O');
    await page.setViewportSize(printViewport);
    await page.emulateMedia({media: 'print'});
    // Its value in bold, over the heavier rule the picture's outline is drawn with.
    const style = (cell: Element) => [getComputedStyle(cell).fontWeight, getComputedStyle(cell).borderBottomWidth];
    expect(await pinned.locator('td').first().evaluate(style)).toEqual(['700', '2px']);
    expect(await page.locator('#kg-print tbody tr:not([aria-current]) td').first().evaluate(style)).toEqual(['400', '1px']);
    writeFileSync(join(ARTIFACTS, 'journalists-print-pinned.png'), await page.screenshot({fullPage: true}));
    expect(consoleErrors).toEqual([]);
    const embed = await open('lang=en&ind=mfg-lq&year=2015&region=KG-O&embed=1', {viewport: {width: 800, height: 700}});
    expect(await embed.page.locator('kg-embed-footer .source:not([data-layer])').innerText()).toMatch(/^Source: computed by the atlas from: National Statistical Committee/);
    expect(embed.consoleErrors).toEqual([]);
  });

  it('prints the page itself without its controls, black on white, and says where the map laid out for paper is (Ctrl+P, Russian, dark)', async () => {
    const {page, consoleErrors} = await open('lang=ru&ind=integral&sector=mining', {viewport: printViewport, colorScheme: 'dark'});
    await page.emulateMedia({media: 'print'});
    for (const hidden of ['kg-share-buttons', 'kg-methodology-button', 'kg-header .langs', '.kg-map-area', '.kg-map-controls', 'kg-sheet-handle', 'kg-layer-toggles', '.kg-skip'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    for (const shown of ['kg-header h1', 'kg-indicator-picker', 'kg-legend', 'kg-data-views table'])
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    expect(await page.locator('kg-data-views tbody tr').count()).toBe(9);
    const style = await page.evaluate(() => ({
      note: getComputedStyle(document.querySelector('.kg-main')!, '::before').content,
      background: getComputedStyle(document.querySelector('.kg-sidebar')!).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(style.note).toBe('"Карта с экрана не печатается: «Скачать» → «Печать / PDF (A4)» размещает её на бумаге."');
    expect(style.background).toBe('rgb(255, 255, 255)');
    expect(style.text).toBe('rgb(0, 0, 0)');
    // The indicator's select prints its choice.
    expect(await page.locator('kg-indicator-picker select#ind').isVisible()).toBe(true);
    writeFileSync(join(ARTIFACTS, 'journalists-print-page.png'), await page.screenshot({fullPage: true}));
    expect(consoleErrors).toEqual([]);
  });

  // A journalist's finding: with a region pinned, Ctrl+P (and "Save as PDF") gave the header and two
  // blank pages. A printed A4 page is 718 px wide, where the pinned profile takes the sidebar's column
  // and hides the sidebar.
  it('prints the page with a region pinned: the title, legend and table the profile hid at a page’s width (Ctrl+P, Russian)', async () => {
    const {page, consoleErrors} = await open('lang=ru&ind=mfg-lq&sector=C&year=2020&region=KG-C', {viewport: printViewport});
    await page.locator('kg-region-card section').waitFor();
    await page.emulateMedia({media: 'print'});
    for (const shown of ['kg-indicator-picker', 'kg-legend', 'kg-data-views table'])
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    expect(await page.locator('kg-region-card').isVisible()).toBe(false);
    // The legend's swatches in the printed pixels (its top class, 1.25–2.00, holds Chuy and two more).
    const shot = await page.screenshot({fullPage: true});
    writeFileSync(join(ARTIFACTS, 'journalists-print-page-pinned.png'), shot);
    const swatch = parseCssRgb((await page.locator('kg-legend button[data-entry="class-3"]').getAttribute('data-color'))!);
    expect(countColour(PNG.sync.read(shot), swatch)).toBeGreaterThan(100);
    expect(await page.locator('kg-data-views tbody tr').count()).toBe(9);
    expect(consoleErrors).toEqual([]);
  });

  // A journalist's finding: the article's PNG and then Print / PDF left the map on the page at the
  // print picture's 700 × 438 px, a grey void beside it (and every later picture that size). The map's
  // element is resized for such a capture, and its style was put back with setAttribute, which the
  // page's CSP refuses (style-src 'self').
  it('puts the map on the page back to its size after two pictures of their own size in a row (article PNG, then Print)', async () => {
    const {page, consoleErrors} = await open('lang=ru&ind=mfg-lq&sector=C&year=2020&region=KG-C', {initScript: stubPrint});
    await page.mouse.move(5, 5);
    const mapSize = () => page.locator('#map').evaluate((m) => [m.clientWidth, m.clientHeight]);
    const before = await mapSize();
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    await Promise.all([page.waitForEvent('download', {timeout: 60_000}), page.locator('kg-export-dialog button[data-export="png-article"]').click()]);
    expect(await mapSize()).toEqual(before);
    await page.locator('kg-export-dialog button[data-export="print"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as {__prints: number}).__prints), {timeout: 60_000}).toBe(1);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await mapSize()).toEqual(before);
    await waitForMap(page);
    await screenshot(page, 'journalists-map-after-two-pictures');
    expect(consoleErrors).toEqual([]);
  });
});

// A journalist's finding: the article printed (Ctrl+P, or "Save as PDF") showed, in the embedded
// frame, an empty box where the map was and a line sending the reader to a Download menu the embed
// does not have; the map's credits were behind an "i" that paper cannot open, and the buttons printed.
describe('an article printed with its embedded map', () => {
  let host: HostServer;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    host = await startHostServer(pages);
  });
  afterAll(async () => {
    await host?.close();
  });

  it('prints the map as the reader saw it, the layers’ keys, the sources and the map’s credits, and no buttons (640 px column, Russian)', async () => {
    const atlas = await open('lang=ru&ind=mfg-lq&sector=C&year=2020&region=KG-C');
    await atlas.page.locator('kg-share-buttons button[data-action="embed"]').click();
    await atlas.page.locator('kg-embed-dialog textarea#code[data-height="measured"]').waitFor();
    const snippet = await atlas.page.locator('kg-embed-dialog textarea#code').inputValue();
    pages['/printed.html'] = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Статья</title>
      <style>body{margin:0;font-family:serif}main{max-width:640px;margin:0 auto}</style></head>
      <body><main><h1>Статья</h1><p>Текст над картой.</p>${snippet}<p>Текст под картой.</p></main></body></html>`;
    const context = await suite.browser.newContext({viewport: {width: 1000, height: 900}, locale: 'ru-RU', colorScheme: 'light', deviceScaleFactor: 1});
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/printed.html`);
      const frame = await atlasFrame(page, new URL(atlas.url()).origin);
      await waitForMap(frame as unknown as Page);
      await page.emulateMedia({media: 'print'});
      expect(await frame.evaluate(() => matchMedia('print').matches)).toBe(true);
      const iframe = page.locator('iframe[data-kg-atlas-embed]');
      await iframe.scrollIntoViewIfNeeded();
      const shot = await screenshot(page, 'journalists-article-printed');
      const frameBox = (await iframe.boundingBox())!;
      // No line about a Download menu (the embed has none), and the map between the title and the footer.
      expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.kg-main')!, '::before').display)).toBe('none');
      const map = (await frame.locator('#map').boundingBox())!;
      expect(map.y).toBeGreaterThanOrEqual((await frame.locator('kg-embed-header').boundingBox())!.y + (await frame.locator('kg-embed-header').boundingBox())!.height - 1);
      expect(map.height).toBeGreaterThan(300);
      // The map drawn: Chuy (1.73) in its class's colour, Talas (0.30) in the lowest one.
      for (const [code, entry] of [['KG-C', 'class-3'], ['KG-T', 'class-0']] as const) {
        const colour = parseCssRgb((await frame.locator(`kg-embed-header button[data-entry="${entry}"]`).getAttribute('data-color'))!);
        const [x, y] = (await frame.evaluate(([lon, lat]) => window.__atlas.project(lon!, lat!), INSIDE[code]!))!;
        expect(colourDistance(shot.rgb(frameBox.x + x, frameBox.y + y), colour), code).toBeLessThan(30);
      }
      const footer = frame.locator('kg-embed-footer');
      // The map's credits in full, not behind the "i" (the frame is 640 px wide).
      expect(await footer.locator('kg-attribution .text').isVisible()).toBe(true);
      expect(await footer.locator('kg-attribution .text').innerText()).toContain('Natural Earth');
      expect(await footer.locator('kg-attribution button').isVisible()).toBe(false);
      // The growth points' key open, the sources, and no buttons.
      expect(await footer.locator('details[data-layer="growth"] .legend').isVisible()).toBe(true);
      expect(await footer.locator('p.source').first().innerText()).toMatch(/^Источник: рассчитано атласом/);
      const buttons = await footer.locator('button').evaluateAll((all) => all.filter((b) => b.getClientRects().length > 0).length);
      expect(buttons).toBe(0);
      await page.screenshot({path: join(ARTIFACTS, 'journalists-article-printed-full.png'), fullPage: true});
    } finally {
      await context.close();
    }
  }, 120_000);
});
