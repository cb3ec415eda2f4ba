import {describe, expect, it} from 'vitest';
import {embedMapHeight, frameHeightFor} from '../../../src/embed/frame-height';

describe('the embed code’s frame height', () => {
  it('has the map’s height as styles.css gives it: 60 % of the width, within 240–640 px', () => {
    expect(embedMapHeight(320)).toBe(240);
    expect(embedMapHeight(600)).toBe(360);
    expect(embedMapHeight(740)).toBe(444);
    expect(embedMapHeight(1400)).toBe(640);
  });

  it('fits the tallest of the widths measured, with a margin, rounded up to 10 px', () => {
    // The Russian default view as the auditor measured it: 749 px at 320, 689 at 600, 718 at 740.
    const layouts = [
      {width: 320, header: 355, footer: 154},
      {width: 600, header: 215, footer: 114},
      {width: 740, header: 170, footer: 104},
    ];
    const height = frameHeightFor(layouts)!;
    expect(height).toBe(770); // 749 + 16, rounded up
    for (const l of layouts) expect(height).toBeGreaterThanOrEqual(l.header + embedMapHeight(l.width) + l.footer);
    // The narrow column is not always the tallest: a header that wraps less is, for instance.
    expect(frameHeightFor([{width: 320, header: 100, footer: 100}, {width: 740, header: 100, footer: 100}])).toBe(660);
  });

  it('gives nothing without a measurement (the element not laid out), and stays within 200–2000 px', () => {
    expect(frameHeightFor([])).toBeNull();
    expect(frameHeightFor([{width: 320, header: 0, footer: 0}])).toBeNull();
    expect(frameHeightFor([{width: 740, header: 5000, footer: 10}])).toBe(2000);
  });
});
