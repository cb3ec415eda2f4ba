import {describe, expect, it} from 'vitest';
import {OSH_OBLAST_BEFORE_2013_NOTE} from '../../../src/model/shipped-dataset';
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
});
