// Per-capita coefficients: the region's production per resident against the country's.
//
//   PC_ij  = (x_ij / P_i) / (x_j / P)       per-capita production of sector j (x = output)
//   GRPC_i = (GRP_i / P_i) / (GRP / P)      GRP per capita against the national figure
//          = y_i / y                         from published per-capita values y = GRP/P
//
// 1 = as the country. Seed 002 names per-capita production ("калктын жан башына өндүрүү") among the
// components of its integral coefficient; the formula is the standard one of Russian-language regional
// economics (Granberg, A. G. (2004) Основы региональной экономики, ch. 4: коэффициент душевого
// производства).
import type {SymbolicFormula} from './formula';
import {cellRatios, finiteOrNaN, type Measure} from './measure';

export const PER_CAPITA_FORMULA: SymbolicFormula = {
  id: 'pc',
  title: {
    en: 'Per-capita production coefficient',
    ru: 'Коэффициент душевого производства',
    ky: 'Калктын жан башына өндүрүү коэффициенти',
  },
  formula: 'PC_ij = (x_ij / P_i) / (x_j / P)',
  meaning: {
    en: 'x_ij: output of sector j in region i; P_i: the region’s population; x_j: the country’s output in sector j; P: the country’s population. Above 1: the region produces more of the sector per resident than the country does.',
    ru: 'x_ij — объём производства отрасли j в регионе i; P_i — население региона; x_j — объём производства отрасли j в стране; P — население страны. Больше 1: регион производит на душу населения больше, чем страна.',
    ky: 'x_ij — i регионундагы j тармагынын өндүрүш көлөмү; P_i — региондун калкы; x_j — өлкөдөгү j тармагынын өндүрүш көлөмү; P — өлкөнүн калкы. 1-ден жогору: регион калктын жан башына өлкөгө караганда көбүрөөк өндүрөт.',
  },
  source: {
    en: 'Granberg (2004), Fundamentals of Regional Economics (per-capita production coefficient); named as a component in source 002.',
    ru: 'Гранберг А. Г. (2004), Основы региональной экономики (коэффициент душевого производства); назван составляющей в источнике 002.',
    ky: 'Гранберг А. Г. (2004), Основы региональной экономики (жан башына өндүрүү коэффициенти); 002-булакта түзүүчү катары аталган.',
  },
  example: {given: 'x_ij = 50, P_i = 100, x_j = 400, P = 1000', result: 1.25},
};

export const GRP_PER_CAPITA_FORMULA: SymbolicFormula = {
  id: 'grp-pc',
  title: {
    en: 'GRP-per-capita coefficient',
    ru: 'Коэффициент ВРП на душу населения',
    ky: 'Калктын жан башына ДРП коэффициенти',
  },
  formula: 'GRPC_i = (GRP_i / P_i) / (GRP / P) = y_i / y',
  meaning: {
    en: 'GRP_i: gross regional product of region i; P_i: its population; GRP and P: the national figures; y_i and y: GRP per capita as published. Above 1: the region produces more per resident than the country.',
    ru: 'GRP_i — валовой региональный продукт региона i; P_i — его население; GRP и P — данные по стране; y_i и y — опубликованный ВРП на душу населения. Больше 1: регион производит на жителя больше, чем страна.',
    ky: 'GRP_i — i регионунун дүң региондук продукту; P_i — анын калкы; GRP жана P — өлкө боюнча маалыматтар; y_i жана y — жарыяланган калктын жан башына ДРП. 1-ден жогору: регион ар бир тургунга өлкөгө караганда көбүрөөк өндүрөт.',
  },
  source: {
    en: 'NSC KR, SDG 8.1.1.2 (GRP per capita = GRP / permanent population); we divide by the national value.',
    ru: 'НСК КР, ЦУР 8.1.1.2 (ВРП на душу = ВРП / постоянное население); деление на значение по стране — наше.',
    ky: 'КР УСК, ТӨМ 8.1.1.2 (жан башына ДРП = ДРП / туруктуу калк); өлкөнүн маанисине бөлүүнү биз аткарабыз.',
  },
  example: {
    given: {
      en: 'y_i = 300, y = 200 (thousand som per person)',
      ru: 'y_i = 300, y = 200 (тыс. сомов на человека)',
      ky: 'y_i = 300, y = 200 (жан башына миң сом)',
    },
    result: 1.5,
  },
};

/** PC_ij for every cell of an output measure, with the population of each region and of the country. */
export function perCapitaCoefficients(
  output: Measure,
  population: Float64Array,
  nationalPopulation: number,
  out: Float64Array = new Float64Array(output.rows * output.cols),
): Float64Array {
  const {rows, cols, values, sectorTotals} = output;
  const nationalPerCapita = new Float64Array(cols);
  for (let j = 0; j < cols; j++) nationalPerCapita[j] = finiteOrNaN(sectorTotals[j]! / nationalPopulation);
  return cellRatios(values, population, nationalPerCapita, rows, cols, out);
}

/** GRPC_i = (GRP_i / P_i) / (GRP / P). */
export function grpPerCapitaCoefficients(grp: Float64Array, population: Float64Array, nationalGrp: number, nationalPopulation: number): Float64Array {
  const national = finiteOrNaN(nationalGrp / nationalPopulation);
  return grp.map((g, i) => finiteOrNaN(g / population[i]! / national));
}

/** GRPC_i = y_i / y from published per-capita values. */
export function perCapitaRatios(perCapita: Float64Array, nationalPerCapita: number): Float64Array {
  return perCapita.map((y) => finiteOrNaN(y / nationalPerCapita));
}
