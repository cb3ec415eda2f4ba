import {describe, expect, it} from 'vitest';
import {OSH_OBLAST_BEFORE_2013_NOTE} from '../../../src/model/shipped-dataset';
import '../../../src/i18n/citations'; // the words of an imported file's citation (the engine's client loads them)
import {sourcesText, sourceTexts} from '../../../src/ui/explorer-text';

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
