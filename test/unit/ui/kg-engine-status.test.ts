// @vitest-environment happy-dom
import {describe, expect, it} from 'vitest';
import {addMessages} from '../../../src/i18n/i18n';
import {engineErrors} from '../../../src/i18n/messages/engine-errors';
import {createAppStore} from '../../../src/state/app-state';
import {latinWords} from '../i18n/latin-words';
import {defaultViewState} from '../../../src/state/view-state';
import '../../../src/ui/kg-engine-status';
import {citationTemplate, formulaTemplate} from '../../../src/ui/kg-methodology';
import {html, render} from 'lit';

describe('<kg-engine-status>', () => {
  it('shows an engine failure as a translated alert, its English detail folded away, until dismissed', async () => {
    addMessages(engineErrors); // as the engine's client does when it loads
    const store = createAppStore(defaultViewState('ru'), [], 'light');
    const el = document.createElement('kg-engine-status');
    el.store = store;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    store.update({engineError: {code: 'crashed', message: 'Uncaught Error: out of memory'}});
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    const said = alert.querySelector('p')!.textContent!;
    expect(said).toBe('Вычислительный модуль неожиданно остановился и был перезапущен; незавершённый расчёт запрошен заново.');
    expect(latinWords(said)).toEqual([]);
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Технические подробности');
    expect(details.querySelector('code')!.textContent).toBe('Uncaught Error: out of memory');
    store.update({engineError: {code: 'internal', message: 'TypeError: x is undefined'}});
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert] p')!.textContent).toBe('Расчёт не удался.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] > button')!.click();
    await el.updateComplete;
    expect(store.state.engineError).toBeNull();
    expect(el.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  });

  it('says when a part of the site could not be loaded, with Reload and Dismiss', async () => {
    const store = createAppStore(defaultViewState('ky'), [], 'light');
    const el = document.createElement('kg-engine-status');
    el.store = store;
    document.body.append(el);
    store.update({loadFailed: true});
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert][data-kind=load]')!;
    expect(alert.textContent).toContain('Атластын бир бөлүгү жүктөлгөн жок');
    const buttons = [...alert.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Кайра жүктөө', 'Жашыруу']);
    alert.querySelectorAll('button')[1]!.click();
    await el.updateComplete;
    expect(store.state.loadFailed).toBe(false);
    expect(el.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  });
});

describe('formula text in the methodology panel', () => {
  it('sets subscripts and keeps everything else as text', () => {
    const host = document.createElement('p');
    render(html`${formulaTemplate('LQ_ij = (x_ij / x_i) <b>\nΣ_k w_k')}`, host);
    expect(host.querySelectorAll('sub')).toHaveLength(5);
    expect(host.querySelectorAll('b')).toHaveLength(0);
    expect(host.querySelectorAll('br')).toHaveLength(1);
    expect(host.textContent!.replace(/<!--.*?-->/g, '')).toContain('LQij = (xij / xi) <b>');
  });
});

describe('citations in the methodology', () => {
  it('mark the English titles of a Russian or Kyrgyz citation as English, and leave the rest as text', () => {
    const host = document.createElement('div');
    render(html`${citationTemplate('Isard (1960), Methods of Regional Analysis; методика U.S. Cluster Mapping; источник 003 <b>', 'ru')}`, host);
    expect([...host.querySelectorAll('span[lang="en"]')].map((s) => s.textContent)).toEqual(['Isard (1960), Methods of Regional Analysis', 'U.S. Cluster Mapping', 'b']);
    expect(host.textContent).toBe('Isard (1960), Methods of Regional Analysis; методика U.S. Cluster Mapping; источник 003 <b>');
    expect(host.querySelector('b')).toBeNull();
    render(html`${citationTemplate('OECD/JRC Handbook (2008)', 'en')}`, host);
    expect(host.querySelectorAll('span[lang]').length).toBe(0);
  });
});
