// Accessibility and the phone layout: landmarks, the map's keyboard help and what the live region
// announces on the first view (what the map's keyboard announces is in map-keyboard.ts, the bottom
// sheet's handle in sheet-handle.ts: both code-split), the compact attribution, the oblasts' names for a small map (the noun,
// as on a phone's country view, where "Иссык-Кульская обл." does not fit). Terms as in
// src/i18n/glossary.csv.
import {defineMessages} from './define';

export const access = defineMessages({
  en: {
    'sidebar.label': 'Controls: indicator, legend, map layers, table',
    'map.roledescription': 'interactive map',
    'map.keys':
      'Keys on the map: Left and Right arrows go from west to east, Up and Down to the north and south; Enter selects, Escape closes; 1 regions, 2 growth points, 3 energy sites; plus and minus zoom; Shift with an arrow moves the map.',
    'map.keys.short': '← → west–east · ↑ ↓ north–south · Enter select · Esc close · 1 regions · 2 growth points · 3 energy sites · + − zoom',
    // The scale bar's distance (src/map/scale-bar.ts; the pictures' too): "100 km".
    'map.km': '{km} km',
    'announce.pinned': '{name} selected; its profile is open.',
    'announce.unpinned': 'Profile closed.',
    'attribution.toggle': 'Sources of the map',
    'region.compact.KG-B': 'Batken',
    'region.compact.KG-J': 'Jalal-Abad',
    'region.compact.KG-Y': 'Issyk-Kul',
    'region.compact.KG-N': 'Naryn',
    'region.compact.KG-O': 'Osh',
    'region.compact.KG-T': 'Talas',
    'region.compact.KG-C': 'Chuy',
    'header.menu': 'Menu: methodology, share, download, scenario, import data',
    'source.note.oshBefore2013': 'for Osh Region, values up to 2012 include Osh city (a footnote of the source)',
  },
  ru: {
    'sidebar.label': 'Управление: показатель, легенда, слои карты, таблица',
    'map.roledescription': 'интерактивная карта',
    'map.keys':
      'Клавиши на карте: стрелки влево и вправо — с запада на восток, вверх и вниз — на север и на юг; Enter — выбрать, Escape — закрыть; 1 — регионы, 2 — точки роста, 3 — энергетические объекты; плюс и минус — масштаб; Shift со стрелкой — сдвинуть карту.',
    'map.keys.short': '← → запад–восток · ↑ ↓ север–юг · Enter выбрать · Esc закрыть · 1 регионы · 2 точки роста · 3 энергетические объекты · + − масштаб',
    'map.km': '{km} км',
    'announce.pinned': 'Выбран регион: {name}; открыт его профиль.',
    'announce.unpinned': 'Профиль региона закрыт.',
    'attribution.toggle': 'Источники карты',
    'region.compact.KG-B': 'Баткен',
    'region.compact.KG-J': 'Джалал-Абад',
    'region.compact.KG-Y': 'Иссык-Куль',
    'region.compact.KG-N': 'Нарын',
    'region.compact.KG-O': 'Ош',
    'region.compact.KG-T': 'Талас',
    'region.compact.KG-C': 'Чуй',
    'header.menu': 'Меню: методология, поделиться, скачать, сценарий, импорт данных',
    'source.note.oshBefore2013': 'по Ошской области значения по 2012 год включительно учитывают город Ош (примечание источника)',
  },
  ky: {
    'sidebar.label': 'Башкаруу: көрсөткүч, шарттуу белгилер, картанын катмарлары, жадыбал',
    'map.roledescription': 'интерактивдүү карта',
    'map.keys':
      'Картадагы баскычтар: солго жана оңго жебелер — батыштан чыгышка, өйдө жана ылдый — түндүккө жана түштүккө; Enter — тандоо, Escape — жабуу; 1 — региондор, 2 — өсүү чекиттери, 3 — энергетика объекттери; плюс жана минус — масштаб; Shift жана жебе — картаны жылдыруу.',
    'map.keys.short': '← → батыш–чыгыш · ↑ ↓ түндүк–түштүк · Enter тандоо · Esc жабуу · 1 региондор · 2 өсүү чекиттери · 3 энергетика объекттери · + − масштаб',
    'map.km': '{km} км',
    'announce.pinned': '{name} тандалды, региондун профили ачылды.',
    'announce.unpinned': 'Региондун профили жабылды.',
    'attribution.toggle': 'Картанын булактары',
    'region.compact.KG-B': 'Баткен',
    'region.compact.KG-J': 'Жалал-Абад',
    'region.compact.KG-Y': 'Ысык-Көл',
    'region.compact.KG-N': 'Нарын',
    'region.compact.KG-O': 'Ош',
    'region.compact.KG-T': 'Талас',
    'region.compact.KG-C': 'Чүй',
    'header.menu': 'Меню: методология, бөлүшүү, жүктөп алуу, сценарий, маалымат импорттоо',
    'source.note.oshBefore2013': 'Ош облусу боюнча 2012-жылга чейинки маанилер Ош шаарын камтыйт (булактын эскертүүсү)',
  },
});
