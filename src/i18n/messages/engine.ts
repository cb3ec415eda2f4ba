// Strings of the coefficient engine: data import, the methodology panel (its failures: engine-errors.ts,
// code-split). The formulas' own titles and explanations live next to the code that runs them
// (src/model/*, FormulaDescriptor).
import {defineMessages} from './define';

export const engine = defineMessages({
  en: {
    'engine.import.button': 'Import data',
    'engine.import.badge': 'Your data: {name}',
    'engine.import.dropPage': 'Drop the CSV file to import it',
    'engine.error.dismiss': 'Dismiss',
    'load.error': 'Part of the atlas did not load (no network, or the atlas has just been updated?). What is shown still works; reload to try again.',
    'load.reload': 'Reload',
    'engine.method.button': 'Methodology',
  },
  ru: {
    'engine.import.button': 'Импорт данных',
    'engine.import.badge': 'Ваши данные: {name}',
    'engine.import.dropPage': 'Отпустите CSV-файл, чтобы импортировать его',
    'engine.error.dismiss': 'Скрыть',
    'load.error': 'Часть атласа не загрузилась (нет сети или атлас только что обновлён?). Показанное работает; перезагрузите страницу, чтобы повторить.',
    'load.reload': 'Перезагрузить',
    'engine.method.button': 'Методология',
  },
  ky: {
    'engine.import.button': 'Маалымат импорттоо',
    'engine.import.badge': 'Сиздин маалымат: {name}',
    'engine.import.dropPage': 'Импорттоо үчүн CSV файлды таштаңыз',
    'engine.error.dismiss': 'Жашыруу',
    'load.error': 'Атластын бир бөлүгү жүктөлгөн жок (тармак жокпу же атлас жаңы эле жаңыландыбы?). Көрсөтүлгөндөр иштей берет; кайра аракет кылуу үчүн баракты жаңылаңыз.',
    'load.reload': 'Кайра жүктөө',
    'engine.method.button': 'Методология',
  },
});
