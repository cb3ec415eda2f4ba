// The regions × industries grid (code-split with src/ui/kg-region-grid.ts, loaded when its tab is first
// shown): added to the messages when it loads (addMessages).
import {defineMessages} from './define';

export const regionGrid = defineMessages({
  en: {
    'grid.scroll': 'Regions × industries table (scrolls sideways)',
    'grid.pick': '{region}, {sector}: show this industry on the map and pin the region',
    'grid.classes': 'Classes (the same in every column)',
    'grid.fixedInstead': 'The map’s classes are computed from one industry’s values and would not compare across industries: here the fixed classes around 1.0 are used instead.',
    'grid.keys': 'Arrow keys move between the cells; Enter shows the cell’s industry and region on the map.',
    'grid.failed': 'Some industries could not be computed: the grid is not shown.',
    'grid.column': '{sector}: show this industry on the map',
    'grid.notDifferences': 'The map shows the comparison’s differences (listed in the Table tab); this grid shows the open scenario’s own values.',
    'grid.notYearDifferences': 'The map shows the change since {from} (listed in the Table tab); this grid shows the values of {year}.',
  },
  ru: {
    'grid.scroll': 'Таблица «Регионы × отрасли» (прокручивается вбок)',
    'grid.pick': '{region}, {sector}: показать эту отрасль на карте и выделить регион',
    'grid.classes': 'Классы (одни и те же во всех столбцах)',
    'grid.fixedInstead': 'Классы карты рассчитаны по значениям одной отрасли и несравнимы между отраслями: здесь вместо них — постоянные классы вокруг 1,0.',
    'grid.keys': 'Стрелки переводят между ячейками; Enter показывает отрасль и регион ячейки на карте.',
    'grid.failed': 'Некоторые отрасли не удалось рассчитать: таблица не показана.',
    'grid.column': '{sector}: показать эту отрасль на карте',
    'grid.notDifferences': 'Карта показывает разницу сравнения (её список — во вкладке «Таблица»); эта таблица — собственные значения открытого сценария.',
    'grid.notYearDifferences': 'Карта показывает изменение с {from} г. (его список — во вкладке «Таблица»); эта таблица — значения {year} г.',
  },
  ky: {
    'grid.scroll': '«Региондор × тармактар» жадыбалы (капталга жылдырылат)',
    'grid.pick': '{region}, {sector}: бул тармакты картада көрсөтүү жана регионду белгилөө',
    'grid.classes': 'Класстар (бардык мамычаларда бирдей)',
    'grid.fixedInstead': 'Картанын класстары бир тармактын маанилеринен эсептелет жана тармактар арасында салыштырылбайт: бул жерде алардын ордуна 1,0 тегерегиндеги туруктуу класстар колдонулат.',
    'grid.keys': 'Жебелер уячалардын ортосунда жылдырат; Enter уячанын тармагын жана регионун картада көрсөтөт.',
    'grid.failed': 'Айрым тармактарды эсептөө мүмкүн болгон жок: жадыбал көрсөтүлгөн жок.',
    'grid.column': '{sector}: бул тармакты картада көрсөтүү',
    'grid.notDifferences': 'Карта салыштыруунун айырмасын көрсөтөт (алардын тизмеси — «Жадыбал» бетинде); бул жадыбал ачык сценарийдин өз маанилерин көрсөтөт.',
    'grid.notYearDifferences': 'Карта {from}-жылдан берки өзгөрүүнү көрсөтөт (анын тизмеси — «Жадыбал» бетинде); бул жадыбал {year}-жылдын маанилерин көрсөтөт.',
  },
});
