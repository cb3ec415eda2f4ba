// @vitest-environment happy-dom
// The embed dialog's measurement applies the styles of a frame of an article's width: each @media
// rule unwrapped where its query holds in such a frame, left out where not (frame-media.ts).
import {describe, expect, it} from 'vitest';
import {sheetForMedia} from '../../../src/ui/frame-media';

describe('sheetForMedia', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`button { min-height: 32px; }
    @media (max-width: 700px), (pointer: coarse) { button { min-height: 44px; } summary { padding-block: 12px; } }
    @media (max-height: 500px) { :host { padding: 4px; } }`);

  it('keeps the rules of a query that holds in the frame, unwrapped, after the rules they override', () => {
    const text = sheetForMedia(sheet.cssRules, (q) => q.includes('max-width: 700px'));
    expect(text).not.toContain('@media');
    expect(text.indexOf('min-height: 32px')).toBeLessThan(text.indexOf('min-height: 44px'));
    expect(text).toContain('padding-block: 12px');
    expect(text).not.toContain('padding: 4px');
  });

  it('drops every media rule when none holds (a wide frame on a desktop)', () => {
    const text = sheetForMedia(sheet.cssRules, () => false);
    expect(text).toContain('min-height: 32px');
    expect(text).not.toMatch(/44px|12px|4px/);
  });
});
