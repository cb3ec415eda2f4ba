// @vitest-environment happy-dom
// styleProps (inline styles through the CSSOM, which the Content-Security-Policy allows) and the map's
// fallback message.
import {html, render} from 'lit';
import {describe, expect, it} from 'vitest';
import {createAppStore} from '../../../src/state/app-state';
import {defaultViewState} from '../../../src/state/view-state';
import '../../../src/ui/kg-map-fallback';
import {styleProps} from '../../../src/ui/style-props';

describe('styleProps', () => {
  it('sets, changes and removes CSS properties on the element, custom properties too', () => {
    const host = document.createElement('div');
    const draw = (styles: Record<string, string>) => render(html`<span ${styleProps(styles)}></span>`, host);
    draw({'background-color': 'rgb(1, 2, 3)', '--c': 'red', width: '50%'});
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('background-color')).toBe('rgb(1, 2, 3)');
    expect(span.style.getPropertyValue('--c')).toBe('red');
    expect(span.style.getPropertyValue('width')).toBe('50%');
    draw({width: '20%'});
    expect(span.style.getPropertyValue('width')).toBe('20%');
    expect(span.style.getPropertyValue('background-color')).toBe('');
    expect(span.style.getPropertyValue('--c')).toBe('');
  });

  it('refuses to be bound to an attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span style=${styleProps({width: '1px'})}></span>`, host)).toThrow(/belongs on an element/);
  });
});

describe('<kg-map-fallback>', () => {
  it('is hidden while the map draws, and explains a missing WebGL or a lost context', async () => {
    const store = createAppStore(defaultViewState('en'), [], 'light');
    const el = document.createElement('kg-map-fallback');
    el.store = store;
    document.body.append(el);
    await el.updateComplete;
    expect(el.hidden).toBe(true);
    expect(el.shadowRoot!.querySelector('section')).toBeNull();
    store.update({mapProblem: 'no-webgl'});
    await el.updateComplete;
    expect(el.hidden).toBe(false);
    const section = el.shadowRoot!.querySelector('section[role=alert]')!;
    expect(section.textContent).toContain('The map cannot be drawn here');
    expect(section.textContent).toContain('WebGL');
    store.update({mapProblem: 'context-lost'});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section')!.textContent).toContain('The map stopped drawing');
    store.update({mapProblem: null});
    await el.updateComplete;
    expect(el.hidden).toBe(true);
    el.remove();
  });
});
