// Strings of graceful failure: the map cannot be drawn (no WebGL) or stopped drawing (WebGL context
// lost). The figures stay in the table and the legend.
import {defineMessages} from './define';

export const robustness = defineMessages({
  en: {
    'fallback.noWebgl.title': 'The map cannot be drawn here',
    'fallback.noWebgl.text':
      'This browser or device cannot draw the map (WebGL is unavailable or turned off). Every figure is in the table and the legend: only the picture is missing.',
    'fallback.lost.title': 'The map stopped drawing',
    'fallback.lost.text':
      'The browser took the graphics context away for a moment (for example after a graphics driver reset). The map comes back by itself; meanwhile the table and the legend show every figure.',
    'fallback.showTable': 'Show the data table',
  },
  ru: {
    'fallback.noWebgl.title': 'Здесь карту нельзя нарисовать',
    'fallback.noWebgl.text':
      'Этот браузер или устройство не может нарисовать карту (WebGL недоступен или отключён). Все данные — в таблице и легенде: не хватает только картинки.',
    'fallback.lost.title': 'Карта перестала отображаться',
    'fallback.lost.text':
      'Браузер ненадолго забрал графический контекст (например, после перезапуска видеодрайвера). Карта восстановится сама, а пока все данные показывают таблица и легенда.',
    'fallback.showTable': 'Показать таблицу данных',
  },
  ky: {
    'fallback.noWebgl.title': 'Бул жерде картаны тартуу мүмкүн эмес',
    'fallback.noWebgl.text':
      'Бул браузер же түзмөк картаны тарта албайт (WebGL жок же өчүрүлгөн). Бардык сандар жадыбалда жана шарттуу белгилерде: сүрөт гана жок.',
    'fallback.lost.title': 'Карта көрсөтүлбөй калды',
    'fallback.lost.text':
      'Браузер графикалык контекстти бир азга алып койду (мисалы, видеодрайвер кайра жүргүзүлгөндөн кийин). Карта өзү калыбына келет; азырынча бардык сандарды жадыбал менен шарттуу белгилер көрсөтөт.',
    'fallback.showTable': 'Маалымат жадыбалын көрсөтүү',
  },
});
