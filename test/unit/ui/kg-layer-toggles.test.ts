// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createAppStore, updateView} from '../../../src/state/app-state';
import {defaultViewState, type ViewState} from '../../../src/state/view-state';
import '../../../src/ui/kg-layer-toggles';
import {VIEW_EVENT, type ViewEvent} from '../../../src/ui/view-event';
import {shippedBoundaries, shippedTables} from '../model/shipped-data';

const tables = shippedTables();
const boundaries = shippedBoundaries();

async function mount(view: Partial<ViewState> = {}) {
  const store = createAppStore({...defaultViewState('en'), ...view}, [], 'light');
  store.update({atlas: {boundaries, tables}, phase: 'ready'});
  const el = document.createElement('kg-layer-toggles');
  el.store = store;
  document.body.append(el);
  const patches: Partial<ViewState>[] = [];
  // Apply the events as main.ts does, and record them.
  listener = (e: ViewEvent) => {
    patches.push(e.detail);
    updateView(store, e.detail);
  };
  document.addEventListener(VIEW_EVENT, listener);
  await el.updateComplete;
  const input = (name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  return {el, store, patches, input};
}

/** A layer's legend, once it is drawn (the energy and links legends load after the first render). */
function legendOf(el: HTMLElement, layer: string): Promise<Element> {
  return vi.waitFor(() => {
    const legend = el.shadowRoot!.querySelector(`[data-layer="${layer}"] .legend`);
    if (!legend) throw new Error(`no ${layer} legend yet`);
    return legend;
  }, {timeout: 5000});
}

let listener: ((e: ViewEvent) => void) | null = null;

afterEach(() => {
  if (listener) document.removeEventListener(VIEW_EVENT, listener);
  document.body.innerHTML = '';
});

describe('<kg-layer-toggles>', () => {
  it('shows one checkbox per layer, checked as in the view', async () => {
    const {input} = await mount({layers: ['regions', 'energy']});
    expect(['regions', 'growth', 'energy', 'links'].map((id) => input(id).checked)).toEqual([true, false, true, false]);
  });

  it('turns a layer off and on through a view event, keeping the canonical order', async () => {
    const {input, patches, store, el} = await mount();
    input('growth').click();
    expect(patches.at(-1)).toEqual({layers: ['regions']});
    await el.updateComplete;
    input('links').click();
    expect(store.state.view.layers).toEqual(['regions', 'links']);
  });

  it('shows the legend of a layer only while the layer is shown', async () => {
    const {el, input} = await mount();
    const legend = () => el.shadowRoot!.querySelector('[data-layer="growth"] .legend');
    expect(legend()?.textContent).toContain('Oblast centre');
    expect(legend()?.textContent).toContain('separate programmes');
    input('growth').click();
    await el.updateComplete;
    expect(legend()).toBeNull();
  });

  it('chooses link families, turning the links layer on', async () => {
    const {input, store, el} = await mount();
    input('linkset-concept').click();
    expect(store.state.view.linksets).toEqual(['interregional', 'concept']);
    expect(store.state.view.layers).toContain('links');
    // The links and energy legends are code-split: they appear once their module has loaded.
    const legend = (await legendOf(el, 'links')).textContent!;
    expect(legend).toContain('Inter-regional textile and sewing cluster');
    expect(legend).toContain('One region only, no link');
  });

  it('opens the green-clusters panel from its button', async () => {
    const {el, store} = await mount();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.click();
    expect(store.state.energyPanel).toEqual({focus: null});
  });

  it('closes the green-clusters panel with its layer', async () => {
    const {el, store, input} = await mount({layers: ['regions', 'energy']});
    store.update({energyPanel: {focus: null}});
    await el.updateComplete;
    input('energy').click();
    expect(store.state.view.layers).toEqual(['regions']);
    expect(store.state.energyPanel).toBeNull();
  });

  it('says how many energy sites cannot be drawn', async () => {
    const {el} = await mount({layers: ['regions', 'energy']});
    expect((await legendOf(el, 'energy')).textContent).toContain('2 sites have no location');
  });
});
