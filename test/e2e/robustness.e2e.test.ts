// Unbreakable (issue 9) in the built site: the Content-Security-Policy is in force and every violation
// is caught; fuzzed links never break the page; a hostile import stays text; without WebGL, or when its
// context is lost, the table, the legend and a clear message remain, and the map comes back; a crashed
// engine worker is reported and restarted; after a first visit the site works offline.
import {readFileSync} from 'node:fs';
import {createServer, request as httpRequest, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import fc from 'fast-check';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {CONTENT_SECURITY_POLICY} from '../../build/content-security-policy';
import {parseUrlState} from '../../src/state/url-state';
import {mutatedPermalink, structuredQuery} from '../unit/fuzz/url-arbitraries';
import {colourAt, colourDistance, cspViolations, deckDraws, holdBack, launchBrowser, openAtlas, project, recordDeckDraws, saveJson, screenshot, takeCspViolations, waitForMap} from './atlas-page';
import {INSIDE} from './region-points';
import {MAP_COLORS} from '../../src/map/map-colors';
import {decodeScenario, encodeScenario} from '../../src/io/scenario-codec';
import {emptyScenario, type Scenario} from '../../src/model/scenario';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fallback = (page: Page) => page.locator('kg-map-fallback section[role=alert]');
const tableRows = (page: Page) => page.locator('kg-data-views tbody tr[data-code]');
const legendEntries = (page: Page) => page.locator('kg-legend li button[data-entry]');
/** gzip-9 bytes of a file of the build, by its URL path. */
function builtGzip(url: string): number {
  const path = new URL(url).pathname;
  return gzipSync(readFileSync(join(import.meta.dirname, '..', '..', 'dist', path === '/' ? 'index.html' : path)), {level: 9}).length;
}

describe('the default view', () => {
  it('stays within the byte budgets: ≤ 700 KiB of JS in all, ≤ 60 KiB of our own (README "Performance")', async () => {
    // A Kyrgyz browser: the largest of the three message tables.
    const atlas = await openAtlas(browser, '', {locale: 'ky-KG'});
    await atlas.page.waitForTimeout(300);
    const js = [...new Set(atlas.requests)].filter((u) => /\.m?js$/.test(new URL(u).pathname));
    const vendor = (u: string) => /\/(maplibre-|maplibre-gl-worker-|deck-)[^/]*$/.test(new URL(u).pathname);
    const total = js.reduce((s, u) => s + builtGzip(u), 0);
    const own = js.filter((u) => !vendor(u)).reduce((s, u) => s + builtGzip(u), 0);
    saveJson('robustness-default-view-bytes', {jsGzip: total, ownJsGzip: own, files: js.map((u) => [new URL(u).pathname, builtGzip(u)])});
    expect(js.filter(vendor).length).toBe(3); // maplibre, its worker, deck.gl
    expect(total).toBeLessThanOrEqual(700 * 1024);
    expect(own).toBeLessThanOrEqual(60 * 1024);
    // Neither the import parser (papaparse, zod), the engine, nor the kept dataset's restore (IndexedDB's
    // code: nothing is kept in this fresh browser) is part of the first view.
    expect(js.some((u) => /import|client|compute|methodology|user-data/.test(u))).toBe(false);
    await atlas.context.close();
  });

  it('starts the map before it loads deck.gl (the basemap does not wait for it)', async () => {
    // Neither maplibre nor deck.gl is among the scripts the page starts with (those index.html names):
    // the page runs without waiting for them (see loadMapLibre). deck.gl is asked for only after
    // maplibre's worker, which the page starts as soon as maplibre is here, before it makes the map.
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'index.html'), 'utf8');
    expect(html).not.toMatch(/maplibre-/);
    expect(html).not.toMatch(/deck-/);
    const atlas = await openAtlas(browser, 'lang=en');
    const order = atlas.requests.map((u) => new URL(u).pathname.split('/').at(-1)!);
    expect(order.findIndex((f) => f.startsWith('maplibre-gl-worker'))).toBeLessThan(order.findIndex((f) => f.startsWith('deck-')));
    await atlas.context.close();
  });

  it("draws deck.gl's first frame at the map's size, with shaders made for flat layers on Web Mercator only", async () => {
    // Watches deck.gl's WebGL context (the one that is not maplibre's): the size of its canvas at its
    // first draw, and the vertex shaders it links.
    const atlas = await openAtlas(browser, 'lang=en', {
      initScript: () => {
        const seen = {firstDraw: null as number[] | null, vertexShaders: [] as string[]};
        (window as unknown as {__deckGl: typeof seen}).__deckGl = seen;
        const gl = WebGL2RenderingContext.prototype;
        const isDeck = (c: WebGL2RenderingContext) => !(c.canvas as HTMLCanvasElement).classList.contains('maplibregl-canvas');
        const sources = new WeakMap<WebGLShader, string>();
        const {shaderSource, attachShader, drawArrays, drawElements, drawArraysInstanced, drawElementsInstanced} = gl;
        gl.shaderSource = function (shader, source) {
          sources.set(shader, source);
          shaderSource.call(this, shader, source);
        };
        gl.attachShader = function (program, shader) {
          const source = sources.get(shader) ?? '';
          if (isDeck(this) && /void main/.test(source) && /gl_Position/.test(source)) seen.vertexShaders.push(source);
          attachShader.call(this, program, shader);
        };
        const first = (c: WebGL2RenderingContext) => {
          if (isDeck(c)) seen.firstDraw ??= [c.canvas.width, c.canvas.height];
        };
        gl.drawArrays = function (...a) { first(this); drawArrays.apply(this, a); };
        gl.drawElements = function (...a) { first(this); drawElements.apply(this, a); };
        gl.drawArraysInstanced = function (...a) { first(this); drawArraysInstanced.apply(this, a); };
        gl.drawElementsInstanced = function (...a) { first(this); drawElementsInstanced.apply(this, a); };
      },
    });
    const {firstDraw, vertexShaders, mapSize} = await atlas.page.evaluate(() => {
      const map = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      return {...(window as unknown as {__deckGl: {firstDraw: number[]; vertexShaders: string[]}}).__deckGl, mapSize: [map.width, map.height]};
    });
    // Not the browser's default 300 × 150, stretched and then resized (which stalled the page).
    expect(firstDraw).toEqual(mapSize);
    // Polygons, lines (the atlas's own mesh, src/layers/mesh-line-layer.ts), points and text; none asks
    // at run time which projection it is in, nor whether it is extruded or a billboard
    // (src/layers/ground-layers.ts).
    const names = vertexShaders.map((source) => source.match(/#define SHADER_NAME (\S+)/)?.[1]);
    expect(names).toEqual(expect.arrayContaining(['solid-polygon-layer-vertex-shader', 'mesh-line-layer-vertex-shader', 'scatterplot-layer-vertex-shader', 'multi-icon-layer-vertex-shader']));
    for (const source of vertexShaders) {
      expect(source).toMatch(/PROJECTION_MODE_WEB_MERCATOR == PROJECTION_MODE_GLOBE/);
      expect(source).not.toMatch(/project\.projectionMode|solidPolygon\.extruded|path\.billboard|scatterplot\.billboard|icon\.billboard/);
    }
    await atlas.context.close();
  });

  it('draws the first frame with one vertex layout per kind of layer, and the lines without instancing', async () => {
    // Software WebGL compiles a program again for every vertex layout it is drawn with (55–95 ms each):
    // a layer that gives an accessor as a constant instead of a function adds one
    // (src/layers/per-object.ts). Counts the distinct (program, enabled attributes) pairs of deck.gl's
    // draws in the default view. It also runs an instanced draw instance by instance (~15 µs each):
    // the borders and rivers are one mesh each (src/model/line-mesh.ts), not an instance per segment
    // as deck.gl's PathLayer draws them (1,189 for the borders at this size).
    const atlas = await openAtlas(browser, 'lang=en', {initScript: recordDeckDraws});
    const {layouts, instances} = await deckDraws(atlas.page);
    // Polygons, lines, circles and text: four (it was nine before the accessors were made functions,
    // and five while the lakes had a layout of their own).
    expect(layouts.length, layouts.join('\n')).toBe(4);
    // The most characters of a text layer (207: the semi-bold names of countries, water, regions and
    // growth points); no line layer draws a segment per instance (the borders alone would be 1,189).
    expect(instances.length).toBeGreaterThan(0);
    expect(Math.max(...instances)).toBeLessThan(400);
    // And no WebGL call fails (a text layer with no text made deck.gl upload an empty font atlas).
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it("draws deck.gl's canvas without multisampling, and the lines smooth their own edges", async () => {
    // Multisampling took a third of every frame with software WebGL (src/map/atlas-map.ts); the lines
    // are smoothed by their shaders instead (src/layers/mesh-line-layer.ts). Without that, the pixels
    // by a border would be either the border's colour or the fill's.
    const atlas = await openAtlas(browser, 'lang=en');
    const antialias = await atlas.page.evaluate(() =>
      [...document.querySelectorAll('canvas')].filter((c) => !c.classList.contains('maplibregl-canvas')).map((c) => c.getContext('webgl2')?.getContextAttributes()?.antialias),
    );
    expect(antialias).toEqual([false]);
    // A slanting stretch of the border between Issyk-Kul and Naryn Regions, in one class (one fill
    // colour on both sides) in the default view, away from names and rivers.
    const [x, y] = await project(atlas.page, 76.7, 41.69);
    const shot = await screenshot(atlas.page, 'robustness-border-edges');
    const patch: [number, number, number][] = [];
    for (let dx = -4; dx <= 4; dx++) for (let dy = -4; dy <= 4; dy++) patch.push(shot.rgb(x + dx, y + dy));
    const fill = shot.rgb(x - 8, y);
    const line = patch.reduce((far, c) => (colourDistance(c, fill) > colourDistance(far, fill) ? c : far));
    const span = colourDistance(line, fill);
    expect(span, 'a border line by the point').toBeGreaterThan(60);
    const between = patch.filter((c) => colourDistance(c, fill) > span * 0.2 && colourDistance(c, line) > span * 0.2);
    expect(between.length, `pixels between the fill ${fill} and the border ${line}`).toBeGreaterThanOrEqual(4);
    await atlas.context.close();
  });
});

describe('layout shifts while the page loads', () => {
  it('the map and sidebar do not move down when the header is defined', async () => {
    // The header had no height until its element was defined: everything below jumped down by 56 px
    // (0.044 of layout shift here, 0.076 on a slow phone). Other shifts are not asserted here.
    const atlas = await openAtlas(browser, 'lang=en', {
      initScript: () => {
        const shifts: {value: number; nodes: string[]}[] = [];
        (window as unknown as {__shifts: typeof shifts}).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {value: number; sources: {node: Node | null}[]})[])
            shifts.push({value: e.value, nodes: e.sources.map((s) => (s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : String(s.node)))});
        }).observe({type: 'layout-shift', buffered: true});
      },
    });
    const shifts = await atlas.page.evaluate(() => (window as unknown as {__shifts: {value: number; nodes: string[]}[]}).__shifts);
    saveJson('robustness-layout-shifts', shifts);
    expect(shifts.flatMap((s) => s.nodes).filter((n) => /^(main|aside|kg-sidebar)\b|kg-map-area/.test(n))).toEqual([]);
    await atlas.context.close();
  });

  it('the page does not move down when the header gets its words in two rows (Kyrgyz at 1280 px, its messages slow)', async () => {
    // Until the messages come the header is one row high; in Kyrgyz its buttons then wrap to a second
    // row, and the page under it jumped down by ~36 px (a layout shift of 0.40 on Slow 3G).
    const atlas = await openAtlas(browser, 'lang=ky', {viewport: {width: 1280, height: 800}});
    const {page, context} = atlas;
    const headerHeight = () => page.locator('kg-header').evaluate((el) => el.getBoundingClientRect().height);
    // The case this is about: the header, with its words, is taller than before them.
    expect(await headerHeight()).toBeGreaterThan(70);
    await page.addInitScript(() => {
      const moved: string[] = [];
      (window as unknown as {__moved: string[]}).__moved = moved;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {sources: {node: Node | null}[]})[])
          for (const s of e.sources) moved.push(s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : String(s.node));
      }).observe({type: 'layout-shift', buffered: true});
    });
    await context.route('**/assets/_kg-messages_ky-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    const moved = await page.evaluate(() => (window as unknown as {__moved: string[]}).__moved);
    saveJson('robustness-layout-shifts-ky-1280', moved);
    expect(moved.filter((n) => /^(main|aside|kg-sidebar)\b|kg-map-area/.test(n))).toEqual([]);
    await atlas.context.close();
  });
});

describe('Content-Security-Policy', () => {
  it('is in the built page, and a violation is caught (the suite fails on any other)', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    const attempts = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
      document.body.setAttribute('style', 'background: red');
      // eval in a task of the page's own (the test driver's evaluation may eval regardless of the CSP).
      const evaluated = new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String(eval('1 + 1')));
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
      return evaluated.then((e) => ({inline: (window as unknown as {__inline?: number}).__inline ?? null, evaluated: e, background: getComputedStyle(document.body).backgroundColor}));
    });
    expect(attempts.inline).toBeNull();
    expect(attempts.evaluated).toBe('EvalError');
    expect(attempts.background).not.toBe('rgb(255, 0, 0)');
    await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(3);
    const caught = takeCspViolations();
    expect(caught.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(caught.some((v) => v.startsWith('script-src') && v.includes('eval'))).toBe(true);
    expect(caught.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    await atlas.context.close();
  });
});

describe('fuzzed links in the real page', () => {
  // A fixed sample of the unit fuzzer's inputs (test/unit/fuzz/url-arbitraries.ts), plus a hostile value.
  const samples = [
    'lang=en&ind=<img src=x onerror="window.__pwned=1">&n=99',
    ...fc.sample(structuredQuery.filter((q) => q.length > 20), {seed: 9, numRuns: 2}),
    ...fc.sample(mutatedPermalink, {seed: 9, numRuns: 2}),
  ];

  it('render the map and the explorer with a polite notice for what they could not use', async () => {
    const atlas = await openAtlas(browser, samples[0]!);
    const {page} = atlas;
    for (const [i, query] of samples.entries()) {
      if (i > 0) {
        await page.goto(atlas.url(query));
        await waitForMap(page);
      }
      const {notices, state} = parseUrlState(query, 'en');
      // The link's notices, and one more when its scenario (s=) cannot be read, and another for the
      // comparison (vs=) that went with it.
      const unreadableScenario = state.s !== null && !decodeScenario(state.s).ok;
      const lost = unreadableScenario ? (state.vs !== null ? 2 : 1) : 0;
      await expect.poll(() => page.locator('kg-notices .notice').count(), {message: query}).toBe(notices.length + lost);
      // The table, or the comparison when the link asks for one (code-split: it may still be loading).
      expect(await tableRows(page).count(), query).toBe(state.compare.length > 0 ? 0 : 9);
      await expect.poll(() => page.locator('kg-data-views li.bar-row').count(), {message: query}).toBe(state.compare.length);
      // The legend, or under a difference map (vs=difference) where its legend is.
      if (state.vs === 'difference' && !unreadableScenario) await expect.poll(() => page.locator('kg-legend [data-kind=comparison]').count(), {message: query}).toBe(1);
      else expect(await legendEntries(page).count(), query).toBeGreaterThan(0);
      expect(await page.locator('html').getAttribute('lang'), query).toBe(state.lang);
      expect(await page.evaluate(() => window.__atlas.errors), query).toEqual([]);
    }
    // The hostile value is shown as text in the notice; no element, no handler ran.
    await page.goto(atlas.url(samples[0]!));
    await waitForMap(page);
    const notice = page.locator('kg-notices .notice p').first();
    expect(await notice.innerText()).toContain('“ind=<img src=x onerror="window.__pwned=1">”');
    expect(await page.locator('kg-notices img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned ?? null)).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
    await atlas.context.close();
  });
});

describe('long values in a link’s notices on a phone', () => {
  const deepFocus = (page: Page) =>
    page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a === document.body ? 'body' : `${a?.tagName.toLowerCase()} ${a?.textContent?.trim() ?? ''}`;
    });
  // A scenario code cut short, as messengers do with long links, and 200 letters with no break.
  const edits = Array.from({length: 30}, (_, i) => ({kind: 'growth-add', id: `g${i}`, name: `Point ${i}`, region: 'KG-N', lon: 70 + i * 0.3, lat: 41}));
  const code = encodeScenario({...emptyScenario('Plan'), edits} as Scenario);
  if (!code.ok) throw new Error('the test scenario does not fit a link');
  const links = [`lang=en&ind=integral&sector=light_industry&s=${code.code.slice(0, code.code.length >> 1)}`, `lang=ru&ind=${'Ж'.repeat(200)}&sector=%3Cscript%3E&view=1,2,3&region=KG-X&year=2020`];

  it('break the notice’s text: the page stays within the screen, Dismiss on it; the keyboard focus stays off the body', async () => {
    const atlas = await openAtlas(browser, links[0], {viewport: {width: 360, height: 740}, phone: true});
    const {page} = atlas;
    for (const [i, link] of links.entries()) {
      if (i > 0) {
        await page.goto(atlas.url(link));
        await waitForMap(page);
      }
      await expect.poll(() => page.locator('kg-notices .notice').count(), {message: link}).toBeGreaterThan(0);
      // The page was 884 px wide (1,416 px with ind=), its sheet and the Dismiss button off the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), link).toBeLessThanOrEqual(360);
      const dismiss = (await page.locator('kg-notices button').first().boundingBox())!;
      expect(dismiss.x, link).toBeGreaterThanOrEqual(0);
      expect(dismiss.x + dismiss.width, link).toBeLessThanOrEqual(360);
      // Several notices cover at most 40 % of the map, the rest scrolled to.
      const [overlay, area] = await page.evaluate(() => ['.kg-overlay-top', '.kg-map-area'].map((q) => document.querySelector(q)!.getBoundingClientRect().height));
      expect(overlay!, link).toBeLessThanOrEqual(0.4 * area! + 1);
    }
    await screenshot(page, 'robustness-phone-long-notice');
    // Dismissed by the keyboard, from the last: the focus goes to the notice before, then to the map.
    const count = await page.locator('kg-notices .notice').count();
    expect(count).toBeGreaterThan(1);
    await page.locator('kg-notices button').last().focus();
    for (let left = count - 1; left > 0; left--) {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('kg-notices .notice').count()).toBe(left);
      expect(await deepFocus(page)).toBe('button Скрыть');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('kg-notices .notice').count()).toBe(0);
    expect(await deepFocus(page)).toMatch(/^canvas/);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a hostile import', () => {
  it('is reported as text: its file name and bad values appear literally, and nothing runs', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const text = ['region_code,sector,indicator,year,value,unit,source', `${hostile},C,employment,2020,5,persons,${hostile}`, `KG-C,C,employment,2020,<svg onload="window.__pwned=2">,persons,x`].join('\n');
    await page.getByRole('button', {name: 'Import data'}).click();
    const dialog = page.locator('kg-import-dialog dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.locator('kg-import-dialog input[type=file]').setInputFiles({name: `${hostile}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8')});
    const problems = dialog.locator('ol.problems');
    await expect.poll(() => problems.count(), {timeout: 20_000}).toBe(1);
    const shown = await dialog.innerText();
    expect(shown).toContain(`${hostile}.csv`);
    expect(shown).toContain(`“${hostile}” is not a region.`);
    expect(shown).toContain('“<svg onload="window.__pwned=2">” is not a number');
    expect(await dialog.locator('img, svg[onload], [onerror], [onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned ?? null)).toBeNull();
    // Nothing changed: the shipped data are still shown.
    expect(atlas.page.url()).not.toContain('data=user');
    await screenshot(page, 'robustness-hostile-import');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });

  it('chosen with the keyboard keeps the focus on the file button, and its bidi-spoofed name is shown plain', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    await page.getByRole('button', {name: 'Import data'}).click();
    await expect.poll(() => page.locator('kg-import-dialog dialog').isVisible()).toBe(true);
    const chooser = page.locator('kg-import-dialog .zone button');
    // The dialog gives the focus to its first control as it opens: the file button is focused after.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('KG-IMPORT-DIALOG');
    const [picker] = await Promise.all([page.waitForEvent('filechooser'), chooser.press('Enter')]);
    // "data\u202Evsc.exe": the override showed it as “dataexe.csv”.
    await picker.setFiles({name: 'data\u202Evsc.exe', mimeType: 'text/csv', buffer: Buffer.from('region_code,sector\nKG-X,C\n', 'utf8')});
    const problems = page.locator('kg-import-dialog ol.problems');
    await expect.poll(() => problems.count(), {timeout: 20_000}).toBe(1);
    // The button, marked unavailable while the file was read (not disabled), still has the focus.
    expect(await chooser.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('KG-IMPORT-DIALOG');
    const status = await page.locator('kg-import-dialog .status').innerText();
    expect(status).toContain('datavsc.exe');
    expect(status).not.toMatch(/\p{Bidi_C}/u);
    await atlas.context.close();
  });
});

describe('a kept dataset that cannot be read', () => {
  it('(another version’s, or damaged) is said, the published data is shown, and it can be removed', async () => {
    const atlas = await openAtlas(browser, 'lang=en', {waitForMap: false});
    const {page} = atlas;
    // A description without its summary, and columns of another shape, as another build might leave them.
    const keep = (records: [string, unknown][]) =>
      page.evaluate(async (rs) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('kg-atlas-data');
          r.onupgradeneeded = () => r.result.createObjectStore('datasets');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const tx = db.transaction('datasets', 'readwrite');
        for (const [key, value] of rs) tx.objectStore('datasets').put(value, key);
        await new Promise((r) => (tx.oncomplete = r));
        const keys = await new Promise<IDBValidKey[]>((r) => (db.transaction('datasets').objectStore('datasets').getAllKeys().onsuccess = (e) => r((e.target as IDBRequest<IDBValidKey[]>).result)));
        db.close();
        return keys;
      }, records);
    await keep([
      ['user-dataset-info', {name: 'old.csv', size: 10, importedAt: '2026-01-01T00:00:00Z', rows: 3}],
      ['user-dataset-columns', {nonsense: 1}],
    ]);
    await page.goto(atlas.url('lang=en&data=user&ind=lq'));
    await waitForMap(page);
    const notice = page.locator('kg-notices .notice', {hasText: 'could not be read'});
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    // The published data is computed, not the damaged file's ("could not be computed").
    expect(await page.locator('kg-engine-status [role=alert]').count()).toBe(0);
    await screenshot(page, 'robustness-damaged-dataset');
    await notice.getByRole('button', {name: 'Remove it'}).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await keep([])).toEqual([]);
    // The import dialog opens as in a clean profile.
    await page.locator('kg-import-button button').first().click();
    await expect.poll(() => page.locator('kg-import-dialog dialog[open]').count()).toBe(1);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('without WebGL', () => {
  it('shows the table, the legend and a clear message instead of the map', async () => {
    const noWebgl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    try {
      const atlas = await openAtlas(noWebgl, 'lang=en', {waitForMap: false});
      const {page} = atlas;
      await expect.poll(() => fallback(page).isVisible(), {timeout: 30_000}).toBe(true);
      expect(await fallback(page).innerText()).toContain('The map cannot be drawn here');
      expect(await fallback(page).getAttribute('data-problem')).toBe('no-webgl');
      await expect.poll(() => tableRows(page).count()).toBe(9);
      expect(await page.locator('kg-data-views tr[data-code="KG-J"]').innerText()).toMatch(/Jalal-Abad.*\d\.\d{3}/s);
      expect(await legendEntries(page).count()).toBeGreaterThanOrEqual(5);
      expect(await legendEntries(page).first().isVisible()).toBe(true);
      await fallback(page).getByRole('button', {name: 'Show the data table'}).click();
      await expect.poll(() => tableRows(page).first().isVisible()).toBe(true);
      await screenshot(page, 'robustness-no-webgl');
      expect(await page.locator('canvas').count()).toBe(0);
      expect(atlas.consoleErrors).toEqual([]);
      await atlas.context.close();
    } finally {
      await noWebgl.close();
    }
  });
});

describe('the downloads without WebGL', () => {
  it('offer no picture (its buttons say it needs WebGL) and still save the CSV and GeoJSON', async () => {
    // A browser that offers WebGL 2 but gives no context (a blocked GPU): the map cannot start.
    const atlas = await openAtlas(browser, 'lang=ru', {
      waitForMap: false,
      initScript: () => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return /^(webgl2?|experimental-webgl)$/.test(type) ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof getContext;
      },
    });
    const {page} = atlas;
    await expect.poll(() => fallback(page).isVisible(), {timeout: 30_000}).toBe(true);
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    await page.locator('kg-export-dialog dialog[open]').waitFor();
    const png = page.locator('kg-export-dialog button[data-export^="png"]');
    expect(await png.count()).toBe(3); // screen size, double size, an article's column
    for (const button of await png.all()) {
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('aria-describedby')).toBe('png-unavailable');
    }
    expect(await page.locator('kg-export-dialog #png-unavailable').innerText()).toContain('Для изображения нужен WebGL');
    for (const kind of ['csv', 'geojson']) {
      const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator(`kg-export-dialog button[data-export="${kind}"]`).click()]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^kg-cluster-atlas_integral_.+_ru\\.${kind}$`));
    }
    await screenshot(page, 'robustness-no-webgl-downloads');
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a lost WebGL context', () => {
  it('keeps the table and legend with a message, and the map comes back when it is restored', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    const before = await colourAt(page, 'robustness-before-context-loss', INSIDE['KG-J']!);
    const canvases = await page.evaluate(() => {
      const gls = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas')].map((c) => c.getContext('webgl2')!);
      const contexts = gls.map((gl) => gl.getExtension('WEBGL_lose_context')!);
      Object.assign(window, {__contexts: contexts, __gls: gls});
      contexts.forEach((c) => c.loseContext());
      return contexts.length;
    });
    expect(canvases).toBe(2); // maplibre's and deck.gl's
    await expect.poll(() => fallback(page).isVisible()).toBe(true);
    expect(await fallback(page).innerText()).toContain('The map stopped drawing');
    expect(await tableRows(page).count()).toBe(9);
    expect(await legendEntries(page).count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'robustness-context-lost');
    const drawnBefore = await page.evaluate(() => window.__atlas.lastDraw!.at);
    await page.evaluate(() => (window as unknown as {__contexts: WEBGL_lose_context[]}).__contexts.forEach((c) => c.restoreContext()));
    await expect.poll(() => fallback(page).isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => window.__atlas.lastDraw!.at)).toBeGreaterThan(drawnBefore);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect.poll(async () => colourDistance(await colourAt(page, 'robustness-context-restored', INSIDE['KG-J']!), before), {timeout: 15_000}).toBeLessThan(8);
    // deck.gl's old context, restored with the others but no longer drawn on (a new overlay replaced
    // it), is given back: left live, it would take a place among the page's 16 (AtlasMap).
    const kept = () => page.evaluate(() => (window as unknown as {__gls: WebGL2RenderingContext[]}).__gls.map((gl) => (gl.canvas as HTMLCanvasElement).isConnected || gl.isContextLost()));
    await expect.poll(kept).toEqual([true, true]);
    expect(await page.evaluate(() => window.__atlas.errors)).toEqual([]);
    await atlas.context.close();
  });
  it('draws the regions again when deck.gl’s context alone is lost and restored', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    const before = await colourAt(page, 'robustness-before-deck-loss', INSIDE['KG-J']!);
    await page.evaluate(() => {
      const deck = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas')].find((c) => !c.classList.contains('maplibregl-canvas'))!;
      const lose = deck.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      Object.assign(window, {__lose: lose});
      lose.loseContext();
    });
    await expect.poll(() => fallback(page).isVisible()).toBe(true);
    await page.evaluate(() => (window as unknown as {__lose: WEBGL_lose_context}).__lose.restoreContext());
    await expect.poll(() => fallback(page).isVisible()).toBe(false);
    // The new overlay draws new layers: the old ones' buffers belonged to the lost context (the
    // regions were missing, and every frame warned "object does not belong to this context").
    await expect.poll(async () => colourDistance(await colourAt(page, 'robustness-deck-restored', INSIDE['KG-J']!), before), {timeout: 15_000}).toBeLessThan(8);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('a crashed engine worker', () => {
  const computeWorkers = (page: Page) => page.workers().filter((w) => w.url().includes('compute.worker'));
  const engineAlert = (page: Page) => page.locator('kg-engine-status [role=alert][data-kind=engine]');
  const drawnIndicator = (page: Page) => page.evaluate(() => window.__atlas.lastDraw?.key.split('|')[0]);
  const CRASHED_RU = 'Вычислительный модуль неожиданно остановился и был перезапущен; незавершённый расчёт запрошен заново.';

  it('is reported in the page’s language, restarted on the next request, and the map shows its answer', async () => {
    const atlas = await openAtlas(browser, 'lang=ru&ind=mfg-lq&sector=C&year=2020');
    const {page} = atlas;
    await expect.poll(() => computeWorkers(page).length).toBe(1);
    const crashed = computeWorkers(page)[0]!;
    // An uncaught error in the worker, as a real crash would raise.
    await crashed.evaluate(() => setTimeout(() => {
      throw new Error('simulated crash');
    }));
    const alert = engineAlert(page);
    await expect.poll(() => alert.isVisible()).toBe(true);
    // Said in Russian; the worker's own words ("Uncaught Error: simulated crash") only folded away.
    expect(await alert.locator('p').innerText()).toBe(CRASHED_RU);
    expect(await alert.locator('details summary').innerText()).toBe('Технические подробности');
    expect(await alert.locator('details code').textContent()).toMatch(/simulated crash/);
    expect(await alert.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await screenshot(page, 'robustness-worker-crashed');
    // The next request starts a new worker, which answers it. (Another indicator, not another year
    // of mfg-lq: years that arrived before the crash are kept and would not need the worker.)
    await page.locator('kg-indicator-picker select#ind').selectOption('grp-pc');
    await expect.poll(() => drawnIndicator(page)).toBe('grp-pc');
    await expect.poll(() => computeWorkers(page).length).toBe(1);
    expect(computeWorkers(page)[0]).not.toBe(crashed);
    expect(await page.locator('kg-data-views tr[data-code="KG-C"]').innerText()).toMatch(/\d,\d\d/);
    // The engine answered a request made after the report: the report is gone by itself.
    await expect.poll(() => alert.count()).toBe(0);
    await atlas.context.close();
  });

  it('that stops without a word is taken for crashed after 12 s: reported, restarted, and the request answered', {timeout: 90_000}, async () => {
    const atlas = await openAtlas(browser, 'lang=ru&ind=mfg-lq&year=2015');
    const {page} = atlas;
    await expect.poll(() => computeWorkers(page).length).toBe(1);
    const stopped = computeWorkers(page)[0]!;
    // As when the browser ends a worker: no error event, no answer ever again.
    await stopped.evaluate(() => setTimeout(() => self.close()));
    await expect.poll(() => computeWorkers(page).length).toBe(0);
    await page.locator('kg-indicator-picker select#ind').selectOption('grp-pc');
    await expect.poll(() => page.locator('kg-legend [role=status]').innerText()).toBe('Идёт расчёт…');
    const alert = engineAlert(page);
    await expect.poll(() => alert.isVisible(), {timeout: 20_000}).toBe(true);
    expect(await alert.locator('p').innerText()).toBe(CRASHED_RU);
    expect(await alert.locator('details code').textContent()).toBe('the worker did not answer for 12 s');
    // The request is asked again of a new worker: the map, the legend and the table recover.
    await expect.poll(() => drawnIndicator(page)).toBe('grp-pc');
    expect(computeWorkers(page)).toHaveLength(1);
    await expect.poll(() => tableRows(page).count()).toBe(9);
    expect(await page.locator('kg-legend [role=status]').count()).toBe(0);
    expect(await page.locator('kg-legend [role=alert]').count()).toBe(0);
    await screenshot(page, 'robustness-worker-silent');
    // The report stays until the engine answers a request made after it: the composite index.
    expect(await alert.count()).toBe(1);
    await page.locator('kg-indicator-picker select#ind').selectOption('potential');
    await expect.poll(() => drawnIndicator(page)).toBe('potential');
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => tableRows(page).count()).toBe(9);
    expect(atlas.consoleErrors).toEqual([]);
    await atlas.context.close();
  });
});

describe('an indicator that cannot be computed', () => {
  /** Pixels within r px of (x, y) near `colour`. */
  const countNear = (shot: Awaited<ReturnType<typeof screenshot>>, x: number, y: number, r: number, colour: readonly number[], tolerance: number) => {
    let n = 0;
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (colourDistance(shot.rgb(x + dx, y + dy), colour) <= tolerance) n++;
    return n;
  };

  it('is said in the page’s language and its regions are drawn as unknown, not in the colour of “near 1.0”', async () => {
    const atlas = await openAtlas(browser, 'lang=ru&ind=mfg-lq&year=2015&layers=regions');
    const {page} = atlas;
    const computeWorkers = () => page.workers().filter((w) => w.url().includes('compute.worker'));
    await expect.poll(() => computeWorkers().length).toBe(1);
    // The worker crashes, and no new one can start (its script cannot be loaded): the request for the
    // next indicator, and the one asked again, both fail.
    await page.route('**/compute.worker-*.js', (route) => route.abort('internetdisconnected'));
    await computeWorkers()[0]!.evaluate(() => setTimeout(() => {
      throw new Error('simulated crash');
    }));
    await expect.poll(() => computeWorkers().length).toBe(0);
    await page.locator('kg-indicator-picker select#ind').selectOption('grp-pc');
    const said = 'Не удалось рассчитать показатель. Вычислительный модуль остановился.';
    await expect.poll(() => page.locator('kg-legend [role=alert]').innerText(), {timeout: 20_000}).toBe(said);
    expect(await page.locator('kg-data-views .error').innerText()).toBe(said);
    await expect.poll(() => page.evaluate(() => window.__atlas.lastDraw?.key)).toBe('failed|light');
    await page.mouse.move(5, 300);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shot = await screenshot(page, 'robustness-indicator-failed');
    for (const code of ['KG-C', 'KG-N', 'KG-B'] as const) {
      const [x, y] = await project(page, ...INSIDE[code]!);
      // The "no data" grey with its dots; none of the neutral beige of the class around 1.0.
      expect(countNear(shot, x, y, 12, MAP_COLORS.light.noData, 20)).toBeGreaterThan(100);
      expect(countNear(shot, x, y, 20, [85, 85, 85], 45)).toBeGreaterThan(8);
      expect(countNear(shot, x, y, 12, MAP_COLORS.light.neutral, 12)).toBe(0);
    }
    // Once a worker can start again, "Try again" asks once more: the regions get their values.
    await page.unroute('**/compute.worker-*.js');
    await page.locator('kg-legend').getByRole('button', {name: 'Повторить'}).click();
    await expect.poll(() => page.locator('kg-legend [role=alert]').count(), {timeout: 20_000}).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__atlas.lastDraw?.key)).not.toBe('failed|light');
    await expect.poll(() => page.locator('kg-data-views tbody tr[data-code="KG-C"] td.num').first().innerText()).toMatch(/\d/);
    await atlas.context.close();
  });
});

describe('a part of the site that cannot be loaded', () => {
  const loadAlert = (page: Page) => page.locator('kg-engine-status [role=alert][data-kind=load]');

  it('is reported when a feature is opened, and the view stays as it was', async () => {
    const atlas = await openAtlas(browser, 'lang=en&ind=mfg-lq&sector=C&year=2020');
    const {page} = atlas;
    const before = page.url();
    await page.route('**/assets/kg-methodology-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', {name: 'Methodology'}).click();
    await expect.poll(() => loadAlert(page).isVisible()).toBe(true);
    expect(await loadAlert(page).innerText()).toContain('Part of the atlas did not load');
    expect(page.url()).toBe(before);
    expect(await tableRows(page).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__atlas.ready)).toBe(true);
    await screenshot(page, 'robustness-load-failed');
    await loadAlert(page).getByRole('button', {name: 'Dismiss'}).click();
    await expect.poll(() => loadAlert(page).count()).toBe(0);
    await atlas.context.close();
  });

  it('a language chosen then changed: the last one asked for is shown; one that cannot be loaded is said, the link keeps the language shown', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    const header = page.locator('kg-header');
    const shown = async () => ({link: new URL(page.url()).searchParams.get('lang'), html: await page.evaluate(() => document.documentElement.lang), title: await page.title()});
    // Russian's messages are slow: Русский, then English at once, before they arrive.
    let arrived = false;
    await page.route('**/assets/_kg-messages_ru-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
      arrived = true;
    });
    await header.getByRole('button', {name: 'Русский'}).click();
    await header.getByRole('button', {name: 'English'}).click();
    await expect.poll(() => arrived, {timeout: 10_000}).toBe(true);
    await page.waitForTimeout(500);
    expect(await shown()).toEqual({link: 'en', html: 'en', title: 'Kyrgyz Cluster Atlas'});
    expect(await header.getByRole('button', {name: 'English'}).getAttribute('aria-pressed')).toBe('true');

    // Kyrgyz cannot be loaded: said, and the page and its link stay in English.
    await page.route('**/assets/_kg-messages_ky-*.js', (route) => route.abort('internetdisconnected'));
    await header.getByRole('button', {name: 'Кыргызча'}).click();
    await expect.poll(() => loadAlert(page).isVisible()).toBe(true);
    expect(await loadAlert(page).innerText()).toContain('Part of the atlas did not load');
    expect(await shown()).toEqual({link: 'en', html: 'en', title: 'Kyrgyz Cluster Atlas'});
    expect(await header.getByRole('button', {name: 'Кыргызча'}).getAttribute('aria-pressed')).toBe('false');
    // Russian, now loaded, is shown at once.
    await header.getByRole('button', {name: 'Русский'}).click();
    await expect.poll(() => shown()).toEqual({link: 'ru', html: 'ru', title: 'Кластерный атлас Кыргызстана'});
    await atlas.context.close();
  });

  it('is reported once when a layer legend cannot be loaded, and not asked for again on every change', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    // The legends' module and the chunk it shares with the PNG's keys (layer-keys, named after it).
    const asked: string[] = [];
    await page.route('**/assets/layer-legends-*.js', (route) => {
      asked.push(new URL(route.request().url()).pathname);
      return route.abort('internetdisconnected');
    });
    await page.locator('kg-layer-toggles input[name="energy"]').check();
    await expect.poll(() => loadAlert(page).isVisible()).toBe(true);
    // Later changes draw the toggles again; they do not ask for the module again.
    await page.locator('kg-layer-toggles input[name="growth"]').uncheck();
    await page.locator('kg-layer-toggles input[name="growth"]').check();
    await page.waitForTimeout(300);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBe(new Set(asked).size);
    expect(await page.locator('kg-layer-toggles input[name="energy"]').isChecked()).toBe(true);
    expect(await tableRows(page).count()).toBe(9);
    await atlas.context.close();
  });

  it('is reported when maplibre’s own worker cannot be loaded (the land and borders are not drawn)', async () => {
    // The first load finishes before the worker is blocked: a reload that cut it short now and then
    // left the new page a worker already fetched (no error to report).
    const atlas = await openAtlas(browser, 'lang=en');
    const {page, context} = atlas;
    await context.route('**/assets/maplibre-gl-worker-*', (route) => route.abort('internetdisconnected'));
    // The boundaries come late, so the worker (started early, see prewarmMap) has failed before the map
    // is made: maplibre tells only a map that exists then, and the failure went unsaid 1 time in 4.
    await context.route('**/assets/kg.topo-*.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    await page.reload();
    await expect.poll(() => loadAlert(page).isVisible(), {timeout: 20_000}).toBe(true);
    expect(await page.evaluate(() => window.__atlas.errors.join())).toContain('Worker failed to load');
    await expect.poll(() => tableRows(page).count(), {timeout: 20_000}).toBe(9);
    await atlas.context.close();
  });

  it('does not wait for maplibre: the table and legend are there before it arrives, the map after', async () => {
    // On a slow mobile link maplibre (~285 KB) took 10 s to arrive; imported statically, nothing of the
    // page ran until then.
    const atlas = await openAtlas(browser, 'lang=ru');
    const {page, context} = atlas;
    const release = await holdBack(context, '**/assets/maplibre-*.js');
    await page.reload({waitUntil: 'commit'});
    await expect.poll(() => tableRows(page).count(), {timeout: 20_000}).toBe(9);
    expect(await legendEntries(page).count()).toBeGreaterThan(1);
    expect(await page.locator('kg-header h1').innerText()).toBe('Кластерный атлас Кыргызстана');
    expect(await page.evaluate(() => window.__atlas.mapIdleMs)).toBeNull();
    // The map's place says that it is coming, in the page's language (it was blank, for good when the
    // network had stalled); later, that reloading may help, with a link that does.
    const wait = page.locator('.kg-map-wait');
    await expect.poll(() => wait.innerText(), {timeout: 10_000}).toBe('Карта загружается…');
    expect((await wait.boundingBox())!.height, 'one line, without the room of the later one').toBeLessThan(60);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', {playbackRate: 100}); // the 20 s in a moment
    await expect.poll(() => wait.getByRole('link', {name: 'обновите страницу'}).isVisible(), {timeout: 10_000}).toBe(true);
    expect(await wait.innerText()).toBe('Карта загружается…\nДолго? Возможно, сеть медленная или пропала: обновите страницу.');
    await screenshot(page, 'robustness-map-wait');
    release();
    await waitForMap(page);
    expect(await wait.isVisible()).toBe(false);
    expect(await loadAlert(page).count()).toBe(0);
    await atlas.context.close();
  });

  it('is reported when maplibre cannot be loaded: the table and legend still show, and no "no WebGL"', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page, context} = atlas;
    await context.route('**/assets/maplibre-*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect.poll(() => loadAlert(page).isVisible(), {timeout: 20_000}).toBe(true);
    await expect.poll(() => tableRows(page).count(), {timeout: 20_000}).toBe(9);
    expect(await legendEntries(page).count()).toBeGreaterThan(1);
    expect(await fallback(page).count()).toBe(0);
    // The alert says it; the map's place no longer says that the map is coming.
    expect(await page.locator('.kg-map-wait').isVisible()).toBe(false);
    await atlas.context.close();
  });

  it("says in the three languages to reload when the language's messages cannot be loaded, after two more tries, and shows no message keys", {timeout: 60_000}, async () => {
    // Opened in English, then in Russian: a Russian page opened first could still be asking for its
    // messages when the route below is set, and that request was counted too (4 instead of 3).
    const atlas = await openAtlas(browser, 'lang=en', {waitForMap: false});
    const {page} = atlas;
    let asked = 0;
    await page.route('**/assets/_kg-messages_ru-*', (route) => (asked++, route.abort('internetdisconnected')));
    await page.goto(atlas.url('lang=ru'));
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('kg-failed')), {timeout: 20_000}).toBe(true);
    expect(asked).toBe(3);
    expect(await page.getByText('Нет сети? Обновите страницу.').isVisible()).toBe(true);
    expect(await page.getByText('Атлас загружается', {exact: false}).isVisible()).toBe(false);
    // The page's static title stays (it read "app.title"), and no component draws a key for a word.
    expect(await page.title()).toContain('Кластерный атлас Кыргызстана');
    const shown = await page.evaluate(() => [document.title, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot?.textContent ?? '')].join(' '));
    expect(shown).not.toMatch(/\b(app\.title|load\.error|load\.reload|ind\.label|legend\.below)\b/);
    await screenshot(page, 'robustness-messages-failed');
    await atlas.context.close();
  });

  it('the messages that fail once are asked for again: the page is drawn in its language', async () => {
    const atlas = await openAtlas(browser, 'lang=ky', {waitForMap: false});
    const {page} = atlas;
    let asked = 0;
    await page.route('**/assets/_kg-messages_ky-*', (route) => (asked++ === 0 ? route.abort('internetdisconnected') : route.fallback()));
    await page.reload();
    await waitForMap(page);
    expect(asked).toBe(2);
    expect(await page.title()).toBe('Кыргызстандын кластердик атласы');
    expect(await page.getByText('Атлас жүктөлүүдө', {exact: false}).isVisible()).toBe(false);
    await atlas.context.close();
  });

  it('a page whose scripts cannot be loaded says, in the three languages, that it loads, then to reload', {timeout: 60_000}, async () => {
    const atlas = await openAtlas(browser, 'lang=ky', {viewport: {width: 360, height: 740}});
    const {page} = atlas;
    const boot = page.locator('.kg-boot');
    // Gone once the app has started.
    expect(await boot.isHidden()).toBe(true);
    // The chunk of modules the entry and code-split parts share is a static import of the entry: without
    // it no script of the site runs (a blank page before).
    await page.route('**/assets/shared-*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    expect(await boot.locator('span').first().innerText()).toBe('Атлас жүктөлүүдө…\nАтлас загружается…\nThe atlas is loading…');
    expect(await boot.locator('span').first().isVisible()).toBe(true);
    const reload = boot.locator('span').last();
    expect(await reload.isVisible()).toBe(false);
    await expect.poll(() => reload.isVisible(), {timeout: 30_000, interval: 1000}).toBe(true);
    expect(await reload.innerText()).toBe('Тармак жокпу? Баракты жаңылаңыз.\nНет сети? Обновите страницу.\nNo network? Reload the page.');
    expect(await page.evaluate(() => window.__atlas)).toBeUndefined();
    await screenshot(page, 'robustness-scripts-failed');
    await atlas.context.close();
  });

  it('is said legibly on a 360 px phone in Russian and Kyrgyz: each button on one line, the text beside or above them', {timeout: 90_000}, async () => {
    for (const lang of ['ru', 'ky']) {
      const atlas = await openAtlas(browser, `lang=${lang}`, {viewport: {width: 360, height: 740}, phone: true});
      const {page} = atlas;
      await page.route('**/assets/deck-*.js', (route) => route.abort('internetdisconnected'));
      await page.reload();
      await expect.poll(() => loadAlert(page).isVisible(), {timeout: 20_000}).toBe(true);
      // The buttons wrapped a letter or two per line ("Пе/ре/за/гр/уз/ит/ь") beside a paragraph that took the row.
      const boxes = await loadAlert(page).evaluate((alert) =>
        [...alert.querySelectorAll('button, p')].map((e) => {
          const box = e.getBoundingClientRect();
          return {tag: e.tagName, width: box.width, height: box.height, lineHeight: parseFloat(getComputedStyle(e).lineHeight) || 20};
        }),
      );
      for (const b of boxes.filter((b) => b.tag === 'BUTTON')) expect(b.height, `${lang}: a button of ${b.height} px`).toBeLessThan(1.5 * b.lineHeight + 16);
      expect(boxes.find((b) => b.tag === 'P')!.width).toBeGreaterThan(200);
      await screenshot(page, `robustness-load-error-360-${lang}`);
      await atlas.context.close();
    }
  });

  it('is reported when deck.gl cannot be loaded: the basemap, table and legend still show', async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    await page.route('**/assets/deck-*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect.poll(() => loadAlert(page).isVisible(), {timeout: 20_000}).toBe(true);
    await expect.poll(() => page.evaluate(() => window.__atlas.mapIdleMs !== null)).toBe(true);
    expect(await tableRows(page).count()).toBe(9);
    expect(await legendEntries(page).count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.__atlas.ready)).toBe(false);
    await atlas.context.close();
  });
});

describe('the data or the boundaries that cannot be loaded at start', () => {
  const alert = (page: Page) => page.locator('kg-notices [role=alert]');

  it('are named in the page’s language, with Reload, the browser’s own words folded away', async () => {
    const atlas = await openAtlas(browser, 'lang=ky', {waitForMap: false});
    const {page} = atlas;
    await page.route('**/assets/shipped-data-*', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect.poll(() => alert(page).isVisible(), {timeout: 20_000}).toBe(true);
    const text = await alert(page).innerText();
    expect(text).toContain('Атлас маалыматтарды жүктөй албады');
    expect(text).not.toContain('Failed to fetch');
    expect(await alert(page).getByRole('button', {name: 'Кайра жүктөө'}).isVisible()).toBe(true);
    // A captive portal's page for the boundaries, in English.
    await page.unroute('**/assets/shipped-data-*');
    await page.route('**/assets/kg.topo-*.json', (route) => route.fulfill({status: 200, contentType: 'text/html', body: '<html><body>Login to WiFi</body></html>'}));
    await page.goto(atlas.url('lang=en'));
    await expect.poll(() => alert(page).isVisible(), {timeout: 20_000}).toBe(true);
    expect(await alert(page).innerText()).toMatch(/^The atlas could not load the regions’ boundaries \(no network\?\)\. Reload to try again\.\s+Technical detail\s+Reload$/);
    await alert(page).getByText('Technical detail').click();
    expect(await alert(page).locator('code').innerText()).toContain('JSON');
    await screenshot(page, 'robustness-boundaries-failed');

    // Download says why it cannot make files.
    await page.getByRole('button', {name: 'Download'}).click();
    const why = page.locator('kg-export-dialog #no-data');
    await expect.poll(() => why.isVisible()).toBe(true);
    expect(await why.innerText()).toContain('No file can be made');
    expect(await page.locator('kg-export-dialog button[data-export="csv"]').getAttribute('aria-describedby')).toBe('no-data');
    await page.keyboard.press('Escape');

    // The scenario editor says why it is empty, and closes as always.
    await page.getByRole('button', {name: 'Scenario'}).click();
    const editor = page.locator('kg-scenario-editor');
    await expect.poll(() => editor.getByRole('alert').isVisible()).toBe(true);
    expect(await editor.getByRole('alert').innerText()).toContain('A scenario needs the atlas’s data');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.isVisible()).toBe(false);
    await page.getByRole('button', {name: 'Scenario'}).click();
    await expect.poll(() => editor.isVisible()).toBe(true);
    await editor.getByRole('button', {name: 'Close the scenario editor'}).click();
    await expect.poll(() => editor.isVisible()).toBe(false);
    await atlas.context.close();
  });
});

describe('offline', () => {
  it('downloads the offline copy only once the first view is complete, without fetching the hashed files again', {timeout: 120_000}, async () => {
    // On a slow network the precache competed with deck.gl and maplibre's worker (registered at `load`,
    // before the page asks for them) and fetched every file of the first view a second time
    // (`cache: 'reload'`, which sends `Cache-Control: no-cache` and skips the HTTP cache). What the
    // server receives is seen through a logging proxy: the browser's own view of a service worker's
    // requests has neither the headers the network layer adds nor, with a route, an HTTP cache.
    // (A host that answers `Vary: Origin`, as vite preview does, defeats the HTTP cache for the module
    // scripts, which the page asks for with an Origin header and the worker cannot.)
    const base = new URL(inject('baseUrl'));
    const seen: {path: string; at: number; byWorker: boolean; cacheControl: string | undefined}[] = [];
    const proxy = createServer((req, res) => {
      const referer = req.headers.referer ?? '';
      seen.push({path: req.url!, at: Date.now(), byWorker: referer.endsWith('/sw.js') || req.url === '/sw.js', cacheControl: req.headers['cache-control']});
      const upstream = httpRequest({host: base.hostname, port: base.port, path: req.url, method: req.method, headers: req.headers}, (up) => {
        // The hashed files as README "Deploying" asks a host to serve them (vite preview says no-cache).
        const headers = {...up.headers};
        if (req.url!.startsWith('/assets/')) {
          delete headers.vary;
          headers['cache-control'] = 'public, max-age=31536000, immutable';
        }
        res.writeHead(up.statusCode!, headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext({serviceWorkers: 'allow', locale: 'ky-KG'});
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/?lang=ky`);
      await waitForMap(page, 60_000);
      const readyAt = await page.evaluate(() => performance.timeOrigin + window.__atlas.readyMs!);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const byWorker = seen.filter((r) => r.byWorker);
      expect(byWorker.map((r) => r.path)).toContain('/sw.js');
      expect(byWorker.filter((r) => r.at < readyAt).map((r) => r.path), 'asked for before the page was ready').toEqual([]);
      // The hashed files the page has loaded come from the HTTP cache; none is asked for with no-cache.
      const pageAssets = new Set(seen.filter((r) => !r.byWorker && r.path.startsWith('/assets/')).map((r) => r.path));
      expect(pageAssets.size).toBeGreaterThan(10);
      expect(byWorker.filter((r) => r.path.startsWith('/assets/') && (pageAssets.has(r.path) || r.cacheControl === 'no-cache')).map((r) => r.path)).toEqual([]);
      // The boundaries are one of them (a hashed name since 7 December 2026, not geo/kg.topo.json).
      expect([...pageAssets].some((path) => /^\/assets\/kg\.topo-[\w-]+\.json$/.test(path))).toBe(true);
      // What may change under its name, the page, is fetched afresh (and the header is seen, so the check above can fail).
      expect(byWorker.find((r) => r.path === '/')?.cacheControl).toBe('no-cache');
    } finally {
      await context.close();
      proxy.close();
    }
  });

  /**
   * A proxy to the preview server whose answers a test can change: `serve` answers a request itself
   * (returns true) or leaves it to the preview server.
   */
  async function proxy(serve: (req: IncomingMessage, res: ServerResponse) => boolean) {
    const base = new URL(inject('baseUrl'));
    const sockets = new Set<Socket>();
    const server = createServer((req, res) => {
      if (serve(req, res)) return;
      const upstream = httpRequest({host: base.hostname, port: base.port, path: req.url, method: req.method, headers: req.headers}, (up) => {
        res.writeHead(up.statusCode!, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: (query: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/?${query}`,
      close: () => {
        for (const socket of sockets) socket.destroy();
        server.close();
      },
    };
  }

  /** A first visit in `context`: the page at `url` drawn, and the offline copy made and in control of it. */
  async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url);
    await waitForMap(page, 60_000);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {timeout: 30_000}).toBe(true);
    return page;
  }

  it('a page of the previous release still open loads its code-split parts after the new release has taken over', {timeout: 180_000}, async () => {
    // A new release renames the code-split files whose content changed, and the server no longer has the
    // old ones. Its service worker takes over the pages open at once (skipWaiting, claim): it deleted the
    // old copy, and such a page's next feature (here the methodology) did not load.
    const sw = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'sw.js'), 'utf8');
    const methodology = /assets\/kg-methodology-[\w-]+\.js/.exec(sw)![0];
    let released = false;
    const server = await proxy((req, res) => {
      if (!released) return false;
      if (req.url === `/${methodology}`) res.writeHead(404).end();
      else if (req.url === '/sw.js')
        res
          .writeHead(200, {'content-type': 'text/javascript', 'cache-control': 'no-cache'})
          .end(sw.replace(/"version":"\w+"/, '"version":"next-release"').replace(`"${methodology}",`, ''));
      else return false;
      return true;
    });
    const context = await browser.newContext({serviceWorkers: 'allow'});
    try {
      const page = await firstVisit(context, server.url('lang=en'));
      released = true;
      // The new worker is found (as when the visitor opens the site in another tab) and takes the page over.
      await page.evaluate(async () => {
        const taken = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, {once: true}));
        await (await navigator.serviceWorker.getRegistration())!.update();
        await taken;
      });
      expect(await page.evaluate(() => caches.keys())).toContain('kg-atlas-next-release');
      await page.getByRole('button', {name: 'Methodology'}).click();
      await expect.poll(() => page.locator('kg-methodology dialog').isVisible(), {timeout: 10_000}).toBe(true);
      expect(await page.locator('kg-engine-status [role=alert]').count()).toBe(0);
    } finally {
      await context.close();
      server.close();
    }
  });

  it('a page open when a new release was deployed, without an offline copy: a part it has not loaded yet is said to be maybe updated, with Reload', {timeout: 120_000}, async () => {
    // No service worker (refused, Data Saver, or not yet registered): the release's server no longer
    // has the page's code-split files. The page said "no network?" to a visitor whose network worked.
    const atlas = await openAtlas(browser, 'lang=ky', {waitForMap: false});
    const {page} = atlas;
    await waitForMap(page, 60_000);
    await page.route('**/assets/kg-methodology-*.js', (route) => route.fulfill({status: 404, body: ''}));
    await page.getByRole('button', {name: 'Методология', exact: true}).click();
    const alert = page.locator('kg-engine-status [role=alert][data-kind=load]');
    await expect.poll(() => alert.isVisible(), {timeout: 20_000}).toBe(true);
    expect(await alert.innerText()).toContain('тармак жокпу же атлас жаңы эле жаңыландыбы?');
    expect(await alert.getByRole('button', {name: 'Кайра жүктөө'}).isVisible()).toBe(true);
    await atlas.context.close();
  });

  it('on a link that has stalled, a return visit shows the copy kept in the browser (not a white page)', {timeout: 180_000}, async () => {
    // A connection that drops without failing: the server never answers. The page was asked of the
    // network first, and waited for it for minutes though the whole site was in the cache.
    let stalled = false;
    const server = await proxy(() => stalled);
    const context = await browser.newContext({serviceWorkers: 'allow'});
    try {
      const page = await firstVisit(context, server.url('lang=en'));
      stalled = true;
      await page.goto(server.url('lang=ru&ind=mfg-lq&year=2018'), {timeout: 60_000});
      await waitForMap(page, 90_000);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await tableRows(page).count()).toBe(9);
    } finally {
      await context.close();
      server.close();
    }
  });

  it("works with the browser's storage refused (cookies blocked): no offline copy and no error, a scenario said not kept, an imported file shown for this visit", {timeout: 120_000}, async () => {
    // Firefox with cookies blocked throws on reading navigator.serviceWorker itself: thrown in the idle
    // callback that registers the service worker, it was an uncaught error.
    const atlas = await openAtlas(browser, 'lang=en', {
      serviceWorkers: 'allow',
      waitForMap: false,
      initScript: () => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        for (const name of ['indexedDB', 'caches', 'localStorage', 'sessionStorage']) Object.defineProperty(window, name, {get: refuse, configurable: true});
        Object.defineProperty(Navigator.prototype, 'serviceWorker', {get: refuse, configurable: true});
      },
    });
    const {page} = atlas;
    await waitForMap(page, 90_000);
    // The service worker is registered in an idle callback once the map is ready: one asked for after it runs after it.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
    expect(await page.evaluate(() => window.__atlas.errors)).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
    expect(await tableRows(page).count()).toBe(9);
    await page.getByRole('button', {name: 'Scenario'}).click();
    const editor = page.locator('kg-scenario-editor');
    await editor.getByRole('button', {name: 'Save scenario'}).click();
    await expect.poll(() => editor.locator('[role=status]').innerText()).toContain('could not be kept in this browser');
    await editor.getByRole('button', {name: 'Close the scenario editor'}).click();
    // A valid file is shown for this visit, saying it is not kept (it was refused: "could not be kept").
    await page.getByRole('button', {name: 'Import data'}).click();
    const dialog = page.locator('kg-import-dialog dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const csv = ['region_code,sector,indicator,year,value', 'KG-B,C,employment,2021,30', 'KG-B,TOTAL,employment,2021,100', 'KG,C,employment,2021,200', 'KG,TOTAL,employment,2021,1000'];
    await page.locator('kg-import-dialog input[type=file]').setInputFiles({name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n'))});
    await expect.poll(() => dialog.locator('.ok').textContent(), {timeout: 20_000}).toBe('Imported survey.csv: 4 rows.');
    expect(await dialog.locator('section.current [data-kind=not-kept]').innerText()).toMatch(/^Shown for this visit only; 4 rows\. This browser did not let the atlas keep it .*\(The operation is insecure\.\)$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('user');
    await expect.poll(() => page.locator('kg-legend').getByText('No data', {exact: true}).count()).toBe(1);
    await screenshot(page, 'robustness-import-not-kept');
    // On a channel of its own: on the map's, it would replace the map's request.
    const lq = await page.evaluate(() => window.__atlas.compute!({ind: 'lq', sector: 'C', year: 2021, basis: 'employment', data: 'user', channel: 'test'}));
    expect(lq.values.find((v) => v.code === 'KG-B')!.value).toBeCloseTo(1.5, 10);
    // Removed: back to the published data, and nothing thrown at the refused storage.
    await dialog.getByRole('button', {name: 'Remove'}).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe(null);
    expect(await page.evaluate(() => window.__atlas.errors)).toEqual([]);
    await atlas.context.close();
  });

  it('names the dataset kept from before when a new file cannot be kept (no space), and brings it back when the new one is removed', {timeout: 120_000}, async () => {
    const atlas = await openAtlas(browser, 'lang=en');
    const {page} = atlas;
    const dialog = page.locator('kg-import-dialog dialog');
    const lq = () => page.evaluate(() => window.__atlas.compute!({ind: 'lq', sector: 'C', year: 2021, basis: 'employment', data: 'user', channel: 'test'}).then((r) => r.values.find((v) => v.code === 'KG-B')!.value));
    const importCsv = async (name: string, batken: number) => {
      const csv = ['region_code,sector,indicator,year,value', `KG-B,C,employment,2021,${batken}`, 'KG-B,TOTAL,employment,2021,100', 'KG,C,employment,2021,200', 'KG,TOTAL,employment,2021,1000'];
      await page.locator('kg-import-dialog input[type=file]').setInputFiles({name, mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n'))});
      await expect.poll(() => dialog.locator('.ok').textContent(), {timeout: 20_000}).toBe(`Imported ${name}: 4 rows.`);
    };
    await page.getByRole('button', {name: 'Import data'}).click();
    await importCsv('old.csv', 30);
    expect(await dialog.locator('section.current [data-kind=not-kept]').count()).toBe(0);
    // The browser's storage then full: every write refused, as a full disk refuses them.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await importCsv('new.csv', 60);
    expect(await dialog.locator('section.current [data-kind=not-kept]').innerText()).toContain('(The quota has been exceeded.)');
    expect(await dialog.locator('section.current [data-kind=kept-before]').innerText()).toBe('The data kept in this browser before, “old.csv”, is still kept: it comes back after a reload, or when you remove this file.');
    expect(await lq()).toBeCloseTo(3, 10);
    await screenshot(page, 'robustness-import-not-kept-kept-before');
    // Removed: the one kept is the current dataset again, and the engine reads it when it is shown.
    await dialog.getByRole('button', {name: 'Remove'}).click();
    await expect.poll(() => dialog.locator('.status').innerText()).toBe('Your data was removed from the page; nothing kept in this browser was touched.');
    expect(await dialog.locator('#current-title').innerText()).toContain('old.csv');
    expect(await dialog.locator('section.current [data-kind=not-kept]').count()).toBe(0);
    await dialog.getByRole('button', {name: 'Show my data on the map'}).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('user');
    expect(await lq()).toBeCloseTo(1.5, 10);
    // And after a reload, the same.
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.locator('kg-import-button .badge').textContent()).toBe('Your data: old.csv');
    expect(await lq()).toBeCloseTo(1.5, 10);
    expect(await page.evaluate(() => window.__atlas.errors)).toEqual([]);
    await atlas.context.close();
  });

  it('works with the network off after the first visit: the map, the table and the engine', {timeout: 240_000}, async () => {
    const atlas = await openAtlas(browser, 'lang=en', {serviceWorkers: 'allow'});
    const {page, context} = atlas;
    // The service worker has precached the build and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {timeout: 30_000}).toBe(true);
    const before = await colourAt(page, 'robustness-online', INSIDE['KG-J']!);
    await context.setOffline(true);
    try {
      await page.goto(atlas.url('lang=ru&ind=mfg-lq&year=2018'));
      // Workers served by the service worker start slowly under the test driver: a generous wait.
      await waitForMap(page, 90_000);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      expect(await tableRows(page).count()).toBe(9);
      expect(await page.locator('kg-data-views tr[data-code="KG-C"]').innerText()).toMatch(/1,78/);
      await page.goto(atlas.url('lang=en'));
      await waitForMap(page, 90_000);
      expect(colourDistance(await colourAt(page, 'robustness-offline', INSIDE['KG-J']!), before)).toBeLessThan(8);
      expect(await page.evaluate(() => window.__atlas.errors)).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
    expect(atlas.externalRequests).toEqual([]);
    await context.close();
  });
});
