// Specialisation: how much of the region's production the sector takes, against the country, and how
// much of the country's sector the region holds.
//
//   SPEC_ij = (q_ij / q_i) / (q_j / q)      on output q (the share of the sector in the region's
//                                          output over its share in the country's output)
//   a_ij    = q_ij / q_i                    the sector's share of the region's output
//   b_ij    = q_ij / q_j                    the region's share of the country's sector
//
// Seed 002 names specialisation ("адистештирүү") next to localisation coefficients "on several bases"
// and per-capita production. In Russian-language regional economics the specialisation coefficient is
// the structure-share ratio on output (Granberg 2004, ch. 4), while localisation is usually measured on
// employment; we follow that split. Algebraically SPEC equals the location quotient on output
// (lq with basis=output); the composite index uses it once, as SPEC.
import type {FormulaDescriptor, SymbolicFormula} from './formula';
import {locationQuotients} from './location-quotient';
import {finiteOrNaN, type Measure} from './measure';

export const SPECIALISATION_FORMULA: SymbolicFormula = {
  id: 'spec',
  title: {
    en: 'Specialisation coefficient',
    ru: 'Коэффициент специализации',
    ky: 'Адистештирүү коэффициенти',
  },
  formula: 'SPEC_ij = (q_ij / q_i) / (q_j / q)',
  meaning: {
    en: 'q_ij: output of sector j in region i; q_i: the region’s total output; q_j and q: the same for the country. The sector’s share of the region’s output against its share of the country’s. It equals the location quotient on output.',
    ru: 'q_ij — объём производства отрасли j в регионе i; q_i — весь объём производства региона; q_j и q — то же по стране. Доля отрасли в производстве региона по отношению к её доле в производстве страны. Совпадает с коэффициентом локализации по объёму производства.',
    ky: 'q_ij — i регионундагы j тармагынын өндүрүш көлөмү; q_i — региондун бардык өндүрүшү; q_j жана q — өлкө боюнча ошондой эле. Тармактын региондун өндүрүшүндөгү үлүшүнүн өлкөнүн өндүрүшүндөгү үлүшүнө катышы. Өндүрүш көлөмү боюнча локалдаштыруу коэффициентине барабар.',
  },
  source: {
    en: 'Granberg (2004), Fundamentals of Regional Economics (specialisation coefficient); named as a component in source 002.',
    ru: 'Гранберг А. Г. (2004), Основы региональной экономики (коэффициент специализации); назван составляющей в источнике 002.',
    ky: 'Гранберг А. Г. (2004), Основы региональной экономики (адистештирүү коэффициенти); 002-булакта түзүүчү катары аталган.',
  },
  example: {given: 'q_ij = 60, q_i = 200, q_j = 150, q = 1000', result: 2},
};

export const SECTOR_SHARE_FORMULA: FormulaDescriptor = {
  id: 'sector-share',
  title: {
    en: 'Share of the sector in the region',
    ru: 'Доля отрасли в регионе',
    ky: 'Тармактын региондогу үлүшү',
  },
  formula: 'a_ij = q_ij / q_i',
  meaning: {
    en: 'The part of the region’s output made by sector j (0 to 1).',
    ru: 'Часть производства региона, приходящаяся на отрасль j (от 0 до 1).',
    ky: 'Региондун өндүрүшүнүн j тармагына тиешелүү бөлүгү (0-дөн 1-ге чейин).',
  },
  source: {en: 'Definition.', ru: 'Определение.', ky: 'Аныктама.'},
  example: {given: 'q_ij = 60, q_i = 200', result: 0.3},
};

export const REGION_SHARE_FORMULA: FormulaDescriptor = {
  id: 'region-share',
  title: {
    en: 'Region’s share of the national sector',
    ru: 'Доля региона в отрасли страны',
    ky: 'Региондун өлкөнүн тармагындагы үлүшү',
  },
  formula: 'b_ij = q_ij / q_j',
  meaning: {
    en: 'The part of the country’s output in sector j made in region i (0 to 1): the size of the regional sector, where the quotients measure concentration.',
    ru: 'Часть производства отрасли j страны, приходящаяся на регион i (от 0 до 1): размер отрасли региона, тогда как коэффициенты показывают концентрацию.',
    ky: 'Өлкөнүн j тармагындагы өндүрүшүнүн i регионуна тиешелүү бөлүгү (0-дөн 1-ге чейин): коэффициенттер топтолууну көрсөтсө, бул региондогу тармактын көлөмүн көрсөтөт.',
  },
  source: {en: 'Definition.', ru: 'Определение.', ky: 'Аныктама.'},
  example: {given: 'q_ij = 60, q_j = 150', result: 0.4},
};

/** SPEC_ij on an output measure: the location quotient of output. */
export function specialisationCoefficients(output: Measure, out?: Float64Array): Float64Array {
  return locationQuotients(output, out);
}

/** a_ij = q_ij / q_i. */
export function sectorSharesInRegion(m: Measure): Float64Array {
  const out = new Float64Array(m.rows * m.cols);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) out[i * m.cols + j] = finiteOrNaN(m.values[i * m.cols + j]! / m.regionTotals[i]!);
  return out;
}

/** b_ij = q_ij / q_j. */
export function regionSharesOfSector(m: Measure): Float64Array {
  const out = new Float64Array(m.rows * m.cols);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) out[i * m.cols + j] = finiteOrNaN(m.values[i * m.cols + j]! / m.sectorTotals[j]!);
  return out;
}
