// Strings of the embedded view (embed=1) and of the exported picture (PNG): code-split, they load
// with the embedded view's module (src/embed/embed-mode.ts) and with the exports (src/export/exporters.ts).
import {defineMessages} from './define';

export const embedView = defineMessages({
  en: {
    'embed.openFull': 'Open full map',
    'embed.openFull.title': 'Open this view in the full atlas (new tab)',
    'embed.table.show': 'Show the data table',
    'embed.table.hide': 'Hide the data table',
    'embed.selected': 'Selected: {region}, {value}',
    'embed.clearSelection': 'Clear selection',
    'embed.getData': 'Get the data (CSV)',
    'embed.alsoOnMap': 'Also on the map: {layers}.',
    'embed.legendFilter': 'Legend: choose a class to highlight its regions',
    'png.unit': 'ratio to the national level (1.0 = as the country)',
    'png.source': 'Source: {source}',
    'png.credit': '{atlas} · {url}',
  },
  ru: {
    'embed.openFull': 'Открыть полную карту',
    'embed.openFull.title': 'Открыть этот вид в полном атласе (в новой вкладке)',
    'embed.table.show': 'Показать таблицу данных',
    'embed.table.hide': 'Скрыть таблицу данных',
    'embed.selected': 'Выбрано: {region}, {value}',
    'embed.clearSelection': 'Снять выбор',
    'embed.getData': 'Скачать данные (CSV)',
    'embed.alsoOnMap': 'Также на карте: {layers}.',
    'embed.legendFilter': 'Легенда: выберите класс, чтобы выделить его регионы',
    'png.unit': 'отношение к уровню страны (1,0 — как по стране)',
    'png.source': 'Источник: {source}',
    'png.credit': '{atlas} · {url}',
  },
  ky: {
    'embed.openFull': 'Толук картаны ачуу',
    'embed.openFull.title': 'Бул көрүнүштү толук атласта ачуу (жаңы өтмөктө)',
    'embed.table.show': 'Маалымат жадыбалын көрсөтүү',
    'embed.table.hide': 'Маалымат жадыбалын жашыруу',
    'embed.selected': 'Тандалды: {region}, {value}',
    'embed.clearSelection': 'Тандоону алып салуу',
    'embed.getData': 'Маалыматтарды жүктөп алуу (CSV)',
    'embed.alsoOnMap': 'Картада дагы: {layers}.',
    'embed.legendFilter': 'Шарттуу белгилер: региондорун белгилөө үчүн классты тандаңыз',
    'png.unit': 'өлкөнүн деңгээлине катышы (1,0 — өлкөдөгүдөй)',
    'png.source': 'Булак: {source}',
    'png.credit': '{atlas} · {url}',
  },
});
