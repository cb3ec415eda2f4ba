// The names of the composite index's components (code-split): added by the scenario editor (the
// weights) and the region profile (why a region has its index value).
import {defineMessages} from './define';

export const indexComponents = defineMessages({
  en: {
    'index.component.lq_employment': 'LQ on employment',
    'index.component.lq_establishments': 'LQ on establishments',
    'index.component.pc': 'Per-capita production',
    'index.component.spec': 'Specialisation',
    'index.why': 'Why this value',
    'index.used': 'Components used ({n} of {total}): {components}.',
    'index.why.caption': '{indicator} of {region}: the {aggregation} of its components, with their weights',
    'index.why.component': 'Component',
    'index.why.value': 'Value',
    'index.why.weight': 'Weight',
    'index.why.unused': 'Not used for this sector and year (no region has it): {components}.',
    'index.why.zeroWeight': 'Left out by the scenario (weight 0): {components}.',
  },
  ru: {
    'index.component.lq_employment': 'Коэффициент локализации (LQ) по занятости',
    'index.component.lq_establishments': 'Коэффициент локализации (LQ) по числу предприятий',
    'index.component.pc': 'Душевое производство',
    'index.component.spec': 'Специализация',
    'index.why': 'Откуда это значение',
    'index.used': 'Использованы составляющие ({n} из {total}): {components}.',
    'index.why.caption': '{indicator}, {region}: {aggregation} составляющих с их весами',
    'index.why.component': 'Составляющая',
    'index.why.value': 'Значение',
    'index.why.weight': 'Вес',
    'index.why.unused': 'Не используются для этой отрасли и года (ни у одного региона нет данных): {components}.',
    'index.why.zeroWeight': 'Исключены сценарием (вес 0): {components}.',
  },
  ky: {
    'index.component.lq_employment': 'Иш менен камсыз болгондор боюнча локалдаштыруу коэффициенти (LQ)',
    'index.component.lq_establishments': 'Ишканалардын саны боюнча локалдаштыруу коэффициенти (LQ)',
    'index.component.pc': 'Жан башына өндүрүү',
    'index.component.spec': 'Адистештирүү',
    'index.why': 'Бул маани кайдан келди',
    'index.used': 'Колдонулган түзүүчүлөр ({n}/{total}): {components}.',
    'index.why.caption': '{indicator}, {region}: түзүүчүлөрдүн салмактары менен {aggregation}',
    'index.why.component': 'Түзүүчү',
    'index.why.value': 'Маани',
    'index.why.weight': 'Салмак',
    'index.why.unused': 'Бул тармак жана жыл үчүн колдонулбайт (бир да региондо маалымат жок): {components}.',
    'index.why.zeroWeight': 'Сценарий боюнча алынып салынган (салмагы 0): {components}.',
  },
});
