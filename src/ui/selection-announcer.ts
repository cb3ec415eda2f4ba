// Says when a region is pinned or unpinned, however it happened (a click, the keyboard, the table).
import {t} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import type {AppStore} from '../state/app-state';

export function installSelectionAnnouncer(store: AppStore, say: (text: string) => void): void {
  store.subscribe((s, prev) => {
    if (s.view.region === prev.view.region || !s.atlas) return;
    const lang = s.view.lang;
    say(s.view.region ? t(lang, 'announce.pinned', {name: regionNamer(s.atlas.tables.regions)(s.view.region, lang)}) : t(lang, 'announce.unpinned'));
  });
}
