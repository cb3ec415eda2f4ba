// The phone's bottom-sheet handle (code-split with src/ui/kg-sheet-handle.ts, loaded when the window is
// phone-sized): added to the messages when it loads (addMessages).
import {defineMessages} from './define';

export const sheetHandle = defineMessages({
  en: {
    'sheet.expand': 'Show the controls',
    'sheet.collapse': 'Show the map',
    'sheet.handle': 'Controls panel: drag or press to resize',
  },
  ru: {
    'sheet.expand': 'Показать панель управления',
    'sheet.collapse': 'Показать карту',
    'sheet.handle': 'Панель управления: потяните или нажмите, чтобы изменить размер',
  },
  ky: {
    'sheet.expand': 'Башкаруу панелин көрсөтүү',
    'sheet.collapse': 'Картаны көрсөтүү',
    'sheet.handle': 'Башкаруу панели: өлчөмүн өзгөртүү үчүн сүйрөңүз же басыңыз',
  },
});
