// `npm run bench`: runs each measurement step in turn and prints its summary. A step is a function that
// returns lines to print and whether its targets were met; add steps (bundle size, render time, …) to
// STEPS. Exit code 1 when a target is missed.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
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

const STEPS = [['compute time', computeTime]];

let failed = false;
for (const [name, step] of STEPS) {
  const {ok, lines} = step();
  console.log(`\n== ${name} ==`);
  for (const line of lines) console.log(line);
  failed ||= !ok;
}
process.exit(failed ? 1 : 0);
