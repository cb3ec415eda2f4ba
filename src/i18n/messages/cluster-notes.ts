// The data's notes that qualify a cluster (`note` of data/clusters.csv, recorded in English: "western
// part of Chuy region only"), in the three languages. Shown by the cluster links' tooltips and the
// region profile's list of clusters, code-split with the tooltips (src/i18n/cluster-notes.ts). The English note is the data's
// text exactly, keyed by the cluster's id: a unit test compares it with the CSV (a changed note is not
// shown with a stale translation) and checks that every shipped note has its ru and ky.
import {defineMessages} from './define';

export const clusterNotes = defineMessages({
  en: {
    'clusterNote.interreg-fuel-energy': 'model used by the State Agency for regulation of the fuel and energy complex (act of 2021-03-15)',
    'clusterNote.concept-tourism': 'incl. the Issyk-Kul ski-resort cluster pilot',
    'clusterNote.concept-agro': 'most territories except some districts and cities',
    'clusterNote.agro-meat': 'all regions (read as the seven oblasts)',
    'clusterNote.agro-grain': 'all regions (read as the seven oblasts)',
    'clusterNote.agro-fruit-veg': 'all regions (read as the seven oblasts)',
    'clusterNote.agro-vegetable-oil': 'all regions (read as the seven oblasts)',
    'clusterNote.agro-potato': 'in Chuy region its western part only',
    'clusterNote.inEnglish': '(in English)',
    'clusterNote.label': 'Note:',
  },
  ru: {
    'clusterNote.interreg-fuel-energy': 'модель использована Государственным агентством по регулированию топливно-энергетического комплекса (акт от 15 марта 2021 года)',
    'clusterNote.concept-tourism': 'включая пилотный кластер горнолыжных курортов Иссык-Куля',
    'clusterNote.concept-agro': 'большинство территорий, за исключением отдельных районов и городов',
    'clusterNote.agro-meat': 'все регионы (прочитано как семь областей)',
    'clusterNote.agro-grain': 'все регионы (прочитано как семь областей)',
    'clusterNote.agro-fruit-veg': 'все регионы (прочитано как семь областей)',
    'clusterNote.agro-vegetable-oil': 'все регионы (прочитано как семь областей)',
    'clusterNote.agro-potato': 'в Чуйской области — только западная часть',
    'clusterNote.inEnglish': '(на английском)',
    'clusterNote.label': 'Примечание:',
  },
  ky: {
    'clusterNote.interreg-fuel-energy': 'моделди Отун-энергетикалык комплексти жөнгө салуу боюнча мамлекеттик агенттик колдонгон (2021-жылдын 15-мартындагы акт)',
    'clusterNote.concept-tourism': 'анын ичинде Ысык-Көлдөгү тоо-лыжа курорттор кластеринин пилоттук долбоору',
    'clusterNote.concept-agro': 'айрым райондор менен шаарлардан тышкары территориялардын көпчүлүгү',
    'clusterNote.agro-meat': 'бардык региондор (жети облус катары окулду)',
    'clusterNote.agro-grain': 'бардык региондор (жети облус катары окулду)',
    'clusterNote.agro-fruit-veg': 'бардык региондор (жети облус катары окулду)',
    'clusterNote.agro-vegetable-oil': 'бардык региондор (жети облус катары окулду)',
    'clusterNote.agro-potato': 'Чүй облусунда — анын батыш бөлүгү гана',
    'clusterNote.inEnglish': '(англисче)',
    'clusterNote.label': 'Эскертүү:',
  },
});
