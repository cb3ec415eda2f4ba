// Names of places and clusters in the UI language. Growth points carry all three in their CSV;
// energy sites and clusters have English and Russian there and Kyrgyz in data/names-ky.csv.
import type {ClusterRow, EnergySiteRow, GrowthPointRow, NameKyRow} from '../io/schemas';
import type {Lang} from './i18n';

export function growthPointName(row: GrowthPointRow, lang: Lang): string {
  return lang === 'en' ? row.name_en : lang === 'ru' ? row.name_ru : row.name_ky;
}

export type KyNames = (table: NameKyRow['table'], id: string) => string | null;

const kyNamers = new WeakMap<readonly NameKyRow[], KyNames>();

/** The Kyrgyz names of `rows` (made once per table: components ask for it on every render). */
export function kyNamer(rows: readonly NameKyRow[]): KyNames {
  let namer = kyNamers.get(rows);
  if (!namer) {
    const byKey = new Map(rows.map((r) => [`${r.table}/${r.id}`, r.name_ky]));
    namer = (table, id) => byKey.get(`${table}/${id}`) ?? null;
    kyNamers.set(rows, namer);
  }
  return namer;
}

/** Kyrgyz falls back to Russian if a name is missing (the data check keeps the table complete). */
export function energySiteName(row: EnergySiteRow, lang: Lang, ky: KyNames): string {
  return lang === 'en' ? row.name_en : lang === 'ru' ? row.name_ru : (ky('energySites', row.id) ?? row.name_ru);
}

export function clusterName(row: ClusterRow, lang: Lang, ky: KyNames): string {
  return lang === 'en' ? row.name_en : lang === 'ru' ? row.name_ru : (ky('clusters', row.id) ?? row.name_ru);
}

/** The message naming each `family` of data/clusters.csv (a unit test keeps it complete). */
export const CLUSTER_FAMILY_KEYS: Record<string, 'family.interregional' | 'family.concept' | 'family.agrarian' | 'family.green'> = {
  'inter-regional industrial (proposed)': 'family.interregional',
  'Regional Policy Concept 2018-2022 prerequisites': 'family.concept',
  'Agrarian Platform agro-clusters (2010)': 'family.agrarian',
  'green clusters (proposed)': 'family.green',
};
