// The composite cluster-potential index: OUR combination of the component coefficients, per region ×
// sector. Seed 002 says its integral coefficient of cluster-formation potential combines average
// localisation coefficients (on several bases), per-capita production and specialisation, but its
// abstract shows the combining formula only as an image that did not survive; so this index is not the
// author's and is never presented as such (the published Table 3.1 is shown as published).
//
//   geometric (default):  CPI_ij = Π_k c_ijk ^ (w_k / Σ w)
//   arithmetic:           CPI_ij = Σ_k w_k · c_ijk / Σ w
//
// The components c_k are coefficients whose national level is 1, so the index is 1 for a region that
// is like the country in every component. The weighted geometric mean is the default because it is
// the mean that respects ratios (a coefficient of 2 and one of 0.5 average to 1, as they should; the
// arithmetic mean gives 1.25), the choice of the UNDP Human Development Index since 2010 and of the
// OECD/JRC Handbook on Constructing Composite Indicators (2008) for ratio-scale components.
//
// Missing values (unknown is never zero): a component that no region has in this sector and year is
// left out, its weight shared among the others, so every region is scored on the same components; a
// region that lacks a value of a component in use gets an unknown index.
import type {SymbolicFormula} from './formula';

export const POTENTIAL_COMPONENTS = ['lq_employment', 'lq_establishments', 'pc', 'spec'] as const;
export type PotentialComponent = (typeof POTENTIAL_COMPONENTS)[number];

export const AGGREGATIONS = ['geometric', 'arithmetic'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** What a planner sets for the composite index; scenarios carry it (see DEFAULT_POTENTIAL_SETTINGS). */
export interface PotentialSettings {
  /** Non-negative weight per component; 0 leaves the component out. Only ratios matter. */
  weights: Record<PotentialComponent, number>;
  aggregation: Aggregation;
  /** Rank stability: each weight varies within ±band of its value (0.2 = ±20 %). */
  stabilityBand: number;
}

/** THE defaults of the composite index: equal weights, geometric mean, ±20 % for rank stability. */
export const DEFAULT_POTENTIAL_SETTINGS: PotentialSettings = Object.freeze({
  weights: Object.freeze({lq_employment: 1, lq_establishments: 1, pc: 1, spec: 1}),
  aggregation: 'geometric',
  stabilityBand: 0.2,
}) as PotentialSettings;

export const MAX_STABILITY_BAND = 0.9;

/** Fills in defaults and makes any input safe: weights finite and ≥ 0, band within 0–0.9. */
export function resolvePotentialSettings(partial: Partial<PotentialSettings> | undefined): PotentialSettings {
  const d = DEFAULT_POTENTIAL_SETTINGS;
  const weights = {} as Record<PotentialComponent, number>;
  for (const k of POTENTIAL_COMPONENTS) {
    const w = partial?.weights?.[k];
    weights[k] = typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w : d.weights[k];
  }
  const aggregation = partial?.aggregation && AGGREGATIONS.includes(partial.aggregation) ? partial.aggregation : d.aggregation;
  const band = partial?.stabilityBand;
  const stabilityBand = typeof band === 'number' && Number.isFinite(band) ? Math.min(Math.max(band, 0), MAX_STABILITY_BAND) : d.stabilityBand;
  return {weights, aggregation, stabilityBand};
}

const COMPONENTS_MEANING = {
  en: 'c_k are the component coefficients of region i in sector j: the location quotient on employment (LQ_emp), the location quotient on establishments (LQ_est), per-capita production (PC) and specialisation (SPEC); w_k are the weights you set (equal by default). A component that no region has for this sector and year is left out and its weight shared among the others; a region without a value of a component in use has no index (“no data”), never a zero.',
  ru: 'c_k — коэффициенты-составляющие региона i по отрасли j: локализация по занятости (LQ_emp), локализация по числу предприятий (LQ_est), душевое производство (PC) и специализация (SPEC); w_k — заданные вами веса (по умолчанию равные). Составляющая, которой нет ни у одного региона для этой отрасли и года, исключается, а её вес делится между остальными; у региона без значения используемой составляющей индекса нет («нет данных»), но никогда не ноль.',
  ky: 'c_k — j тармагы боюнча i регионунун түзүүчү коэффициенттери: иш менен камсыз болуунун локалдаштыруусу (LQ_emp), ишканалардын саны боюнча локалдаштыруу (LQ_est), жан башына өндүрүү (PC) жана адистештирүү (SPEC); w_k — сиз койгон салмактар (демейки боюнча бирдей). Бул тармак жана жыл үчүн эч бир региондо жок түзүүчү алынып салынат, анын салмагы калгандарына бөлүнөт; колдонулган түзүүчүнүн мааниси жок региондун индекси жок («маалымат жок»), эч качан нөл эмес.',
};

const OURS = {
  en: 'Our own composite, built from the components source 002 names. Source 002’s abstract does not give the formula of its integral coefficient, so this is not the author’s index: compare with its Table 3.1 only as a different measure.',
  ru: 'Наш собственный составной индекс из составляющих, названных в источнике 002. Автореферат источника 002 не приводит формулу своего интегрального коэффициента, поэтому это не авторский индекс: сравнивайте с его таблицей 3.1 только как с другой мерой.',
  ky: '002-булакта аталган түзүүчүлөрдөн биз түзгөн жыйынды индекс. 002-булактын авторефератында интегралдык коэффициенттин формуласы берилген эмес, ошондуктан бул автордун индекси эмес: аны 3.1-жадыбал менен башка чен катары гана салыштырыңыз.',
};

/** In Russian and Kyrgyz the decimal sign is a comma, so a list's items are parted by semicolons. */
const EXAMPLE_GIVEN = {en: 'c = (2, 0.5), w = (1, 1)', ru: 'c = (2; 0,5), w = (1; 1)', ky: 'c = (2; 0,5), w = (1; 1)'};

export const POTENTIAL_GEOMETRIC_FORMULA: SymbolicFormula = {
  id: 'potential-geometric',
  title: {
    en: 'Cluster-potential index (ours), weighted geometric mean — default',
    ru: 'Индекс кластерного потенциала (наш), взвешенное среднее геометрическое — по умолчанию',
    ky: 'Кластердик потенциал индекси (биздики), салмактанган орточо геометриялык — демейки',
  },
  formula: 'CPI_ij = Π_k c_ijk ^ (w_k / Σ_k w_k)',
  meaning: COMPONENTS_MEANING,
  source: OURS,
  example: {given: EXAMPLE_GIVEN, result: 1},
};

export const POTENTIAL_ARITHMETIC_FORMULA: SymbolicFormula = {
  id: 'potential-arithmetic',
  title: {
    en: 'Cluster-potential index (ours), weighted arithmetic mean',
    ru: 'Индекс кластерного потенциала (наш), взвешенное среднее арифметическое',
    ky: 'Кластердик потенциал индекси (биздики), салмактанган орточо арифметикалык',
  },
  formula: 'CPI_ij = Σ_k w_k · c_ijk / Σ_k w_k',
  meaning: COMPONENTS_MEANING,
  source: OURS,
  example: {given: EXAMPLE_GIVEN, result: 1.25},
};

export const POTENTIAL_FORMULAS: Record<Aggregation, SymbolicFormula> = {
  geometric: POTENTIAL_GEOMETRIC_FORMULA,
  arithmetic: POTENTIAL_ARITHMETIC_FORMULA,
};

/**
 * The weight of each component in each column (K × cols, component-major): its weight where at least
 * one region has a value of it in that column, else 0 (left out, its weight shared by the others when
 * the index divides by Σ w).
 */
export function effectiveWeights(components: readonly Float64Array[], weights: readonly number[], rows: number, cols: number): Float64Array {
  const out: Float64Array = new Float64Array(components.length * cols);
  components.forEach((c, k) => {
    const w = weights[k]!;
    if (!(w > 0)) return;
    for (let j = 0; j < cols; j++) {
      for (let i = 0; i < rows; i++) {
        if (c[i * cols + j] === c[i * cols + j]) {
          out[k * cols + j] = w;
          break;
        }
      }
    }
  });
  return out;
}

const ARITHMETIC = 0;
const GEOMETRIC_EQUAL = 1;
const GEOMETRIC_WEIGHTED = 2;

/** The weighted mean of one cell's components (share = normalised weights), clamped to their range. */
function meanOfCell(active: Float64Array[], share: number[], n: number, cell: number, mode: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  let sum = 0;
  let product = 1;
  for (let t = 0; t < n; t++) {
    const x = active[t]![cell]!;
    if (!(x >= 0)) return NaN; // unknown (NaN), or not a coefficient
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    sum += share[t]! * x;
    product *= x;
  }
  let v: number;
  if (mode === ARITHMETIC) v = sum;
  else if (lo === 0) v = 0; // a true zero (no production) makes the geometric mean zero
  else if (mode === GEOMETRIC_EQUAL && product > 1e-300 && product < 1e300)
    v = n === 1 ? product : n === 2 ? Math.sqrt(product) : n === 4 ? Math.sqrt(Math.sqrt(product)) : Math.pow(product, 1 / n);
  else {
    let logs = 0;
    for (let t = 0; t < n; t++) logs += share[t]! * Math.log(active[t]![cell]!);
    v = Math.exp(logs);
  }
  return v < lo ? lo : v > hi ? hi : v;
}

// How far (relative) a computed mean may be from the exact one: far above the few ulps of a product's
// root and of exp(Σ s·ln x) (≤ ~1e-13 for any doubles), so a mean this far from every component cannot
// have rounded out of their range.
const NEAR_A_COMPONENT = 1e-9;

/**
 * meanOfCell for every cell, with the same result bit for bit, written out for up to four components
 * (fewer are padded with 1 of share 0: ×1, +0·1 and +0·ln 1 are exact). The range clamp needs each
 * cell's smallest and largest component, and finding them branches unpredictably on real data (three
 * times slower at a million cells); it can only change a mean that lies within rounding of a component,
 * so only those cells take meanOfCell's clamped route.
 */
function meansOfAllCells(active: Float64Array[], share: number[], n: number, mode: number, cells: number, out: Float64Array): void {
  if (n > 4) {
    for (let cell = 0; cell < cells; cell++) out[cell] = meanOfCell(active, share, n, cell, mode);
    return;
  }
  const ones = n < 4 ? new Float64Array(cells).fill(1) : null;
  const [a0, a1, a2, a3] = [0, 1, 2, 3].map((t) => (t < n ? active[t]! : ones!)) as [Float64Array, Float64Array, Float64Array, Float64Array];
  const [s0, s1, s2, s3] = [0, 1, 2, 3].map((t) => (t < n ? share[t]! : 0)) as [number, number, number, number];
  for (let cell = 0; cell < cells; cell++) {
    const x0 = a0[cell]!;
    const x1 = a1[cell]!;
    const x2 = a2[cell]!;
    const x3 = a3[cell]!;
    if (!(x0 >= 0 && x1 >= 0 && x2 >= 0 && x3 >= 0)) {
      out[cell] = NaN; // unknown (NaN), or not a coefficient
      continue;
    }
    let v: number;
    if (mode === ARITHMETIC) v = s0 * x0 + s1 * x1 + s2 * x2 + s3 * x3;
    else if (x0 === 0 || x1 === 0 || x2 === 0 || x3 === 0) {
      out[cell] = 0; // a true zero makes the geometric mean zero (the smallest component: no clamp)
      continue;
    } else {
      const product = x0 * x1 * x2 * x3;
      if (mode === GEOMETRIC_EQUAL && product > 1e-300 && product < 1e300)
        v = n === 1 ? product : n === 2 ? Math.sqrt(product) : n === 4 ? Math.sqrt(Math.sqrt(product)) : Math.pow(product, 1 / n);
      else v = Math.exp(s0 * Math.log(x0) + s1 * Math.log(x1) + s2 * Math.log(x2) + s3 * Math.log(x3));
    }
    const near = NEAR_A_COMPONENT * v;
    out[cell] =
      Math.abs(v - x0) <= near || Math.abs(v - x1) <= near || Math.abs(v - x2) <= near || Math.abs(v - x3) <= near
        ? meanOfCell(active, share, n, cell, mode)
        : v;
  }
}

/**
 * The composite index of every cell. `components` are K arrays of rows × cols (row-major);
 * `weights` is K × cols (as from effectiveWeights). A cell is unknown (NaN) when a component with
 * positive weight is unknown there, or no component has weight. The result is clamped to the range of
 * its components (a mean lies between them; the clamp removes last-bit rounding of exp/log).
 *
 * Speed (one million cells in tens of ms): columns that share a weight vector are done together, and
 * equal weights (the default) take the product route, (Π c)^(1/n), one root instead of n logarithms;
 * the logarithm route is used for unequal weights and when the product would overflow or underflow;
 * when every column is alike, the cells are done by meansOfAllCells (73 → 23–36 ms at 10,000 × 100).
 */
export function compositeIndex(
  components: readonly Float64Array[],
  weights: Float64Array,
  aggregation: Aggregation,
  rows: number,
  cols: number,
  out: Float64Array = new Float64Array(rows * cols),
): Float64Array {
  const K = components.length;
  // Group the columns by their weight vector (normally all columns share one).
  const groups = new Map<string, number[]>();
  for (let j = 0; j < cols; j++) {
    let key = '';
    for (let k = 0; k < K; k++) key += `${weights[k * cols + j]},`;
    const g = groups.get(key);
    if (g) g.push(j);
    else groups.set(key, [j]);
  }
  for (const columns of groups.values()) {
    const j0 = columns[0]!;
    const active: Float64Array[] = [];
    const share: number[] = [];
    let wsum = 0;
    for (let k = 0; k < K; k++) {
      const w = weights[k * cols + j0]!;
      if (w > 0) {
        active.push(components[k]!);
        share.push(w);
        wsum += w;
      }
    }
    const n = active.length;
    if (n === 0) {
      for (let i = 0; i < rows; i++) for (const j of columns) out[i * cols + j] = NaN;
      continue;
    }
    for (let t = 0; t < n; t++) share[t] = share[t]! / wsum;
    const equal = share.every((e) => e === share[0]);
    const mode = aggregation === 'arithmetic' ? ARITHMETIC : equal ? GEOMETRIC_EQUAL : GEOMETRIC_WEIGHTED;
    if (columns.length === cols) {
      meansOfAllCells(active, share, n, mode, rows * cols, out);
      continue;
    }
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      for (let c = 0; c < columns.length; c++) {
        const cell = base + columns[c]!;
        out[cell] = meanOfCell(active, share, n, cell, mode);
      }
    }
  }
  return out;
}
