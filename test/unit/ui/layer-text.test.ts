import {describe, expect, it} from 'vitest';
import {webAddressText} from '../../../src/ui/layer-text';

describe('a web address as a link’s words', () => {
  it('names the site, then the page’s path as words', () => {
    expect(webAddressText('https://24.kg/english/144714__Power_shortage_Kyrgyzstan_decides_to_build_Kambar-Ata_HES_1_by_own_efforts/')).toBe(
      '24.kg: english/144714 Power shortage Kyrgyzstan decides to build Kambar-Ata HES 1 by own efforts',
    );
    expect(webAddressText('https://ru.wikipedia.org/wiki/%D0%A2%D0%BE%D0%BA%D1%82%D0%BE%D0%B3%D1%83%D0%BB%D1%8C%D1%81%D0%BA%D0%B0%D1%8F_%D0%93%D0%AD%D0%A1')).toBe(
      'ru.wikipedia.org: wiki/Токтогульская ГЭС',
    );
    expect(webAddressText('https://centrasia.org/newsA.php?st=1692300240')).toBe('centrasia.org: newsA.php?st=1692300240');
    expect(webAddressText('https://www.de.wikipedia.org')).toBe('de.wikipedia.org');
  });

  it('keeps an address it cannot read as it is', () => {
    expect(webAddressText('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
    expect(webAddressText('not a url')).toBe('not a url');
  });
});
