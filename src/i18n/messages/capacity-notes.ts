// The data's notes on an energy site's capacity (`capacity_note` of data/places/energy-sites.csv), in
// the three languages: the green-clusters panel shows them with a site's sources (code-split, loaded
// with the panel; src/i18n/capacity-notes.ts). The English is the data's text exactly, keyed by the
// site's id (a unit test compares it with the CSV, so a changed note is not shown with a stale
// translation). Russian and Kyrgyz translate it exactly, nothing added or dropped: numbers as the
// language writes them (formatNumber: a no-break space, \u00a0, between thousands, a decimal comma:
// "1\u00a0294,2"), units in Cyrillic (МВт, Гкал/ч, км³, га); names of sources and companies as
// written (GPPD, EFSD, maralfm.kg, 24.kg, Bishkek Solar), a company with its own Cyrillic form so
// (RusHydro is РусГидро). The test also checks that a translation has the English note's numbers.
import {defineMessages} from './define';

export const capacityNotes = defineMessages({
  en: {
    'capacityNote.inEnglish': '(in English)',
    'capacityNote.EN01': '1,440 MW after modernisation (Cabinet chair report, Dec 2025); original 1,200 MW (4×300 MW)',
    'capacityNote.EN02': '4×200 MW',
    'capacityNote.EN03': 'GPPD capacity',
    'capacityNote.EN04': '3×80 MW',
    'capacityNote.EN05': '4×45 MW',
    'capacityNote.EN06': '4×10 MW',
    'capacityNote.EN07':
      '1×120 MW running since 2010 (commissioned 30 Aug 2010 per maralfm.kg), actual output ~90 MW; design 360 MW (3 units); 2nd unit financed by EFSD loan (USD 110 m, in force since 2019), completion planned 2029 (24.kg, Jun 2025)',
    'capacityNote.EN08': '812 MW electric, 1,294.2 Gcal/h heat (kundemi.kg 2021); GPPD lists 674 MW; actual winter load ~300–500 MW',
    'capacityNote.EN09': '4 units; 256 m dam; reservoir ~4.5–5.4 km³',
    'capacityNote.EN10':
      '4 HPPs: Ala-Buga 600 MW, Kara-Bulung-1 149 MW, Kara-Bulung-2 163 MW, Toguz-Toro (n/a); totals cited 1,160 MW (2023) or 997 MW (other studies)',
    'capacityNote.EN11': 'Akbulun 87.4 MW, Naryn-1 47.7 MW, Naryn-2 47.6 MW, Naryn-3 ~47 MW; these parts add up to 229.7 MW, the cited total of the cascade is 238 MW (the sources differ on Naryn-3)',
    'capacityNote.EN12': '~1,100 MW planned jointly with China (Cabinet via Vesti.kg, 2023)',
    'capacityNote.EN13':
      'Kokomeren cascade = Karakol HPP 33 MW + Kokomeren-1 360 MW + Kokomeren-2 912 MW = 1,305 MW (Times of Central Asia, Sep 2025; Ihlas Holding via Trend, Aug 2025); Kazarman + Kokomeren together 2,217 MW (Kazarman without Toguz-Toro: 912 MW); RusHydro (2013) identified Kokomeren HPP-1 at 360 MW / 900 GWh',
    'capacityNote.EN14': '27 m dam',
    'capacityNote.EN15': 'investment agreement April 2022',
    'capacityNote.EN16': '300 MW planned (Bishkek Solar + Unigreen Energy); phase I 100 MW due Aug 2026',
    'capacityNote.EN17': 'phases 150 + 450 + 1,300 MW',
    'capacityNote.EN18': '669 ha',
    'capacityNote.EN19': '~USD 200 m',
    'capacityNote.EN20': '2 phases (50 + 50 MW); first 1 MW turbine',
    'capacityNote.EN25': '25 MW (bulak.kg, Dec 2021); investor Russian-Kyrgyz Development Fund, operator Chakan GES OJSC',
  },
  ru: {
    'capacityNote.inEnglish': '(на английском)',
    'capacityNote.EN01': '1\u00a0440\u00a0МВт после модернизации (отчёт председателя Кабинета министров, дек. 2025); первоначально 1\u00a0200\u00a0МВт (4×300\u00a0МВт)',
    'capacityNote.EN02': '4×200\u00a0МВт',
    'capacityNote.EN03': 'мощность по GPPD',
    'capacityNote.EN04': '3×80\u00a0МВт',
    'capacityNote.EN05': '4×45\u00a0МВт',
    'capacityNote.EN06': '4×10\u00a0МВт',
    'capacityNote.EN07':
      '1×120\u00a0МВт работает с 2010 года (введён в эксплуатацию 30 августа 2010 года, по данным maralfm.kg), фактическая отдача ~90\u00a0МВт; проектная мощность 360\u00a0МВт (3 агрегата); 2-й агрегат финансируется за счёт кредита EFSD (110\u00a0млн долларов США, действует с 2019 года), завершение запланировано на 2029 год (24.kg, июнь 2025)',
    'capacityNote.EN08':
      '812\u00a0МВт электрической, 1\u00a0294,2\u00a0Гкал/ч тепловой мощности (kundemi.kg, 2021); в GPPD указано 674\u00a0МВт; фактическая зимняя нагрузка ~300–500\u00a0МВт',
    'capacityNote.EN09': '4 агрегата; плотина 256 м; водохранилище ~4,5–5,4\u00a0км³',
    'capacityNote.EN10':
      '4 ГЭС: Ала-Буга — 600\u00a0МВт, Кара-Булун-1 — 149\u00a0МВт, Кара-Булун-2 — 163\u00a0МВт, Тогуз-Торо (н/д); приводимые суммарные значения: 1\u00a0160\u00a0МВт (2023) или 997\u00a0МВт (другие исследования)',
    'capacityNote.EN11': 'Акбулун 87,4\u00a0МВт, Нарын-1 47,7\u00a0МВт, Нарын-2 47,6\u00a0МВт, Нарын-3 ~47\u00a0МВт; в сумме эти части дают 229,7\u00a0МВт, приводимая мощность каскада — 238\u00a0МВт (источники расходятся в оценке Нарын-3)',
    'capacityNote.EN12': '~1\u00a0100\u00a0МВт, планируется совместно с Китаем (Кабинет министров, через Vesti.kg, 2023)',
    'capacityNote.EN13':
      'Кокомеренский каскад = Каракольская ГЭС (33\u00a0МВт) + Кокомерен-1 (360\u00a0МВт) + Кокомерен-2 (912\u00a0МВт) = 1\u00a0305\u00a0МВт (Times of Central Asia, сент. 2025; Ihlas Holding через Trend, авг. 2025); Казарман + Кокомерен вместе 2\u00a0217\u00a0МВт (Казарман без Тогуз-Торо: 912\u00a0МВт); РусГидро (2013) оценило Кокомеренскую ГЭС-1 в 360\u00a0МВт / 900\u00a0ГВт·ч',
    'capacityNote.EN14': 'плотина 27 м',
    'capacityNote.EN15': 'инвестиционное соглашение, апрель 2022',
    'capacityNote.EN16': 'запланировано 300\u00a0МВт (Bishkek Solar + Unigreen Energy); первая очередь 100\u00a0МВт ожидается в авг. 2026',
    'capacityNote.EN17': 'очереди 150 + 450 + 1\u00a0300\u00a0МВт',
    'capacityNote.EN18': '669\u00a0га',
    'capacityNote.EN19': '~200\u00a0млн долларов США',
    'capacityNote.EN20': '2 очереди (50 + 50\u00a0МВт); первая турбина на 1\u00a0МВт',
    'capacityNote.EN25': '25\u00a0МВт (bulak.kg, дек. 2021); инвестор — Российско-Кыргызский фонд развития, оператор — ОАО «Чакан ГЭС»',
  },
  ky: {
    'capacityNote.inEnglish': '(англисче)',
    'capacityNote.EN01':
      'модернизациядан кийин 1\u00a0440\u00a0МВт (Министрлер Кабинетинин төрагасынын баяндамасы, 2025-жылдын декабры); баштапкысы 1\u00a0200\u00a0МВт (4×300\u00a0МВт)',
    'capacityNote.EN02': '4×200\u00a0МВт',
    'capacityNote.EN03': 'GPPD боюнча кубаттуулук',
    'capacityNote.EN04': '3×80\u00a0МВт',
    'capacityNote.EN05': '4×45\u00a0МВт',
    'capacityNote.EN06': '4×10\u00a0МВт',
    'capacityNote.EN07':
      '1×120\u00a0МВт 2010-жылдан бери иштейт (maralfm.kg маалыматы боюнча 2010-жылдын 30-августунда пайдаланууга берилген), иш жүзүндөгү берүүсү ~90\u00a0МВт; долбоордук кубаттуулугу 360\u00a0МВт (3 агрегат); 2-агрегат EFSD насыясы менен каржыланат (110\u00a0млн АКШ доллары, 2019-жылдан бери күчүндө), бүтүрүү 2029-жылга пландалган (24.kg, 2025-жылдын июну)',
    'capacityNote.EN08':
      'электр кубаттуулугу 812\u00a0МВт, жылуулук кубаттуулугу 1\u00a0294,2\u00a0Гкал/саат (kundemi.kg, 2021); GPPD 674\u00a0МВт деп көрсөтөт; иш жүзүндөгү кышкы жүктөм ~300–500\u00a0МВт',
    'capacityNote.EN09': '4 агрегат; 256 м бөгөт; суу сактагыч ~4,5–5,4\u00a0км³',
    'capacityNote.EN10':
      '4 ГЭС: Ала-Буга — 600\u00a0МВт, Кара-Булуң-1 — 149\u00a0МВт, Кара-Булуң-2 — 163\u00a0МВт, Тогуз-Торо (маалымат жок); келтирилген жалпы кубаттуулук: 1\u00a0160\u00a0МВт (2023) же 997\u00a0МВт (башка изилдөөлөр)',
    'capacityNote.EN11': 'Акбулуң 87,4\u00a0МВт, Нарын-1 47,7\u00a0МВт, Нарын-2 47,6\u00a0МВт, Нарын-3 ~47\u00a0МВт; бул бөлүктөрдүн суммасы 229,7\u00a0МВт, каскаддын келтирилген кубаттуулугу — 238\u00a0МВт (булактар Нарын-3 боюнча айырмаланат)',
    'capacityNote.EN12': '~1\u00a0100\u00a0МВт, Кытай менен бирге пландалууда (Министрлер Кабинети, Vesti.kg аркылуу, 2023)',
    'capacityNote.EN13':
      'Көкөмерен каскады = Каракол ГЭСи (33\u00a0МВт) + Көкөмерен-1 (360\u00a0МВт) + Көкөмерен-2 (912\u00a0МВт) = 1\u00a0305\u00a0МВт (Times of Central Asia, 2025-жылдын сентябры; Ihlas Holding, Trend аркылуу, 2025-жылдын августу); Казарман + Көкөмерен бирге 2\u00a0217\u00a0МВт (Тогуз-Торосуз Казарман: 912\u00a0МВт); РусГидро (2013) Көкөмерен ГЭС-1ди 360\u00a0МВт / 900 ГВт·саат деп баалаган',
    'capacityNote.EN14': '27 м бөгөт',
    'capacityNote.EN15': 'инвестициялык келишим, 2022-жылдын апрели',
    'capacityNote.EN16': '300\u00a0МВт пландалган (Bishkek Solar + Unigreen Energy); 100\u00a0МВт биринчи этабы 2026-жылдын августуна күтүлөт',
    'capacityNote.EN17': 'этаптары 150 + 450 + 1\u00a0300\u00a0МВт',
    'capacityNote.EN18': '669\u00a0га',
    'capacityNote.EN19': '~200\u00a0млн АКШ доллары',
    'capacityNote.EN20': '2 этап (50 + 50\u00a0МВт); биринчи 1\u00a0МВт турбина',
    'capacityNote.EN25': '25\u00a0МВт (bulak.kg, 2021-жылдын декабры); инвестор — Орус-Кыргыз өнүктүрүү фонду, оператор — «Чакан ГЭС» ААК',
  },
});
