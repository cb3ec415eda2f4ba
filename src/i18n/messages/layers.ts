// Strings of the point and link layers: layer toggles and legends, tooltips of green clusters and
// cluster links, and the green-clusters panel (what is said about a growth point or an energy site
// is in place-details.ts, code-split). Place and cluster names come
// from the data (src/i18n/place-names.ts), not from here.
import {defineMessages} from './define';

export const layers = defineMessages({
  en: {
    'layers.title': 'Map layers',
    'layers.regions': 'Regions',
    'layers.growth': 'Growth points',
    'layers.energy': 'Green clusters and energy sites',
    'layers.links': 'Cluster links between regions',
    'layers.linksets.label': 'Which clusters',
    'layers.energy.open': 'Open the green-clusters panel',
    'layers.sources': 'Sources',

    'growth.legend.population': 'Population (latest figure found, 2009–2023)',
    'growth.legend.atLeast': '{n} and more',
    'growth.legend.range': '{from}–{to}',
    'growth.legend.under': 'under {n}',
    'growth.legend.centre': 'Oblast centre',
    'growth.legend.separate': 'Bishkek and Osh (ring around the city): developed under separate programmes, the Concept 2018–2022 says.',
    'growth.legend.caveat': 'Figures mix years and scopes: compare orders of magnitude only.',
    'growth.legend.names': 'Not every name fits at this zoom; every point has a tooltip.',
    'growth.legend.tap': 'Not every name fits at this zoom; tap a point to see its details.',
    'growth.source': 'The 20 growth points of the Concept of Regional Policy of the Kyrgyz Republic 2018–2022 (sources 000, 003). Positions: GeoNames (CC BY 4.0) or Wikipedia; populations: the source named in each point’s details (mostly National Statistical Committee figures).',

    'links.family.interregional': 'Proposed inter-regional industrial clusters (source 002)',
    'links.family.concept': 'Multi-region clusters of the Concept 2018–2022',
    'links.value.noProduction': 'no production',
    'links.value.notPublished': 'not published',
  },
  ru: {
    'layers.title': 'Слои карты',
    'layers.regions': 'Регионы',
    'layers.growth': 'Точки роста',
    'layers.energy': 'Зелёные кластеры и энергообъекты',
    'layers.links': 'Связи кластеров между регионами',
    'layers.linksets.label': 'Какие кластеры',
    'layers.energy.open': 'Открыть панель зелёных кластеров',
    'layers.sources': 'Источники',

    'growth.legend.population': 'Население (последние найденные данные, 2009–2023)',
    'growth.legend.atLeast': '{n} и более',
    'growth.legend.range': '{from}–{to}',
    'growth.legend.under': 'менее {n}',
    'growth.legend.centre': 'Областной центр',
    'growth.legend.separate': 'Бишкек и Ош (кольцо вокруг города): по Концепции 2018–2022 развиваются по отдельным программам.',
    'growth.legend.caveat': 'Данные разных лет и охвата: сравнимы только порядки величин.',
    'growth.legend.names': 'Не все названия помещаются в этом масштабе; у каждой точки есть подсказка.',
    'growth.legend.tap': 'Не все названия помещаются в этом масштабе; коснитесь точки, чтобы увидеть сведения о ней.',
    'growth.source': '20 точек роста Концепции региональной политики Кыргызской Республики на 2018–2022\u00a0гг. (источники 000, 003). Координаты: GeoNames (CC BY 4.0) или Википедия; население: по источнику, указанному в сведениях о точке (в основном данные Национального статистического комитета).',

    'links.family.interregional': 'Предлагаемые межрегиональные промышленные кластеры (источник 002)',
    'links.family.concept': 'Многорегиональные кластеры Концепции 2018–2022',
    'links.value.noProduction': 'нет производства',
    'links.value.notPublished': 'не опубликован',
  },
  ky: {
    'layers.title': 'Картанын катмарлары',
    'layers.regions': 'Региондор',
    'layers.growth': 'Өсүү чекиттери',
    'layers.energy': 'Жашыл кластерлер жана энергетика объекттери',
    'layers.links': 'Региондор ортосундагы кластердик байланыштар',
    'layers.linksets.label': 'Кайсы кластерлер',
    'layers.energy.open': 'Жашыл кластерлер панелин ачуу',
    'layers.sources': 'Булактар',

    'growth.legend.population': 'Калкы (табылган акыркы маалымат, 2009–2023)',
    'growth.legend.atLeast': '{n} жана андан көп',
    'growth.legend.range': '{from}–{to}',
    'growth.legend.under': '{n} кишиден аз',
    'growth.legend.centre': 'Облустун борбору',
    'growth.legend.separate': 'Бишкек жана Ош (шаардын айланасындагы шакек): 2018–2022-жылдарга арналган Концепцияга ылайык өзүнчө программалар боюнча өнүктүрүлөт.',
    'growth.legend.caveat': 'Маалыматтар ар кайсы жылдарга жана чөйрөгө тиешелүү: чоңдуктун тартиби гана салыштырылат.',
    'growth.legend.names': 'Бул масштабда бардык аталыштар батпайт; курсорду чекиттин үстүнө алып келсеңиз, анын маалыматы чыгат.',
    'growth.legend.tap': 'Бул масштабда бардык аталыштар батпайт; чекиттин маалыматын көрүү үчүн аны басыңыз.',
    'growth.source': 'Кыргыз Республикасынын 2018–2022-жылдарга региондук саясатынын концепциясындагы 20 өсүү чекити (000 жана 003-булактар). Координаттар: GeoNames (CC BY 4.0) же Википедия; калкы: ар бир чекиттин маалыматында аталган булак боюнча (негизинен Улуттук статистика комитетинин маалыматтары).',

    'links.family.interregional': 'Сунушталган региондор аралык өнөр жай кластерлери (002-булак)',
    'links.family.concept': '2018–2022-жылдарга Концепциянын бир нече региондогу кластерлери',
    'links.value.noProduction': 'өндүрүш жок',
    'links.value.notPublished': 'жарыяланган эмес',
  },
});
