/** ISO 3166-2:KG codes of the nine first-level units, in the order the seeds list them. */
export const REGION_CODES = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO'] as const;

export type RegionCode = (typeof REGION_CODES)[number];

/** The national total, used as the reference in every coefficient. Not a map unit. */
export const NATIONAL_CODE = 'KG';

export type RegionKind = 'oblast' | 'city';

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}
