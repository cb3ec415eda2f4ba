// Words of the citations in the data (src/i18n/citations.ts, code-split): added to the messages when
// that module loads. Each English text is the data's own wording with its variable parts as
// placeholders (a unit test checks that it gives back exactly what the data say); Russian and Kyrgyz
// translate the descriptive words and keep names, titles as published, web addresses and dates.
import {defineMessages} from './define';

export const citations = defineMessages({
  en: {
    'citation.nationalOutput': '{seed} (national industrial output)',
    'citation.nia.bishkek': '{url} (National Investment Agency profile of Bishkek; industry table)',
    'citation.nia.batken': "{url} (National Investment Agency regional profile, 'Processing Industry' table; figures attributed to NSC KR)",
    'citation.nia.talas': '{url} (National Investment Agency profile of Talas, Kyrgyz-language page; table truncated in the stored copy)',
    'citation.note.headline2019': 'headline figure; year 2019 inferred because it equals the 2019 section sum',
    'citation.populationu': "{url} (regional table 'according to stat', thousand persons; only the Batken row survives in the stored copy)",
    'citation.geonamesNpm': 'GeoNames via npm {package} ({licence})',
    'citation.wikipediaPosition': 'Wikipedia ({lat}N {lon}E)',
    'citation.article': "{outlet} '{title}' {url}",
    'citation.kazinformNsc': "Kazinform {date} citing NSC 'Kyrgyzstan' handbook {url}",
    'citation.kazinform': 'Kazinform {date} {url}',
    'citation.geonamesRuWikipedia': 'GeoNames population field + ru.wikipedia via mirror {url}',
    'citation.gppdRow': '{db} row {id}',
    'citation.constructionStart': '{url} (start of construction)',
    'citation.viaMirror': '{url} ({title} via mirror)',
  },
  ru: {
    'citation.nationalOutput': '{seed} (промышленное производство по стране)',
    'citation.nia.bishkek': '{url} (профиль Бишкека на сайте Национального инвестиционного агентства; таблица по промышленности)',
    'citation.nia.batken': '{url} (региональный профиль на сайте Национального инвестиционного агентства, таблица «Processing Industry»; данные со ссылкой на Нацстатком КР)',
    'citation.nia.talas': '{url} (профиль Таласской области на сайте Национального инвестиционного агентства, страница на кыргызском языке; в сохранённой копии таблица неполная)',
    'citation.note.headline2019': 'итоговая цифра; отнесена к 2019 году, так как равна сумме разделов за 2019 год',
    'citation.populationu': '{url} (региональная таблица «according to stat», тыс. человек; в сохранённой копии уцелела только строка Баткенской области)',
    'citation.geonamesNpm': 'GeoNames, через пакет npm {package} ({licence})',
    'citation.wikipediaPosition': 'Википедия ({lat} с. ш., {lon} в. д.)',
    'citation.article': '{outlet}, «{title}», {url}',
    'citation.kazinformNsc': 'Казинформ, {date}, со ссылкой на справочник Нацстаткома КР «Кыргызстан», {url}',
    'citation.kazinform': 'Казинформ, {date}, {url}',
    'citation.geonamesRuWikipedia': 'GeoNames (поле численности населения) и русская Википедия через зеркало, {url}',
    'citation.gppdRow': '{db}, запись {id}',
    'citation.constructionStart': '{url} (начало строительства)',
    'citation.viaMirror': '{url} (статья «{title}», через зеркало)',
  },
  ky: {
    'citation.nationalOutput': '{seed} (өлкө боюнча өнөр жай өндүрүшү)',
    'citation.nia.bishkek': '{url} (Улуттук инвестициялык агенттиктин Бишкек боюнча профили; өнөр жай жадыбалы)',
    'citation.nia.batken': '{url} (Улуттук инвестициялык агенттиктин региондук профили, «Processing Industry» жадыбалы; маалыматтар КР Улутстаткомуна шилтеме менен берилген)',
    'citation.nia.talas': '{url} (Улуттук инвестициялык агенттиктин Талас облусу боюнча профили, кыргыз тилиндеги барак; сакталган көчүрмөдө жадыбал толук эмес)',
    'citation.note.headline2019': 'жалпы көрсөткүч; 2019-жылдагы бөлүмдөрдүн суммасына барабар болгондуктан, 2019-жылга таандык деп эсептелди',
    'citation.populationu': '{url} (региондук жадыбал «according to stat», миң адам; сакталган көчүрмөдө Баткен облусунун сабы гана калган)',
    'citation.geonamesNpm': 'GeoNames, npm {package} пакети аркылуу ({licence})',
    'citation.wikipediaPosition': 'Википедия (түндүк кеңдик {lat}, чыгыш узундук {lon})',
    'citation.article': '{outlet}, «{title}», {url}',
    'citation.kazinformNsc': 'Казинформ, {date}, КР Улутстаткомунун «Кыргызстан» маалымдамасына шилтеме менен, {url}',
    'citation.kazinform': 'Казинформ, {date}, {url}',
    'citation.geonamesRuWikipedia': 'GeoNames (калктын саны талаасы) жана орусча Википедия күзгү сайт аркылуу, {url}',
    'citation.gppdRow': '{db}, {id} жазуусу',
    'citation.constructionStart': '{url} (курулуштун башталышы)',
    'citation.viaMirror': '{url} («{title}» макаласы, күзгү сайт аркылуу)',
  },
});
