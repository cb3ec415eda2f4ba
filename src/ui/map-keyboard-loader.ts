// The map's keyboard (map-keyboard.ts) is not in the first view's bundle: it loads the first time the
// map gets focus, and keys pressed while it loads wait for it. What a screen reader needs before that —
// the canvas's role, name and key help — is set here at once, in the UI language.
import {t} from '../i18n/i18n';
import type {MapKeyboardOptions} from './map-keyboard';

export function loadMapKeyboardOnFocus(options: MapKeyboardOptions): void {
  const {map, store} = options;
  // maplibre's arrow keys would pan the map; ours move between the things on it.
  map.map.keyboard.disable();
  const canvas = map.map.getCanvas();
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-describedby', 'map-keys');
  const label = () => {
    const lang = store.state.view.lang;
    canvas.setAttribute('aria-label', t(lang, 'map.label'));
    canvas.setAttribute('aria-roledescription', t(lang, 'map.roledescription'));
  };
  label();
  store.subscribe((s, prev) => {
    if (s.view.lang !== prev.view.lang) label();
  });

  let handler: ((e: KeyboardEvent) => void) | null = null;
  let loading: Promise<void> | null = null;
  const early: KeyboardEvent[] = [];
  const load = () =>
    (loading ??= import('./map-keyboard').then((m) => {
      handler = m.installMapKeyboard(options);
      for (const e of early.splice(0)) handler(e);
    }));
  canvas.addEventListener('focus', () => void load());
  canvas.addEventListener('keydown', (e) => {
    // Tab and shortcuts with modifiers are the browser's: they must leave the map even while it loads.
    // Escape is the pinned profile's (it closes on Escape anywhere); nothing of the keyboard's own is
    // there to clear before it has loaded.
    if (handler || e.key === 'Tab' || e.key === 'Escape' || e.ctrlKey || e.altKey || e.metaKey) return;
    early.push(e);
    e.preventDefault();
    void load();
  });
}
