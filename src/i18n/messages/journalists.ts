// Strings for journalists on the first view: the Share (link and embed) and Download buttons, the text summary for
// screen readers and maplibre's cooperative-gesture hints (the embedded view's and the PNG's own
// strings are code-split: embed-view.ts).
import {defineMessages} from './define';

export const journalists = defineMessages({
  en: {
    'summary.label': 'Text description of the map',
    'summary.highest': 'Highest: {region}, {value}.',
    'summary.highestTie': 'Highest, tied at {value}: {regions}.',
    'summary.lowest': 'Lowest: {region}, {value}.',
    'summary.lowestTie': 'Lowest, tied at {value}: {regions}.',
    'summary.single': 'Only {region} has a value: {value}.',
    'summary.allEqual': 'All {count} regions with a value: {value}.',
    'summary.none': 'No region has a value for this choice.',
    'summary.national': '{above} of {known} regions are above the national level (1.0), {below} below.',
    'summary.nationalEqual': 'At the national level: {count}.',
    'summary.national.advantage': '{above} of {known} regions are above 1.0, where the source sees an absolute advantage; {below} below.',
    'summary.nationalEqual.advantage': 'At 1.0: {count}.',
    'summary.unknown': '{status}: {regions}.',

    'share.embed': 'Share',
    'share.export': 'Download',

    'map.gestures.windows': 'Use Ctrl + scroll to zoom the map',
    'map.gestures.mac': 'Use ⌘ + scroll to zoom the map',
    'map.gestures.mobile': 'Use two fingers to move the map',
  },
  ru: {
    'summary.label': 'Текстовое описание карты',
    'summary.highest': 'Наибольшее значение: {region}, {value}.',
    'summary.highestTie': 'Наибольшее значение, {value}, у нескольких регионов: {regions}.',
    'summary.lowest': 'Наименьшее значение: {region}, {value}.',
    'summary.lowestTie': 'Наименьшее значение, {value}, у нескольких регионов: {regions}.',
    'summary.single': 'Значение есть только у одного региона: {region}, {value}.',
    'summary.allEqual': 'У всех регионов со значением ({count}) оно одинаково: {value}.',
    'summary.none': 'Ни для одного региона нет значения.',
    'summary.national': 'Выше уровня страны (1,0): {above} из {known} регионов, ниже: {below}.',
    'summary.nationalEqual': 'На уровне страны: {count}.',
    'summary.national.advantage': 'Выше 1,0 (абсолютное преимущество по источнику): {above} из {known} регионов, ниже: {below}.',
    'summary.nationalEqual.advantage': 'Ровно 1,0: {count}.',
    'summary.unknown': '{status}: {regions}.',

    'share.embed': 'Поделиться',
    'share.export': 'Скачать',

    'map.gestures.windows': 'Чтобы изменить масштаб, прокручивайте с нажатой клавишей Ctrl',
    'map.gestures.mac': 'Чтобы изменить масштаб, прокручивайте с нажатой клавишей ⌘',
    'map.gestures.mobile': 'Чтобы переместить карту, используйте два пальца',
  },
  ky: {
    'summary.label': 'Картанын тексттик сүрөттөмөсү',
    'summary.highest': 'Эң жогорку маани: {region}, {value}.',
    'summary.highestTie': 'Эң жогорку маани, {value}, бир нече региондо: {regions}.',
    'summary.lowest': 'Эң төмөнкү маани: {region}, {value}.',
    'summary.lowestTie': 'Эң төмөнкү маани, {value}, бир нече региондо: {regions}.',
    'summary.single': 'Бир гана региондо маани бар: {region}, {value}.',
    'summary.allEqual': 'Мааниси бар бардык региондордо ({count}) ал бирдей: {value}.',
    'summary.none': 'Бир да регион үчүн маани жок.',
    'summary.national': 'Өлкөнүн деңгээлинен (1,0) жогору: {known} региондон {above} регион, төмөн: {below}.',
    'summary.nationalEqual': 'Өлкөнүн деңгээлинде: {count}.',
    'summary.national.advantage': '1,0-дөн жогору (булак боюнча абсолюттук артыкчылык): {known} региондон {above} регион, төмөн: {below}.',
    'summary.nationalEqual.advantage': 'Так 1,0: {count}.',
    'summary.unknown': '{status}: {regions}.',

    'share.embed': 'Бөлүшүү',
    'share.export': 'Жүктөп алуу',

    'map.gestures.windows': 'Картанын масштабын өзгөртүү үчүн Ctrl баскычын басып туруп айлантыңыз',
    'map.gestures.mac': 'Картанын масштабын өзгөртүү үчүн ⌘ баскычын басып туруп айлантыңыз',
    'map.gestures.mobile': 'Картаны жылдыруу үчүн эки манжаңызды колдонуңуз',
  },
});
