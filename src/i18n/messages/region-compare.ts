// The sidebar's comparison of regions (code-split with src/ui/kg-region-compare.ts, loaded when its tab
// is first shown): added to the messages when it loads (addMessages).
import {defineMessages} from './define';

export const regionCompare = defineMessages({
  en: {
    'compare.choose': 'Regions to compare',
    'compare.all': 'All',
    'compare.none': 'None',
    'compare.national': 'Kyrgyzstan (national level)',
    'compare.nationalNote': 'Every coefficient here is a ratio to the national level, so the country as a whole is 1.0.',
    'compare.national.advantage': 'Threshold of an absolute advantage (1.0)',
    'compare.nationalNote.advantage': 'The source reads a value above 1.0 as an absolute advantage; it publishes no national value.',
    'compare.empty': 'Choose regions to see them side by side.',
    'compare.pinned': 'Compare {region} with the country',
  },
  ru: {
    'compare.choose': 'Регионы для сравнения',
    'compare.all': 'Все',
    'compare.none': 'Ни одного',
    'compare.national': 'Кыргызстан (уровень страны)',
    'compare.nationalNote': 'Все коэффициенты здесь — отношения к уровню страны, поэтому для страны в целом это 1,0.',
    'compare.national.advantage': 'Порог абсолютного преимущества (1,0)',
    'compare.nationalNote.advantage': 'Значение выше 1,0 источник считает абсолютным преимуществом; значения по стране он не публикует.',
    'compare.empty': 'Выберите регионы, чтобы сравнить их рядом.',
    'compare.pinned': 'Сравнить со страной: {region}',
  },
  ky: {
    'compare.choose': 'Салыштыруу үчүн региондор',
    'compare.all': 'Баарын тандоо',
    'compare.none': 'Тандоону тазалоо',
    'compare.national': 'Кыргызстан (өлкөнүн деңгээли)',
    'compare.nationalNote': 'Бул жердеги бардык коэффициенттер өлкөнүн деңгээлине катыш, ошондуктан бүтүндөй өлкө үчүн ал 1,0.',
    'compare.national.advantage': 'Абсолюттук артыкчылыктын босогосу (1,0)',
    'compare.nationalNote.advantage': 'Булак 1,0-дөн жогорку маанини абсолюттук артыкчылык деп эсептейт; өлкө боюнча маани жарыяланган эмес.',
    'compare.empty': 'Катар салыштыруу үчүн региондорду тандаңыз.',
    'compare.pinned': 'Өлкө менен салыштыруу: {region}',
  },
});
