// @vitest-environment happy-dom
import {afterEach, describe, expect, it} from 'vitest';
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
});
