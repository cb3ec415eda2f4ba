// The custom class limits' field of the legend (code-split with src/ui/breaks-field.ts, loaded when
// the custom classes are first chosen): added to the messages when it loads.
import {defineMessages} from './define';

export const breaksField = defineMessages({
  en: {
    'classes.breaks': 'Breaks, ascending, separated by commas',
    'classes.breaksInvalid': 'Enter up to 8 ascending numbers separated by commas, each from −1 000 000 to 1 000 000, for example 0.5, 1, 2.',
    'classes.apply': 'Apply',
  },
  ru: {
    'classes.breaks': 'Границы по возрастанию, через запятую',
    'classes.breaksInvalid': 'Введите до 8 чисел по возрастанию через запятую, каждое от −1 000 000 до 1 000 000, например 0.5, 1, 2.',
    'classes.apply': 'Применить',
  },
  ky: {
    'classes.breaks': 'Чектер өсүү тартибинде, үтүр менен',
    'classes.breaksInvalid': 'Өсүү тартибинде 8-ге чейин сан үтүр менен жазыңыз, ар бири −1 000 000-дон 1 000 000-го чейин, мисалы 0.5, 1, 2.',
    'classes.apply': 'Колдонуу',
  },
});
