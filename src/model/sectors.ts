// Sector vocabularies used by the seeds.

/** GKED (the Kyrgyz edition of ISIC Rev. 4 / NACE Rev. 2) sections A–S. */
export const GKED_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'] as const;
export type GkedSection = (typeof GKED_SECTIONS)[number];

/** The six industries of seed 002 Table 3.1, in the seed's order. */
export const INDUSTRIES = [
  'mining',
  'food_processing',
  'construction_materials',
  'coke_refined_petroleum',
  'light_industry',
  'electricity',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
