// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createAppStore} from '../../../src/state/app-state';
import {parseUrlState} from '../../../src/state/url-state';
import '../../../src/ui/kg-notices';

async function notices(query: string) {
  const {state, notices} = parseUrlState(query, 'en');
  const store = createAppStore(state, notices, 'light');
  const el = document.createElement('kg-notices');
  el.store = store;
  document.body.append(el);
  await el.updateComplete;
  // The notices' words are code-split (notice-list.ts): they show once it has loaded.
  if (notices.length > 0) await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('.notice')).toHaveLength(notices.length));
  return {el, store, buttons: () => [...el.shadowRoot!.querySelectorAll('button')]};
}

describe('<kg-notices>', () => {
  afterEach(() => document.body.replaceChildren());

  it('quotes a link’s value without the bidi controls that turned the whole sentence around', async () => {
    // ?ind=%E2%80%AEabc: RIGHT-TO-LEFT OVERRIDE, and an isolate that would not be closed.
    const {el} = await notices(`ind=${encodeURIComponent('\u202Eabc\u2067d')}`);
    const text = el.shadowRoot!.querySelector('.notice p')!.textContent!;
    expect(text).toContain('abcd');
    expect(text).not.toMatch(/\p{Bidi_C}/u);
  });

  it('gives the keyboard focus to a notice left, then to the map, never to the page’s body', async () => {
    const map = Object.assign(document.createElement('div'), {id: 'map'});
    const canvas = map.appendChild(document.createElement('canvas'));
    canvas.tabIndex = 0;
    document.body.append(map);
    const {el, store, buttons} = await notices('ind=x&sector=y&n=99');
    expect(buttons()).toHaveLength(3);
    // The first one's: the same button stays, for the notice that was next.
    buttons()[0]!.focus();
    buttons()[0]!.click();
    await el.updateComplete;
    expect(store.state.notices.map((n) => n.param)).toEqual(['sector', 'n']);
    expect(el.shadowRoot!.activeElement).toBe(buttons()[0]);
    // The last one's goes with it: the focus goes to the notice before.
    buttons()[1]!.focus();
    buttons()[1]!.click();
    await el.updateComplete;
    expect(buttons()).toHaveLength(1);
    expect(el.shadowRoot!.activeElement).toBe(buttons()[0]);
    // None left: the map.
    buttons()[0]!.click();
    await el.updateComplete;
    expect(buttons()).toHaveLength(0);
    expect(document.activeElement).toBe(canvas);
  });
});
