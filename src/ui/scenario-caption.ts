// The open scenario, named for a caption: the embedded view's subtitle, its frame's title and the
// picture's subtitle say that the map shows a scenario's values, not the published figures (the
// source line says so too, at the bottom, where a reader may not look).
import {addMessages, t, type Lang} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import {isEmptyScenario} from '../model/scenario';
import {sourcesText} from './explorer-text';
import type {AppState} from '../state/app-state';
import type {IndicatorResult} from '../model/indicator-result';

addMessages(embedView);

/**
 * Whether what is shown holds a scenario's values and places: a scenario is open and changes
 * something (the editor opened and closed without an edit leaves the baseline, and no `s=` in links).
 */
export function showsScenario(state: Pick<AppState, 'scenario'>): boolean {
  const scenario = state.scenario?.scenario;
  return scenario !== undefined && !isEmptyScenario(scenario);
}

/** "Scenario “Plan A”", or null when the view shows the baseline (see showsScenario). */
export function scenarioCaption(lang: Lang, state: Pick<AppState, 'scenario'>): string | null {
  const scenario = state.scenario?.scenario;
  if (!scenario || !showsScenario(state)) return null;
  const name = scenario.name.trim();
  return name === '' ? t(lang, 'embed.scenarioUntitled') : t(lang, 'embed.scenario', {name});
}

/**
 * The sources in words for a reader of an embedded view or a download, who never opened the scenario:
 * named, and said to be a planner's assumptions (the page's own 'source.scenario' speaks to the one
 * who has it open in this browser). A value the atlas computed (an LQ from the NSC's employment shares)
 * is said to be the atlas's, from the data named: the page shows it next to its "Computed" badge, but a
 * picture, a CSV or a caption that cited the NSC alone would credit it with a figure it never published.
 */
export function sharedSourcesText(lang: Lang, state: Pick<AppState, 'scenario'>, result: Pick<IndicatorResult, 'sources' | 'origin'>): string {
  const {sources} = result;
  if (sources[0] === 'scenario') {
    const name = state.scenario?.scenario.name.trim();
    const said = name ? t(lang, 'source.scenarioShared', {name}) : t(lang, 'source.scenarioSharedUntitled');
    return `${said}: ${sourcesText(lang, sources.slice(1))}`;
  }
  // (No input at all is said as such, "none: …", not as computed from nothing.)
  return result.origin === 'computed' && sources.length > 0 ? `${t(lang, 'source.computedShared')}: ${sourcesText(lang, sources)}` : sourcesText(lang, sources);
}

/** A text as a sentence: with a full stop, unless it ends with one already (a source ending "…2019 гг."). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
