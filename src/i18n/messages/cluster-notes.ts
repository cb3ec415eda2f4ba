// The data's notes that qualify a cluster (`note` of data/clusters.csv, recorded in English: "western
// part of Chuy region only"), in the three languages, and what a green cluster's outline on the map
// stands for. Shown by the cluster links' tooltips, the region profile's list of clusters and the
// green-clusters panel, all code-split (src/i18n/cluster-notes.ts). The English note is the data's
// text exactly, keyed by the cluster's id: a unit test compares it with the CSV (a changed note is not
// shown with a stale translation) and checks that every shipped note has its ru and ky.
import {defineMessages} from './define';

export const clusterNotes = defineMessages({
  en: {
    'clusterNote.interreg-fuel-energy': 'model used by the State Agency for regulation of the fuel and energy complex (act of 2021-03-15)',
    'clusterNote.concept-tourism': 'incl. the Issyk-Kul ski-resort cluster pilot',
    'clusterNote.concept-agro': 'most territories except some districts and cities',
    'clusterNote.agro-meat': 'all regions',
    'clusterNote.agro-grain': 'all regions',
    'clusterNote.agro-fruit-veg': 'all regions',
    'clusterNote.agro-vegetable-oil': 'all regions',
    'clusterNote.agro-potato': 'western part of Chuy region only',
    // The green clusters' notes sum up source 004's Table 2, which the panel shows in full; what a reader
    // of the map needs is what the outline is: source 004 ties neither cluster to these regions' borders.
    'clusterOutline.green-organic-agro': 'Outlined: the region of source 004’s field study of farms. The source ties this cluster to no region.',
    'clusterOutline.green-circular':
      'Outlined: the places source 004 names for waste, the large cities (Bishkek, Osh) and the tourist areas of Issyk-Kul; the outline takes in all of Issyk-Kul Region.',
    'clusterNote.inEnglish': '(in English)',
    'clusterNote.label': 'Note:',
  },
  ru: {
    'clusterNote.interreg-fuel-energy': 'модель использована Государственным агентством по регулированию топливно-энергетического комплекса (акт от 15 марта 2021 года)',
    'clusterNote.concept-tourism': 'включая пилотный кластер горнолыжных курортов Иссык-Куля',
    'clusterNote.concept-agro': 'большинство территорий, за исключением отдельных районов и городов',
    'clusterNote.agro-meat': 'все регионы',
    'clusterNote.agro-grain': 'все регионы',
    'clusterNote.agro-fruit-veg': 'все регионы',
    'clusterNote.agro-vegetable-oil': 'все регионы',
    'clusterNote.agro-potato': 'в Чуйской области — только западная часть',
    'clusterOutline.green-organic-agro': 'Обведена область, где источник 004 изучал хозяйства. К какому-либо региону источник этот кластер не привязывает.',
    'clusterOutline.green-circular':
      'Обведены места, которые источник 004 называет для отходов: крупные города (Бишкек, Ош) и туристические районы Иссык-Куля; контур охватывает всю Иссык-Кульскую область.',
    'clusterNote.inEnglish': '(на английском)',
    'clusterNote.label': 'Примечание:',
  },
  ky: {
    'clusterNote.interreg-fuel-energy': 'моделди Отун-энергетикалык комплексти жөнгө салуу боюнча мамлекеттик агенттик колдонгон (2021-жылдын 15-мартындагы акт)',
    'clusterNote.concept-tourism': 'анын ичинде Ысык-Көлдөгү тоо-лыжа курорттор кластеринин пилоттук долбоору',
    'clusterNote.concept-agro': 'айрым райондор менен шаарлардан тышкары территориялардын көпчүлүгү',
    'clusterNote.agro-meat': 'бардык региондор',
    'clusterNote.agro-grain': 'бардык региондор',
    'clusterNote.agro-fruit-veg': 'бардык региондор',
    'clusterNote.agro-vegetable-oil': 'бардык региондор',
    'clusterNote.agro-potato': 'Чүй облусунун батыш бөлүгү гана',
    'clusterOutline.green-organic-agro': '004-булак чарбаларды изилдеген регион контурланган. Булак бул кластерди эч бир регионго байлабайт.',
    'clusterOutline.green-circular':
      '004-булак таштанды боюнча атаган жерлер контурланган: ири шаарлар (Бишкек, Ош) жана Ысык-Көлдүн туристтик жерлери; контур бүт Ысык-Көл облусун камтыйт.',
    'clusterNote.inEnglish': '(англисче)',
    'clusterNote.label': 'Эскертүү:',
  },
});
