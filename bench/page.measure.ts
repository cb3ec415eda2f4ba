// Browser measurements for `npm run bench` (bench/run.mjs builds first, then runs this file and prints
// bench/results/bench-page.json against the targets):
// - what the default view requests (every file, from the page and its workers), gzip-9 size of each;
// - time from navigation to the first complete render of every default layer, against a bare maplibre
//   page drawing the same regions (bench/bare/), alternating, several repetitions, medians. Complete
//   means drawn by the GPU, not only asked of it (see `drainOnReady`);
// - slider-to-repaint latency, the year slider of `mfg-lq`: from a key press on the focused slider
//   (the browser's own input, its `keydown` timestamp: when the key reached the page, as the Event
//   Timing API and INP count) to the first frame deck.gl asks for with the new year's values (a worker
//   round trip only for a year not kept yet: the others are asked for in the background once one is
//   shown), and to that frame drawn by the GPU. Also a worse case: the `input` event dispatched by
//   script from a frame's animation callback, after deck.gl's has run (as it does here), so that the
//   change waits a whole frame. Each step starts with the GPU idle (the previous frame drawn), as when
//   a person moves the slider one step at a time.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {extname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, it} from 'vitest';
import {decode} from '@jridgewell/sourcemap-codec';
import {launchBrowser} from '../test/e2e/atlas-page';
import {freePort, startPreview, type Preview} from '../test/e2e/preview-server';

const root = join(import.meta.dirname, '..');
const results = join(root, 'bench', 'results');
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 5);
const SLIDER_STEPS = 15;

const gzip = (text: string | Buffer) => gzipSync(text, {level: 9}).length;

/** gzip-9 bytes of a chunk's code that its source map attributes to node_modules (third-party code). */
function thirdPartyShare(file: string): {thirdPartyGzip: number; ownGzip: number; thirdParty: Record<string, number>} | null {
  if (!existsSync(`${file}.map`)) return null;
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {sources: string[]; mappings: string};
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const segments: [number, string | null][] = [];
  decode(map.mappings).forEach((line, i) => {
    for (const s of line) segments.push([lineStarts[i]! + s[0], s.length > 1 ? map.sources[s[1]!]! : null]);
  });
  segments.sort((a, b) => a[0] - b[0]);
  const byPackage = new Map<string, string>();
  let own = '';
  segments.forEach(([start, source], i) => {
    const text = code.slice(start, segments[i + 1]?.[0] ?? code.length);
    const pkg = source?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    if (pkg) byPackage.set(pkg, (byPackage.get(pkg) ?? '') + text);
    else own += text;
  });
  const thirdParty = Object.fromEntries([...byPackage].map(([p, t]) => [p, gzip(t)]).sort((a, b) => (b[1] as number) - (a[1] as number)));
  return {thirdPartyGzip: gzip([...byPackage.values()].join('')), ownGzip: gzip(own), thirdParty};
}

type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
const kindOf = (path: string): Kind => {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json') return 'data';
  if (ext === '.html' || path.endsWith('/')) return 'html';
  return 'other';
};
/** Vendor chunks: maplibre (page and worker) and deck.gl. Everything else the page loads is ours. */
const vendorOf = (name: string): string | null =>
  name.startsWith('maplibre-gl-worker') ? 'maplibre worker' : name.startsWith('maplibre-') ? 'maplibre' : name.startsWith('deck-') ? 'deck.gl' : null;

let atlas: Preview;
let bare: Preview;
let browser: Browser;
const report: Record<string, unknown> = {date: new Date().toISOString(), repetitions: REPETITIONS};

beforeAll(async () => {
  [atlas, bare] = await Promise.all([startPreview(await freePort()), startPreview(await freePort(), join(root, 'bench', 'vite.bare.config.ts'))]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  atlas?.stop();
  bare?.stop();
  mkdirSync(results, {recursive: true});
  writeFileSync(join(results, 'bench-page.json'), JSON.stringify(report, null, 2));
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

it('bytes the default view transfers', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, locale: 'en-GB', serviceWorkers: 'block'});
  const requested: string[] = [];
  const external: string[] = [];
  // Every request of the page and of its workers.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(atlas.url)) requested.push(url);
    else if (!url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
    return url.startsWith(atlas.url) || url.startsWith('data:') || url.startsWith('blob:') ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  await page.goto(atlas.url);
  await page.waitForFunction(() => window.__atlas?.readyMs != null, undefined, {timeout: 60_000});
  await page.waitForTimeout(500);
  await context.close();
  const files = [...new Set(requested)].map((url) => {
    const path = new URL(url).pathname;
    const name = path.split('/').at(-1) || 'index.html';
    const file = join(root, 'dist', path === '/' ? 'index.html' : decodeURIComponent(path));
    const raw = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    const kind = kindOf(path);
    const vendor = kind === 'js' ? vendorOf(name) : null;
    return {path, kind, vendor, rawBytes: raw.length, gzipBytes: gzip(raw), ...(kind === 'js' && !vendor ? {share: thirdPartyShare(file)} : {})};
  });
  const sum = (f: (x: (typeof files)[number]) => boolean) => files.filter(f).reduce((s, x) => s + x.gzipBytes, 0);
  // The service worker (blocked above) precaches the whole build in the background after the first
  // view: what that costs once, on a first visit.
  const swFile = join(root, 'dist', 'sw.js');
  const precache = existsSync(swFile) ? (JSON.parse(/"files":(\[[^\]]*\])/.exec(readFileSync(swFile, 'utf8'))?.[1] ?? '[]') as string[]) : [];
  const precacheGzip = precache.reduce((s, f) => {
    const file = join(root, 'dist', f === './' ? 'index.html' : f);
    return s + (existsSync(file) ? gzip(readFileSync(file)) : 0);
  }, 0);
  const own = files.filter((f) => f.kind === 'js' && !f.vendor);
  report.bytes = {
    files,
    external,
    jsGzip: sum((f) => f.kind === 'js'),
    cssGzip: sum((f) => f.kind === 'css'),
    dataGzip: sum((f) => f.kind === 'data'),
    htmlGzip: sum((f) => f.kind === 'html'),
    ownJsGzip: sum((f) => f.kind === 'js' && !f.vendor),
    ownJsThirdPartyGzip: own.reduce((s, f) => s + (f.share?.thirdPartyGzip ?? 0), 0),
    precacheFiles: precache.length,
    precacheGzip,
  };
});

/**
 * Runs in the page: the moment its ready flag is set (`window.__atlas.readyMs`, `window.__bare.readyMs`),
 * reads one pixel back from every WebGL canvas, which returns only when the GPU has carried out every
 * drawing command given so far, and records that time as `drawnMs`. A page is ready when it has *asked*
 * for its frame; with software WebGL the GPU process may then need another second for it (deck.gl's
 * shaders are compiled when they first draw), and that second is part of what a visitor waits for.
 */
function drainOnReady(): void {
  // Also used between the slider's steps (as window.__kgDrainGpu).
  const drainGpu = () => {
    for (const canvas of document.querySelectorAll('canvas')) canvas.getContext('webgl2')?.readPixels(0, 0, 1, 1, WebGL2RenderingContext.RGBA, WebGL2RenderingContext.UNSIGNED_BYTE, new Uint8Array(4));
  };
  (window as unknown as {__kgDrainGpu: () => void}).__kgDrainGpu = drainGpu;
  const watch = (name: '__atlas' | '__bare') => {
    let flags: {readyMs: number | null; drawnMs?: number} | undefined;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => flags,
      set(value: {readyMs: number | null; drawnMs?: number}) {
        flags = value;
        let readyMs = value.readyMs;
        Object.defineProperty(value, 'readyMs', {
          configurable: true,
          enumerable: true,
          get: () => readyMs,
          set(ms: number | null) {
            readyMs = ms;
            if (ms == null || value.drawnMs != null) return;
            drainGpu();
            value.drawnMs = performance.now();
          },
        });
      },
    });
  };
  watch('__atlas');
  watch('__bare');
}

it('time to the first complete render, atlas vs bare maplibre', async () => {
  const atlasMs: {readyMs: number; drawnMs: number; firstRenderMs: number; mapIdleMs: number}[] = [];
  const bareMs: {readyMs: number; drawnMs: number}[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    // Alternate which page goes first, so that neither always meets a warmer machine. Fresh contexts:
    // empty caches every time.
    for (const which of i % 2 ? (['bare', 'atlas'] as const) : (['atlas', 'bare'] as const)) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}, locale: 'en-GB', serviceWorkers: 'block'});
      const page = await context.newPage();
      await page.addInitScript(drainOnReady);
      await page.goto(which === 'atlas' ? atlas.url : bare.url);
      await page.waitForFunction(() => {
        const w = window as unknown as Record<'__atlas' | '__bare', {drawnMs?: number} | undefined>;
        return (w.__atlas ?? w.__bare)?.drawnMs != null;
      }, undefined, {timeout: 60_000});
      if (which === 'atlas')
        atlasMs.push(await page.evaluate(() => ({readyMs: window.__atlas.readyMs!, drawnMs: (window.__atlas as unknown as {drawnMs: number}).drawnMs, firstRenderMs: window.__atlas.firstRenderMs!, mapIdleMs: window.__atlas.mapIdleMs!})));
      else bareMs.push(await page.evaluate(() => (window as unknown as {__bare: {readyMs: number; drawnMs: number}}).__bare));
      await context.close();
    }
  }
  const atlasMedian = median(atlasMs.map((m) => m.drawnMs));
  const bareMedian = median(bareMs.map((m) => m.drawnMs));
  report.firstRender = {
    atlas: atlasMs,
    bare: bareMs,
    atlasMedianMs: atlasMedian,
    bareMedianMs: bareMedian,
    atlasReadyMedianMs: median(atlasMs.map((m) => m.readyMs)),
    bareReadyMedianMs: median(bareMs.map((m) => m.readyMs)),
    atlasDeckMedianMs: median(atlasMs.map((m) => m.firstRenderMs)),
    atlasMapIdleMedianMs: median(atlasMs.map((m) => m.mapIdleMs)),
    ratio: atlasMedian / bareMedian,
  };
});

/** The atlas with the `mfg-lq` year slider at `year`, ready, in a fresh context (close it after). */
async function openSliderView(year: number) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, locale: 'en-GB', serviceWorkers: 'block'});
  const page = await context.newPage();
  await page.addInitScript(drainOnReady);
  await page.goto(`${atlas.url}?lang=en&ind=mfg-lq&sector=C&year=${year}`);
  await page.waitForFunction(() => window.__atlas?.readyMs != null, undefined, {timeout: 60_000});
  return {context, page};
}

it('slider-to-repaint latency, worst case: input dispatched from a frame callback (year slider of mfg-lq)', async () => {
  const {context, page} = await openSliderView(2024);
  const latencies = await page.evaluate(async (steps) => {
    const slider = document.querySelector('kg-indicator-picker')!.shadowRoot!.querySelector<HTMLInputElement>('input#year[type=range]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    // Reading a pixel back returns once the GPU has drawn everything asked of it so far.
    const drainGpu = (window as unknown as {__kgDrainGpu: () => void}).__kgDrainGpu;
    const out: {askedMs: number; drawnMs: number}[] = [];
    for (let i = 0; i < steps; i++) {
      const year = 2010 + ((i * 7) % 15);
      if (Number(slider.value) === year) continue;
      drainGpu();
      await frame();
      await frame();
      slider.value = String(year);
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      for (;;) {
        await frame();
        const drawn = window.__atlas.lastDraw;
        if (drawn && drawn.at >= t0 && drawn.key.split('|')[2] === String(year)) {
          drainGpu();
          out.push({askedMs: drawn.at - t0, drawnMs: performance.now() - t0});
          break;
        }
        if (performance.now() - t0 > 10_000) throw new Error(`year ${year} never drawn`);
      }
    }
    return out;
  }, SLIDER_STEPS);
  await context.close();
  const asked = latencies.map((l) => l.askedMs);
  const drawn = latencies.map((l) => l.drawnMs);
  report.sliderRepaint = {
    latenciesMs: asked,
    medianMs: median(asked),
    maxMs: Math.max(...asked),
    drawnLatenciesMs: drawn,
    drawnMedianMs: median(drawn),
    drawnMaxMs: Math.max(...drawn),
  };
});

it('slider-to-repaint latency from key presses (year slider of mfg-lq)', async () => {
  const {context, page} = await openSliderView(2010);
  type Step = {delayMs: number; askedMs: number; drawnMs: number};
  await page.evaluate(() => {
    const slider = document.querySelector('kg-indicator-picker')!.shadowRoot!.querySelector<HTMLInputElement>('input#year[type=range]')!;
    const drainGpu = (window as unknown as {__kgDrainGpu: () => void}).__kgDrainGpu;
    const steps: Step[] = [];
    (window as unknown as {__kgKeySteps: Step[]}).__kgKeySteps = steps;
    let pressedAt = 0;
    slider.addEventListener('keydown', (event) => (pressedAt = event.timeStamp));
    // In the capture phase: before the atlas's own handler, so that delayMs is the browser's part.
    slider.addEventListener('input', () => {
      const year = slider.value;
      const handledAt = performance.now();
      const poll = () => {
        const drawn = window.__atlas.lastDraw;
        if (drawn && drawn.at >= pressedAt && drawn.key.split('|')[2] === year) {
          drainGpu();
          steps.push({delayMs: handledAt - pressedAt, askedMs: drawn.at - pressedAt, drawnMs: performance.now() - pressedAt});
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    }, {capture: true});
    slider.focus();
  });
  // 2010 → 2024, one year per press; the waits between presses vary, so that presses fall at
  // different moments of the 60 Hz frame, as a person's do.
  for (let i = 0; i < SLIDER_STEPS - 1; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => (window as unknown as {__kgKeySteps: Step[]}).__kgKeySteps.length > n, i, {timeout: 10_000});
    await page.waitForTimeout(150 + ((i * 37) % 50));
  }
  const steps = await page.evaluate(() => (window as unknown as {__kgKeySteps: Step[]}).__kgKeySteps);
  await context.close();
  const drawn = steps.map((l) => l.drawnMs);
  report.sliderKeys = {
    steps,
    delayMedianMs: median(steps.map((l) => l.delayMs)),
    askedMedianMs: median(steps.map((l) => l.askedMs)),
    drawnMedianMs: median(drawn),
    drawnMaxMs: Math.max(...drawn),
  };
});
