import {describe, expect, it} from 'vitest';
import {viewCaption} from '../../../src/ui/view-caption';

describe('viewCaption', () => {
  it('names the indicator, industry and time, on one line as over a title', () => {
    expect(viewCaption('en', {ind: 'integral', sector: 'mining', year: null, period: '2015–2019'})).toEqual({
      title: 'Integral coefficient of cluster-formation potential',
      subtitle: 'Mining — 2015–2019',
      line: 'Integral coefficient of cluster-formation potential — Mining — 2015–2019',
    });
  });

  it('does not repeat the year of a name that carries it on the one line', () => {
    for (const [lang, line] of [
      ['en', 'Employment location quotient, 2018 — C — Manufacturing'],
      ['ru', 'Коэффициент локализации занятости, 2018 — C — Обрабатывающая промышленность'],
    ] as const) {
      const caption = viewCaption(lang, {ind: 'lq2018', sector: 'C', year: null, period: '2018'});
      expect(caption.line).toBe(line);
      expect(caption.subtitle).toMatch(/ — 2018$/);
    }
  });
});
