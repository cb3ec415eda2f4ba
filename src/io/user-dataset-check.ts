// Whether a kept dataset (user-dataset-store.ts) has the shape this version reads. A record written by
// another version of the atlas (or damaged) is not used: read as it was, it broke every computed
// indicator and the import dialog, the one place to remove it. Code-split: loaded only when a dataset
// is kept (few visitors), and with the engine's client.
import type {DatasetColumns} from '../model/dataset';
import type {UserDatasetInfo} from './user-dataset-store';

/** The summary's lists the page reads (the import dialog, the picker). */
const LISTS = ['regions', 'missingRegions', 'sectors', 'years', 'indicators', 'computable', 'sources'] as const;

export const validInfo = (r: Partial<UserDatasetInfo> | null | undefined): r is UserDatasetInfo =>
  typeof r?.name == 'string' &&
  typeof r.importedAt == 'string' &&
  r.rows! >= 0 &&
  LISTS.every((k) => Array.isArray(r.summary?.[k])) &&
  r.summary!.computable.every((c) => Array.isArray(c?.years) && Array.isArray(c.sectors));

/** The kept columns if they are the arrays the engine reads, else null (the engine then says there is no dataset). */
export function validColumns(c: DatasetColumns | null | undefined): DatasetColumns | null {
  const ok =
    typeof c?.length == 'number' &&
    [c.regionCodes, c.sectors, c.units, c.sources].every(Array.isArray) &&
    [c.region, c.sector, c.indicator, c.year, c.value, c.unit, c.source].every((a) => ArrayBuffer.isView(a) && (a as Uint8Array).length === c.length);
  return ok ? c : null;
}
