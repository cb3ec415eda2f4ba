// The shipped data files (data/*.csv) checked against the seed documents' published tables, cell by
// cell. The published figures are typed below as fixtures, each block citing the seed file and the
// lines where the table is printed (seeds live in ../shared/seeds/, named NNN_<hash>.txt); the test
// never reads the seeds, so the repository's data stands alone. A data edit that departs from the
// seed fails here with the cell it broke.
//
// Numbers are typed as the seed prints them (decimal comma, "22 000" with a thin space, "-" for a
// dash); `csvText` gives the form the CSV must hold (decimal point, no group separator), so the
// printed precision — trailing zeros such as "0.480" or Bishkek's "1.0" — is part of the check.
import {join} from 'node:path';
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {REGION_CODES, type RegionCode} from '../../../src/model/region';
import {readShippedTexts} from '../../../src/io/shipped-data-plugin';
import {parseShippedData} from '../../../src/io/shipped-tables';

const texts = readShippedTexts(join(import.meta.dirname, '../../../data'));
const data = parseShippedData(texts);

/** A shipped file's cells exactly as written (the parsed tables turn "0.480" into 0.48). */
function rawRows(file: string): Record<string, string>[] {
  const text = texts[file]!;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return Papa.parse<Record<string, string>>(body, {header: true, skipEmptyLines: 'greedy'}).data;
}

/** A number as the seed prints it ("0,480", "22 000", "1 4 ,1") in the form the CSVs write it. */
const csvText = (printed: string) => printed.replace(/\s/g, '').replace(',', '.');

// ---------------------------------------------------------------------------------------------
// Region names as the seeds print them → the atlas's ISO 3166-2:KG codes (data/regions.csv).

/** seed 002 (Kyrgyz): row labels of Table 3.1 (lines 958–974) and the regions of Figure 1 (lines 1036–1078). */
const KY_REGION: Record<string, RegionCode> = {
  'Баткен облусу': 'KG-B',
  'Жалал-Абад облусу': 'KG-J',
  'Ысык-Көл облусу': 'KG-Y',
  'Нарын облусу': 'KG-N',
  'Ош облусу': 'KG-O',
  'Талас облусу': 'KG-T',
  'Чүй облусу': 'KG-C',
  'Бишкек ш.': 'KG-GB',
  'Бишкек шаары': 'KG-GB',
  'Ош ш.': 'KG-GO',
};

/** seed 003 (Russian): region headings of Table 3 (lines 1758–1862). */
const RU_REGION: Record<string, RegionCode> = {
  'Баткенская область': 'KG-B',
  'Джалал-Абадская область': 'KG-J',
  'Иссык-Кульская область': 'KG-Y',
  'Нарынская область': 'KG-N',
  'Ошская область': 'KG-O',
  'Таласская область': 'KG-T',
  'Чуйская область': 'KG-C',
  'г. Бишкек': 'KG-GB',
  'г. Ош': 'KG-GO',
};

/** The seven oblasts (no city): how the atlas reads "all regions" / "most territories" in seeds 000 and 003. */
const OBLASTS: RegionCode[] = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C'];

describe('region names of the seeds → data/regions.csv codes', () => {
  const region = (code: RegionCode) => data.regions.find((r) => r.code === code)!;

  it('maps every Kyrgyz label of seed 002 to the region with that Kyrgyz name', () => {
    for (const [label, code] of Object.entries(KY_REGION))
      expect(region(code).name_ky, `seed 002 "${label}" → ${code}`).toBe(label.replace(/ ш\.$/, ' шаары'));
  });

  it('maps every Russian heading of seed 003 to the region with that Russian name', () => {
    for (const [label, code] of Object.entries(RU_REGION))
      expect(region(code).name_ru, `seed 003 "${label}" → ${code}`).toBe(label.replace(/^г\. /, 'город '));
    expect(new Set(Object.values(RU_REGION))).toEqual(new Set(REGION_CODES));
  });
});

// ---------------------------------------------------------------------------------------------
// seed 002 (../shared/seeds/002_8780659ce0de8286.txt) lines 933–974, Table 3.1 ("3.1-жадыбал"):
// integral coefficient of the cluster-formation potential by region × industry, 2015–2019.
// Columns 1–6 (line 952) are the industries enumerated at lines 910–916.

const TABLE_3_1_COLUMNS = [
  ['mining', 'тоо-кен казып алуу'],
  ['food_processing', 'тамак-аш жана кайра иштетүү өнөр жайы'],
  ['construction_materials', 'курулуш материалдарын өндүрүү'],
  ['coke_refined_petroleum', 'кокс жана тазаланган мунай заттарын өндүрүү'],
  ['light_industry', 'жеңил өнөр жай'],
  // the seed goes on "… менен камсыз кылуу тармактарында" ("supply industries"); the CSV keeps the noun phrase
  ['electricity', 'электр энергиясы, газ, буу жана кондицияланган аба'],
] as const;

/** [seed line, row label, columns 1–6 as printed]; "-" is a dash: no production. */
const TABLE_3_1: ReadonlyArray<readonly [number, string, readonly string[]]> = [
  [958, 'Баткен облусу', ['2,553', '0,480', '2,895', '-', '0,198', '0,236']],
  [960, 'Жалал-Абад облусу', ['5,449', '0,239', '0,252', '0,780', '0,626', '2,133']],
  [962, 'Ысык-Көл облусу', ['0,027', '0,221', '0,072', '-', '0,043', '0,231']],
  [964, 'Нарын облусу', ['2,574', '0,129', '0,089', '-', '0,164', '1,585']],
  [966, 'Ош облусу', ['2,977', '0,460', '4,257', '-', '1,055', '0,290']],
  [968, 'Талас облусу', ['0,028', '1,444', '0,058', '-', '0,017', '1,636']],
  [970, 'Чүй облусу', ['0,044', '2,075', '1,775', '3,889', '1,069', '0,804']],
  [972, 'Бишкек ш.', ['0,025', '1,564', '0,946', '-', '2,083', '1,287']],
  [974, 'Ош ш.', ['-', '0,552', '0,750', '-', '0,581', '2,297']],
];

describe('seed 002 Table 3.1 → data/integral-coefficient-2015-2019.csv', () => {
  const file = 'integral-coefficient-2015-2019.csv';
  const raw = rawRows(file);

  it('the fixture is the whole table: 9 regions × 6 industries = 46 values and 8 dashes', () => {
    const cells = TABLE_3_1.flatMap(([, , row]) => row);
    expect(cells).toHaveLength(54);
    expect(cells.filter((c) => c === '-')).toHaveLength(8);
    expect(TABLE_3_1.map(([, label]) => KY_REGION[label])).toEqual([...REGION_CODES]);
  });

  it('the file holds exactly the 54 cells, one row each', () => {
    expect(raw).toHaveLength(54);
    expect(data.integral).toHaveLength(54);
    const keys = raw.map((r) => `${r.region_code} × ${r.industry}`);
    expect(new Set(keys).size, 'duplicate region × industry rows').toBe(54);
  });

  for (const [line, label, row] of TABLE_3_1) {
    const code = KY_REGION[label]!;
    it(`line ${line}: ${label} (${code})`, () => {
      TABLE_3_1_COLUMNS.forEach(([industry, industryKy], i) => {
        const printed = row[i]!;
        const cell = `Table 3.1 ${label} (${code}) × ${industry}`;
        const rawMatches = raw.filter((r) => r.region_code === code && r.industry === industry);
        expect(rawMatches, `${cell}: rows in the file`).toHaveLength(1);
        const r = rawMatches[0]!;
        const parsed = data.integral.find((p) => p.region_code === code && p.industry === industry)!;
        if (printed === '-') {
          expect(r.integral_coefficient, `${cell}: a dash is an empty cell, not 0`).toBe('');
          expect(parsed.integral_coefficient, `${cell}: a dash parses as null (no production)`).toBeNull();
          expect(r.source, `${cell}: source says it is a dash`).toMatch(/^seed 002 Table 3\.1 \(dash: no production\)$/);
        } else {
          expect(r.integral_coefficient, `${cell}: printed text`).toBe(csvText(printed));
          expect(parsed.integral_coefficient, `${cell}: value`).toBe(Number(csvText(printed)));
          expect(r.source, `${cell}: source`).toBe('seed 002 Table 3.1');
        }
        expect(r.period, `${cell}: period`).toBe('2015-2019');
        expect(r.industry_ky, `${cell}: industry as named in seed 002`).toBe(industryKy);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// seed 003 (../shared/seeds/003_f6a688b11d1878c3.txt) lines 1753–1803 and 1837–1874, Table 3
// ("Определение потенциала регионов Кыргызстана для кластерного развития за 2018 г."): employment
// location quotients by region; only the activities listed per region are published. The table is
// split by a page: Batken–Talas at lines 1758–1803, Chuy, Bishkek and Osh city at lines 1837–1872.

/** The activities as seed 003 names them → GKED section. */
const SECTION_OF: Record<string, string> = {
  'Сельское хозяйство': 'A',
  'Добыча и переработка полезных ископаемых': 'B',
  'Обрабатывающая промышленность': 'C',
  'Обеспечение (снабжение) электроэнергией, газом, паром и т. д.': 'D',
  'Обеспечение (снабжение) электроэнергией, газом, паром': 'D', // so printed for Osh city (line 1863)
  'Водоснабжение, очистка, обработка отходов': 'E',
  'Строительство': 'F',
  'Оптовая и розничная торговля': 'G',
  'Транспортная деятельность и хранение грузов': 'H',
  'Деятельность гостиниц и ресторанов': 'I',
  'Информация и связь': 'J',
  'Финансовое посредничество и страхование': 'K',
  'Операции с недвижимым имуществом': 'L',
  'Профессиональная, научная техническая деятельность': 'M',
  'Административная и вспомогательная деятельность': 'N',
  'Государственное управление': 'O',
  'Образование': 'P',
  'Здравоохранение и социальное обслуживание населения': 'Q',
  'Искусство, развлечения и отдых': 'R',
};

/** Per region heading (its line): [seed line, activity, location quotient as printed], in the printed order. */
const TABLE_3: ReadonlyArray<{line: number; region: string; rows: ReadonlyArray<readonly [number, string, string]>}> = [
  {
    line: 1758,
    region: 'Баткенская область',
    rows: [
      [1759, 'Сельское хозяйство', '1,29'],
      [1760, 'Добыча и переработка полезных ископаемых', '5,62'],
      [1761, 'Водоснабжение, очистка, обработка отходов', '2,41'],
      [1762, 'Строительство', '1,06'],
      [1763, 'Образование', '1,11'],
      [1764, 'Искусство, развлечения и отдых', '1,24'],
    ],
  },
  {
    line: 1766,
    region: 'Джалал-Абадская область',
    rows: [
      [1767, 'Сельское хозяйство', '1,07'],
      [1768, 'Добыча и переработка полезных ископаемых', '1,42'],
      [1769, 'Обрабатывающая промышленность', '1,27'],
      [1770, 'Обеспечение (снабжение) электроэнергией, газом, паром и т. д.', '1,19'],
      [1771, 'Финансовое посредничество и страхование', '1,05'],
      [1772, 'Образование', '1,30'],
      [1773, 'Здравоохранение и социальное обслуживание населения', '1,03'],
      [1774, 'Искусство, развлечения и отдых', '1,76'],
    ],
  },
  {
    line: 1776,
    region: 'Иссык-Кульская область',
    rows: [
      [1777, 'Водоснабжение, очистка, обработка отходов', '1,04'],
      [1778, 'Сельское хозяйство', '0,76'],
      [1779, 'Деятельность гостиниц и ресторанов', '0,80'],
    ],
  },
  {
    line: 1781,
    region: 'Нарынская область',
    rows: [
      [1782, 'Сельское хозяйство', '2,19'],
      [1783, 'Добыча и переработка полезных ископаемых', '3,24'],
      [1784, 'Водоснабжение, очистка, обработка отходов', '2,18'],
      [1785, 'Государственное управление', '1,15'],
      [1786, 'Образование', '2,29'],
      [1787, 'Искусство, развлечения и отдых', '2,13'],
      [1788, 'Обеспечение (снабжение) электроэнергией, газом, паром и т. д.', '0,64'],
      [1789, 'Транспортная деятельность и хранение грузов', '0,44'],
    ],
  },
  {
    line: 1791,
    region: 'Ошская область',
    rows: [
      [1792, 'Сельское хозяйство', '1,51'],
      [1793, 'Строительство', '1,35'],
      [1794, 'Оптовая и розничная торговля', '1,02'],
      [1795, 'Транспортная деятельность и хранение грузов', '1,06'],
      [1796, 'Деятельность гостиниц и ресторанов', '1,44'],
    ],
  },
  {
    line: 1798,
    region: 'Таласская область',
    rows: [
      [1799, 'Сельское хозяйство', '2,50'],
      [1800, 'Добыча и переработка полезных ископаемых', '0,24'],
      [1801, 'Транспортная деятельность и хранение грузов', '0,57'],
      [1802, 'Водоснабжение, очистка, обработка отходов', '5,03'],
      [1803, 'Образование', '1,09'],
    ],
  },
  {
    line: 1837,
    region: 'Чуйская область',
    rows: [
      [1838, 'Обрабатывающая промышленность', '1,79'],
      [1839, 'Добыча и переработка полезных ископаемых', '0,18'],
      [1840, 'Водоснабжение, очистка, обработка отходов', '1,68'],
      [1841, 'Транспортная деятельность и хранение грузов', '1,36'],
      [1842, 'Профессиональная, научная техническая деятельность', '1,51'],
      [1843, 'Административная и вспомогательная деятельность', '1,50'],
      [1844, 'Здравоохранение и социальное обслуживание населения', '1,27'],
      [1845, 'Искусство, развлечения и отдых', '1,01'],
    ],
  },
  {
    line: 1847,
    region: 'г. Бишкек',
    rows: [
      [1848, 'Обрабатывающая промышленность', '1,37'],
      [1849, 'Обеспечение (снабжение) электроэнергией, газом, паром и т. д.', '1,36'],
      [1850, 'Оптовая и розничная торговля', '1,34'],
      [1851, 'Транспортная деятельность и хранение грузов', '1,13'],
      [1852, 'Информация и связь', '2,52'],
      [1853, 'Финансовое посредничество и страхование', '1,82'],
      [1854, 'Операции с недвижимым имуществом', '4,99'],
      [1855, 'Профессиональная, научная техническая деятельность', '1,59'],
      [1856, 'Административная и вспомогательная деятельность', '1,96'],
      [1857, 'Государственное управление', '1,74'],
      [1858, 'Здравоохранение и социальное обслуживание населения', '1,25'],
      [1859, 'Искусство, развлечения и отдых', '1,28'],
      [1860, 'Образование', '1,0'], // one decimal, as printed
    ],
  },
  {
    line: 1862,
    region: 'г. Ош',
    rows: [
      [1863, 'Обеспечение (снабжение) электроэнергией, газом, паром', '1,26'],
      [1864, 'Добыча и переработка полезных ископаемых', '0,17'],
      [1865, 'Строительство', '1,99'],
      [1866, 'Оптовая и розничная торговля', '1,49'],
      [1867, 'Транспортная деятельность и хранение грузов', '1,05'],
      [1868, 'Деятельность гостиниц и ресторанов', '1,44'],
      [1869, 'Информация и связь', '1,45'],
      [1870, 'Финансовое посредничество и страхование', '2,25'],
      [1871, 'Здравоохранение и социальное обслуживание населения', '1,11'],
      [1872, 'Образование', '0,97'],
    ],
  },
];

describe('seed 003 Table 3 → data/lq-employment-2018.csv', () => {
  const raw = rawRows('lq-employment-2018.csv');

  it('the fixture is the whole table: 66 rows over the 9 regions', () => {
    expect(TABLE_3.flatMap((b) => b.rows)).toHaveLength(66);
    expect(TABLE_3.map((b) => RU_REGION[b.region])).toEqual([...REGION_CODES]);
    for (const b of TABLE_3)
      for (const [line, activity] of b.rows)
        expect(SECTION_OF[activity], `seed 003 line ${line}: "${activity}" has a section`).toBeDefined();
  });

  it('the file holds exactly the 66 published quotients, one row per region × section', () => {
    expect(raw).toHaveLength(66);
    expect(data.lqEmployment2018).toHaveLength(66);
    expect(new Set(raw.map((r) => `${r.region_code} × ${r.section}`)).size, 'duplicate region × section rows').toBe(66);
  });

  for (const block of TABLE_3) {
    const code = RU_REGION[block.region]!;
    it(`lines ${block.line}–${block.rows.at(-1)![0]}: ${block.region} (${code})`, () => {
      const fileRows = raw.filter((r) => r.region_code === code);
      for (const [line, activity, printed] of block.rows) {
        const section = SECTION_OF[activity]!;
        const cell = `Table 3 ${block.region} (${code}) × ${section} ${activity} (line ${line})`;
        const r = fileRows.find((f) => f.section === section);
        expect(r, `${cell}: row in the file`).toBeDefined();
        expect(r!.lq, `${cell}: printed text`).toBe(csvText(printed));
        const parsed = data.lqEmployment2018.find((p) => p.region_code === code && p.section === section)!;
        expect(Number(parsed.lq), `${cell}: value`).toBe(Number(csvText(printed)));
        expect(r!.year, `${cell}: year`).toBe('2018');
        expect(r!.source, `${cell}: source`).toBe('seed 003 Table 3');
        // the CSV drops the trailing "и т. д." of the electricity activity
        expect(r!.activity_ru, `${cell}: activity`).toBe(activity.replace(/ и т\. д\.$/, ''));
      }
      expect(
        fileRows.map((r) => `${r.section} ${r.lq}`),
        `Table 3 ${block.region}: the published sections, in the printed order, and nothing else`,
      ).toEqual(block.rows.map(([, activity, lq]) => `${SECTION_OF[activity]} ${csvText(lq)}`));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// seed 002 (../shared/seeds/002_8780659ce0de8286.txt) lines 510–650, Table 2.1 ("2.1-жадыбал"):
// gross industrial output of Kyrgyzstan by activity, 2015–2019, mln som. The last column (2019 as %
// of 2015) is not shipped.

const TABLE_2_1_YEARS = [2015, 2016, 2017, 2018, 2019] as const;
/** [seed lines, row label, facts.csv key prefix, 2015–2019 as printed]. */
const TABLE_2_1: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['545–567', 'Пайдалуу кендерди казып алуу, бардыгы', 'output_mining', ['7913,8', '12741,7', '17906,6', '16047,0', '19563,6']],
  ['571', 'Иштеп чыгаруучу өнөр жай, бардыгы', 'output_manufacturing', ['140604,2', '163298,3', '181574,4', '199898,1', '224527,0']],
  [
    '573–607',
    'Электр энергиясы, газ, буу жана кондицияланган аба менен камсыздоо, бардыгы',
    'output_electricity',
    ['30856,4', '31900,2', '35685,3', '38539,7', '36881,9'],
  ],
  [
    '615–639',
    'Суу менен камсыздоо, тазалоо, таштандыларды иштетүү жана экинчи чийки заттарды өндүрүү, бардыгы',
    'output_water_waste',
    ['1652,3', '1871,8', '2059,0', '2863,8', '2999,2'],
  ],
  ['645', 'Өнөр жай, бардыгы', 'industrial_output_total', ['181026,7', '209812,0', '237225,3', '257348,5', '283971,7']],
];

describe('seed 002 Table 2.1 → data/facts.csv (national industrial output, mln som)', () => {
  const raw = rawRows('facts.csv');

  it('the fixture adds up: the four activities make the total, to the printed rounding', () => {
    TABLE_2_1_YEARS.forEach((year, i) => {
      const parts = TABLE_2_1.slice(0, 4).reduce((sum, [, , , values]) => sum + Number(csvText(values[i]!)), 0);
      const total = Number(csvText(TABLE_2_1[4]![3][i]!));
      expect(Math.abs(parts - total), `Table 2.1 ${year}: sum of activities vs total`).toBeLessThan(0.15);
    });
  });

  for (const [lines, label, prefix, values] of TABLE_2_1) {
    it(`lines ${lines}: ${label}`, () => {
      TABLE_2_1_YEARS.forEach((year, i) => {
        const printed = values[i]!;
        const key = `${prefix}_${year}`;
        const cell = `Table 2.1 ${label} × ${year} (${key})`;
        const rows = raw.filter((r) => r.key === key);
        expect(rows, `${cell}: rows in the file`).toHaveLength(1);
        expect(rows[0]!.value, `${cell}: printed text`).toBe(csvText(printed));
        expect(rows[0]!.year, `${cell}: year`).toBe(String(year));
        expect(rows[0]!.unit, `${cell}: unit`).toBe('million som');
        expect(rows[0]!.source, `${cell}: source`).toBe('seed 002 Table 2.1');
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Single figures in data/facts.csv from seeds 004, 000 and 003. `printed` is the number as the seed
// prints it (seed 000 is letter-spaced by its text extraction: "1 4 ,1" is 14,1); `seed` quotes the
// words around it. Seed files: 000_f5d4c284b872e432.txt, 003_f6a688b11d1878c3.txt, 004_53acaf5d1931bfb4.txt.

interface SeedFact {
  key: string;
  source: string;
  line: string;
  printed: string;
  seed: string;
  unit: string;
  year: string;
  note: string;
}

const SEED_FACTS: SeedFact[] = [
  // seed 004 line 70 (the potential assessment paragraph) and lines 82–87, Table 2
  {
    key: 'hydro_potential_annual', source: 'seed 004', line: '70', printed: '142-143',
    seed: 'жылдык өндүрүштүн көлөмү 142-143 млрд кВт/саат … 10%га жакыны гана иштетилген',
    unit: 'billion kWh per year', year: '', note: 'about 10% developed',
  },
  {
    key: 'small_hpp_potential_annual', source: 'seed 004', line: '70', printed: '5-8',
    seed: 'Чакан ГЭСтердин потенциалы жылына 5-8 млрд кВт саатты … 1%дан азы пайдаланылат',
    unit: 'billion kWh per year', year: '', note: 'less than 1% used',
  },
  {
    key: 'solar_potential_annual', source: 'seed 004', line: '70', printed: '490',
    seed: 'күндүн (490 млн кВт саатка жакын)',
    unit: 'million kWh per year', year: '', note: 'approximate',
  },
  {
    key: 'wind_potential_annual', source: 'seed 004', line: '70', printed: '44,6',
    seed: 'шамалдын (44,6 млн кВт саатка жакын)',
    unit: 'million kWh per year', year: '', note: 'approximate',
  },
  {
    key: 'electricity_deficit', source: 'seed 004', line: '70', printed: '3',
    seed: 'электр энергиясынын кескин жетишсиздигинин фонунда (3 млрд кВт сааттан ашык)',
    unit: 'billion kWh per year', year: '', note: 'more than',
  },
  {
    key: 'new_small_hpp_commissioned', source: 'seed 004', line: '85 (Table 2)', printed: '12',
    seed: '2023-жылы ишке киргизилген 12 жаңы чакан ГЭСтер',
    unit: 'plants', year: '2023', note: '',
  },
  {
    key: 'organic_land', source: 'seed 004', line: '86 (Table 2)', printed: '22 000',
    seed: '22 000 гектардан ашык органикалык жер',
    unit: 'hectares', year: '', note: 'more than',
  },
  {
    key: 'solid_waste_annual', source: 'seed 004', line: '87 (Table 2)', printed: '1',
    seed: '>1 миллион тонна катуу калдыктар жылына',
    unit: 'million tonnes per year', year: '', note: 'more than',
  },
  // seed 003 line 1680 and seed 000 line 169
  {
    key: 'growth_points_count', source: 'seed 003 and seed 000', line: '003: 1680; 000: 169', printed: '20',
    seed: 'рассматривает 20 населенных пунктов … города Бишкек и Ош будут развиваться по отдельным программам',
    unit: 'settlements', year: '2018', note: 'Concept of Regional Policy 2018-2022; Bishkek and Osh get separate programmes',
  },
  // seed 000 lines 277–280, 247–249, 230–231, 254
  {
    key: 'regional_development_funds_received', source: 'seed 000', line: '277–280', printed: '1540,4',
    seed: 'поступили 1540,4 млн. сомов … объектов образования (31%) … на открытие предприятий всего 2%',
    unit: 'million som', year: '', note: '31% went to education facilities; 2% to opening enterprises',
  },
  {
    key: 'tourism_share_gdp', source: 'seed 000', line: '247–249', printed: '5 ,0',
    seed: 'в 2018 году составил 5,0%, валовая добавленная стоимость сектора туризма, 27.7 млрд. сом, используется 15% потенциала',
    unit: '% of GDP', year: '2018', note: 'gross value added 27.7 billion som; 15% of potential used',
  },
  {
    key: 'apparel_share_exports', source: 'seed 000', line: '230–231', printed: '1 4 ,1',
    seed: 'экспорт составляет 14,1% от общего объёма экспорта',
    unit: '% of exports', year: '', note: '',
  },
  {
    key: 'food_share_exports', source: 'seed 000', line: '254', printed: '7 ,9',
    seed: 'Производство пищевых продуктов составляет 7,9% от общего объёма экспорта',
    unit: '% of exports', year: '', note: '',
  },
  // seed 003 line 51 (Global Competitiveness Index 2018) and line 1108 (WEF cluster development, 2018)
  {
    key: 'gci_rank_kg', source: 'seed 003', line: '51', printed: '97',
    seed: 'Индексу глобальной конкурентоспособности 2018 г. … Кыргызстан – 97-е',
    unit: 'rank', year: '2018', note: 'Global Competitiveness Index',
  },
  {
    key: 'cluster_development_rank_kg', source: 'seed 003', line: '1108', printed: '135',
    seed: 'по развитию кластеров … Кыргызстан – 135-е',
    unit: 'rank', year: '2018', note: 'WEF state of cluster development',
  },
];

describe('seeds 004, 000, 003 single figures → data/facts.csv', () => {
  const raw = rawRows('facts.csv');

  for (const f of SEED_FACTS) {
    it(`${f.source} line ${f.line}: ${f.key}`, () => {
      const cell = `${f.source} line ${f.line} "${f.seed}" (${f.key})`;
      const rows = raw.filter((r) => r.key === f.key);
      expect(rows, `${cell}: rows in the file`).toHaveLength(1);
      const r = rows[0]!;
      expect(r.value, `${cell}: value as printed`).toBe(csvText(f.printed));
      expect(r.unit, `${cell}: unit`).toBe(f.unit);
      expect(r.year, `${cell}: year`).toBe(f.year);
      expect(r.note, `${cell}: qualifier`).toBe(f.note);
      expect(r.source, `${cell}: source`).toBe(f.source);
    });
  }

  it('every row of facts.csv is one of the transcribed figures above', () => {
    const known = new Set([...SEED_FACTS.map((f) => f.key), ...TABLE_2_1.flatMap(([, , p]) => TABLE_2_1_YEARS.map((y) => `${p}_${y}`))]);
    expect(raw.map((r) => r.key).filter((k) => !known.has(k!)), 'facts.csv rows with no seed fixture here').toEqual([]);
    expect(raw).toHaveLength(known.size);
  });
});

// ---------------------------------------------------------------------------------------------
// Cluster memberships → data/clusters.csv (regions, `;`-separated) and, where the name is the seed's
// own, data/names-ky.csv or name_ru.

interface SeedCluster {
  id: string;
  /** The seed's words for where the cluster is. */
  printed: string;
  regions: RegionCode[];
  nameRu?: string;
  nameKy?: string;
  /** a word the transcriber's note must keep, where the atlas reads the seed's phrase */
  noteHas?: string;
}

/** A cluster of seed 002 Figure 1, its regions read from the printed list ("Чүй облусу; Талас облусу; …"). */
const fig1 = (id: string, nameKy: string, printed: string): SeedCluster => ({
  id,
  nameKy,
  printed,
  regions: printed.split(';').map((s) => KY_REGION[s.trim()]!),
});

// seed 002 (../shared/seeds/002_8780659ce0de8286.txt) lines 1036–1078, Figure 1 ("1-сүрөт", caption at 1014)
const FIGURE_1: SeedCluster[] = [
  fig1('interreg-agro', 'Региондор аралык агроөнөр жай кластери', 'Чүй облусу; Талас облусу; Ысык-Көл облусу'),
  fig1('interreg-construction-materials', 'Курулуш материалдарын өндүрүү боюнча региондор аралык кластер', 'Ош облусу; Баткен облусу'),
  fig1('interreg-fuel-energy', 'Региондор аралык отун-энергетикалык кластер', 'Чүй облусу; Жалал-Абад облусу'),
  fig1('interreg-textile', 'Региондор аралык текстиль-тигүү кластери', 'Чүй облусу; Бишкек шаары; Ош облусу'),
];

// The Concept of Regional Policy 2018–2022, cluster prerequisites: seed 000
// (../shared/seeds/000_f5d4c284b872e432.txt) lines 172–192 and seed 003 (…/003_f6a688b11d1878c3.txt)
// lines 1813–1831 give the same list. `printed` is seed 000's wording (seed 003's differs only for agro:
// "большая часть территорий"). name_ru is "<the seed's adjective> кластер".
const CONCEPT: SeedCluster[] = [
  {id: 'concept-education', nameRu: 'Образовательный кластер', printed: 'города Бишкек и Ош', regions: ['KG-GB', 'KG-GO']},
  {id: 'concept-construction', nameRu: 'Строительный кластер', printed: 'Чуйская, Ошская области', regions: ['KG-C', 'KG-O']},
  {id: 'concept-tourism', nameRu: 'Туристический кластер', printed: 'Иссык-Кульская область', regions: ['KG-Y']},
  {id: 'concept-petrochemical', nameRu: 'Нефтехимический кластер', printed: 'Джалал-Абадская область', regions: ['KG-J']},
  // the atlas reads "most territories" as the seven oblasts, and says so in the note
  {
    id: 'concept-agro',
    nameRu: 'Агропромышленный кластер',
    printed: 'большинство территорий, за исключением отдельных районов и городов',
    regions: OBLASTS,
    noteHas: 'most territories',
  },
  {id: 'concept-livestock', nameRu: 'Животноводческий кластер', printed: 'Чуйская, Нарынская области', regions: ['KG-C', 'KG-N']},
  {
    id: 'concept-transport',
    nameRu: 'Транспортно-коммуникационный кластер',
    printed: 'Нарынская, Ошская, Иссык-Кульская, Чуйская области, г.Бишкек',
    regions: ['KG-N', 'KG-O', 'KG-Y', 'KG-C', 'KG-GB'],
  },
  {id: 'concept-pharma', nameRu: 'Медико-фармацевтический кластер', printed: 'г. Бишкек', regions: ['KG-GB']},
];

// The Agrarian Platform's agro-clusters (2010): seed 000 (../shared/seeds/000_f5d4c284b872e432.txt)
// lines 147–155. name_ru is the seed's quoted name.
const AGRARIAN_PLATFORM: SeedCluster[] = [
  // "во всех регионах Кыргызстана": the atlas reads "all regions" as the seven oblasts, and says so in the note
  {id: 'agro-meat', nameRu: '«мясо»', printed: 'во всех регионах Кыргызстана', regions: OBLASTS, noteHas: 'all regions'},
  {id: 'agro-grain', nameRu: '«зерно»', printed: 'во всех регионах Кыргызстана', regions: OBLASTS, noteHas: 'all regions'},
  // name_ru: see KNOWN_DEVIATIONS below
  {id: 'agro-fruit-veg', nameRu: '«плодовощной»', printed: 'во всех регионах Кыргызстана', regions: OBLASTS, noteHas: 'all regions'},
  {
    id: 'agro-vegetable-oil',
    nameRu: '«растительное масло»',
    printed: 'во всех регионах Кыргызстана',
    regions: OBLASTS,
    noteHas: 'all regions',
  },
  {id: 'agro-sugar', nameRu: '«сахар»', printed: 'в Чуйской области', regions: ['KG-C']},
  {
    id: 'agro-potato',
    nameRu: '«картофель»',
    printed: 'в Иссык-Кульской, Таласской областях и западной части Чуйской области',
    regions: ['KG-Y', 'KG-T', 'KG-C'],
    noteHas: 'western part',
  },
  {
    id: 'agro-milk',
    nameRu: '«молоко»',
    printed: 'в Чуйской, Нарынской, Иссык-Кульской и Таласской областях (с развитием коневодства и яководства)',
    regions: ['KG-C', 'KG-N', 'KG-Y', 'KG-T'],
  },
  {id: 'agro-cotton-tobacco', nameRu: '«хлопок и табак»', printed: 'в Ошской и Джалал-Абадской областях', regions: ['KG-O', 'KG-J']},
  {id: 'agro-beans', nameRu: '«фасоль»', printed: 'в Таласской области', regions: ['KG-T']},
];

// Green clusters: seed 004 (../shared/seeds/004_53acaf5d1931bfb4.txt) lines 82–87, Table 2 (the
// names, as printed) and the text that places them: line 51 names the circular economy's cities and
// area; line 39 places the organic agro case in Jalal-Abad (the atlas's reading); the renewable-energy
// cluster is placed by cascades and rivers (line 80), not by region.
const GREEN: SeedCluster[] = [
  {
    id: 'green-renewable',
    nameKy: 'Кайра жаралуучу энергиянын кластери',
    printed: '(no region: hubs "Камбар-Ата ГЭС-1 же Сары-Жаз дарыясындагы каскад")',
    regions: [],
  },
  {
    id: 'green-organic-agro',
    nameKy: 'Органикалык өндүрүштүн агроөнөр жайлык кластери',
    printed: 'Жалал-Абад облусундагы айыл чарба чарбаларынын мисалында',
    regions: ['KG-J'],
    noteHas: 'Jalal-Abad',
  },
  {
    id: 'green-circular',
    nameKy: 'Айланма экономика кластери',
    printed: 'ири шаарларда (Бишкек, Ош) жана туристтик аймактарда (Ысык-Көл)',
    regions: ['KG-GB', 'KG-GO', 'KG-Y'],
  },
];

/**
 * Where the shipped file departs from the seed's letter on purpose or by correction: cluster id →
 * the value the file holds instead of the seed's. Each one is reported, not silently accepted.
 */
const KNOWN_DEVIATIONS: Record<string, {nameRu: string; why: string}> = {
  // seed 000 line 151 prints «плодовощной» (letter-spaced: « п л о д о в о щ н о й »); the CSV has the
  // standard spelling «плодоовощной».
  'agro-fruit-veg': {nameRu: '«плодоовощной»', why: 'spelling corrected from the seed'},
};

describe('cluster memberships → data/clusters.csv', () => {
  const families: [string, string, SeedCluster[]][] = [
    ['seed 002 Figure 1 (lines 1036–1078)', 'seed 002 Figure 1', FIGURE_1],
    ['Concept 2018–2022 prerequisites, seed 000 lines 172–192 / seed 003 lines 1813–1831', 'seed 000 and seed 003', CONCEPT],
    ['Agrarian Platform, seed 000 lines 147–155', 'seed 000', AGRARIAN_PLATFORM],
    ['green clusters, seed 004 Table 2 (lines 82–87)', 'seed 004', GREEN],
  ];

  for (const [title, source, clusters] of families) {
    describe(title, () => {
      for (const c of clusters) {
        it(c.id, () => {
          const where = `${title}: ${c.id} "${c.printed}"`;
          const rows = data.clusters.filter((r) => r.id === c.id);
          expect(rows, `${where}: rows in clusters.csv`).toHaveLength(1);
          const r = rows[0]!;
          expect([...r.regions].sort(), `${where}: member regions`).toEqual([...c.regions].sort());
          expect(r.regions.length, `${where}: no region listed twice`).toBe(new Set(r.regions).size);
          expect(r.source.startsWith(source), `${where}: source "${r.source}" cites ${source}`).toBe(true);
          if (c.nameRu) expect(r.name_ru, `${where}: name_ru`).toBe(KNOWN_DEVIATIONS[c.id]?.nameRu ?? c.nameRu);
          if (c.nameKy) {
            const nameKy = data.namesKy.find((n) => n.table === 'clusters' && n.id === c.id)?.name_ky;
            expect(nameKy, `${where}: Kyrgyz name as printed (names-ky.csv)`).toBe(c.nameKy);
          }
          if (c.noteHas) expect(r.note, `${where}: note keeps the seed's qualifier`).toContain(c.noteHas);
        });
      }
    });
  }

  it('every row of clusters.csv is one of the transcribed clusters above', () => {
    const known = new Set(families.flatMap(([, , cs]) => cs.map((c) => c.id)));
    expect(data.clusters.map((r) => r.id).filter((id) => !known.has(id)), 'clusters.csv rows with no seed fixture here').toEqual([]);
    expect(data.clusters).toHaveLength(known.size);
  });

  it('the known deviations from the seed are still the only ones (remove an entry once the data follows the seed)', () => {
    for (const [id, {nameRu}] of Object.entries(KNOWN_DEVIATIONS))
      expect(data.clusters.find((r) => r.id === id)?.name_ru, `${id}: still deviates as recorded`).toBe(nameRu);
  });
});

// ---------------------------------------------------------------------------------------------
// seed 003 (../shared/seeds/003_f6a688b11d1878c3.txt) lines 1680–1688: the 20 settlements the Concept
// of Regional Policy 2018–2022 takes as growth points, in the printed order. The seed gives the names
// only; the oblast beside each is the settlement's region (ISO 3166-2:KG), typed here so that a
// re-assignment in the data fails.

const GROWTH_POINTS_PRINTED =
  'Бишкек, Ош, Каракол, Балыкчы, Нарын, Кочкорка, Токмок, Кара-Балта, Талас, Исфана, Баткен, Кадамжай, Узген, Кара-Суу, ' +
  'Сары-Таш, Таш-Кумыр, Кара-Куль, Джалал-Абад, Кербен, Кочкор-Ата';
const GROWTH_POINT_REGIONS: RegionCode[] = [
  'KG-GB', 'KG-GO', 'KG-Y', 'KG-Y', 'KG-N', 'KG-N', 'KG-C', 'KG-C', 'KG-T', 'KG-B',
  'KG-B', 'KG-B', 'KG-O', 'KG-O', 'KG-O', 'KG-J', 'KG-J', 'KG-J', 'KG-J', 'KG-J',
];

describe('seed 003 growth points (lines 1680–1688) → data/places/growth-points.csv', () => {
  const names = GROWTH_POINTS_PRINTED.split(', ');
  const raw = rawRows('places/growth-points.csv');

  it('the fixture has 20 names and 20 regions', () => {
    expect(names).toHaveLength(20);
    expect(GROWTH_POINT_REGIONS).toHaveLength(20);
  });

  it('the file has the 20 points as GP01–GP20 in the seed’s order', () => {
    expect(data.growthPoints.map((g) => g.id)).toEqual(names.map((_, i) => `GP${String(i + 1).padStart(2, '0')}`));
  });

  names.forEach((name, i) => {
    const id = `GP${String(i + 1).padStart(2, '0')}`;
    it(`${id} ${name}`, () => {
      const where = `growth point ${i + 1} of seed 003 "${name}" (${id})`;
      const g = data.growthPoints.find((p) => p.id === id);
      expect(g, `${where}: row in the file`).toBeDefined();
      // the seed's spelling is the Russian name or one of the recorded alternatives
      // (Кочкорка → Кочкор; Исфана → Раззаков, renamed in 2022)
      const alternatives = g!.name_ru_alt.split(';').map((s) => s.replace(/\(.*\)/, '').trim());
      expect([g!.name_ru, ...alternatives], `${where}: Russian name or alternative`).toContain(name);
      expect(g!.oblast_iso, `${where}: region`).toBe(GROWTH_POINT_REGIONS[i]);
      expect(raw.find((r) => r.id === id)?.in_concept_2018_2022, `${where}: marked as in the Concept`).toBe('yes');
    });
  });
});
