// `npm run bench`: runs each measurement step in turn and prints its summary. A step is a function that
// returns lines to print and whether its targets were met; add steps to STEPS. Exit code 1 when a
// target is missed. Results (JSON) go to bench/results/ (git-ignored); README "Performance" explains
// each figure. `BENCH_REPETITIONS` sets the page-load repetitions (default 5).
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench', 'results');
mkdirSync(out, {recursive: true});

/** Compute time of the coefficient engine (bench/compute.bench.ts, via vitest bench). */
function computeTime() {
  const json = join(out, 'bench-compute.json');
  const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'bench', '--run', '--config', 'bench/vitest.bench.config.ts', '--outputJson', json], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) return {ok: false, lines: [`vitest bench failed (exit ${run.status})`]};
  const report = JSON.parse(readFileSync(json, 'utf8'));
  const results = new Map();
  for (const file of report.files) for (const group of file.groups) for (const b of group.benchmarks) results.set(`${group.fullName.split(' > ').at(-1)} / ${b.name}`, b);
  const ms = (key) => results.get(key)?.mean ?? NaN;
  const lines = ['', 'Coefficient engine: every coefficient + composite index, all regions × sectors of one year', ''];
  lines.push('size            cells     mean ms   ns/cell   records→matrices ms');
  const sizes = [
    [9, 19],
    [100, 50],
    [1000, 100],
    [10000, 100],
  ];
  for (const [r, c] of sizes) {
    const key = `${r}×${c}`;
    const m = ms(`${key} / coefficients`);
    const build = ms(`${key} / dense matrices from records`);
    lines.push(`${key.padEnd(14)}${String(r * c).padStart(8)}${m.toFixed(3).padStart(12)}${((m * 1e6) / (r * c)).toFixed(1).padStart(10)}${build.toFixed(3).padStart(22)}`);
  }
  const shipped = ['mfg-lq 2018', 'grp-pc 2018', 'potential C 2018 with rank stability', 'all coefficients 2018'].map((n) => [n, ms(`shipped data (9 regions) / ${n}`)]);
  lines.push('', 'Shipped data (9 regions):');
  for (const [n, m] of shipped) lines.push(`  ${n.padEnd(40)}${m.toFixed(3).padStart(10)} ms`);
  const big = ms('10000×100 / coefficients');
  const shippedWorst = Math.max(...shipped.map(([, m]) => m));
  const targets = [
    [`shipped data ≤ 5 ms (worst ${shippedWorst.toFixed(3)} ms)`, shippedWorst <= 5],
    [`10,000×100 ≤ 150 ms (${big.toFixed(1)} ms)`, big <= 150],
  ];
  lines.push('', ...targets.map(([t, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${t}`));
  return {ok: targets.every(([, ok]) => ok), lines};
}

const vite = join(root, 'node_modules/vite/bin/vite.js');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

/** Builds the site (dist/) and the bare maplibre page (bench/.bare-dist/), so that what is measured is current. */
function build() {
  for (const args of [['build'], ['build', '--config', 'bench/vite.bare.config.ts']]) {
    const run = spawnSync(process.execPath, [vite, ...args, '--logLevel', 'warn'], {cwd: root, stdio: ['ignore', 'inherit', 'inherit']});
    if (run.status !== 0) return {ok: false, lines: [`vite ${args.join(' ')} failed (exit ${run.status})`]};
  }
  return {ok: true, lines: ['dist/ and bench/.bare-dist/ built']};
}

const KB = (bytes) => (bytes / 1024).toFixed(1);
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');

/** Bytes, first render and slider latency in headless Chromium (bench/page.measure.ts). */
function page() {
  const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'bench/vitest.page.config.ts'], {cwd: root, stdio: ['ignore', 'inherit', 'inherit']});
  if (run.status !== 0) return {ok: false, lines: [`browser measurements failed (exit ${run.status})`]};
  const r = JSON.parse(readFileSync(join(out, 'bench-page.json'), 'utf8'));
  const lines = ['', 'Files the default view requests (page and workers), gzip level 9:', ''];
  const w = [52, 10, 10, 18];
  lines.push(row(['file', 'raw KB', 'gzip KB', 'group'], w));
  for (const f of [...r.bytes.files].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    const group = f.kind === 'js' ? (f.vendor ?? 'own') : f.kind;
    lines.push(row([f.path.replace(/^.*\/assets\//, 'assets/'), KB(f.rawBytes), KB(f.gzipBytes), group], w));
    if (f.share) lines.push(row([`  of which third-party (source map)`, '', KB(f.share.thirdPartyGzip), Object.entries(f.share.thirdParty).slice(0, 4).map(([p, n]) => `${p} ${KB(n)}`).join(', ')], w));
  }
  const b = r.bytes;
  lines.push('', `JS ${KB(b.jsGzip)} KB · CSS ${KB(b.cssGzip)} KB · data ${KB(b.dataGzip)} KB · HTML ${KB(b.htmlGzip)} KB (gzip-9)`);
  lines.push(`external requests: ${b.external.length}`);
  if (b.precacheFiles) lines.push(`service worker precache, in the background after the first view: ${b.precacheFiles} files, ${KB(b.precacheGzip)} KB gzip-9`);
  const fr = r.firstRender;
  lines.push('', `First complete render, drawn by the GPU (median of ${r.repetitions}, ms from navigation): atlas ${fr.atlasMedianMs.toFixed(0)}, bare maplibre ${fr.bareMedianMs.toFixed(0)}`);
  lines.push(`  atlas runs: ${fr.atlas.map((m) => m.drawnMs.toFixed(0)).join(', ')}; bare runs: ${fr.bare.map((m) => m.drawnMs.toFixed(0)).join(', ')}`);
  // Where the difference goes: the atlas's basemap against the bare page's, then deck.gl's first
  // frame as the page asks for it, then the GPU's work on what was asked.
  lines.push(`  the pages ready (every frame asked for): atlas ${fr.atlasReadyMedianMs.toFixed(0)} (maplibre idle ${fr.atlasMapIdleMedianMs.toFixed(0)}, deck.gl ${fr.atlasDeckMedianMs.toFixed(0)}), bare ${fr.bareReadyMedianMs.toFixed(0)}`);
  lines.push(`  of the difference: basemap idle ${(fr.atlasMapIdleMedianMs - fr.bareReadyMedianMs).toFixed(0)} ms later than the bare page's; deck.gl's layers asked for ${(fr.atlasReadyMedianMs - fr.atlasMapIdleMedianMs).toFixed(0)} ms after that; the GPU done ${(fr.atlasMedianMs - fr.atlasReadyMedianMs).toFixed(0)} ms after that (bare page: ${(fr.bareMedianMs - fr.bareReadyMedianMs).toFixed(0)} ms)`);
  const s = r.sliderRepaint;
  const k = r.sliderKeys;
  lines.push('', `Slider → repaint, key presses (${k.steps.length} steps, each from an idle GPU; from the keydown's timestamp): the input event after ${k.delayMedianMs.toFixed(1)} ms; asked of the GPU: median ${k.askedMedianMs.toFixed(1)} ms; drawn by the GPU: median ${k.drawnMedianMs.toFixed(1)} ms, max ${k.drawnMaxMs.toFixed(1)} ms`);
  lines.push(`  drawn, each step: ${k.steps.map((step) => step.drawnMs.toFixed(0)).join(', ')}`);
  lines.push(`Slider → repaint, worst case (${s.latenciesMs.length} steps; input dispatched from a frame callback after deck.gl's, so it waits a frame): asked of the GPU: median ${s.medianMs.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms; drawn by the GPU: median ${s.drawnMedianMs.toFixed(1)} ms, max ${s.drawnMaxMs.toFixed(1)} ms`);
  const targets = [
    ['JS for the default view, incl. workers', `${KB(b.jsGzip)} KB`, '≤ 700 KB', b.jsGzip <= 700 * 1024],
    ['our own JS on the first view (incl. its third-party share)', `${KB(b.ownJsGzip)} KB (${KB(b.ownJsThirdPartyGzip)} third-party)`, '≤ 60 KB', b.ownJsGzip <= 60 * 1024],
    ['requests leaving the machine', String(b.external.length), '0', b.external.length === 0],
    ['first render, atlas / bare maplibre', fr.ratio.toFixed(2), '≤ 1.3', fr.ratio <= 1.3],
    // Drawn by the GPU, as for the first render: a frame only asked for is not yet on the screen. From
    // a real key press, as a person moves the slider; the worst case is printed above.
    ['slider → repaint drawn by the GPU, key presses, median', `${k.drawnMedianMs.toFixed(1)} ms`, '≤ 50 ms', k.drawnMedianMs <= 50],
  ];
  const tw = [58, 30, 10, 6];
  lines.push('', row(['target', 'measured', 'budget', ''], tw));
  for (const [name, value, budget, ok] of targets) lines.push(row([name, value, budget, ok ? 'PASS' : 'FAIL'], tw));
  return {ok: targets.every((t) => t[3]), lines, summary: targets.map(([name, value, budget, ok]) => ({name, value, budget, ok}))};
}

const STEPS = [
  ['compute time', computeTime],
  ['build', build],
  ['the built site in Chromium', page],
];

const only = process.argv[2];
let failed = false;
const summary = {};
for (const [name, step] of STEPS) {
  if (only && !name.includes(only) && name !== 'build') continue;
  const {ok, lines, summary: s} = step();
  console.log(`\n== ${name} ==`);
  for (const line of lines) console.log(line);
  summary[name] = {ok, ...(s ? {targets: s} : {})};
  failed ||= !ok;
}
writeFileSync(join(out, 'bench-summary.json'), JSON.stringify(summary, null, 2));
process.exit(failed ? 1 : 0);
