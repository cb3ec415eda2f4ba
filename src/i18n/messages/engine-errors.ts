// What the page says when the calculation engine fails: the banner (<kg-engine-status>) and the reason
// under the legend and in the table. Loaded with the engine's client (src/worker/client.ts, which adds
// them): no failure of the engine can be reported before the client is there. The technical detail
// (English) is never the message; the banner offers it folded away.
import {defineMessages} from './define';

export const engineErrors = defineMessages({
  en: {
    'engine.error.crashed': 'The calculation engine stopped unexpectedly and was restarted; a calculation it had not finished was asked for again.',
    'engine.error.failed': 'A calculation failed.',
    'engine.error.detail': 'Technical detail',
    'engine.retry': 'Try again',
    'engine.reason.crashed': 'The calculation engine stopped.',
    'engine.reason.internal': 'The calculation ran into an error.',
    'engine.reason.no-user-data': 'No imported dataset is kept in this browser.',
    'engine.reason.published-indicator': 'This indicator is published, not computed.',
    'engine.reason.not-ready': 'The statistics have not loaded yet.',
    'engine.reason.bad-request': 'The calculation was asked for something it cannot do.',
  },
  ru: {
    'engine.error.crashed': 'Вычислительный модуль неожиданно остановился и был перезапущен; незавершённый расчёт запрошен заново.',
    'engine.error.failed': 'Расчёт не удался.',
    'engine.error.detail': 'Технические подробности',
    'engine.retry': 'Повторить',
    'engine.reason.crashed': 'Вычислительный модуль остановился.',
    'engine.reason.internal': 'При расчёте произошла ошибка.',
    'engine.reason.no-user-data': 'В этом браузере нет импортированного набора данных.',
    'engine.reason.published-indicator': 'Этот показатель опубликован, а не рассчитан.',
    'engine.reason.not-ready': 'Статистика ещё не загружена.',
    'engine.reason.bad-request': 'Запрошен расчёт, который невозможен.',
  },
  ky: {
    'engine.error.crashed': 'Эсептөө модулу күтүлбөгөн жерден токтоп калды жана кайра иштетилди; бүтпөй калган эсептөө кайра суралды.',
    'engine.error.failed': 'Эсептөө ишке ашкан жок.',
    'engine.error.detail': 'Техникалык маалымат',
    'engine.retry': 'Кайра аракет кылуу',
    'engine.reason.crashed': 'Эсептөө модулу токтоп калды.',
    'engine.reason.internal': 'Эсептөөдө ката кетти.',
    'engine.reason.no-user-data': 'Бул браузерде импорттолгон маалымат топтому жок.',
    'engine.reason.published-indicator': 'Бул көрсөткүч жарыяланган, эсептелген эмес.',
    'engine.reason.not-ready': 'Статистика азырынча жүктөлө элек.',
    'engine.reason.bad-request': 'Аткарууга мүмкүн болбогон эсептөө суралды.',
  },
});
