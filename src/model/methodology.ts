// The formulas the methodology panel shows, in reading order: the descriptors exported by the modules
// that run them (one source of truth).
import {ENRIGHT_FORMULA, STRONG_CLUSTER_FORMULA} from './cluster-classification';
import {POTENTIAL_ARITHMETIC_FORMULA, POTENTIAL_GEOMETRIC_FORMULA} from './cluster-potential';
import type {FormulaDescriptor} from './formula';
import {LQ_FORMULA, LQ_FROM_SHARES_FORMULA} from './location-quotient';
import {GRP_PER_CAPITA_FORMULA, PER_CAPITA_FORMULA} from './per-capita';
import {RANK_FORMULA} from './rank';
import {RANK_STABILITY_FORMULA} from './rank-stability';
import {REGION_SHARE_FORMULA, SECTOR_SHARE_FORMULA, SPECIALISATION_FORMULA} from './specialisation';

export const COEFFICIENT_FORMULAS: readonly FormulaDescriptor[] = [
  LQ_FORMULA,
  LQ_FROM_SHARES_FORMULA,
  SPECIALISATION_FORMULA,
  SECTOR_SHARE_FORMULA,
  REGION_SHARE_FORMULA,
  PER_CAPITA_FORMULA,
  GRP_PER_CAPITA_FORMULA,
];

export const INDEX_FORMULAS: readonly FormulaDescriptor[] = [POTENTIAL_GEOMETRIC_FORMULA, POTENTIAL_ARITHMETIC_FORMULA, RANK_FORMULA, RANK_STABILITY_FORMULA];

export const CLASSIFICATION_FORMULAS: readonly FormulaDescriptor[] = [STRONG_CLUSTER_FORMULA, ENRIGHT_FORMULA];

export const ALL_FORMULAS: readonly FormulaDescriptor[] = [...COEFFICIENT_FORMULAS, ...INDEX_FORMULAS, ...CLASSIFICATION_FORMULAS];
