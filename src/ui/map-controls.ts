// The map's buttons: zoom in, zoom out, and "show all of Kyrgyzstan" (README "The explorer"). The buttons
// are in index.html, seen from the first paint; this module gives them their names in the page's language
// and their actions. Code-split: main.ts loads it when a pointer or the keyboard's focus first comes onto
// the map area, as it does the tooltip; loaded with the first view, it overran that view's byte budget
// (README "Performance"). Until then the buttons are out of the keyboard's and screen readers' way
// (tabindex -1, aria-hidden), and main.ts keeps a press of one (data-pressed) for this module to do.
// Not in an embed (styles.css hides them there).
// Plain buttons next to the map (not maplibre's NavigationControl, whose icons are fixed dark images
// that neither the dark theme nor forced colours can recolour): their icons are drawn in currentColor.
import {addMessages, t, type MessageKey} from '../i18n/i18n';
import {mapControls} from '../i18n/messages/map-controls';
import type {AtlasMap} from '../map/atlas-map';
import {zoomRange} from '../map/zoom-range';
import {updateView, type AppStore} from '../state/app-state';
import {scenarioHost} from './scenario-host';
import {sayZoom, zoomStep, type ZoomMove} from './zoom-words';

// The map's + and − keys step the zoom with this (map-keyboard.ts imports it from here, not from
// zoom-words.ts: a chunk of its own for the two would be one more name in the first view's code).
export {zoomStep};

addMessages(mapControls);

void scenarioHost().then(({map, store}) => {
  const group = document.querySelector<HTMLElement>('.kg-map-controls');
  if (group && !store.state.view.embed) wireMapControls(group, map, store);
});

type Action = 'zoomIn' | 'zoomOut' | 'reset';

/**
 * Wires the buttons of index.html (right after the map's element, so that Tab goes from the map to them)
 * and keeps their names in the page's language. A zoom is the reader's move, as a turn of the wheel is:
 * the link's `view` follows it (AtlasMap's onViewChange). "Show all" fits the country as the first view
 * does and takes `view` out of the link: an untouched link again, which fits Kyrgyzstan on whatever
 * screen opens it (README "Permalinks"). A press made before this module came (main.ts kept it in
 * data-pressed) is done now.
 */
export function wireMapControls(group: HTMLElement, map: AtlasMap, store: AppStore): void {
  const m = map.map;
  // A press while a zoom is under way goes a step from where that one is going, not from where it is
  // now (maplibre's zoomIn): two quick presses are two steps.
  let aim = 0;
  // A press changes nothing a screen reader reads: the zoom it goes to is said (zoom-words.ts), at once,
  // not when the animation ends (a second press may come first).
  const say = (move: ZoomMove, zoom: number) => sayZoom(m, store.state.view.lang, move, zoom);
  const zoomBy = (step: 1 | -1) => {
    aim = zoomStep(m, store.state.view.lang, step, m.isZooming() ? aim : m.getZoom());
  };
  const actions: Record<Action, () => void> = {
    zoomIn: () => zoomBy(1),
    zoomOut: () => zoomBy(-1),
    reset: () => {
      // A zoom still under way is ended first: its end (the reader's move) would write a camera. Then the
      // link loses its camera, and the fit (a page move) writes none (main.ts onViewChange).
      m.stop();
      updateView(store, {view: null});
      map.fitKyrgyzstan();
      say('all', m.getZoom());
    },
  };
  const buttons = [...group.querySelectorAll('button')];
  const act = (button: HTMLElement | undefined) => {
    const action = button?.dataset.action as Action | undefined;
    // At the closest or farthest zoom a zoom button says it does nothing (aria-disabled), but stays
    // focusable: a disabled button would drop the keyboard's focus to the page. Pressed, it says so.
    if (!action) return;
    if (button!.getAttribute('aria-disabled') !== 'true') actions[action]();
    else say(action === 'zoomIn' ? 'closest' : 'farthest', m.getZoom());
  };
  const label = () => {
    const lang = store.state.view.lang;
    group.setAttribute('aria-label', t(lang, 'mapControls.label'));
    for (const button of buttons) {
      // The name from the title alone (the icon is hidden): with an aria-label as well, the title was
      // the button's description, and a screen reader said "Zoom in, button, Zoom in".
      button.title = t(lang, `mapControls.${button.dataset.action}` as MessageKey);
    }
  };
  // The camera's real range (zoom-range.ts), with a little room: a fit or a clamp lands a hair inside it.
  const limits = () => {
    const zoom = m.getZoom();
    const {min, max} = zoomRange(m);
    buttons[0]?.setAttribute('aria-disabled', String(zoom >= max - 0.01));
    buttons[1]?.setAttribute('aria-disabled', String(zoom <= min + 0.01));
  };
  label();
  limits();
  store.subscribe((s, prev) => {
    if (s.view.lang !== prev.view.lang) label();
  });
  m.on('zoomend', limits);
  m.on('resize', limits);
  group.onclick = (event) => act((event.target as Element).closest('button') ?? undefined);
  for (const button of buttons) button.removeAttribute('tabindex');
  group.removeAttribute('aria-hidden');
  const pressed = buttons.find((b) => b.dataset.action === group.dataset.pressed);
  delete group.dataset.pressed;
  act(pressed);
}
