// The map's zoom and "whole country" buttons (code-split with src/ui/map-controls.ts, loaded after the
// map's first render): added to the messages when they load (addMessages).
import {defineMessages} from './define';

export const mapControls = defineMessages({
  en: {
    'mapControls.label': 'Map zoom',
    'mapControls.zoomIn': 'Zoom in',
    'mapControls.zoomOut': 'Zoom out',
    'mapControls.reset': 'Show all of Kyrgyzstan',
    'mapControls.zoomedIn': 'Zoomed in: level {level} of {levels}',
    'mapControls.zoomedOut': 'Zoomed out: level {level} of {levels}',
    'mapControls.showingAll': 'All of Kyrgyzstan shown: zoom level {level} of {levels}',
    'mapControls.atClosest': 'Already at the closest zoom: level {level} of {levels}',
    'mapControls.atFarthest': 'Already at the farthest zoom: level {level} of {levels}',
  },
  ru: {
    'mapControls.label': 'Масштаб карты',
    'mapControls.zoomIn': 'Приблизить',
    'mapControls.zoomOut': 'Отдалить',
    'mapControls.reset': 'Показать весь Кыргызстан',
    'mapControls.zoomedIn': 'Приближено: уровень {level} из {levels}',
    'mapControls.zoomedOut': 'Отдалено: уровень {level} из {levels}',
    'mapControls.showingAll': 'Показан весь Кыргызстан: уровень масштаба {level} из {levels}',
    'mapControls.atClosest': 'Ближе уже нельзя: уровень {level} из {levels}',
    'mapControls.atFarthest': 'Дальше уже нельзя: уровень {level} из {levels}',
  },
  ky: {
    'mapControls.label': 'Картанын масштабы',
    'mapControls.zoomIn': 'Жакындатуу',
    'mapControls.zoomOut': 'Алыстатуу',
    'mapControls.reset': 'Бүт Кыргызстанды көрсөтүү',
    'mapControls.zoomedIn': 'Жакындатылды: масштабдын деңгээли {levels} ичинен {level}',
    'mapControls.zoomedOut': 'Алыстатылды: масштабдын деңгээли {levels} ичинен {level}',
    'mapControls.showingAll': 'Бүт Кыргызстан көрсөтүлдү: масштабдын деңгээли {levels} ичинен {level}',
    'mapControls.atClosest': 'Мындан ары жакындатууга болбойт: масштабдын деңгээли {levels} ичинен {level}',
    'mapControls.atFarthest': 'Мындан ары алыстатууга болбойт: масштабдын деңгээли {levels} ичинен {level}',
  },
});
