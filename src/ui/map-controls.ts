// The map's buttons: zoom in, zoom out, and "show all of Kyrgyzstan" (README "The explorer"). Code-split:
// main.ts loads this module when a pointer or the keyboard's focus first comes onto the map, as it does
// the tooltip; loaded with the first view, it overran that view's byte budget (README "Performance").
// It puts the buttons on the map itself once the map is there (scenarioHost); not in an embed.
// Plain buttons next to the map (not maplibre's NavigationControl, whose icons are fixed dark images
// that neither the dark theme nor forced colours can recolour): their icons are drawn in currentColor.
import {addMessages, t, type MessageKey} from '../i18n/i18n';
import {mapControls} from '../i18n/messages/map-controls';
import type {AtlasMap} from '../map/atlas-map';
import {updateView, type AppStore} from '../state/app-state';
import {scenarioHost} from './scenario-host';

addMessages(mapControls);

// Embedded, the map has no buttons: README "Embedding" says why.
void scenarioHost().then(({map, store}) => store.state.view.embed || addMapControls(map, store));

// 20 × 20 icons: +, −, and the country's frame (four corners).
const ICONS = {
  'mapControls.zoomIn': 'M4 10h12M10 4v12',
  'mapControls.zoomOut': 'M4 10h12',
  'mapControls.reset': 'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5',
} as const;

/**
 * Puts the buttons right after the map's element (so that Tab goes from the map to them) and keeps
 * their names in the page's language. A zoom is the reader's move, as a turn of the wheel is: the
 * link's `view` follows it (AtlasMap's onViewChange). "Show all" fits the country as the first view
 * does and takes `view` out of the link: an untouched link again, which fits Kyrgyzstan on whatever
 * screen opens it (README "Permalinks").
 */
export function addMapControls(map: AtlasMap, store: AppStore): HTMLElement {
  const m = map.map;
  const group = document.createElement('div');
  group.className = 'kg-map-controls';
  group.setAttribute('role', 'group');
  // A press while a zoom is under way goes a step from where that one is going, not from where it is
  // now (maplibre's zoomIn): two quick presses are two steps.
  let aim = 0;
  const zoomBy = (step: number) => {
    aim = Math.min(m.getMaxZoom(), Math.max(m.getMinZoom(), (m.isZooming() ? aim : m.getZoom()) + step));
    m.zoomTo(aim);
  };
  const actions: Record<keyof typeof ICONS, () => void> = {
    'mapControls.zoomIn': () => zoomBy(1),
    'mapControls.zoomOut': () => zoomBy(-1),
    'mapControls.reset': () => {
      // A zoom still under way is ended first: its end (the reader's move) would write a camera. Then the
      // link loses its camera, and the fit (a page move) writes none (main.ts onViewChange).
      m.stop();
      updateView(store, {view: null});
      map.fitKyrgyzstan();
    },
  };
  const buttons = (Object.keys(ICONS) as (keyof typeof ICONS)[]).map((key) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = key.slice('mapControls.'.length);
    button.innerHTML = `<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d="${ICONS[key]}"/></svg>`;
    // At the closest or farthest zoom a zoom button says it does nothing (aria-disabled), but stays
    // focusable: a disabled button would drop the keyboard's focus to the page.
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') !== 'true') actions[key]();
    });
    group.append(button);
    return [key, button] as const;
  });
  const label = () => {
    const lang = store.state.view.lang;
    group.setAttribute('aria-label', t(lang, 'mapControls.label'));
    for (const [key, button] of buttons) {
      const name = t(lang, key as MessageKey);
      button.setAttribute('aria-label', name);
      button.title = name;
    }
  };
  const limits = () => {
    const zoom = m.getZoom();
    buttons[0]![1].setAttribute('aria-disabled', String(zoom >= m.getMaxZoom()));
    buttons[1]![1].setAttribute('aria-disabled', String(zoom <= m.getMinZoom()));
  };
  label();
  limits();
  store.subscribe((s, prev) => {
    if (s.view.lang !== prev.view.lang) label();
  });
  m.on('zoomend', limits);
  m.getContainer().after(group);
  return group;
}
