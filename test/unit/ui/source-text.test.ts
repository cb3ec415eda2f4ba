import {describe, expect, it} from 'vitest';
import {OSH_OBLAST_BEFORE_2013_NOTE} from '../../../src/model/shipped-dataset';
import '../../../src/i18n/citations'; // the words of an imported file's citation (the engine's client loads them)
import {sourcesText, sourceTexts} from '../../../src/ui/explorer-text';
// The page words the data's citations once this module has loaded (the profile, the engine's client).
import '../../../src/i18n/citations';

describe('sources in words', () => {
  // As the shipped manufacturing shares name their table before and after 2013.
  const provenance = (note: string) => `github:… /data/9.2.2.xml (NSC KR national SDG platform${note})`;

  it('cites a table once, with its note where one of the citations has it', () => {
    const sources = ['sdg-9.2.2', provenance(`; ${OSH_OBLAST_BEFORE_2013_NOTE}`), provenance('')];
    expect(sourceTexts('en', sources)).toEqual([
      'National Statistical Committee, national SDG platform, indicator 9.2.2 (share of employment in manufacturing, labour force survey) (for Osh Region, values up to 2012 include Osh city (a footnote of the source))',
    ]);
    expect(sourcesText('ru', sources).match(/9\.2\.2/g)).toHaveLength(1);
  });

  // The audit found invest.gov.kg/batken listed twice in a row (?ind=potential&sector=B&year=2019): the
  // 2019 total row cites the page with a note on its year, the section rows without it.
  it.each(['en', 'ru', 'ky'] as const)('%s: cites a web page once, with the note in square brackets one of its citations has', (lang) => {
    const page = "https://invest.gov.kg/batken (National Investment Agency regional profile, 'Processing Industry' table; figures attributed to NSC KR)";
    const noted = `${page} [headline figure; year 2019 inferred because it equals the 2019 section sum]`;
    for (const sources of [[page, noted], [noted, page]]) {
      const texts = sourceTexts(lang, sources);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain('2019');
      expect(texts[0]).toContain('invest.gov.kg/batken');
    }
    // Different notes on one page are different citations (the years of a Wikipedia infobox): both stay.
    expect(sourceTexts(lang, ['https://en.wikipedia.org/wiki/Bishkek (population 1,074,075 in 2021)', 'https://en.wikipedia.org/wiki/Bishkek (infobox population 2023)'])).toHaveLength(2);
  });

  it('keeps different sources, and text it has no words for as it is', () => {
    expect(sourceTexts('en', ['sdg-9.2.2', 'sdg-8.1.1.2', 'my survey'])).toHaveLength(3);
  });

  it('says "your data" and the file first, then the sources the file names; the file’s name as written', () => {
    const sources = ['user-data:01_good_semicolon_bom.csv', 'Нацстатком, расчёты Минэкономики'];
    expect(sourcesText('ru', sources)).toBe('Ваши данные (файл 01_good_semicolon_bom.csv): Нацстатком, расчёты Минэкономики');
    expect(sourcesText('en', sources)).toBe('Your data (file 01_good_semicolon_bom.csv): Нацстатком, расчёты Минэкономики');
    expect(sourcesText('ky', [...sources, 'my survey'])).toBe('Сиздин маалымат (01_good_semicolon_bom.csv файлы): Нацстатком, расчёты Минэкономики; my survey');
    // A file that names no source: the file alone, not "none".
    expect(sourcesText('en', ['user-data:18_no_source.csv'])).toBe('Your data (file 18_no_source.csv)');
    // Under a scenario: the scenario first, then the file.
    expect(sourcesText('en', ['scenario', ...sources])).toMatch(/: Your data \(file 01_good_semicolon_bom\.csv\): Нацстатком/);
    // A name that looks like a shipped table's is not taken for it; markup stays text (Lit renders it as such).
    expect(sourcesText('en', ['user-data:sdg 9.2.2.csv'])).toBe('Your data (file sdg 9.2.2.csv)');
    expect(sourceTexts('ru', ['user-data:<img src=x onerror=alert(1)>.csv'])).toEqual(['Ваши данные (файл <img src=x onerror=alert(1)>.csv)']);
    expect(sourcesText('en', ['user-data:data\u202Evsc.exe'])).toBe('Your data (file datavsc.exe)');
  });
});
