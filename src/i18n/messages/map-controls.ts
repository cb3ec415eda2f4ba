// The map's zoom and "whole country" buttons (code-split with src/ui/map-controls.ts, loaded after the
// map's first render): added to the messages when they load (addMessages).
import {defineMessages} from './define';

export const mapControls = defineMessages({
  en: {
    'mapControls.label': 'Map zoom',
    'mapControls.zoomIn': 'Zoom in',
    'mapControls.zoomOut': 'Zoom out',
    'mapControls.reset': 'Show all of Kyrgyzstan',
  },
  ru: {
    'mapControls.label': 'Масштаб карты',
    'mapControls.zoomIn': 'Приблизить',
    'mapControls.zoomOut': 'Отдалить',
    'mapControls.reset': 'Показать весь Кыргызстан',
  },
  ky: {
    'mapControls.label': 'Картанын масштабы',
    'mapControls.zoomIn': 'Жакындатуу',
    'mapControls.zoomOut': 'Алыстатуу',
    'mapControls.reset': 'Бүт Кыргызстанды көрсөтүү',
  },
});
