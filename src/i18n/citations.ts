// The data files cite the seed documents in English ("seed 002 Figure 1 and text"). Shown to a reader,
// such a citation is put into the UI language ("источник 002, рис. 1 и текст", "002-булак, 1-сүрөт
// жана текст"). Anything else (a web address, a bibliographic title) is left as written.
import type {Lang} from './i18n';

const SEED = /^seeds? (\d{3})(?: and seeds? (\d{3}))?(?: (Figure|Table) ([\d.]+))?( and text)?$/;

export function citation(lang: Lang, text: string): string {
  const m = SEED.exec(text.trim());
  if (!m || lang === 'en') return text;
  const [, a, b, kind, number, andText] = m;
  if (lang === 'ru') {
    const seeds = b ? `источники ${a} и ${b}` : `источник ${a}`;
    const part = kind ? `, ${kind === 'Figure' ? 'рис.' : 'табл.'} ${number}` : '';
    return `${seeds}${part}${andText ? ' и текст' : ''}`;
  }
  const seeds = b ? `${a} жана ${b}-булактар` : `${a}-булак`;
  const part = kind ? `, ${number}-${kind === 'Figure' ? 'сүрөт' : 'жадыбал'}` : '';
  return `${seeds}${part}${andText ? ' жана текст' : ''}`;
}
