// Location quotient (localisation coefficient): how much more (or less) of a sector a region has than
// the country, relative to the region's size. 1 = as the country; 1.5 = 50 % more concentrated.
//
//   LQ_ij = (x_ij / x_i) / (x_j / x)
//
// x is any additive measure (employed persons, output, establishments). When the statistics office
// publishes the sector's share of the region's total instead of counts (as SDG 9.2.2 does for
// manufacturing employment), the same quotient is the ratio of the region's share to the national
// share: LQ_ij = s_ij / s_j with s_ij = 100·x_ij/x_i and s_j = 100·x_j/x.
//
// Sources: Isard, W. (1960) Methods of Regional Analysis, ch. 7 (location quotient); U.S. Cluster
// Mapping Project methodology (Delgado, Porter & Stern 2016); seed 003 (EDB 2019) Table 3 uses it on
// employment ("коэффициент локализации"); seed 002 uses it "on several bases".
import type {SymbolicFormula} from './formula';
import {cellRatios, finiteOrNaN, type Measure} from './measure';

export const LQ_FORMULA: SymbolicFormula = {
  id: 'lq',
  title: {
    en: 'Location quotient (localisation coefficient)',
    ru: 'Коэффициент локализации',
    ky: 'Локалдаштыруу коэффициенти',
  },
  formula: 'LQ_ij = (x_ij / x_i) / (x_j / x)',
  meaning: {
    en: 'x_ij: the measure (employed persons, output or establishments) of sector j in region i; x_i: the region’s total over all sectors; x_j: the country’s total in sector j; x: the country’s total. LQ above 1 means the sector is more concentrated in the region than in the country as a whole.',
    ru: 'x_ij — показатель (численность занятых, объём производства или число предприятий) отрасли j в регионе i; x_i — итог региона по всем отраслям; x_j — итог страны по отрасли j; x — итог страны. LQ больше 1 означает, что отрасль сосредоточена в регионе сильнее, чем в стране в целом.',
    ky: 'x_ij — i регионундагы j тармагынын көрсөткүчү (иш менен камсыз болгондордун саны, өндүрүштүн көлөмү же ишканалардын саны); x_i — региондун бардык тармактар боюнча жыйынтыгы; x_j — өлкөнүн j тармагы боюнча жыйынтыгы; x — өлкөнүн жыйынтыгы. LQ 1-ден жогору болсо, тармак региондо өлкөгө караганда көбүрөөк топтолгон.',
  },
  source: {
    en: 'Isard (1960), Methods of Regional Analysis; U.S. Cluster Mapping methodology; source 003 (EDB 2019) Table 3; source 002.',
    ru: 'Isard (1960), Methods of Regional Analysis; методика U.S. Cluster Mapping; источник 003 (ЕАБР 2019), табл. 3; источник 002.',
    ky: 'Isard (1960), Methods of Regional Analysis; U.S. Cluster Mapping усулу; 003-булак (ЕАӨБ 2019), 3-жадыбал; 002-булак.',
  },
  example: {given: 'x_ij = 30, x_i = 100, x_j = 200, x = 1000', result: 1.5},
};

export const LQ_FROM_SHARES_FORMULA: SymbolicFormula = {
  id: 'lq-shares',
  title: {
    en: 'Location quotient from published shares',
    ru: 'Коэффициент локализации по опубликованным долям',
    ky: 'Жарыяланган үлүштөр боюнча локалдаштыруу коэффициенти',
  },
  formula: 'LQ_ij = s_ij / s_j,  s_ij = 100 · x_ij / x_i,  s_j = 100 · x_j / x',
  meaning: {
    en: 's_ij: the sector’s share of the region’s total, in %; s_j: the sector’s share of the country’s total, in %. The same quotient as above when only shares are published (e.g. SDG 9.2.2: the share of employed persons working in manufacturing).',
    ru: 's_ij — доля отрасли в итоге региона, %; s_j — доля отрасли в итоге страны, %. Тот же коэффициент, когда опубликованы только доли (например, ЦУР 9.2.2: доля занятых в обрабатывающей промышленности).',
    ky: 's_ij — тармактын региондун жыйынтыгындагы үлүшү, %; s_j — тармактын өлкөнүн жыйынтыгындагы үлүшү, %. Үлүштөр гана жарыяланганда ошол эле коэффициент (мисалы, ТӨМ 9.2.2: иштетүү өнөр жайындагы иш менен камсыз болгондордун үлүшү).',
  },
  source: {
    en: 'Algebra of the formula above; shares: NSC KR, SDG 9.2.2 (Labour Force Survey).',
    ru: 'Преобразование формулы выше; доли: НСК КР, ЦУР 9.2.2 (обследование рабочей силы).',
    ky: 'Жогорку формуланын өзгөртүлүшү; үлүштөр: КР УСК, ТӨМ 9.2.2 (жумушчу күчүн изилдөө).',
  },
  example: {given: {en: 's_ij = 21.4 %, s_j = 12.0 %', ru: 's_ij = 21,4 %, s_j = 12,0 %', ky: 's_ij = 21,4 %, s_j = 12,0 %'}, result: 21.4 / 12},
};

/** LQ_ij for every cell of a measure. Unknown (NaN) when any input is unknown or a total is zero. */
export function locationQuotients(m: Measure, out: Float64Array = new Float64Array(m.rows * m.cols)): Float64Array {
  const {rows, cols, values, regionTotals, sectorTotals, total} = m;
  const nationalShare = new Float64Array(cols);
  for (let j = 0; j < cols; j++) nationalShare[j] = finiteOrNaN(sectorTotals[j]! / total);
  return cellRatios(values, regionTotals, nationalShare, rows, cols, out);
}

/** LQ_ij = s_ij / s_j from the sector's share of each region (row-major) and of the country. */
export function locationQuotientsFromShares(
  regionShares: Float64Array,
  nationalShares: Float64Array,
  rows: number,
  cols: number,
  out: Float64Array = new Float64Array(rows * cols),
): Float64Array {
  return cellRatios(regionShares, null, nationalShares, rows, cols, out);
}
