// A dataset of regional statistics: long-format records (region, sector, indicator, year, value,
// unit, source), held as columns of typed arrays (they cross to the worker as transferables and into
// IndexedDB as is), and turned into dense region × sector matrices per indicator and year for the
// coefficients. Unknown is NaN, never zero.
//
// The totals the coefficients divide by come from the data when given, otherwise from sums:
//   x_i (region total)   = the region's TOTAL row, else Σ_j x_ij over the sectors the indicator has
//   x_j (national sector) = the KG row of the sector, else Σ_i x_ij over the nine regions
//   x   (national total)  = the KG TOTAL row, else Σ_i x_i, else Σ_j x_j
// and a sum with an unknown term is unknown. So a file without TOTAL rows should list every sector,
// and one without KG rows every region; otherwise the coefficients are unknown, never guessed.
import {sum, type Measure} from './measure';

export const DATA_INDICATORS = ['employment', 'output', 'population', 'establishments', 'employment_share', 'grp', 'grp_per_capita'] as const;
export type DataIndicator = (typeof DATA_INDICATORS)[number];

/** Indicators of a whole region: their sector is always TOTAL. */
export const WHOLE_REGION_INDICATORS: readonly DataIndicator[] = ['population', 'grp', 'grp_per_capita'];
/** The sector code of a region's (or the country's) total. */
export const TOTAL_SECTOR = 'TOTAL';
/** The region code of the national total. */
export const NATIONAL_REGION = 'KG';

export function isDataIndicator(s: string): s is DataIndicator {
  return (DATA_INDICATORS as readonly string[]).includes(s);
}

/** Records as parallel columns. Strings are dictionary-coded (indices into the string lists). */
export interface DatasetColumns {
  length: number;
  regionCodes: string[];
  sectors: string[];
  units: string[];
  sources: string[];
  region: Uint32Array;
  sector: Uint32Array;
  indicator: Uint8Array;
  year: Uint16Array;
  value: Float64Array;
  unit: Uint32Array;
  source: Uint32Array;
}

/** The buffers of a DatasetColumns, to pass as transferables. */
export function columnBuffers(c: DatasetColumns): ArrayBuffer[] {
  return [c.region, c.sector, c.indicator, c.year, c.value, c.unit, c.source].map((a) => a.buffer as ArrayBuffer);
}

class Dictionary {
  readonly list: string[] = [];
  readonly #index = new Map<string, number>();
  code(s: string): number {
    let k = this.#index.get(s);
    if (k === undefined) {
      k = this.list.length;
      this.list.push(s);
      this.#index.set(s, k);
    }
    return k;
  }
}

/** Appends records to growing typed arrays. */
export class DatasetColumnsBuilder {
  #n = 0;
  #cap: number;
  #region: Uint32Array;
  #sector: Uint32Array;
  #indicator: Uint8Array;
  #year: Uint16Array;
  #value: Float64Array;
  #unit: Uint32Array;
  #source: Uint32Array;
  readonly #regions = new Dictionary();
  readonly #sectors = new Dictionary();
  readonly #units = new Dictionary();
  readonly #sources = new Dictionary();

  constructor(capacity = 1024) {
    this.#cap = Math.max(16, capacity);
    this.#region = new Uint32Array(this.#cap);
    this.#sector = new Uint32Array(this.#cap);
    this.#indicator = new Uint8Array(this.#cap);
    this.#year = new Uint16Array(this.#cap);
    this.#value = new Float64Array(this.#cap);
    this.#unit = new Uint32Array(this.#cap);
    this.#source = new Uint32Array(this.#cap);
  }

  get length(): number {
    return this.#n;
  }

  add(region: string, sector: string, indicator: DataIndicator, year: number, value: number, unit = '', source = ''): void {
    if (this.#n === this.#cap) this.#grow();
    const n = this.#n++;
    this.#region[n] = this.#regions.code(region);
    this.#sector[n] = this.#sectors.code(sector);
    this.#indicator[n] = DATA_INDICATORS.indexOf(indicator);
    this.#year[n] = year;
    this.#value[n] = value;
    this.#unit[n] = this.#units.code(unit);
    this.#source[n] = this.#sources.code(source);
  }

  #grow(): void {
    this.#cap *= 2;
    const grow = <T extends Uint32Array | Uint8Array | Uint16Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.#cap);
      b.set(a);
      return b;
    };
    this.#region = grow(this.#region);
    this.#sector = grow(this.#sector);
    this.#indicator = grow(this.#indicator);
    this.#year = grow(this.#year);
    this.#value = grow(this.#value);
    this.#unit = grow(this.#unit);
    this.#source = grow(this.#source);
  }

  /** The records so far, in compact arrays (exactly `length` long, so transfers carry no slack). */
  build(): DatasetColumns {
    const n = this.#n;
    return {
      length: n,
      regionCodes: [...this.#regions.list],
      sectors: [...this.#sectors.list],
      units: [...this.#units.list],
      sources: [...this.#sources.list],
      region: this.#region.slice(0, n),
      sector: this.#sector.slice(0, n),
      indicator: this.#indicator.slice(0, n),
      year: this.#year.slice(0, n),
      value: this.#value.slice(0, n),
      unit: this.#unit.slice(0, n),
      source: this.#source.slice(0, n),
    };
  }
}

/** One indicator in one year: the dense matrix and its totals, as given in the data. */
export interface Layer {
  indicator: DataIndicator;
  year: number;
  /** x_ij, rows × cols; NaN = not in the data. */
  values: Float64Array;
  /** The region's TOTAL row; NaN = not in the data. */
  regionTotal: Float64Array;
  /** The KG row of each sector; NaN = not in the data. */
  national: Float64Array;
  /** The KG TOTAL row; NaN = not in the data. */
  nationalTotal: number;
  /** Source index + 1 per cell (0 = none), parallel to values, regionTotal, national. */
  valueSource: Uint32Array;
  regionTotalSource: Uint32Array;
  nationalSource: Uint32Array;
  nationalTotalSource: number;
  /** Units seen in this layer (normally one). */
  units: Set<string>;
}

export interface Dataset {
  /** Map units, in the order the results list them (the national total KG is not one). */
  regions: readonly string[];
  /** Sectors other than TOTAL: GKED letters in order, then industry ids alphabetically. */
  sectors: string[];
  years: number[];
  sources: string[];
  layers: Map<string, Layer>;
}

const layerKey = (indicator: DataIndicator, year: number) => `${indicator}:${year}`;

export function sectorOrder(a: string, b: string): number {
  const letter = (s: string) => /^[A-Z]$/.test(s);
  if (letter(a) !== letter(b)) return letter(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Dense layers from records. Records of regions not in `regions` (other than KG) are ignored; a
 * repeated record overwrites the earlier one (the importer reports duplicates before this).
 */
export function buildDataset(columns: DatasetColumns, regions: readonly string[]): Dataset {
  const regionIndex = new Map(regions.map((code, i) => [code, i]));
  const rowOfRegion = Int32Array.from(columns.regionCodes, (code) => (code === NATIONAL_REGION ? -2 : (regionIndex.get(code) ?? -1)));
  const sectorList = columns.sectors.filter((s) => s !== TOTAL_SECTOR).sort(sectorOrder);
  const sectorIndex = new Map(sectorList.map((s, j) => [s, j]));
  const colOfSector = Int32Array.from(columns.sectors, (s) => (s === TOTAL_SECTOR ? -2 : sectorIndex.get(s)!));
  const rows = regions.length;
  const cols = sectorList.length;
  const n = columns.length;
  // Layers are looked up by (indicator, year) in a flat table: records of several indicators are
  // often interleaved, and a string-keyed map per record would dominate the time.
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let r = 0; r < n; r++) {
    const y = columns.year[r]!;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
  }
  const span = n > 0 ? maxYear - minYear + 1 : 0;
  const table: (Layer | undefined)[] = new Array(DATA_INDICATORS.length * span);
  const unitSeen = new Uint8Array(table.length * Math.max(1, columns.units.length));
  const layerFor = (k: number, year: number): Layer => {
    const slot = k * span + (year - minYear);
    let layer = table[slot];
    if (!layer) {
      layer = {
        indicator: DATA_INDICATORS[k]!,
        year,
        values: new Float64Array(rows * cols).fill(NaN),
        regionTotal: new Float64Array(rows).fill(NaN),
        national: new Float64Array(cols).fill(NaN),
        nationalTotal: NaN,
        valueSource: new Uint32Array(rows * cols),
        regionTotalSource: new Uint32Array(rows),
        nationalSource: new Uint32Array(cols),
        nationalTotalSource: 0,
        units: new Set(),
      };
      table[slot] = layer;
    }
    return layer;
  };
  for (let r = 0; r < n; r++) {
    const row = rowOfRegion[columns.region[r]!]!;
    if (row === -1) continue;
    const k = columns.indicator[r]!;
    const year = columns.year[r]!;
    const slot = k * span + (year - minYear);
    const layer = table[slot] ?? layerFor(k, year);
    const col = colOfSector[columns.sector[r]!]!;
    const value = columns.value[r]!;
    const source = columns.source[r]! + 1;
    unitSeen[slot * columns.units.length + columns.unit[r]!] = 1;
    if (row === -2 && col === -2) {
      layer.nationalTotal = value;
      layer.nationalTotalSource = source;
    } else if (row === -2) {
      layer.national[col] = value;
      layer.nationalSource[col] = source;
    } else if (col === -2) {
      layer.regionTotal[row] = value;
      layer.regionTotalSource[row] = source;
    } else {
      layer.values[row * cols + col] = value;
      layer.valueSource[row * cols + col] = source;
    }
  }
  const layers = new Map<string, Layer>();
  const years = new Set<number>();
  table.forEach((layer, slot) => {
    if (!layer) return;
    columns.units.forEach((unit, u) => {
      if (unitSeen[slot * columns.units.length + u]) layer.units.add(unit);
    });
    layers.set(layerKey(layer.indicator, layer.year), layer);
    years.add(layer.year);
  });
  return {regions, sectors: sectorList, years: [...years].sort((a, b) => a - b), sources: columns.sources, layers};
}

export function getLayer(ds: Dataset, indicator: DataIndicator, year: number): Layer | undefined {
  return ds.layers.get(layerKey(indicator, year));
}

/** Years in which the dataset has the indicator. */
export function yearsOf(ds: Dataset, indicator: DataIndicator): number[] {
  return ds.years.filter((y) => ds.layers.has(layerKey(indicator, y)));
}

/** The sectors the layer has at all (a value for some region or for the country). */
export function layerColumns(ds: Dataset, layer: Layer): number[] {
  const rows = ds.regions.length;
  const cols = ds.sectors.length;
  const out: number[] = [];
  for (let j = 0; j < cols; j++) {
    let has = layer.national[j] === layer.national[j];
    for (let i = 0; !has && i < rows; i++) has = layer.values[i * cols + j] === layer.values[i * cols + j];
    if (has) out.push(j);
  }
  return out;
}

/**
 * The layer as a Measure, with totals from the data or from sums (see the top of this file). Sums run
 * over the sectors this layer has, so an indicator given for fewer sectors than another is not made
 * unknown by the other's sectors.
 */
export function measureOf(ds: Dataset, layer: Layer): Measure {
  const rows = ds.regions.length;
  const cols = ds.sectors.length;
  const present = layerColumns(ds, layer);
  const regionTotals = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const given = layer.regionTotal[i]!;
    if (given === given) {
      regionTotals[i] = given;
      continue;
    }
    let s = 0;
    for (const j of present) s += layer.values[i * cols + j]!;
    regionTotals[i] = present.length > 0 ? s : NaN;
  }
  const sectorTotals = new Float64Array(cols);
  const summed: number[] = [];
  for (let j = 0; j < cols; j++) {
    const given = layer.national[j]!;
    if (given === given) sectorTotals[j] = given;
    else if (rows > 0) summed.push(j);
    else sectorTotals[j] = NaN;
  }
  // Summed row by row, in memory order (a column's cells are `cols` apart: 10,000 regions × 100 sectors
  // read column by column missed the cache at every cell); each column still adds its regions in order.
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (const j of summed) sectorTotals[j] += layer.values[base + j]!;
  }
  let total = layer.nationalTotal;
  if (total !== total) total = rows > 0 ? sum(regionTotals) : NaN;
  if (total !== total && present.length > 0) {
    total = 0;
    for (const j of present) total += sectorTotals[j]!;
  }
  return {rows, cols, values: layer.values, regionTotals, sectorTotals, total};
}

/** A whole-region indicator (population, GRP, …) per region, and its national value (KG row or sum). */
export function regionLevel(layer: Layer | undefined, rows: number): {values: Float64Array; national: number} {
  if (!layer) return {values: new Float64Array(rows).fill(NaN), national: NaN};
  const national = layer.nationalTotal === layer.nationalTotal ? layer.nationalTotal : sum(layer.regionTotal);
  return {values: layer.regionTotal, national};
}

/** Whether column j of the layer has a value for at least one region. */
export function columnHasValues(ds: Dataset, layer: Layer | undefined, j: number): boolean {
  if (!layer) return false;
  const cols = ds.sectors.length;
  for (let i = 0; i < ds.regions.length; i++) if (layer.values[i * cols + j] === layer.values[i * cols + j]) return true;
  return false;
}

/** Whether the layer's national value for column j (or its national total) was summed over the regions. */
function nationalSummed(layer: Layer, j: number | null): boolean {
  return (j !== null && layer.national[j] !== layer.national[j]) || layer.nationalTotal !== layer.nationalTotal;
}

/**
 * The citations behind column j of a layer (its cells, the region totals and the national values).
 * `result`: the coefficient computed from them, by region. A region whose coefficient is unknown cites
 * nothing (its figures entered no value shown), unless a national value was summed over the regions:
 * then every region's figures entered every value.
 */
export function columnSources(ds: Dataset, layer: Layer, j: number | null, into = new Set<string>(), result?: ArrayLike<number>): Set<string> {
  const add = (s: number) => {
    if (s > 0 && ds.sources[s - 1]) into.add(ds.sources[s - 1]!);
  };
  const cols = ds.sectors.length;
  const summed = nationalSummed(layer, j);
  for (let i = 0; i < ds.regions.length; i++) {
    if (result && !summed && result[i] !== result[i]) continue;
    if (j !== null) add(layer.valueSource[i * cols + j]!);
    add(layer.regionTotalSource[i]!);
  }
  if (j !== null) add(layer.nationalSource[j]!);
  add(layer.nationalTotalSource);
  return into;
}

/**
 * The citations behind each region's value computed from column j of a layer, added to `into` (a set
 * per region): the region's own cell and total and the national values — not the other regions'
 * figures, which a region's coefficient does not read (a Batken value cites no Bishkek profile), unless
 * a national value was summed over the regions: then the whole column's. A region whose coefficient
 * is unknown gets nothing.
 */
export function rowSources(ds: Dataset, layer: Layer, j: number | null, result: ArrayLike<number>, into: Set<string>[]): Set<string>[] {
  const cite = (set: Set<string>, s: number) => {
    if (s > 0 && ds.sources[s - 1]) set.add(ds.sources[s - 1]!);
  };
  const cols = ds.sectors.length;
  const whole = nationalSummed(layer, j) ? columnSources(ds, layer, j) : null;
  for (let i = 0; i < ds.regions.length; i++) {
    if (result[i] !== result[i]) continue;
    const set = into[i]!;
    if (whole) {
      for (const s of whole) set.add(s);
      continue;
    }
    if (j !== null) cite(set, layer.valueSource[i * cols + j]!);
    cite(set, layer.regionTotalSource[i]!);
    if (j !== null) cite(set, layer.nationalSource[j]!);
    cite(set, layer.nationalTotalSource);
  }
  return into;
}
