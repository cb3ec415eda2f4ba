// maplibre's own UI strings in the page's language (its `locale` option). The only ones the atlas
// shows are the cooperative-gesture hints of an embedded map ("Use Ctrl + scroll to zoom the map").
import {t, type Lang} from '../i18n/i18n';

export function maplibreUiStrings(lang: Lang): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'map.gestures.windows'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'map.gestures.mac'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'map.gestures.mobile'),
  };
}
