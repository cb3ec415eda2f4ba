// The open scenario, named for a caption: the embedded view's subtitle, its frame's title and the
// picture's subtitle say that the map shows a scenario's values, not the published figures (the
// source line says so too, at the bottom, where a reader may not look).
import {addMessages, t, type Lang} from '../i18n/i18n';
import {embedView} from '../i18n/messages/embed-view';
import {isEmptyScenario} from '../model/scenario';
import {sourcesText} from './explorer-text';
import type {AppState} from '../state/app-state';

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
 * who has it open in this browser).
 */
export function sharedSourcesText(lang: Lang, state: Pick<AppState, 'scenario'>, sources: readonly string[]): string {
  if (sources[0] !== 'scenario') return sourcesText(lang, sources);
  const name = state.scenario?.scenario.name.trim();
  const said = name ? t(lang, 'source.scenarioShared', {name}) : t(lang, 'source.scenarioSharedUntitled');
  return `${said}: ${sourcesText(lang, sources.slice(1))}`;
}
