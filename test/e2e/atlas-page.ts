// Drives the built atlas in Debian's headless Chromium (software WebGL via SwiftShader) and records
// what a person would notice: requests leaving the machine, console errors, what is painted.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {PNG} from 'pngjs';
import {afterAll, afterEach, beforeAll, beforeEach, expect, inject} from 'vitest';

export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-results');

/** Launch flags verified on these machines (../shared/docs/toolchain.md §3). Never add --disable-software-rasterizer. */
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `extraArgs`: more Chromium switches, e.g. `--disable-webgl` to test the map's fallback. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs]});
}

/**
 * A test file's browser, launched before its tests and closed after them, and `open`, which keeps every
 * page it opens in `opened` for the file's last check (no console errors, nothing asked of the network).
 * `closePages`: close those pages' contexts too, before the browser. `closeAfterEachTest`: close the
 * contexts a test opened when it ends (not those of a beforeAll): every page left open goes on drawing
 * with software WebGL in the one GPU process, and a file of forty pictures and prints slowed down
 * until its last tests timed out.
 */
export function atlasSuite(options: {closePages?: boolean; closeAfterEachTest?: boolean} = {}) {
  let inTest = false;
  const ofTest: AtlasPage[] = [];
  const suite = {
    browser: null as unknown as Browser,
    opened: [] as AtlasPage[],
    async open(query: string, openOptions: OpenOptions = {}): Promise<AtlasPage> {
      const atlas = await openAtlas(suite.browser, query, openOptions);
      suite.opened.push(atlas);
      if (inTest) ofTest.push(atlas);
      return atlas;
    },
  };
  beforeAll(async () => {
    suite.browser = await launchBrowser();
  });
  if (options.closeAfterEachTest) {
    beforeEach(() => {
      inTest = true;
    });
    afterEach(async () => {
      inTest = false;
      for (const a of ofTest.splice(0)) await a.context.close().catch(() => undefined);
    });
  }
  afterAll(async () => {
    if (options.closePages) for (const a of suite.opened) await a.context.close().catch(() => undefined);
    await suite.browser?.close();
  });
  return suite;
}

/**
 * Content-Security-Policy violations reported by any page opened with openAtlas in this test file.
 * test/e2e/csp-guard.ts (a setup file of every e2e file) fails the file when any is left here.
 */
export const cspViolations: string[] = [];

/** Returns the violations recorded so far and forgets them (for a test that provokes one on purpose). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  /** Every request to a host other than the loopback preview server (blocked and recorded). */
  externalRequests: string[];
  /** Every request to the preview server, from the page and its workers, in order. */
  requests: string[];
  consoleErrors: string[];
  /** Absolute URL of the site under test. */
  url: (query?: string) => string;
}

export interface OpenOptions {
  viewport?: {width: number; height: number};
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Wait for the map to be fully drawn (default true). */
  waitForMap?: boolean;
  /**
   * The service worker precaches the whole build in the background (README "Offline"); blocked by
   * default so that it does not load the machine during every test. The offline tests allow it.
   */
  serviceWorkers?: 'allow' | 'block';
  /** Runs in the page before its own scripts (e.g. to watch WebGL calls). */
  initScript?: () => void;
  /** A phone: a touch screen of 3 device pixels per CSS pixel, with a mobile browser's viewport. */
  phone?: boolean;
  /**
   * Lets the test add styles of its own (a reader's text spacing, as an extension would), which the
   * page's CSP would block, and report.
   */
  bypassCSP?: boolean;
}

export async function openAtlas(browser: Browser, query = '', options: OpenOptions = {}): Promise<AtlasPage> {
  const base = inject('baseUrl');
  const context = await browser.newContext({
    viewport: options.viewport ?? {width: 1280, height: 800},
    locale: options.locale ?? 'en-GB',
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: options.phone ? 3 : 1,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  // The built page carries a strict CSP (build/content-security-policy.ts): record every violation.
  await context.exposeBinding('__kgCspViolation', (_source, report: string) => {
    cspViolations.push(report);
    consoleErrors.push(`CSP violation: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as {__kgCspViolation: (r: string) => void}).__kgCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  page.on('console', (m) => {
    // Chromium reports a WebGL call that fails as a warning ("WebGL: INVALID_VALUE: …"): it is a
    // defect all the same. A context lost on purpose (the context-loss tests) is not.
    const webglError = m.type() === 'warning' && m.text().startsWith('WebGL:') && !m.text().includes('CONTEXT_LOST');
    if (m.type() === 'error' || webglError) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const url = (q = '') => `${base}${q ? `?${q.replace(/^\?/, '')}` : ''}`;
  await page.goto(url(query));
  if (options.waitForMap !== false) await waitForMap(page);
  return {page, context, externalRequests, requests, consoleErrors, url};
}

export async function waitForMap(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout});
  // One more animation frame so that the last deck.gl frame is on screen.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export interface Screenshot {
  png: PNG;
  path: string;
  /** [r, g, b] at CSS pixel (x, y). */
  rgb: (x: number, y: number) => [number, number, number];
}

export async function screenshot(page: Page, name: string): Promise<Screenshot> {
  mkdirSync(ARTIFACTS, {recursive: true});
  const buffer = await page.screenshot();
  const path = join(ARTIFACTS, `${name}.png`);
  writeFileSync(path, buffer);
  const png = PNG.sync.read(buffer);
  return {
    png,
    path,
    rgb: (x, y) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** Screen position of a longitude/latitude on the page, from the app's own projection. */
export async function project(page: Page, lon: number, lat: number): Promise<[number, number]> {
  const p = await page.evaluate(([x, y]) => window.__atlas.project(x!, y!), [lon, lat]);
  if (!p) throw new Error('the map is not ready to project');
  return p;
}

/**
 * A finger's drag from one point to another (CSS px), in `steps` moves a frame apart: real touch events
 * (Chromium's DevTools protocol), which playwright's touchscreen has only as a tap. A phone's page
 * (openAtlas's `phone`) is needed for the browser to take them as touches.
 */
export async function touchDrag(page: Page, from: [number, number], to: [number, number], steps = 10): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (i: number) => [{x: from[0] + ((to[0] - from[0]) * i) / steps, y: from[1] + ((to[1] - from[1]) * i) / steps, id: 1}];
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: at(0)});
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: at(i)});
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
  await cdp.detach();
}

/**
 * Holds back the requests of `context` that match `pattern` (a chunk: maplibre, deck.gl) until the
 * returned function is called, to see the page before it has arrived.
 */
export async function holdBack(context: BrowserContext, pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(pattern, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function saveJson(name: string, value: unknown): void {
  mkdirSync(ARTIFACTS, {recursive: true});
  writeFileSync(join(ARTIFACTS, `${name}.json`), JSON.stringify(value, null, 2));
}

/**
 * Runs axe-core in the page (on `include`, a list of selectors, or the whole document) and returns what
 * it found: violations with impact and targets, and how many nodes it checked for colour contrast
 * (proof that it reached into the components' shadow roots).
 */
export async function runAxe(page: Page, include: string[][] | null = null) {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as a script tag: the page's Content-Security-Policy refuses inline scripts.
  await page.evaluate(source);
  return page.evaluate(async (include) => {
    type Rule = {id: string; impact: string | null; help: string; nodes: {target: unknown; failureSummary?: string}[]};
    const axe = (window as unknown as {axe: {run: (ctx: unknown) => Promise<{violations: Rule[]; passes: Rule[]; incomplete: Rule[]}>}}).axe;
    const r = await axe.run(include ? {include} : document);
    return {
      violations: r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5)})),
      passes: r.passes.length,
      contrastChecked: r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
      incomplete: r.incomplete.map((v) => ({id: v.id, nodes: v.nodes.length})),
    };
  }, include);
}

/** The colour of the map at a longitude/latitude, from a screenshot saved as `name`. */
export async function colourAt(page: Page, name: string, lonLat: [number, number]): Promise<[number, number, number]> {
  const [x, y] = await project(page, ...lonLat);
  return (await screenshot(page, name)).rgb(x, y);
}

/** The live region's words once they have settled (it is emptied, then filled, on every message). */
export async function announced(page: Page, expected: string | RegExp): Promise<string> {
  let text = '';
  await expect
    .poll(async () => {
      text = (await page.textContent('#kg-announcer')) ?? '';
      return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    })
    .toBe(true);
  return text;
}

/** What the page asked the engine's worker to compute (see recordComputeRequests). */
export interface ComputeAsked {
  ind?: string;
  year?: number;
  data?: string;
}

/**
 * An init script (openAtlas's `initScript`, or `page.addInitScript`) that records the payload of every
 * `compute` message the page posts to a worker; `computeRequests` reads them.
 */
export function recordComputeRequests(): void {
  const asked: unknown[] = [];
  (window as unknown as {__computeRequests: unknown[]}).__computeRequests = asked;
  const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    const m = args[0] as {kind?: string; payload?: unknown} | null;
    if (m?.kind === 'compute') asked.push(m.payload);
    post.apply(this, args);
  } as typeof Worker.prototype.postMessage;
}

export async function computeRequests(page: Page): Promise<ComputeAsked[]> {
  return page.evaluate(() => (window as unknown as {__computeRequests: ComputeAsked[]}).__computeRequests);
}

/**
 * An init script that records deck.gl's draws: each distinct vertex layout (its program and the vertex
 * attributes enabled: software WebGL compiles a program again for each, src/layers/per-object.ts) and
 * the instance count of each instanced draw. `deckDraws` reads them.
 */
export function recordDeckDraws(): void {
  const layouts = new Set<string>();
  const instances: number[] = [];
  (window as unknown as {__deckDraws: {layouts: Set<string>; instances: number[]}}).__deckDraws = {layouts, instances};
  const gl = WebGL2RenderingContext.prototype;
  const isDeck = (c: WebGL2RenderingContext) => !(c.canvas as HTMLCanvasElement).classList.contains('maplibregl-canvas');
  const programOf = new WeakMap<WebGL2RenderingContext, WebGLProgram | null>();
  const arrayOf = new WeakMap<WebGL2RenderingContext, WebGLVertexArrayObject | null>();
  const enabled = new WeakMap<object, Set<number>>();
  const names = new WeakMap<WebGLProgram, string>();
  let nextName = 0;
  const attributes = (c: WebGL2RenderingContext) => {
    const key = arrayOf.get(c) ?? c;
    if (!enabled.has(key)) enabled.set(key, new Set());
    return enabled.get(key)!;
  };
  const {useProgram, bindVertexArray, enableVertexAttribArray, disableVertexAttribArray} = gl;
  gl.useProgram = function (program) { programOf.set(this, program); useProgram.call(this, program); };
  gl.bindVertexArray = function (array) { arrayOf.set(this, array); bindVertexArray.call(this, array); };
  gl.enableVertexAttribArray = function (i) { attributes(this).add(i); enableVertexAttribArray.call(this, i); };
  gl.disableVertexAttribArray = function (i) { attributes(this).delete(i); disableVertexAttribArray.call(this, i); };
  const record = (c: WebGL2RenderingContext) => {
    const program = programOf.get(c);
    if (!isDeck(c) || !program) return;
    if (!names.has(program)) names.set(program, `program ${nextName++}`);
    layouts.add(`${names.get(program)}: ${[...attributes(c)].sort((a, b) => a - b).join(',')}`);
  };
  for (const draw of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced'] as const) {
    const original = gl[draw] as (...a: unknown[]) => void;
    (gl as unknown as Record<string, unknown>)[draw] = function (this: WebGL2RenderingContext, ...a: unknown[]) {
      record(this);
      // The instance count is the last argument of both instanced draws.
      if (draw.endsWith('Instanced') && isDeck(this)) instances.push(a.at(-1) as number);
      original.apply(this, a);
    };
  }
}

/** deck.gl's vertex layouts drawn so far, and its instanced draws' instance counts (recordDeckDraws). */
export async function deckDraws(page: Page): Promise<{layouts: string[]; instances: number[]}> {
  return page.evaluate(() => {
    const d = (window as unknown as {__deckDraws: {layouts: Set<string>; instances: number[]}}).__deckDraws;
    return {layouts: [...d.layouts], instances: [...d.instances]};
  });
}
