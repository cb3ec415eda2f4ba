// Two documented, threshold-adjustable classifications of a region × sector.
//
// 1. The U.S. Cluster Mapping "strong cluster" rule (Delgado, Porter & Stern; code of
//    clustermapping.us, data/web/viz/js/map.js): a region's sector is a strong (specialised) cluster
//    when its LQ is above the 75th percentile of the regions and above 1, and its size (employment)
//    is above the 25th percentile; when establishments are known they must also be above their 25th
//    percentile. Percentiles are taken across the regions with known values, in the same sector and
//    year (quantile.ts, type 7).
//
// 2. Enright's typology of clusters by development level, as seed 003 (EDB 2019, pp. on Enright 2003)
//    describes it: working (critical mass and interaction), latent (critical mass, too little
//    interaction), potential (some elements, not yet critical mass), policy-driven (chosen by the
//    state, lacking critical mass) and wishful-thinking (chosen by the state, with neither critical
//    mass nor sources of advantage). Enright defines them in words; our operationalisation:
//      critical mass  = the strong-cluster rule above;
//      some advantage = LQ ≥ advantageLq (default 1: at least the country's concentration);
//      interaction    = whether a cluster initiative works (not in the statistics: given or unknown);
//      chosen by the state = the pair is named by a programme (e.g. the Concept 2018–2022).
//    Unknown inputs give an unknown class, and interaction that is not known splits no further than
//    "working or latent".
import type {FormulaDescriptor} from './formula';
import {quantile} from './percentile';

export interface StrongClusterThresholds {
  /** Percentile (0–1) of LQ that a strong cluster exceeds. */
  lqPercentile: number;
  /** LQ a strong cluster also exceeds. */
  lqMinimum: number;
  /** Percentile (0–1) of size (and of establishments, when known) that a strong cluster exceeds. */
  sizePercentile: number;
}

export const DEFAULT_STRONG_CLUSTER_THRESHOLDS: StrongClusterThresholds = Object.freeze({
  lqPercentile: 0.75,
  lqMinimum: 1,
  sizePercentile: 0.25,
});

export const STRONG_CLUSTER_FORMULA: FormulaDescriptor = {
  id: 'strong-cluster',
  title: {
    en: 'Strong cluster (U.S. Cluster Mapping rule)',
    ru: 'Сильный кластер (правило U.S. Cluster Mapping)',
    ky: 'Күчтүү кластер (U.S. Cluster Mapping эрежеси)',
  },
  formula: 'strong_ij ⇔ LQ_ij > p75(LQ_·j) ∧ LQ_ij > 1 ∧ x_ij > p25(x_·j) [∧ n_ij > p25(n_·j)]',
  meaning: {
    en: 'A region’s sector counts as a strong cluster when its location quotient is above the 75th percentile of the regions and above 1, and its size x (employed persons) is above the 25th percentile; when the number of establishments n is known it must also be above its 25th percentile. Percentiles are over the regions with known values in the same sector and year; every threshold can be changed.',
    ru: 'Отрасль региона считается сильным кластером, если её коэффициент локализации выше 75-го процентиля по регионам и выше 1, а её размер x (численность занятых) выше 25-го процентиля; если известно число предприятий n, оно тоже должно быть выше своего 25-го процентиля. Процентили — по регионам с известными значениями в той же отрасли и году; все пороги можно менять.',
    ky: 'Региондун тармагы күчтүү кластер деп эсептелет, эгерде анын локалдаштыруу коэффициенти региондор боюнча 75-процентилден жана 1-ден жогору болсо, ал эми өлчөмү x (иш менен камсыз болгондордун саны) 25-процентилден жогору болсо; ишканалардын саны n белгилүү болсо, ал да өзүнүн 25-процентилинен жогору болушу керек. Процентилдер ошол эле тармак жана жыл боюнча маанилери белгилүү региондор боюнча; бардык чектерди өзгөртүүгө болот.',
  },
  source: {
    en: 'U.S. Cluster Mapping Project (Harvard Business School / U.S. EDA), clustermapping.us, “strong cluster” classification.',
    ru: 'U.S. Cluster Mapping Project (Гарвардская школа бизнеса / EDA США), clustermapping.us, классификация «strong cluster».',
    ky: 'U.S. Cluster Mapping Project (Гарвард бизнес мектеби / АКШнын EDA), clustermapping.us, «strong cluster» классификациясы.',
  },
};

/** Whether each region's sector is a strong cluster; null where an input is unknown. */
export function strongClusters(
  lq: ArrayLike<number>,
  size: ArrayLike<number>,
  establishments: ArrayLike<number> | null = null,
  thresholds: StrongClusterThresholds = DEFAULT_STRONG_CLUSTER_THRESHOLDS,
): (boolean | null)[] {
  const lqCut = quantile(lq, thresholds.lqPercentile);
  const sizeCut = quantile(size, thresholds.sizePercentile);
  const estCut = establishments ? quantile(establishments, thresholds.sizePercentile) : NaN;
  return Array.from({length: lq.length}, (_, i) => {
    const l = lq[i]!;
    const s = size[i]!;
    const e = establishments ? establishments[i]! : 0;
    if (l !== l || s !== s || e !== e) return null;
    return l > lqCut && l > thresholds.lqMinimum && s > sizeCut && (!establishments || e > estCut);
  });
}

export const ENRIGHT_TYPES = ['working', 'latent', 'working_or_latent', 'potential', 'policy_driven', 'wishful_thinking', 'none'] as const;
export type EnrightType = (typeof ENRIGHT_TYPES)[number];

export interface EnrightThresholds {
  strong: StrongClusterThresholds;
  /** LQ at or above which a region × sector has "some sources of advantage". */
  advantageLq: number;
}

export const DEFAULT_ENRIGHT_THRESHOLDS: EnrightThresholds = Object.freeze({
  strong: DEFAULT_STRONG_CLUSTER_THRESHOLDS,
  advantageLq: 1,
});

export interface EnrightInput {
  /** The strong-cluster rule; null = unknown. */
  criticalMass: boolean | null;
  /** LQ ≥ advantageLq; null = unknown. */
  someAdvantage: boolean | null;
  /** A working cluster initiative (interaction, information flows); null = not known. */
  interaction: boolean | null;
  /** Named by a state programme as a cluster to support. */
  chosenByState: boolean;
}

/** Enright's type, or null when the data cannot tell. */
export function enrightType({criticalMass, someAdvantage, interaction, chosenByState}: EnrightInput): EnrightType | null {
  if (criticalMass === null) return null;
  if (criticalMass) return interaction === null ? 'working_or_latent' : interaction ? 'working' : 'latent';
  if (someAdvantage === null) return null;
  if (chosenByState) return someAdvantage ? 'policy_driven' : 'wishful_thinking';
  return someAdvantage ? 'potential' : 'none';
}

export const ENRIGHT_FORMULA: FormulaDescriptor = {
  id: 'enright',
  title: {
    en: 'Cluster types after Enright (our reading)',
    ru: 'Типы кластеров по Энрайту (наше прочтение)',
    ky: 'Энрайт боюнча кластерлердин түрлөрү (биздин чечмелөө)',
  },
  // A rule in words, so in the three languages; the names of the types are the region profile's
  // (profile.class.type.* in src/i18n/messages/region-profile.ts). Russian and Kyrgyz, longer, give
  // working and latent a line each.
  formula: {
    en:
      'critical mass = strong_ij;  advantage = LQ_ij ≥ 1\n' +
      'working: critical mass ∧ interaction;  latent: critical mass ∧ ¬interaction\n' +
      'policy-driven: ¬critical mass ∧ chosen by the state ∧ advantage\n' +
      'wishful thinking: ¬critical mass ∧ chosen by the state ∧ ¬advantage\n' +
      'potential: ¬critical mass ∧ ¬chosen ∧ advantage',
    ru:
      'критическая масса = strong_ij;  преимущество = LQ_ij ≥ 1\n' +
      'работающий: критическая масса ∧ взаимодействие\n' +
      'латентный: критическая масса ∧ ¬взаимодействие\n' +
      'с государственной поддержкой: ¬критическая масса ∧ выбран государством ∧ преимущество\n' +
      '«желаемый»: ¬критическая масса ∧ выбран государством ∧ ¬преимущество\n' +
      'потенциальный: ¬критическая масса ∧ ¬выбран ∧ преимущество',
    ky:
      'критикалык масса = strong_ij;  артыкчылык = LQ_ij ≥ 1\n' +
      'иштеп жаткан: критикалык масса ∧ өз ара аракет\n' +
      'жашырын: критикалык масса ∧ ¬өз ара аракет\n' +
      'мамлекет колдогон: ¬критикалык масса ∧ мамлекет тандаган ∧ артыкчылык\n' +
      '«кыялдагы»: ¬критикалык масса ∧ мамлекет тандаган ∧ ¬артыкчылык\n' +
      'потенциалдуу: ¬критикалык масса ∧ ¬тандалган ∧ артыкчылык',
  },
  meaning: {
    en: 'Source 003 cites Enright (2003): working clusters have reached critical mass and interact; latent ones have the mass but too little interaction; potential ones have some elements; policy-driven ones were chosen by the state but lack critical mass; wishful-thinking ones were chosen by the state with neither mass nor sources of advantage. Enright defines them in words; we measure critical mass by the strong-cluster rule and advantage by LQ ≥ 1 (both adjustable). Interaction is not in the statistics, so without it a cluster with critical mass is “working or latent”.',
    ru: 'Источник 003 приводит типологию Энрайта (2003): работающие кластеры достигли критической массы и взаимодействуют; латентные имеют массу, но мало взаимодействия; потенциальные имеют некоторые элементы; кластеры с государственной поддержкой выбраны государством, но без критической массы; «желаемые» выбраны государством, не имея ни массы, ни источников преимуществ. Энрайт даёт определения словами; мы измеряем критическую массу правилом сильного кластера, а преимущество — LQ ≥ 1 (оба порога меняются). Взаимодействия нет в статистике, поэтому без него кластер с критической массой — «работающий или латентный».',
    ky: '003-булак Энрайттын (2003) типологиясын келтирет: иштеп жаткан кластерлер критикалык массага жетип, өз ара аракеттенишет; жашырын кластерлердин массасы бар, бирок өз ара аракети аз; потенциалдуулардын айрым элементтери бар; мамлекет колдогон кластерлерди мамлекет тандаган, бирок критикалык массасы жок; «кыялдагы» кластерлерди мамлекет тандаган, бирок массасы да, артыкчылык булактары да жок. Энрайт аларды сөз менен аныктайт; биз критикалык массаны күчтүү кластер эрежеси менен, артыкчылыкты LQ ≥ 1 менен ченейбиз (экөө тең өзгөрөт). Өз ара аракет статистикада жок, ошондуктан ансыз критикалык массасы бар кластер «иштеп жаткан же жашырын».',
  },
  source: {
    en: 'Enright, M. J. (2003) Regional Clusters: What We Know and What We Should Know; as cited in source 003 (EDB 2019).',
    ru: 'Enright, M. J. (2003) Regional Clusters: What We Know and What We Should Know; по источнику 003 (ЕАБР 2019).',
    ky: 'Enright, M. J. (2003) Regional Clusters: What We Know and What We Should Know; 003-булак боюнча (ЕАӨБ 2019).',
  },
};

/** Enright types for one sector across regions. */
export function classifyEnright(
  lq: ArrayLike<number>,
  size: ArrayLike<number>,
  options: {
    establishments?: ArrayLike<number> | null;
    interaction?: readonly (boolean | null)[];
    chosenByState?: readonly boolean[];
    thresholds?: EnrightThresholds;
  } = {},
): (EnrightType | null)[] {
  const thresholds = options.thresholds ?? DEFAULT_ENRIGHT_THRESHOLDS;
  const strong = strongClusters(lq, size, options.establishments ?? null, thresholds.strong);
  return strong.map((criticalMass, i) => {
    const l = lq[i]!;
    return enrightType({
      criticalMass,
      someAdvantage: l === l ? l >= thresholds.advantageLq : null,
      interaction: options.interaction?.[i] ?? null,
      chosenByState: options.chosenByState?.[i] ?? false,
    });
  });
}
