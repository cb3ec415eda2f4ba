// Ranks of regions by a value, highest first. Ties share the best rank they span ("1, 2, 2, 4":
// standard competition ranking, as sports tables and the U.S. Cluster Mapping rankings do); unknown
// values get no rank and do not push anyone down.
import type {FormulaDescriptor} from './formula';

export const RANK_FORMULA: FormulaDescriptor = {
  id: 'rank',
  title: {en: 'Rank', ru: 'Место (ранг)', ky: 'Орун'},
  formula: 'rank_i = 1 + #{r : v_r > v_i}',
  meaning: {
    en: 'A region’s place among the regions with a known value, highest first. Equal values share a place (1, 2, 2, 4). Values are compared unrounded: two that print the same (0.66 and 0.66) may hold different places; a region without a value has no place and does not push others down.',
    ru: 'Место региона среди регионов с известным значением, от наибольшего. Равные значения делят место (1, 2, 2, 4). Значения сравниваются без округления: два значения, которые выглядят одинаково (0,66 и 0,66), могут занимать разные места; регион без значения места не получает и других не сдвигает.',
    ky: 'Мааниси белгилүү региондордун арасындагы региондун орду, эң чоңунан баштап. Бирдей маанилер бир орунду бөлүшөт (1, 2, 2, 4). Маанилер тегеректелбестен салыштырылат: бирдей көрүнгөн эки маани (0,66 жана 0,66) ар башка орундарда болушу мүмкүн; мааниси жок регион орун албайт жана башкаларды жылдырбайт.',
  },
  source: {en: 'Standard competition ranking.', ru: 'Стандартное ранжирование с общими местами.', ky: 'Жалпы орундар менен стандарттык ранжирлөө.'},
  example: {
    given: {en: 'v = (3, 5, 5, 1): the place of v_1', ru: 'v = (3, 5, 5, 1): место v_1', ky: 'v = (3, 5, 5, 1): v_1 маанисинин орду'},
    result: 3,
  },
};

/** 1-based competition ranks, highest value first; 0 where the value is unknown (NaN). */
export function competitionRanks(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (values[i] === values[i]) order.push(i);
  order.sort((a, b) => values[b]! - values[a]!);
  const ranks = new Int32Array(n);
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    ranks[i] = p > 0 && values[order[p - 1]!] === values[i] ? ranks[order[p - 1]!]! : p + 1;
  }
  return ranks;
}

/** Ranks as the result shape wants them: null for unknown. */
export function ranksOrNull(values: ArrayLike<number>): (number | null)[] {
  return Array.from(competitionRanks(values), (r) => (r === 0 ? null : r));
}
