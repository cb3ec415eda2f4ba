// Rank stability of the composite index: for each region, the best and worst rank it takes when every
// weight moves within ±band of its set value. Deterministic: we evaluate every corner of the weight box
// (2^K combinations of w_k·(1 ± band)), its centre (the set weights) and a fixed number of points drawn
// inside the box by a seeded generator, so the same inputs always give the same ranges. The range is
// therefore a lower bound of the true range over the whole box (ranks can change inside it), which we
// say in the methodology text.
import {compositeIndex, type Aggregation} from './cluster-potential';
import type {FormulaDescriptor} from './formula';
import {competitionRanks} from './rank';

export const RANK_STABILITY_FORMULA: FormulaDescriptor = {
  id: 'rank-stability',
  title: {en: 'Rank stability', ru: 'Устойчивость места', ky: 'Ордун туруктуулугу'},
  formula: 'range_i = [min_w rank_i(w), max_w rank_i(w)],  w_k ∈ [(1 − b)·w_k, (1 + b)·w_k]',
  meaning: {
    en: 'How much a region’s place depends on the weights: its best and worst place when each weight moves by up to ±b (20 % by default). We try every corner of that range of weights, the weights as set and 64 more combinations drawn by a fixed-seed generator, so the same data always give the same answer. The range found is the least the place varies: a place reached only between the combinations tried would be missed. A narrow range means the place does not hinge on the choice of weights.',
    ru: 'Насколько место региона зависит от весов: лучшее и худшее место, когда каждый вес меняется в пределах ±b (по умолчанию 20 %). Перебираются все крайние сочетания весов, заданные веса и ещё 64 сочетания от генератора с фиксированным зерном, поэтому одни и те же данные всегда дают один ответ. Найденный диапазон — наименьший: место, достигаемое лишь между проверенными сочетаниями, будет пропущено. Узкий диапазон значит, что место не зависит от выбора весов.',
    ky: 'Региондун орду салмактардан канчалык көз каранды: ар бир салмак ±b чегинде (демейки боюнча 20 %) өзгөргөндөгү эң жакшы жана эң начар орду. Салмактардын бардык чектүү айкалыштары, коюлган салмактар жана туруктуу башталгыч сан менен алынган дагы 64 айкалыш текшерилет, ошондуктан бирдей маалыматтар дайыма бирдей жооп берет. Табылган аралык — эң аз дегенде ушунча: текшерилген айкалыштардын ортосунда гана жетилген орун байкалбай калат. Тар аралык орун салмактарды тандоодон көз каранды эмес дегенди билдирет.',
  },
  source: {
    en: 'Sensitivity analysis as in the OECD/JRC Handbook on Constructing Composite Indicators (2008), step 7.',
    ru: 'Анализ чувствительности по руководству OECD/JRC Handbook on Constructing Composite Indicators (2008), шаг 7.',
    ky: 'OECD/JRC Handbook on Constructing Composite Indicators (2008) колдонмосу боюнча сезгичтикти талдоо, 7-кадам.',
  },
};

/** Extra weight combinations drawn inside the box, beyond its corners and centre. */
export const STABILITY_SAMPLES = 64;
const SEED = 0x6b67; // "kg"

/** mulberry32: a small, well-distributed 32-bit PRNG; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The weight vectors tried: corners of the box, its centre, then seeded samples. */
export function weightVariants(weights: readonly number[], band: number, samples = STABILITY_SAMPLES): number[][] {
  const active = weights.map((w, k) => (w > 0 ? k : -1)).filter((k) => k >= 0);
  const variants: number[][] = [[...weights]];
  if (band <= 0 || active.length < 2) return variants; // one weight: ranks cannot change
  for (let mask = 0; mask < 1 << active.length; mask++) {
    const w = [...weights];
    active.forEach((k, bit) => (w[k] = weights[k]! * (mask & (1 << bit) ? 1 + band : 1 - band)));
    variants.push(w);
  }
  const random = seededRandom(SEED);
  for (let s = 0; s < samples; s++) {
    const w = [...weights];
    for (const k of active) w[k] = weights[k]! * (1 - band + 2 * band * random());
    variants.push(w);
  }
  return variants;
}

export interface RankRange {
  /** Best (smallest) rank per region; 0 where the index is unknown. */
  best: Int32Array;
  /** Worst (largest) rank per region; 0 where the index is unknown. */
  worst: Int32Array;
}

/**
 * Rank ranges of one column of regions. `components` are K arrays of one value per region;
 * `weights` are the effective weights (0 = left out).
 */
export function rankRanges(components: readonly Float64Array[], weights: readonly number[], aggregation: Aggregation, band: number): RankRange {
  const rows = components[0]?.length ?? 0;
  const best = new Int32Array(rows);
  const worst = new Int32Array(rows);
  const index = new Float64Array(rows);
  for (const w of weightVariants(weights, band)) {
    compositeIndex(components, Float64Array.from(w), aggregation, rows, 1, index);
    const ranks = competitionRanks(index);
    for (let i = 0; i < rows; i++) {
      const r = ranks[i]!;
      if (r === 0) continue;
      if (best[i] === 0 || r < best[i]!) best[i] = r;
      if (r > worst[i]!) worst[i] = r;
    }
  }
  return {best, worst};
}
