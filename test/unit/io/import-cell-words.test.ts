// A planner's sheet from Russian-language Excel writes its indicator and sector cells in words
// («Занятость», «C - Обрабатывающая промышленность», «Итого»): each such row was refused as bad-indicator
// or bad-sector. They are read now; anything else is refused as before.
import {describe, expect, it} from 'vitest';
import {INDICATOR_WORDS, indicatorOfWord, sectorOfWord} from '../../../src/io/import-cell-words';
import {parseImportBytes, parseImportText, type ImportOutcome} from '../../../src/io/import-csv';
import {explorer} from '../../../src/i18n/messages/explorer';
import {DATA_INDICATORS} from '../../../src/model/dataset';

const problems = (o: ImportOutcome) => (o.ok ? [] : o.problems.map(({line, column, code}) => ({line, column, code})));

/** Text as Windows-1251 writes it: А–я, and "?" for what it lacks (Kyrgyz ң ө ү), as Excel does. */
const cp1251 = (text: string) =>
  Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    return 0x3f;
  }));

describe('indicator words', () => {
  it('reads Russian, Kyrgyz and English words for each indicator, any case, ё, spaces, Kyrgyz letters typed plain or lost as "?"', () => {
    const cases: [string, string][] = [
      ['Занятость', 'employment'],
      [' ЧИСЛЕННОСТЬ  ЗАНЯТЫХ ', 'employment'],
      ['Занятое население', 'employment'],
      ['Численность занятого населения', 'employment'],
      ['Иш менен камсыз болгондор', 'employment'],
      ['Employment', 'employment'],
      ['Выпуск', 'output'],
      ['Объём производства', 'output'],
      ['объем промышленной продукции', 'output'],
      ['Өндүрүш көлөмү', 'output'],
      ['Ондуруш колому', 'output'],
      ['?нд?р?ш к?л?м?', 'output'],
      ['Численность населения', 'population'],
      ['Население', 'population'],
      ['Постоянное население', 'population'],
      ['Калк', 'population'],
      ['Число предприятий', 'establishments'],
      ['Количество предприятий', 'establishments'],
      ['Число организаций', 'establishments'],
      ['Ишканалардын саны', 'establishments'],
      ['Доля занятых', 'employment_share'],
      ['Иш менен камсыз болгондордун ?л?ш?', 'employment_share'],
      ['Employment share', 'employment_share'],
      ['ВРП', 'grp'],
      ['Валовой региональный продукт', 'grp'],
      ['ДРП', 'grp'],
      ['Дүң региондук продукт', 'grp'],
      ['ВРП на душу населения', 'grp_per_capita'],
      ['Калктын жан башына ДРП', 'grp_per_capita'],
      ['GRP per capita', 'grp_per_capita'],
    ];
    for (const [cell, code] of cases) expect(indicatorOfWord(cell), cell).toBe(code);
    // Every word listed reads as its indicator, and every indicator has words beyond its code.
    for (const indicator of DATA_INDICATORS) {
      expect(INDICATOR_WORDS[indicator].length).toBeGreaterThanOrEqual(3);
      for (const word of INDICATOR_WORDS[indicator]) expect(indicatorOfWord(word), word).toBe(indicator);
    }
  });

  it('reads nothing else: a word with more in it, a neighbour’s word, an unknown one', () => {
    for (const cell of ['Занятость, тыс. чел.', 'Занятые', 'Производство', 'ВВП', 'Доля', 'Численность', 'employmentt', 'Employment_Share', '?', '', 'C']) expect(indicatorOfWord(cell), cell).toBeNull();
  });
});

describe('sector words', () => {
  it('reads a letter with its name, «Секция C», a section’s name and a total word', () => {
    const cases: [string, string][] = [
      ['C - Обрабатывающая промышленность', 'C'],
      ['C – Обрабатывающие производства', 'C'],
      ['C — Manufacturing', 'C'],
      ['C. Manufacturing', 'C'],
      ['G: Оптовая и розничная торговля', 'G'],
      ['A) Сельское хозяйство', 'A'],
      // The letter is read, its name not checked against it.
      ['F - Обрабатывающая промышленность', 'F'],
      // Typed on a Russian keyboard: a Cyrillic С before a name.
      ['С - Обрабатывающая промышленность', 'C'],
      ['Секция C', 'C'],
      ['раздел F', 'F'],
      ['Section B', 'B'],
      ['Раздел С - Обрабатывающие производства', 'C'],
      ['Обрабатывающая промышленность', 'C'],
      ['ОБРАБАТЫВАЮЩИЕ  ПРОИЗВОДСТВА', 'C'],
      ['Manufacturing', 'C'],
      ['Иштетүү өнөр жайы', 'C'],
      ['Иштет?? ?н?р жайы', 'C'],
      ['Горнодобывающая промышленность', 'B'],
      ['Оптовая и розничная торговля; ремонт автомобилей и мотоциклов', 'G'],
      ['Строительство', 'F'],
      ['Курулуш', 'F'],
      ['Итого', 'TOTAL'],
      ['Всего', 'TOTAL'],
      ['Всего по отраслям', 'TOTAL'],
      ['Вся экономика', 'TOTAL'],
      ['Бүт экономика', 'TOTAL'],
      ['Б?т экономика', 'TOTAL'],
      ['Whole economy', 'TOTAL'],
    ];
    for (const [cell, code] of cases) expect(sectorOfWord(cell), cell).toBe(code);
    // The atlas's own name of every section, in every language.
    for (const letter of 'ABCDEFGHIJKLMNOPQRS')
      for (const lang of ['en', 'ru', 'ky'] as const) expect(sectorOfWord(explorer[lang][`sector.${letter}` as 'sector.A']), `${lang} ${letter}`).toBe(letter);
  });

  it('reads the sections as seed 003’s Table 3 writes them (the EDB report, after the NSC)', () => {
    const cases: [string, string][] = [
      ['Сельское хозяйство', 'A'],
      ['Добыча и переработка полезных ископаемых', 'B'],
      ['Обеспечение (снабжение) электроэнергией, газом, паром и т. д.', 'D'],
      ['Обеспечение (снабжение) электроэнергией, газом, паром', 'D'],
      ['Водоснабжение, очистка, обработка отходов', 'E'],
      ['Государственное управление', 'O'],
      ['Здравоохранение и социальное обслуживание населения', 'Q'],
      ['Финансовое посредничество и страхование', 'K'],
    ];
    for (const [cell, code] of cases) expect(sectorOfWord(cell), cell).toBe(code);
  });

  it('reads nothing else: a letter outside A–S or without a name, a word that is not a section’s name', () => {
    for (const cell of ['E-commerce', 'T - Деятельность домашних хозяйств', 'c - обрабатывающая', 'С', 'Секция', 'Секция Z', 'C -', 'Промышленность', 'Обрабатывающая', 'Торговля', 'Total', 'Итого по области', '']) expect(sectorOfWord(cell), cell).toBeNull();
  });
});

describe('a sheet written in words', () => {
  const coded = [
    'region_code,sector,indicator,year,value,unit,source',
    'KG-C,C,employment,2022,150.5,thousand persons,NSC',
    'KG-C,TOTAL,employment,2022,400,thousand persons,NSC',
    'KG-C,G,employment,2022,60,thousand persons,NSC',
    'KG-C,C,employment_share,2022,5,%,NSC',
    'KG-C,TOTAL,population,2022,1000000,persons,NSC',
    'KG-C,food_processing,output,2022,12.25,million som,NSC',
    'KG-C,TOTAL,grp_per_capita,2022,150,thousand som,NSC',
  ];
  const russian = [
    'Регион;Отрасль;Показатель;Год;Значение;Единица измерения;Источник',
    'Чуйская обл.;C - Обрабатывающая промышленность;Занятость;2022;150,5;thousand persons;NSC',
    'Чуйская обл.;Итого;Численность занятых;2022;400;thousand persons;NSC',
    'Чуйская обл.;Оптовая и розничная торговля; ремонт автомобилей и мотоциклов;Занятость;2022;60;thousand persons;NSC',
    'Чуйская обл.;Обрабатывающие производства;Доля занятых;2022;5,0%;%;NSC',
    'Чуйская обл.;Всего;Численность населения;2022;1000000;persons;NSC',
    'Чуйская обл.;food_processing;Объём производства;2022;12,25;million som;NSC',
    'Чуйская обл.;Вся экономика;ВРП на душу населения;2022;150;thousand som;NSC',
  ];
  // The G row's name has a semicolon: quoted, as Excel writes it.
  russian[3] = russian[3]!.replace('Оптовая и розничная торговля; ремонт автомобилей и мотоциклов', '"Оптовая и розничная торговля; ремонт автомобилей и мотоциклов"');

  it('gives the same dataset as its coded twin, and says which words it read as which code', () => {
    const twin = parseImportText(coded.join('\n') + '\n');
    const o = parseImportText(russian.join('\r\n') + '\r\n');
    expect(problems(twin)).toEqual([]);
    expect(problems(o)).toEqual([]);
    if (!o.ok || !twin.ok) return;
    expect(o.columns).toEqual(twin.columns);
    expect(twin.valuesRead).toEqual([]);
    // Each distinct word once, in the order read, at most six; then how many more.
    expect(o.valuesRead).toEqual([
      ['Занятость', 'employment'],
      ['C - Обрабатывающая промышленность', 'C'],
      ['Численность занятых', 'employment'],
      ['Итого', 'TOTAL'],
      // Cut to 60 characters, as a problem quotes a cell.
      ['Оптовая и розничная торговля; ремонт автомобилей и мотоцикл…', 'G'],
      ['Доля занятых', 'employment_share'],
    ]);
    expect(o.valuesReadMore).toBe(6);
  });

  it('reads a Kyrgyz sheet saved as Windows-1251, its ү ө lost as "?"', () => {
    const text = 'Аймак;Тармак;Көрсөткүч;Жыл;Маани\nЧуйская обл.;Иштетүү өнөр жайы;Иш менен камсыз болгондор;2022;150\nЧуйская обл.;Бүт экономика;Калк;2022;1000000\n';
    const o = parseImportBytes(cp1251(text));
    expect(problems(o)).toEqual([]);
    if (!o.ok) return;
    expect(o.encoding).toBe('windows-1251');
    expect(o.columns.sectors).toEqual(['C', 'TOTAL']);
    expect(o.valuesRead).toEqual([
      ['Иш менен камсыз болгондор', 'employment'],
      ['Иштет?? ?н?р жайы', 'C'],
      ['Калк', 'population'],
      ['Б?т экономика', 'TOTAL'],
    ]);
    expect(o.valuesReadMore).toBe(0);
  });

  it('refuses other words as before, with their lines; a word for a code is a repeat of it', () => {
    const o = parseImportText(
      [
        'region_code;sector;indicator;year;value',
        'KG-C;C;Занятость, тыс. чел.;2022;1',
        'KG-C;Торговля;employment;2022;1',
        'KG-C;E-commerce;employment;2022;1',
        'KG-C;C;employment;2022;1',
        'KG-C;C - Обрабатывающая промышленность;Занятость;2022;2',
        'KG-C;Итого;Калк;2022;5',
      ].join('\n'),
    );
    expect(problems(o)).toEqual([
      {line: 2, column: 'indicator', code: 'bad-indicator'},
      {line: 3, column: 'sector', code: 'bad-sector'},
      {line: 4, column: 'sector', code: 'bad-sector'},
      {line: 6, column: null, code: 'duplicate-row'},
    ]);
    if (o.ok) return;
    expect(o.problems[0]!.message).toBe('expected one of employment, output, population, establishments, employment_share, grp, grp_per_capita, got "Занятость, тыс. чел."');
  });

  it('a share read from words may carry a %, another indicator may not', () => {
    const o = parseImportText('region_code;sector;indicator;year;value\nKG-C;C;Доля занятых;2022;5,5%\nKG-C;C;Занятость;2022;5,5%\n');
    expect(problems(o)).toEqual([{line: 3, column: 'value', code: 'percent-sign'}]);
  });
});
