// A scenario's input edits applied to the records of a dataset (shipped or imported), before any
// coefficient is computed: the worker does this, then builds the dense matrices as for any dataset.
//
// Rules (README "Scenarios"):
// - An edit changes every record of its region × sector × indicator (× year, or every year). A
//   record that is not in the data stays unknown: an edit never creates a value (unknown is never
//   zero, and a made-up value would pass for data). The edit then reports that it matched nothing.
// - Totals follow additive indicators (employment, output, establishments, population, GRP): when a
//   region's sector changes by Δ, its TOTAL row, the sector's national (KG) row and the national
//   TOTAL row change by the same Δ where the data give them (sums computed by the engine follow by
//   themselves). Shares and per-capita values are not additive: only the edited record changes.
// - Edits apply in order; a later edit sees the values an earlier one made. Results stay ≥ 0, and a
//   share (%) at most 100.
import {DATA_INDICATORS, NATIONAL_REGION, TOTAL_SECTOR, type DataIndicator, type DatasetColumns} from './dataset';
import type {InputEdit} from './scenario';

const ADDITIVE: readonly DataIndicator[] = ['employment', 'output', 'establishments', 'population', 'grp'];

export interface InputEditOutcome {
  columns: DatasetColumns;
  /** How many records each edit changed (0 = it matched nothing), in the order of `edits`. */
  matched: number[];
  /**
   * For an edit that matched nothing, the statistics the data do have for its region × sector (× year,
   * when it names one), in DATA_INDICATORS order: the editor names them ("only employment share"), as a
   * planner changing employment on data of shares cannot guess why nothing changed. [] for the others.
   */
  have: DataIndicator[][];
}

/** The edited records. `columns` is not changed; the result shares its arrays except `value`. */
export function applyInputEdits(columns: DatasetColumns, edits: readonly InputEdit[]): InputEditOutcome {
  if (edits.length === 0) return {columns, matched: [], have: []};
  const value = Float64Array.from(columns.value);
  const regionOf = new Map(columns.regionCodes.map((c, i) => [c, i]));
  const sectorOf = new Map(columns.sectors.map((s, i) => [s, i]));
  const n = columns.length;
  const findRecord = (region: number | undefined, sector: number | undefined, k: number, year: number): number => {
    if (region === undefined || sector === undefined) return -1;
    for (let r = 0; r < n; r++)
      if (columns.region[r] === region && columns.sector[r] === sector && columns.indicator[r] === k && columns.year[r] === year) return r;
    return -1;
  };
  const matched = edits.map((edit) => {
    const region = regionOf.get(edit.region);
    const sector = sectorOf.get(edit.sector);
    const k = DATA_INDICATORS.indexOf(edit.indicator);
    if (region === undefined || sector === undefined || k < 0) return 0;
    const additive = ADDITIVE.includes(edit.indicator);
    const cap = edit.indicator === 'employment_share' ? 100 : Infinity;
    let count = 0;
    for (let r = 0; r < n; r++) {
      if (columns.region[r] !== region || columns.sector[r] !== sector || columns.indicator[r] !== k) continue;
      const year = columns.year[r]!;
      if (edit.year !== null && year !== edit.year) continue;
      const old = value[r]!;
      const next = Math.min(cap, Math.max(0, edit.op === 'scale' ? old * (1 + edit.value / 100) : edit.value));
      value[r] = next;
      count++;
      const delta = next - old;
      if (!additive || delta === 0) continue;
      const national = regionOf.get(NATIONAL_REGION);
      const total = sectorOf.get(TOTAL_SECTOR);
      const targets = edit.sector === TOTAL_SECTOR ? [[national, total]] : [[region, total], [national, sector], [national, total]];
      for (const [tr, ts] of targets) {
        const t = findRecord(tr, ts, k, year);
        if (t >= 0) value[t] = Math.max(0, value[t]! + delta);
      }
    }
    return count;
  });
  const have = edits.map((edit, i) => {
    const region = regionOf.get(edit.region);
    const sector = sectorOf.get(edit.sector);
    if (matched[i]! > 0 || region === undefined || sector === undefined) return [];
    const found = new Set<number>();
    for (let r = 0; r < n; r++)
      if (columns.region[r] === region && columns.sector[r] === sector && (edit.year === null || columns.year[r] === edit.year)) found.add(columns.indicator[r]!);
    return DATA_INDICATORS.filter((_, k) => found.has(k));
  });
  return {columns: {...columns, value}, matched, have};
}
