import {css, html, nothing, type TemplateResult} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {formatNumber} from '../i18n/format';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {placeDetails} from '../i18n/messages/place-details';
import {indexComponents} from '../i18n/messages/index-components';
import {scenarios} from '../i18n/messages/scenarios';
import {energySiteName, growthPointName, kyNamer, clusterName} from '../i18n/place-names';
import {plainText} from '../i18n/plain-text';
import {regionNamer} from '../i18n/region-names';
import {editProblems, scenarioToJson, type ScenarioProblem} from '../io/scenario-format';
import {readScenarioFile, unreadableScenarioFile} from '../io/scenario-file';
import {deleteScenario, listScenarios, onSavedElsewhere, renameScenario, restoreScenario, saveScenario, SavedMeanwhileError, type SavedScenario} from '../io/scenario-store';
import {linkFamily} from '../model/link-families';
import {AGGREGATIONS, POTENTIAL_COMPONENTS, type PotentialComponent} from '../model/cluster-potential';
import {DATA_INDICATORS, type DataIndicator} from '../model/dataset';
import {INDICATORS, yearFor} from '../model/indicators';
import {editUnseen, indicatorForInput} from '../model/input-edit-reach';
import {energyRole} from '../model/energy-sites';
import {REGION_CODES, type RegionCode} from '../model/region';
import {
  MAX_COEFFICIENT,
  MAX_NAME_LENGTH,
  newEditId,
  resolvePotential,
  resolveThresholds,
  SITE_CATEGORIES,
  SITE_STATUSES,
  type InputEdit,
  type ScenarioEdit,
  type ScenarioSettings,
  type SiteCategory,
  type StatusClassName,
} from '../model/scenario';
import {GKED_SECTIONS, INDUSTRIES} from '../model/sectors';
import {updateView, type AppStore} from '../state/app-state';
import {baselineAtlas, installScenarioSession, memoryRefused, updateSession} from '../state/scenario-session';
import {
  addEdit,
  afterDelete,
  endDrag,
  liveSettings,
  losesDraft,
  removeEdit,
  replaceScenario,
  afterRename,
  afterSave,
  redo,
  offBaseline,
  renameProblem,
  sameScenario,
  savePlan,
  setSettings,
  stepChange,
  toBaseline,
  undo,
  versionOf,
  withScenario,
  type MapPick,
  type SavePlan,
  type ScenarioSession,
  type ScenarioVersion,
  type StepChange,
} from '../state/scenario-state';
import {fitBesidePanels} from './fit-beside-panels';
import {scenarioHost} from './scenario-host';
import {closesOnEscape} from './sheet-escape';
import {indicatorName, sectorName} from './explorer-text';
import {showComparisonOnMap} from './kg-scenario-compare';
import {describeEdit, fileProblemText, num, problemText, settingsChanges} from './scenario-text';
import {deepActiveElement, returnFocusOnClose} from './focus-return';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {saveBlob} from '../export/save-blob';

addMessages(scenarios);
addMessages(indexComponents);
addMessages(placeDetails); // energy categories and statuses

/** Puts the editor in the page (once) and opens it. */
export function openScenarioEditor(store: AppStore): void {
  installScenarioSession(store);
  let el = document.querySelector('kg-scenario-editor');
  if (!el) {
    el = document.createElement('kg-scenario-editor');
    el.store = store;
    (document.querySelector('.kg-map-area') ?? document.body).append(el);
    showComparisonOnMap(store);
  }
  updateSession(store, (s) => ({...s, panel: true}));
  void el.updateComplete.then(() => el.focusHeading());
}

/** The rank-stability bands offered (the default, ±20 %, among them). */
const STABILITY_BANDS = [0.1, 0.2, 0.3, 0.5];
/** The weight sliders' step, and the least weight of the one left above 0. */
const WEIGHT_STEP = 0.25;

/**
 * A name typed in a form, as the scenario file would read it back: without bidi controls, which
 * reverse the sentences that quote it (plainText), and trimmed.
 */
const typedName = (value: FormDataEntryValue | null) => plainText(String(value ?? '')).trim();

const fileName = (name: string) => `${name.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'scenario'}.kg-scenario.json`;

type Scenario = ScenarioSession['scenario'];

/** Input types that take no typing (no text of their own for the browser to undo). */
const UNTYPED = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'image']);

/** Whether keys go to a field's text (its own undo), not to the editor. */
const typing = (target: EventTarget | undefined) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !UNTYPED.has(target.type)) || (target instanceof HTMLElement && target.isContentEditable);

/** A scenario to put in the editor's place: a saved one opened (`saved`) or a file imported (null, unless a saved one unchanged). */
interface Replacement {
  scenario: Scenario;
  saved: SavedScenario | null;
  name: string;
  migratedFrom: number | null;
}

/**
 * What the status line says. A deletion stays undoable (its Undo button) until the next save, open,
 * import or deletion: the record is kept here, with what the session was when it was deleted.
 * What speaks of one version of the scenario ("Saved", "Opened", "Edit added") names it (`scenario`)
 * and is said while that version is the editor's: an Undo or another edit ends it (an Undo after an
 * import once left "Opened “Plan A”" above the draft it had brought back). `confirm` asks before an
 * Open or Import puts another scenario in the place of unsaved edits (`over`).
 */
type Phase =
  | {kind: 'idle'}
  | {kind: 'saved'; plan: SavePlan; scenario: Scenario}
  | {kind: 'deleted'; record: SavedScenario; session: {scenario: Scenario; dirty: boolean} | null}
  | {kind: 'restored'; name: string; as?: string}
  | {kind: 'renamed'; from: string; to: string}
  | {kind: 'imported'; name: string; migratedFrom: number | null; scenario: Scenario; draft: boolean}
  | {kind: 'added'; scenario: Scenario}
  | {kind: 'stepped'; redo: boolean; change: StepChange; scenario: Scenario}
  | {kind: 'confirm'; replace: Replacement; over: Scenario}
  | {kind: 'import-failed'; file: string; problems: ScenarioProblem[]}
  | {kind: 'error'; message: string};

/**
 * The scenario editor (code-split): index weights and aggregation, classification thresholds, input
 * edits, energy sites, growth points and links; every edit in a list with Remove and Undo; save,
 * open, export and import; the comparison (kg-scenario-compare). A non-modal panel over the map, so
 * the map can be watched (and clicked) while editing.
 */
@customElement('kg-scenario-editor')
export class KgScenarioEditor extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: absolute;
        top: 8px;
        right: 8px;
        bottom: var(--kg-credits-h, 28px);
        width: var(--kg-editor-w);
        z-index: 5;
        display: flex;
        flex-direction: column;
        background: var(--kg-surface);
        border: 1px solid var(--kg-border);
        border-radius: var(--kg-radius);
        box-shadow: var(--kg-shadow);
        font-size: 0.9rem;
      }
      :host([hidden]) {
        display: none;
      }
      @media (max-width: 700px) {
        :host {
          position: fixed;
          inset: 45% 0 0 0;
          width: auto;
          border-radius: 0;
          z-index: 7;
        }
      }
      /* A portrait tablet (701–1023 px wide, taller than a phone on its side): the map beside the sidebar is
         ~450 px wide, and the editor at its right left a 40 px strip of it (768 × 1024, the tablet audit).
         It takes the map's lower half instead, across it: the map above stays free, with a region pinned
         (its profile over the sidebar, styles.css) brought out above the editor (reveal-pinned.ts). */
      @media (min-width: 701px) and (max-width: 1023px) and (min-height: 481px) {
        :host {
          top: 50%;
          left: 8px;
          width: auto;
        }
      }
      /* A short window wide enough for the sidebar has the credits' "i" button in the corner below. */
      @media (min-width: 701px) and (max-height: 480px) {
        :host {
          bottom: 56px;
        }
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 8px 12px;
        border-bottom: 1px solid var(--kg-border);
      }
      h2 {
        margin: 0;
        font-size: 1.05rem;
        flex: 1;
      }
      h2:focus {
        outline: none;
      }
      .body {
        overflow-y: auto;
        padding: 6px 12px 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        min-width: 0;
      }
      .regions label {
        flex-direction: row;
        align-items: center;
      }
      input,
      select {
        box-sizing: border-box;
        min-width: 0;
        font: inherit;
        color: inherit;
        background: var(--kg-surface);
        border: 1px solid var(--kg-border);
        border-radius: 4px;
        min-height: 30px;
        padding: 2px 6px;
        max-width: 100%;
      }
      input[type='radio'],
      input[type='checkbox'] {
        min-height: 0;
        margin: 0 4px 0 0;
      }
      .row > label:has(input[type='radio']) {
        flex: 0 1 auto;
        flex-direction: row;
        align-items: center;
      }
      input[type='range'] {
        width: 100%;
        padding: 0;
        border: 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: end;
        margin: 6px 0;
      }
      .row > label {
        flex: 1 1 7em;
        min-width: 0;
      }
      /* The change's choice says what +20 means: a line of its own (beside the value it was cut). */
      .row > label:has(select[name='op']) {
        flex-basis: 100%;
      }
      .row > label input,
      .row > label select {
        width: 100%;
      }
      /* A name longer than its select ends with "…", not cut mid-word (as the sidebar's). */
      .row > label select {
        text-overflow: ellipsis;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 8px 0;
      }
      .primary {
        background: var(--kg-accent);
        border-color: var(--kg-accent);
        color: var(--kg-accent-text);
      }
      details {
        border-top: 1px solid var(--kg-border);
        padding: 4px 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 4px 0;
      }
      h3 {
        font-size: 0.9rem;
        margin: 10px 0 2px;
      }
      .weight {
        display: grid;
        grid-template-columns: 1fr 3em;
        gap: 2px 8px;
        align-items: center;
        margin: 4px 0;
      }
      .weight output {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      ol.edits {
        list-style: none;
        padding: 0;
        margin: 4px 0;
      }
      ol.edits li {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 4px 0;
        border-top: 1px solid color-mix(in srgb, currentColor 15%, transparent);
      }
      ol.edits li span {
        flex: 1;
        overflow-wrap: anywhere;
      }
      .warn {
        display: block;
        color: var(--kg-warning-text);
        background: var(--kg-warning-bg);
        padding: 1px 4px;
        border-radius: 3px;
        margin-top: 2px;
      }
      .unseen {
        display: block;
        margin-top: 2px;
        color: var(--kg-text-muted);
      }
      button.show-on {
        margin-top: 4px;
      }
      .note {
        padding: 6px 8px;
        border-radius: var(--kg-radius);
        background: var(--kg-surface-2);
        margin: 6px 0;
      }
      .bad {
        padding: 6px 8px;
        border-radius: var(--kg-radius);
        background: var(--kg-error-bg);
        color: var(--kg-error-text);
        margin: 6px 0;
      }
      .bad ol {
        margin: 4px 0 0;
        padding-left: 18px;
      }
      .bad code {
        font-weight: 700;
      }
      ul.saved {
        list-style: none;
        padding: 0;
        margin: 4px 0;
      }
      ul.saved li {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
        padding: 3px 0;
      }
      ul.saved .name {
        flex: 1;
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .picking {
        outline: 3px solid var(--kg-focus);
      }
      /* Undo and Redo with nothing to do: aria-disabled rather than disabled, so that the button
         pressed keeps the focus when its last step is taken. */
      [aria-disabled='true'] {
        opacity: 0.5;
        cursor: default;
      }
      /* Forced colours ignore the opacity: the system's colour for what is unavailable says it. */
      @media (forced-colors: active) {
        [aria-disabled='true'] {
          color: GrayText;
          border-color: GrayText;
        }
      }
      fieldset {
        border: 1px solid var(--kg-border);
        border-radius: 4px;
        margin: 6px 0;
        padding: 4px 8px;
      }
      .regions {
        display: grid;
        grid-template-columns: 1fr 1fr;
      }
    `,
  ];

  @state() private saved: SavedScenario[] = [];
  @state() private phase: Phase = {kind: 'idle'};
  /** The saved scenario being renamed in its row: the name as typed, and why it cannot be saved (if tried). */
  @state() private renaming: {id: string; value: string; problem: 'empty' | 'taken' | null} | null = null;
  #renameBusy = false;
  @query('h2') private heading!: HTMLElement;
  constructor() {
    super();
    // Closing the editor gives the focus back to what opened it (the Scenario button).
    returnFocusOnClose(this, () => this.store?.state.scenario?.panel === true);
  }
  #dragStart: ScenarioVersion | null = null;
  /** What had the focus when the editor asked before replacing unsaved edits (Open, Import): it gets it back. */
  #askedFrom: HTMLElement | null = null;
  #pickTarget: MapPick = null;
  /** The focused control and its place before a render (willUpdate, updated). */
  #focusAt: {el: Element; top: number} | null = null;
  /** The map point picked when last rendered (updated). */
  #pickedBefore: ScenarioSession['picked'] = null;
  #stopListening: (() => void) | null = null;
  /** Whether the editor was open when last rendered: the map is fitted beside it as it opens and closes. */
  #wasOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A landmark, named by its title, so that it can be found among the page's regions (its heading
    // is in the shadow root, which the host's aria-labelledby cannot reach).
    this.setAttribute('role', 'region');
    this.addEventListener('keydown', this.#onKey);
    document.addEventListener('keydown', this.#onDocumentKey);
    void this.#refreshSaved();
    // Another tab's save or deletion shows here at once (the list, the comparison's picker, the note
    // that Save will not overwrite a scenario saved there since).
    // (A rename there is followed by the session itself: scenario-session.ts.)
    this.#stopListening = onSavedElsewhere(() => void this.#refreshSaved());
  }

  protected override willUpdate(): void {
    this.setAttribute('aria-label', t(this.state.view.lang, 'scenario.title'));
    const focused = deepActiveElement();
    this.#focusAt = focused && focused !== this && this.renderRoot.contains(focused) ? {el: focused, top: focused.getBoundingClientRect().top} : null;
  }

  /**
   * Opened or closed, the map fits the country beside the editor, or gets its view back
   * (fit-beside-panels.ts). The focused control stays where it was in the panel when a change adds or
   * removes lines above it (the edit list, the unsaved note, the status line). The browser's scroll
   * anchoring does not act at the top of the panel's scroll, so the first weight slider, moved by its
   * arrow keys, went down out of the panel with the lines its first step added, and the next steps
   * moved it unseen.
   */
  protected override updated(): void {
    const open = this.state.scenario?.panel === true;
    if (open !== this.#wasOpen) void scenarioHost().then(fitBesidePanels);
    this.#wasOpen = open;
    // A point picked by the map's keys (Enter: map-keyboard.ts) gives the focus back to the pressed
    // "Pick on the map", next to the fields it filled in, rather than leave the keyboard on the map,
    // 20-odd Tab stops from the form's Add.
    const picked = this.state.scenario?.picked ?? null;
    if (picked && picked !== this.#pickedBefore && document.activeElement?.classList.contains('maplibregl-canvas'))
      this.renderRoot.querySelector<HTMLElement>('button[aria-pressed=true]')?.focus();
    this.#pickedBefore = picked;
    const at = this.#focusAt;
    this.#focusAt = null;
    if (!at?.el.isConnected || deepActiveElement() !== at.el) return;
    const shift = at.el.getBoundingClientRect().top - at.top;
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (shift !== 0 && body) body.scrollTop += shift;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('keydown', this.#onDocumentKey);
    this.#stopListening?.();
  }

  /**
   * Escape in the editor closes it, as it closes the other panels (one Escape, one thing). Ctrl+Z (⌘Z)
   * undoes, Ctrl+Shift+Z and Ctrl+Y (⇧⌘Z, ⌘Y) redo, except in a text field, where they are the
   * browser's own undo of the typing (a name half typed is not yet a step of the scenario).
   */
  #onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || !this.state.scenario?.panel) return;
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 'z' || key === 'y') && !typing(e.composedPath()[0])) {
      e.preventDefault();
      this.#step(key === 'y' || e.shiftKey);
      return;
    }
    if (e.key !== 'Escape') return;
    this.#escape();
    e.stopPropagation();
  };

  /**
   * Escape elsewhere (the map, the sidebar) does the same when the editor is the panel on top, as it
   * closes the profile and the green-clusters panel wherever the focus is (sheet-order.ts): it reached
   * the editor only from inside it (the keyboard audit). Not over an open dialog, nor one taken before.
   */
  #onDocumentKey = (e: KeyboardEvent) => {
    if (!closesOnEscape(e, 'editor', this.state)) return;
    this.#escape();
    e.preventDefault();
  };

  /**
   * Escape first answers the question before an Open or Import ("Keep my edits"), or stops waiting for a
   * map point (Pick on the map), as its button pressed again does: one Escape, one thing. It closed the
   * editor, and the half-filled form of the point went with it. A point already picked stays in the fields.
   */
  #escape(): void {
    if (this.phase.kind === 'confirm') this.#keepDraft();
    else if (this.state.scenario?.pick) this.#update((x) => ({...x, pick: null}));
    else this.#close();
  }

  focusHeading(): void {
    this.heading?.focus();
  }

  /** Reads the saved list again; false (and the error shown) when it cannot be read. */
  async #refreshSaved(): Promise<boolean> {
    try {
      this.saved = await listScenarios();
      return true;
    } catch (error) {
      this.phase = {kind: 'error', message: String(error)};
      return false;
    }
  }

  override render() {
    const session = this.state.scenario;
    const atlas = baselineAtlas() ?? this.state.atlas;
    this.hidden = !session?.panel;
    if (!session?.panel) return nothing;
    const lang = this.state.view.lang;
    // Without the atlas's data (still loading, or failed) there is nothing to edit: the panel says why
    // when loading failed, and closes as always (it was an empty panel that nothing closed).
    if (!atlas)
      return html`<header>
          <h2 tabindex="-1">${t(lang, 'scenario.title')}</h2>
          <button @click=${this.#close} aria-label=${t(lang, 'scenario.close')}>✕</button>
        </header>
        <div class="body">${this.state.phase === 'error' ? html`<p class="bad" role="alert">${t(lang, 'scenario.atlasNotLoaded')}</p>` : nothing}</div>`;
    const s = session.scenario;
    return html`
      <header>
        <h2 tabindex="-1">${t(lang, 'scenario.title')}</h2>
        <button @click=${this.#close} aria-label=${t(lang, 'scenario.close')}>✕</button>
      </header>
      <div class="body">
        <label>
          ${t(lang, 'scenario.name')}
          <input
            name="scenario-name"
            maxlength=${MAX_NAME_LENGTH}
            .value=${s.name}
            placeholder=${t(lang, 'scenario.namePlaceholder')}
            @change=${(e: Event) => this.#update((x) => withScenario(x, {...x.scenario, name: typedName((e.target as HTMLInputElement).value).slice(0, MAX_NAME_LENGTH)}))}
          />
        </label>
        <div class="actions">
          <button class="primary" @click=${this.#save}>${t(lang, 'scenario.save')}</button>
          <button data-undo @click=${() => this.#step(false)} aria-disabled=${session.undo.length === 0 ? 'true' : 'false'}>${t(lang, 'scenario.undoLast')}</button>
          <button data-redo @click=${() => this.#step(true)} aria-disabled=${session.redo.length === 0 ? 'true' : 'false'}>${t(lang, 'scenario.redo')}</button>
          <button @click=${this.#export}>${t(lang, 'scenario.export')}</button>
          <input type="file" name="scenario-file" accept=".json,application/json" hidden @change=${this.#import} />
          <button @click=${(e: Event) => ((e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement).click()}>
            ${t(lang, 'scenario.import')}
          </button>
          <button data-reset @click=${this.#reset} aria-disabled=${offBaseline(session) ? 'false' : 'true'}>${t(lang, 'scenario.reset')}</button>
        </div>
        <details>
          <summary>${t(lang, 'scenario.section.saved', {n: this.saved.length})}</summary>
          ${this.#savedList(lang)}
        </details>
        ${this.#saveNote(lang)}
        <div role="status" aria-live="polite">${this.#status(lang)}</div>
        ${session.tooLong !== null
          ? html`<p class="note">${t(lang, 'scenario.tooLong', {length: num(lang, session.tooLong)})}${memoryRefused() ? ` ${t(lang, 'scenario.tooLongLost')}` : ''}</p>`
          : nothing}
        ${session.dirty ? html`<p class="muted">${t(lang, 'scenario.unsavedNote')}</p>` : nothing}

        <h3 data-edits tabindex="-1">${t(lang, 'scenario.edits', {n: s.edits.length + this.#settingsLines(lang, s.settings).length})}</h3>
        ${this.#editList(lang, atlas)}

        <kg-scenario-compare .store=${this.store} .saved=${this.saved}></kg-scenario-compare>

        <details open>
          <summary>${t(lang, 'scenario.section.index')}</summary>
          ${this.#weights(lang, s.settings)}
        </details>
        <details>
          <summary>${t(lang, 'scenario.section.thresholds')}</summary>
          ${this.#thresholds(lang, s.settings)}
        </details>
        <details>
          <summary>${t(lang, 'scenario.section.inputs')}</summary>
          ${this.#inputForm(lang)}
        </details>
        <details>
          <summary>${t(lang, 'scenario.section.energy')}</summary>
          ${this.#energyForms(lang)}
        </details>
        <details>
          <summary>${t(lang, 'scenario.section.growth')}</summary>
          ${this.#growthForms(lang)}
        </details>
        <details>
          <summary>${t(lang, 'scenario.section.links')}</summary>
          ${this.#linkForms(lang)}
        </details>
      </div>
    `;
  }

  #status(lang: Lang): TemplateResult | typeof nothing {
    const p = this.phase;
    const current = this.state.scenario?.scenario;
    // "Saved …" speaks of the scenario as saved: once it is edited again, the unsaved note says so instead.
    if (p.kind === 'saved' && p.scenario === current && !this.state.scenario?.dirty) {
      const plan = p.plan;
      const text =
        plan.kind === 'copy' || plan.kind === 'conflict'
          ? t(lang, plan.kind === 'copy' ? 'scenario.savedAsNew' : 'scenario.savedConflict', {name: plan.name, kept: plan.kept})
          : t(lang, plan.kind === 'update' ? 'scenario.savedUpdated' : 'scenario.savedAs', {name: plan.name});
      return html`<p class="note">${text}</p>`;
    }
    if (p.kind === 'deleted') {
      const name = p.record.scenario.name || t(lang, 'scenario.untitled');
      return html`<p class="note">
        ${t(lang, p.session ? 'scenario.deletedOpen' : 'scenario.deleted', {name})}
        <button data-undo-delete @click=${this.#undoDelete} aria-label=${t(lang, 'scenario.undoDelete', {name})}>${t(lang, 'scenario.undo')}</button>
      </p>`;
    }
    if (p.kind === 'restored') return html`<p class="note">${p.as ? t(lang, 'scenario.restoredAs', {name: p.name, as: p.as}) : t(lang, 'scenario.restored', {name: p.name})}</p>`;
    if (p.kind === 'renamed') return html`<p class="note">${t(lang, 'scenario.renamed', {from: p.from, to: p.to})}</p>`;
    if (p.kind === 'imported' && p.scenario === current)
      return html`<p class="note">
        ${t(lang, 'scenario.imported', {name: p.name})}${p.migratedFrom !== null ? ` ${t(lang, 'scenario.migrated', {from: p.migratedFrom})}` : ''}${p.draft
          ? ` ${t(lang, 'scenario.draftInUndo')}`
          : ''}
      </p>`;
    if (p.kind === 'stepped' && p.scenario === current)
      return html`<p class="note">${t(lang, p.redo ? 'scenario.redone' : 'scenario.undone', {what: this.#stepText(p.change, lang)})}</p>`;
    // The new line of the edit list may be far below, out of sight: said here, and read out.
    if (p.kind === 'added' && p.scenario === current && current.edits.length > 0) {
      const atlas = baselineAtlas() ?? this.state.atlas!;
      return html`<p class="note">${t(lang, 'scenario.added', {what: describeEdit(current.edits.at(-1)!, lang, atlas, current.edits)})}</p>`;
    }
    if (p.kind === 'confirm' && p.over === current)
      return html`<div class="note" role="group" aria-labelledby="replace-question" data-confirm>
        <p id="replace-question">${t(lang, 'scenario.replaceDraft', {name: p.replace.name})}</p>
        <div class="actions">
          <button data-replace @click=${() => this.#replace(p.replace)}>${t(lang, 'scenario.replaceDraft.yes', {name: p.replace.name})}</button>
          <button data-keep @click=${this.#keepDraft}>${t(lang, 'scenario.replaceDraft.no')}</button>
        </div>
      </div>`;
    if (p.kind === 'error') return html`<p class="bad" role="alert">${t(lang, 'scenario.storageError', {reason: p.message})}</p>`;
    if (p.kind === 'import-failed')
      return html`<div class="bad" role="alert">
        <p>${t(lang, 'scenario.importFailed', {file: p.file})}</p>
        <ol class="problems">
          ${p.problems.map((x) => html`<li><code>${x.path}</code>: ${fileProblemText(x, lang)}</li>`)}
        </ol>
      </div>`;
    return nothing;
  }

  /**
   * Before saving: says when Save will keep the saved scenario and add a new one (a renamed scenario,
   * or one saved since in another tab).
   */
  #saveNote(lang: Lang): TemplateResult | typeof nothing {
    const session = this.state.scenario!;
    const record = session.savedId ? this.saved.find((r) => r.id === session.savedId) : undefined;
    if (!record) return nothing;
    const plan = savePlan(session.scenario.name, {id: record.id, name: record.scenario.name, changed: record.savedAt !== session.savedAt}, '');
    return plan.kind === 'update' || plan.kind === 'new'
      ? nothing
      : html`<p class="muted" data-save-note>${t(lang, plan.kind === 'copy' ? 'scenario.saveWillCopy' : 'scenario.saveWillConflict', {kept: plan.kept})}</p>`;
  }

  #editList(lang: Lang, atlas: NonNullable<ReturnType<typeof baselineAtlas>>) {
    const session = this.state.scenario!;
    const s = session.scenario;
    if (!offBaseline(session)) return html`<p class="muted">${t(lang, 'scenario.noEdits')}</p>`;
    const settingsLines = this.#settingsLines(lang, s.settings);
    return html`<ol class="edits">
      ${settingsLines.map(
        ([text, reset]) =>
          html`<li><span>${text}</span><button @click=${this.#removing(reset)} aria-label=${t(lang, 'scenario.removeNamed', {what: text})}>${t(lang, 'scenario.remove')}</button></li>`,
      )}
      ${s.edits.map((e, i) => {
        const text = describeEdit(e, lang, atlas, s.edits);
        const problems = session.problems.filter((p) => p.index === i);
        return html`<li data-edit=${i}>
          <span>${text}${problems.map((p) => html`<em class="warn">${problemText(p, lang, e)}</em>`)}${e.kind === 'input' && problems.length === 0 ? this.#unseen(e, lang) : nothing}</span>
          <button @click=${this.#removing(() => this.#update((x) => removeEdit(x, i)))} aria-label=${t(lang, 'scenario.removeNamed', {what: text})}>
            ${t(lang, 'scenario.remove')}
          </button>
        </li>`;
      })}
    </ol>`;
  }

  /**
   * A statistic's edit the map cannot show (its indicator is published, of another year, or has no value
   * for the edit's region: input-edit-reach.ts) says so, with a button to the map that shows it.
   */
  #unseen(e: InputEdit, lang: Lang) {
    const result = this.state.indicator?.result;
    const unseen = editUnseen(e, result);
    if (!unseen || !result) return nothing;
    const view = this.state.view;
    const reach = indicatorForInput(e);
    // The edit's year, else the map's, when the indicator has it.
    const year = reach && yearFor(INDICATORS[reach.ind], e.year ?? view.year);
    const there = reach && (reach.ind !== view.ind || reach.sector !== view.sector || year !== view.year);
    const region = regionNamer(this.state.atlas!.tables.regions)(e.region, lang);
    return html`<em class="unseen" data-unseen=${unseen}>${t(lang, `scenario.unseen.${unseen}`, {region, year: String(e.year ?? result.year), shown: String(result.year)})}</em>
      ${there
        ? html`<button class="show-on" data-show-on=${reach.ind} @click=${() => updateView(this.store!, {ind: reach.ind, sector: reach.sector, year, ...(reach.basis ? {basis: reach.basis} : null)})}>
            ${t(lang, 'scenario.showOn', {indicator: indicatorName(lang, reach.ind)})}
          </button>`
        : nothing}`;
  }

  /**
   * A Remove button's press: `remove`, then the focus, lost with the button's line, goes to the
   * Remove button now in its place (the next line's; the last line's when it was the last), so that
   * lines can be removed one after another; with none left, to the list's heading, which says "0".
   */
  #removing(remove: () => void) {
    return (e: Event) => {
      // The lines' Remove buttons (not a line's "Show on the map").
      const list = [...this.renderRoot.querySelectorAll<HTMLElement>('ol.edits > li > button')];
      const at = list.indexOf(e.currentTarget as HTMLElement);
      remove();
      void this.updateComplete.then(() => {
        if (deepActiveElement() !== document.body) return;
        const left = [...this.renderRoot.querySelectorAll<HTMLElement>('ol.edits > li > button')];
        (left[Math.min(at, left.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('h3[data-edits]'))?.focus();
      });
    };
  }

  /** The settings that differ from the defaults, each with a way back to its default. */
  #settingsLines(lang: Lang, settings: ScenarioSettings): [string, () => void][] {
    return settingsChanges(lang, settings).map(({text, without}) => [text, () => this.#setSettings(without)]);
  }

  #weights(lang: Lang, settings: ScenarioSettings) {
    const p = resolvePotential(settings);
    const ind = this.state.view.ind;
    // The one weight above 0, if only one is: it goes no lower than a step, as weights all at 0 leave
    // the index nothing to combine (a file or link with them is refused, src/io/scenario-format.ts).
    const positive = POTENTIAL_COMPONENTS.filter((k) => p.weights[k] > 0);
    const last = positive.length === 1 ? positive[0]! : null;
    return html`
      ${ind !== 'potential'
        ? html`<p class="note">
            ${t(lang, 'scenario.indexNotShown')}
            <button @click=${this.#showIndex}>${t(lang, 'scenario.showIndex')}</button>
          </p>`
        : nothing}
      ${POTENTIAL_COMPONENTS.map(
        (k) => html`<label class="weight">
          <span>${t(lang, `index.component.${k}` as MessageKey)}</span>
          <!-- The slider says its value itself; a label names its first labelable element, which was this. -->
          <output aria-hidden="true">${num(lang, p.weights[k])}</output>
          <input
            type="range"
            name=${`weight-${k}`}
            aria-label=${t(lang, `index.component.${k}` as MessageKey)}
            aria-describedby=${k === last ? 'weights-last' : nothing}
            min=${k === last ? WEIGHT_STEP : 0}
            max=${MAX_COEFFICIENT}
            step=${WEIGHT_STEP}
            .value=${String(p.weights[k])}
            aria-valuetext=${num(lang, p.weights[k])}
            @input=${(e: Event) => this.#weightInput(k, Number((e.target as HTMLInputElement).value))}
            @change=${this.#dragEnd}
          />
        </label>`,
      )}
      <div class="row" role="radiogroup" aria-label=${t(lang, 'scenario.aggregation')}>
        ${AGGREGATIONS.map(
          (a) => html`<label
            ><input
              type="radio"
              name="aggregation"
              value=${a}
              .checked=${p.aggregation === a}
              @change=${() => this.#setSettings({...settings, potential: {...settings.potential, aggregation: a}})}
            />
            ${t(lang, `scenario.aggregation.${a}` as MessageKey)}</label
          >`,
        )}
      </div>
      ${last
        ? html`<p class="muted" id="weights-last">
            ${t(lang, 'scenario.weightsLast', {component: t(lang, `index.component.${last}` as MessageKey), min: formatNumber(lang, WEIGHT_STEP, {maxDecimals: 2})})}
          </p>`
        : nothing}
      <p class="muted">${t(lang, 'scenario.weightsNote')}</p>
      <label class="band"
        >${t(lang, 'scenario.band')}
        <select name="stability-band" @change=${(e: Event) => this.#setSettings({...settings, potential: {...settings.potential, stabilityBand: Number((e.target as HTMLSelectElement).value)}})}>
          ${[...new Set([...STABILITY_BANDS, p.stabilityBand])]
            .sort((a, b) => a - b)
            .map((b) => html`<option value=${b} ?selected=${b === p.stabilityBand}>±${Math.round(b * 100)} %</option>`)}
        </select></label
      >
    `;
  }

  #weightInput(k: PotentialComponent, value: number): void {
    const session = this.state.scenario!;
    // Never every weight at 0 (see #weights; the slider's own minimum keeps it so).
    const p = resolvePotential(session.scenario.settings);
    if (value <= 0 && POTENTIAL_COMPONENTS.every((j) => j === k || p.weights[j] <= 0)) value = WEIGHT_STEP;
    this.#dragStart ??= versionOf(session);
    const settings = session.scenario.settings;
    this.#update((x) => liveSettings(x, {...settings, potential: {...settings.potential, weights: {...settings.potential?.weights, [k]: value}}}));
  }

  #dragEnd = () => {
    const before = this.#dragStart;
    this.#dragStart = null;
    if (before) this.#update((x) => endDrag(x, before));
  };

  #thresholds(lang: Lang, settings: ScenarioSettings) {
    const th = resolveThresholds(settings);
    const field = (key: 'lqPercentile' | 'lqMinimum' | 'sizePercentile' | 'advantageLq', value: number, max: number, step: number) =>
      html`<label>
        ${t(lang, `scenario.threshold.${key}` as MessageKey)}
        <input
          type="number"
          name=${`threshold-${key}`}
          min="0"
          max=${max}
          step=${step}
          .value=${String(value)}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const v = Number(input.value);
            if (input.value === '' || !Number.isFinite(v) || v < 0 || v > max) return void input.reportValidity();
            this.#setSettings({...settings, thresholds: {...settings.thresholds, [key]: v}});
          }}
        />
      </label>`;
    // As the weights' note: the thresholds act only in a region's profile, through the strong-cluster
    // rule, which needs employed persons by sector; the shipped statistics have them as shares only
    // (employment counts for TOTAL), an imported file may have them.
    const user = this.state.view.data === 'user' ? this.state.userDataset : null;
    const counts = !!user?.summary.indicators.includes('employment');
    return html`${counts ? nothing : html`<p class="note" data-kind="thresholds-not-shown">${t(lang, 'scenario.thresholdsNotShown')}</p>`}
      <div class="row">
        ${field('lqPercentile', th.strong.lqPercentile, 1, 0.05)} ${field('lqMinimum', th.strong.lqMinimum, MAX_COEFFICIENT, 0.1)}
      </div>
      <div class="row">${field('sizePercentile', th.strong.sizePercentile, 1, 0.05)} ${field('advantageLq', th.advantageLq, MAX_COEFFICIENT, 0.1)}</div>
      <p class="muted">${t(lang, 'scenario.thresholdsNote')}</p>`;
  }

  #inputForm(lang: Lang) {
    const region = regionNamer(this.state.atlas!.tables.regions);
    const sectors = [...GKED_SECTIONS, ...INDUSTRIES, 'TOTAL'];
    return html`<form @submit=${this.#addInput} @input=${this.#clearRefusal}>
      <div class="row">
        <label>${t(lang, 'scenario.field.region')}<select name="region">${REGION_CODES.map((c) => html`<option value=${c}>${region(c, lang)}</option>`)}</select></label>
        <label
          >${t(lang, 'scenario.field.sector')}<select name="sector">
            ${sectors.map(
              (x) => html`<option value=${x} ?selected=${x === 'C'}>${x === 'TOTAL' ? t(lang, 'scenario.sector.total') : /^[A-S]$/.test(x) ? `${x} — ${sectorName(lang, x)}` : sectorName(lang, x)}</option>`,
            )}
          </select></label
        >
      </div>
      <div class="row">
        <label
          >${t(lang, 'scenario.field.indicator')}<select name="indicator">
            ${DATA_INDICATORS.map((x) => html`<option value=${x} ?selected=${x === 'employment_share'}>${t(lang, `scenario.indicator.${x}` as MessageKey)}</option>`)}
          </select></label
        >
        <label>${t(lang, 'scenario.field.year')}<input name="year" type="number" min="1990" max="2100" step="1" placeholder=${t(lang, 'scenario.allYears')} /></label>
      </div>
      <div class="row">
        <label
          >${t(lang, 'scenario.field.op')}<select name="op">
            <option value="scale">${t(lang, 'scenario.op.scale')}</option>
            <option value="set">${t(lang, 'scenario.op.set')}</option>
          </select></label
        >
        <label>${t(lang, 'scenario.field.value')}<input name="value" type="number" step="any" required value="20" /></label>
        <button type="submit">${t(lang, 'scenario.add')}</button>
      </div>
      <p class="muted">${t(lang, 'scenario.inputsNote')}</p>
    </form>`;
  }

  #addInput = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const year = String(form.get('year') ?? '').trim();
    const edit: ScenarioEdit = {
      kind: 'input',
      region: form.get('region') as RegionCode,
      sector: String(form.get('sector')),
      indicator: form.get('indicator') as DataIndicator,
      year: year === '' ? null : Math.round(Number(year)),
      op: form.get('op') === 'set' ? 'set' : 'scale',
      value: Number(form.get('value')),
    };
    // The file's rules (a share above 100 %, a value beyond 10^15…): an edit the editor took would
    // otherwise be refused by its own export, import and link. The message stays until the form changes.
    const problems = editProblems(edit);
    if (problems.length > 0) {
      const field = (e.target as HTMLFormElement).elements.namedItem(problems[0]!.path === '$.year' ? 'year' : 'value') as HTMLInputElement;
      field.setCustomValidity(problems.map((p) => fileProblemText(p, this.state.view.lang)).join('; '));
      field.reportValidity();
      return;
    }
    this.#add(edit);
  };

  /** Any change to the form clears the refusal of #addInput. */
  #clearRefusal = (e: Event) => {
    for (const name of ['year', 'value']) ((e.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).setCustomValidity('');
  };

  #sites() {
    const atlas = this.state.atlas!;
    const ky = kyNamer(atlas.tables.namesKy);
    const lang = this.state.view.lang;
    return atlas.tables.energySites
      .filter((r) => energyRole(r.category) !== 'other')
      .map((r) => ({id: r.id, role: energyRole(r.category), name: energySiteName(r, lang, ky)}));
  }

  #pickButton(lang: Lang, target: Exclude<MapPick, null>) {
    const session = this.state.scenario!;
    const active = session.pick === target;
    return html`<button
      type="button"
      aria-pressed=${active ? 'true' : 'false'}
      @click=${() => {
        this.#pickTarget = active ? null : target;
        this.#update((x) => ({...x, pick: active ? null : target, picked: null}));
      }}
    >
      ${t(lang, !active ? 'scenario.pick' : this.#pickTarget === target && session.picked ? 'scenario.pickAgain' : 'scenario.picking')}
    </button>`;
  }

  /**
   * Longitude and latitude fields, filled in by a map click while picking (so the point picked is
   * shown, and can be typed without a mouse). Not `required` where the form has other buttons (a move).
   */
  #coordFields(lang: Lang, target: Exclude<MapPick, null>, required = true) {
    const session = this.state.scenario!;
    const picked = this.#pickTarget === target ? session.picked : null;
    return html`<div class="row">
      <label>${t(lang, 'scenario.field.lat')}<input name="lat" type="number" step="any" min="39" max="43.5" ?required=${required} .value=${picked ? picked[1].toFixed(4) : ''} /></label>
      <label>${t(lang, 'scenario.field.lon')}<input name="lon" type="number" step="any" min="69" max="80.5" ?required=${required} .value=${picked ? picked[0].toFixed(4) : ''} /></label>
      ${this.#pickButton(lang, target)}
    </div>
    ${session.pick === target ? html`<p class="muted">${t(lang, 'scenario.pickKeys')}</p>` : nothing}`;
  }

  #energyForms(lang: Lang) {
    const sites = this.#sites();
    const hubs = sites.filter((x) => x.role === 'hub');
    const spokes = sites.filter((x) => x.role === 'spoke');
    const options = (list: typeof sites) => list.map((x) => html`<option value=${x.id}>${x.name}</option>`);
    return html`
      <h3>${t(lang, 'scenario.energy.change')}</h3>
      <form @submit=${this.#changeSite} @input=${this.#clearSiteRefusal}>
        <label>${t(lang, 'scenario.field.site')}<select name="site">${options(sites)}</select></label>
        <div class="row">
          <label
            >${t(lang, 'scenario.field.status')}<select name="status">
              <option value="">—</option>
              ${SITE_STATUSES.map((x) => html`<option value=${x}>${t(lang, `energy.status.${x}`)}</option>`)}
            </select></label
          >
          <label>${t(lang, 'scenario.field.capacity')}<input name="capacity" type="number" min="0" max="100000" step="any" /></label>
          <button type="submit" name="do" value="change">${t(lang, 'scenario.apply')}</button>
        </div>
        <div class="actions">
          <button type="submit" name="do" value="remove">${t(lang, 'scenario.energy.remove')}</button>
        </div>
        ${this.#coordFields(lang, 'move', false)}
        <button type="submit" name="do" value="move">${t(lang, 'scenario.energy.move')}</button>
      </form>
      <h3>${t(lang, 'scenario.energy.reassign')}</h3>
      <form @submit=${this.#reassign}>
        <div class="row">
          <label>${t(lang, 'scenario.field.spoke')}<select name="spoke">${options(spokes)}</select></label>
          <label
            >${t(lang, 'scenario.field.hub')}<select name="hub">
              ${options(hubs)}
              <option value="">${t(lang, 'scenario.noHub')}</option>
            </select></label
          >
          <button type="submit">${t(lang, 'scenario.apply')}</button>
        </div>
      </form>
      <h3>${t(lang, 'scenario.energy.add')}</h3>
      <form @submit=${this.#addSite}>
        <label>${t(lang, 'scenario.field.name')}<input name="name" required maxlength=${MAX_NAME_LENGTH} /></label>
        <div class="row">
          <label
            >${t(lang, 'scenario.field.category')}<select name="category">
              ${SITE_CATEGORIES.map((x) => html`<option value=${x} ?selected=${x === 'solar'}>${t(lang, `energy.category.${x}`)} — ${t(lang, energyRole(x) === 'hub' ? 'scenario.role.hub' : 'scenario.role.spoke')}</option>`)}
            </select></label
          >
          <label
            >${t(lang, 'scenario.field.status')}<select name="status">
              ${SITE_STATUSES.map((x) => html`<option value=${x} ?selected=${x === 'planned'}>${t(lang, `energy.status.${x}`)}</option>`)}
            </select></label
          >
          <label>${t(lang, 'scenario.field.capacity')}<input name="capacity" type="number" min="0" max="100000" step="any" /></label>
        </div>
        ${this.#coordFields(lang, 'site')}
        <button type="submit">${t(lang, 'scenario.add')}</button>
      </form>
    `;
  }

  #changeSite = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const id = String(form.get('site'));
    const action = (e.submitter as HTMLButtonElement | null)?.value ?? 'change';
    if (action === 'remove') return this.#add({kind: 'site-remove', id});
    const formEl = e.target as HTMLFormElement;
    const refuse = (name: string, key: MessageKey) => {
      const field = formEl.elements.namedItem(name) as HTMLInputElement;
      field.setCustomValidity(t(this.state.view.lang, key));
      field.reportValidity();
    };
    if (action === 'move') {
      // The fields, which a map pick fills in: the point is shown before it is applied.
      const p = this.#point(form);
      if (!p) return refuse('lat', 'scenario.invalid.point');
      this.#pickTarget = null;
      this.#add({kind: 'site-move', id, lon: p[0], lat: p[1]});
      for (const name of ['lat', 'lon']) (formEl.elements.namedItem(name) as HTMLInputElement).value = '';
      return;
    }
    const status = String(form.get('status') ?? '');
    const capacity = String(form.get('capacity') ?? '').trim();
    if (!status && capacity === '') return refuse('status', 'scenario.invalid.siteChange');
    if (status) this.#add({kind: 'site-status', id, status: status as StatusClassName});
    if (capacity !== '' && Number.isFinite(Number(capacity)) && Number(capacity) >= 0) this.#add({kind: 'site-capacity', id, capacityMw: Number(capacity)});
  };

  /** Any change to the site form clears the refusal of #changeSite. */
  #clearSiteRefusal = (e: Event) => {
    for (const name of ['lat', 'status']) ((e.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).setCustomValidity('');
  };

  #reassign = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const hub = String(form.get('hub') ?? '');
    this.#add({kind: 'spoke-assign', spoke: String(form.get('spoke')), hub: hub === '' ? null : hub});
  };

  #point(form: FormData): [number, number] | null {
    const lon = Number(form.get('lon'));
    const lat = Number(form.get('lat'));
    return Number.isFinite(lon) && Number.isFinite(lat) && lon >= 69 && lon <= 80.5 && lat >= 39 && lat <= 43.5 ? [lon, lat] : null;
  }

  #addSite = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const point = this.#point(form);
    const name = typedName(form.get('name'));
    if (!point || !name) return;
    const capacity = String(form.get('capacity') ?? '').trim();
    this.#pickTarget = null;
    this.#add({
      kind: 'site-add',
      id: newEditId(this.state.scenario!.scenario, 'site'),
      name,
      category: form.get('category') as SiteCategory,
      status: form.get('status') as StatusClassName,
      capacityMw: capacity !== '' && Number(capacity) >= 0 ? Number(capacity) : null,
      lon: point[0],
      lat: point[1],
    });
    (e.target as HTMLFormElement).reset();
  };

  #growthForms(lang: Lang) {
    const atlas = this.state.atlas!;
    const region = regionNamer(atlas.tables.regions);
    return html`
      <h3>${t(lang, 'scenario.growth.add')}</h3>
      <form @submit=${this.#addGrowth}>
        <div class="row">
          <label>${t(lang, 'scenario.field.name')}<input name="name" required maxlength=${MAX_NAME_LENGTH} /></label>
          <label>${t(lang, 'scenario.field.region')}<select name="region">${REGION_CODES.map((c) => html`<option value=${c}>${region(c, lang)}</option>`)}</select></label>
        </div>
        ${this.#coordFields(lang, 'growth')}
        <button type="submit">${t(lang, 'scenario.add')}</button>
      </form>
      <h3>${t(lang, 'scenario.growth.remove')}</h3>
      <form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.#add({kind: 'growth-remove', id: String(new FormData(e.target as HTMLFormElement).get('growth'))});
        }}
      >
        <div class="row">
          <label
            >${t(lang, 'scenario.field.growthPoint')}<select name="growth">
              ${atlas.tables.growthPoints.map((g) => html`<option value=${g.id}>${growthPointName(g, lang)}</option>`)}
            </select></label
          >
          <button type="submit">${t(lang, 'scenario.remove')}</button>
        </div>
      </form>
    `;
  }

  #addGrowth = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const point = this.#point(form);
    const name = typedName(form.get('name'));
    if (!point || !name) return;
    this.#pickTarget = null;
    this.#add({kind: 'growth-add', id: newEditId(this.state.scenario!.scenario, 'gp'), name, region: form.get('region') as RegionCode, lon: point[0], lat: point[1]});
    (e.target as HTMLFormElement).reset();
  };

  #linkForms(lang: Lang) {
    const atlas = this.state.atlas!;
    const region = regionNamer(atlas.tables.regions);
    const ky = kyNamer(atlas.tables.namesKy);
    const linked = atlas.tables.clusters.filter((c) => linkFamily(c) && c.regions.length > 1);
    return html`
      ${this.state.view.layers.includes('links')
        ? nothing
        : html`<p class="note">
            ${t(lang, 'scenario.linksHidden')}
            <button @click=${() => updateView(this.store!, {layers: [...this.state.view.layers, 'links']})}>${t(lang, 'scenario.showLinks')}</button>
          </p>`}
      <h3>${t(lang, 'scenario.links.add')}</h3>
      <form @submit=${this.#addLink}>
        <label>${t(lang, 'scenario.field.name')}<input name="name" required maxlength=${MAX_NAME_LENGTH} /></label>
        <fieldset>
          <legend>${t(lang, 'scenario.field.members')}</legend>
          <div class="regions">${REGION_CODES.map((c) => html`<label><input type="checkbox" name="regions" value=${c} /> ${region(c, lang)}</label>`)}</div>
        </fieldset>
        <button type="submit">${t(lang, 'scenario.add')}</button>
      </form>
      <h3>${t(lang, 'scenario.links.remove')}</h3>
      <form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.#add({kind: 'link-remove', id: String(new FormData(e.target as HTMLFormElement).get('cluster'))});
        }}
      >
        <div class="row">
          <label
            >${t(lang, 'scenario.field.cluster')}<select name="cluster">
              ${linked.map((c) => html`<option value=${c.id}>${clusterName(c, lang, ky)}</option>`)}
            </select></label
          >
          <button type="submit">${t(lang, 'scenario.remove')}</button>
        </div>
      </form>
    `;
  }

  #addLink = (e: SubmitEvent) => {
    e.preventDefault();
    const formEl = e.target as HTMLFormElement;
    const form = new FormData(formEl);
    const name = typedName(form.get('name'));
    const regions = form.getAll('regions').map(String) as RegionCode[];
    if (!name) return;
    if (regions.length < 2) {
      const first = formEl.querySelector<HTMLInputElement>('input[name=regions]')!;
      first.setCustomValidity(t(this.state.view.lang, 'scenario.invalid.members'));
      first.reportValidity();
      first.setCustomValidity('');
      return;
    }
    this.#add({kind: 'link-add', id: newEditId(this.state.scenario!.scenario, 'link'), name, regions});
    formEl.reset();
  };

  #savedList(lang: Lang) {
    if (this.saved.length === 0) return html`<p class="muted">${t(lang, 'scenario.noneSaved')}</p>`;
    const current = this.state.scenario?.savedId;
    const renaming = this.renaming;
    return html`<ul class="saved">
      ${this.saved.map((r) => {
        const name = r.scenario.name || t(lang, 'scenario.untitled');
        if (renaming?.id === r.id)
          return html`<li data-saved=${r.id}>
            <input
              name="rename"
              class="name"
              maxlength=${MAX_NAME_LENGTH}
              aria-label=${t(lang, 'scenario.renameField', {name})}
              aria-invalid=${renaming.problem ? 'true' : 'false'}
              aria-describedby=${renaming.problem ? 'rename-problem' : nothing}
              .value=${renaming.value}
              @input=${(e: Event) => (this.renaming = {id: r.id, value: (e.target as HTMLInputElement).value, problem: null})}
              @keydown=${(e: KeyboardEvent) => this.#renameKey(e, r)}
              @blur=${() => void this.#commitRename(r)}
            />
            ${renaming.problem
              ? html`<p class="bad" id="rename-problem" role="alert">
                  ${renaming.problem === 'empty' ? t(lang, 'scenario.rename.empty') : t(lang, 'scenario.rename.taken', {name: typedName(renaming.value)})}
                </p>`
              : nothing}
          </li>`;
        return html`<li data-saved=${r.id}>
          <span class="name">${name}${r.id === current ? html` <span class="muted">(${t(lang, 'scenario.current')})</span>` : nothing}</span>
          <button @click=${() => this.#open(r)}>${t(lang, 'scenario.open')}</button>
          <button data-rename aria-label=${t(lang, 'scenario.renameNamed', {name})} @click=${() => this.#startRename(r)}>${t(lang, 'scenario.rename')}</button>
          <button data-delete @click=${() => this.#delete(r)}>${t(lang, 'scenario.delete')}</button>
        </li>`;
      })}
    </ul>`;
  }

  /** Rename in place: the row's name becomes a text field, focused, its text selected. */
  async #startRename(r: SavedScenario): Promise<void> {
    this.renaming = {id: r.id, value: r.scenario.name, problem: null};
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="rename"]');
    input?.focus();
    input?.select();
  }

  #renameKey(e: KeyboardEvent, r: SavedScenario): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.#commitRename(r);
    } else if (e.key === 'Escape') {
      // Cancels the rename only (not the editor, which Escape otherwise closes).
      e.preventDefault();
      e.stopPropagation();
      this.renaming = null;
      void this.#focusRow(r.id, 'rename');
    }
  }

  async #focusRow(id: string, button: 'rename' | 'delete'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`li[data-saved="${CSS.escape(id)}"] button[data-${button}]`)?.focus();
  }

  /**
   * Enter or leaving the field renames, with Save's rules for a name: bidi controls stripped
   * (typedName), not empty, and never another saved scenario's, checked against the records as
   * stored now (Save numbers a new record's name; a rename is asked for by name, so it is refused and
   * the planner told why, the field kept open). The open scenario, its undo steps, the comparison and
   * this tab's memory of it follow (afterRename); the other tabs hear it (scenario-channel.ts).
   */
  async #commitRename(r: SavedScenario): Promise<void> {
    const renaming = this.renaming;
    if (renaming?.id !== r.id || this.#renameBusy) return;
    const name = typedName(renaming.value).slice(0, MAX_NAME_LENGTH);
    if (name === r.scenario.name) {
      this.renaming = null;
      return void this.#focusRow(r.id, 'rename');
    }
    this.#renameBusy = true;
    try {
      const problem = renameProblem(name, r.id, await listScenarios());
      if (problem) {
        this.renaming = {...renaming, problem};
        return;
      }
      const renamed = await renameScenario(r.id, name);
      this.#update((x) => afterRename(x, renamed));
      this.renaming = null;
      if (await this.#refreshSaved()) this.phase = {kind: 'renamed', from: renamed.from || t(this.state.view.lang, 'scenario.untitled'), to: name};
      await this.#focusRow(r.id, 'rename');
    } catch (error) {
      this.renaming = null;
      this.phase = {kind: 'error', message: error instanceof Error ? error.message : String(error)};
      await this.#refreshSaved();
    } finally {
      this.#renameBusy = false;
    }
  }

  #update(change: Parameters<typeof updateSession>[1]): void {
    updateSession(this.store!, change);
  }

  #add(edit: ScenarioEdit): void {
    this.#update((x) => ({...addEdit(x, edit), pick: null, picked: null}));
    if (this.phase.kind !== 'deleted') this.phase = {kind: 'added', scenario: this.state.scenario!.scenario};
  }

  /**
   * Undo (`forward` false) or Redo, and the status line says what the step changed ("Undone: …",
   * read out): a step taken by keyboard changes nothing in view but a line of the list, perhaps far below.
   */
  #step(forward: boolean): void {
    const before = this.state.scenario!;
    if ((forward ? before.redo : before.undo).length === 0) return;
    this.#update(forward ? redo : undo);
    const after = this.state.scenario!;
    const change = forward ? stepChange(versionOf(before), versionOf(after)) : stepChange(versionOf(after), versionOf(before));
    // A deletion's own Undo stays on offer (as after an edit).
    if (this.phase.kind !== 'deleted') this.phase = {kind: 'stepped', redo: forward, change, scenario: after.scenario};
  }

  #stepText(change: StepChange, lang: Lang): string {
    const name = (n: string) => n || t(lang, 'scenario.untitled');
    const atlas = baselineAtlas() ?? this.state.atlas!;
    switch (change.kind) {
      case 'edit-added':
        return describeEdit(change.edit, lang, atlas, change.edits);
      case 'edit-removed':
        return t(lang, 'scenario.step.removed', {what: describeEdit(change.edit, lang, atlas, change.edits)});
      case 'settings':
        return t(lang, 'scenario.step.settings');
      case 'baseline':
        return t(lang, 'scenario.step.baseline');
      default:
        return t(lang, change.kind === 'name' ? 'scenario.step.name' : 'scenario.step.replaced', {name: name(change.name)});
    }
  }

  #setSettings(settings: ScenarioSettings): void {
    this.#update((x) => setSettings(x, settings));
  }

  /**
   * Shows the index; this button, only offered while it is not shown, goes, and the focus to the
   * first weight below it: what the reader asked for the index to try.
   */
  #showIndex = () => {
    updateView(this.store!, {ind: 'potential', sector: 'C', year: 2018});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input[type=range]')?.focus());
  };

  #close = () => this.#update((x) => ({...x, panel: false, pick: null}));

  /** Back to the baseline (one Undo step brings the edits back, and the saved scenario they were). */
  #reset = () => {
    // aria-disabled (as Undo and Redo), not disabled: the button pressed keeps the focus.
    if (offBaseline(this.state.scenario!)) this.#update(toBaseline);
  };

  /**
   * Saves as `savePlan` decides (scenario-state.ts): a renamed scenario is saved anew, the old one
   * kept; so is one whose record another tab saved since this one opened or saved it (its date differs).
   */
  #save = async () => {
    const session = this.state.scenario!;
    const lang = this.state.view.lang;
    try {
      // Planned on the records as stored now, not as listed here: another tab may have renamed, saved
      // or deleted one. An update is written only if its record is still as planned (one transaction);
      // one saved in between makes the second plan a conflict, kept as a copy.
      let saved: Phase | null = null;
      for (let attempt = 1; !saved; attempt++) {
        const all = await listScenarios();
        const stored = all.find((r) => r.id === session.savedId) ?? null;
        const others = all.filter((r) => r !== stored).map((r) => r.scenario.name);
        const link = stored && {id: stored.id, name: stored.scenario.name, changed: stored.savedAt !== session.savedAt};
        const plan = savePlan(session.scenario.name, link, t(lang, 'scenario.defaultName', {n: others.length + 1}), others);
        const scenario = {...session.scenario, name: plan.name};
        const record = await saveScenario(scenario, plan.kind === 'update' ? plan.id : null, plan.kind === 'update' ? session.savedAt : undefined).catch(
          (error: unknown) => {
            if (error instanceof SavedMeanwhileError && attempt === 1) return null;
            throw error;
          },
        );
        if (!record) continue;
        this.#update((x) => afterSave(x, scenario, record, plan.kind !== 'copy'));
        saved = {kind: 'saved', plan, scenario};
      }
      if (await this.#refreshSaved()) this.phase = saved;
    } catch (error) {
      this.phase = {kind: 'error', message: error instanceof Error ? error.message : String(error)};
    }
  };

  #open(r: SavedScenario): void {
    void this.#askOrReplace({scenario: r.scenario, saved: r, name: r.scenario.name || t(this.state.view.lang, 'scenario.untitled'), migratedFrom: null});
  }

  /**
   * Opens or imports `r`, asking first if that would drop unsaved edits (losesDraft): in the panel, in
   * the page's language, the focus on "Keep my edits" (Escape too keeps them). Replaced after all, the
   * edits stay one Undo away, and the status line says so.
   */
  async #askOrReplace(r: Replacement): Promise<void> {
    const session = this.state.scenario!;
    if (!losesDraft(session, r.scenario)) return this.#replace(r, false);
    this.#askedFrom = this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLElement | null) : null;
    this.phase = {kind: 'confirm', replace: r, over: session.scenario};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-keep]')?.focus();
  }

  #replace(r: Replacement, overDraft = true): void {
    // An imported scenario saved in no record here is unsaved until saved.
    this.#update((x) => (r.saved ? replaceScenario(x, r.scenario, r.saved) : {...replaceScenario(x, r.scenario, null), dirty: true}));
    this.phase = {kind: 'imported', name: r.name, migratedFrom: r.migratedFrom, scenario: this.state.scenario!.scenario, draft: overDraft};
    if (overDraft) this.#refocus();
  }

  #keepDraft = () => {
    this.phase = {kind: 'idle'};
    this.#refocus();
  };

  /** The focus back where it was before the question (Open, Import), once the question is gone. */
  #refocus(): void {
    const from = this.#askedFrom;
    this.#askedFrom = null;
    void this.updateComplete.then(() => (from?.isConnected ? from : this.heading)?.focus());
  }

  /**
   * Deletes at once, with an Undo in the status line (friendlier than asking first: a deletion meant
   * costs no extra click, one regretted costs one). The focus goes to that Undo button, since the
   * Delete button pressed is gone with its row.
   */
  async #delete(r: SavedScenario): Promise<void> {
    const session = this.state.scenario;
    const current = session?.savedId === r.id ? {scenario: session.scenario, dirty: session.dirty} : null;
    try {
      await deleteScenario(r.id);
    } catch (error) {
      this.phase = {kind: 'error', message: error instanceof Error ? error.message : String(error)};
      return;
    }
    // The open scenario stays open, a draft of no record; unsaved only if its edits were (afterDelete).
    if (current) this.#update((x) => afterDelete(x, r.id));
    // The list first, then the status line: both say the same thing at the same moment.
    if (await this.#refreshSaved()) this.phase = {kind: 'deleted', record: r, session: current};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-undo-delete]')?.focus();
  }

  /** Puts the deleted scenario back as it was (same id and date); the editor's own again if it was. */
  #undoDelete = async () => {
    const p = this.phase;
    if (p.kind !== 'deleted') return;
    let restored: SavedScenario;
    try {
      restored = await restoreScenario(p.record);
    } catch (error) {
      this.phase = {kind: 'error', message: error instanceof Error ? error.message : String(error)};
      return;
    }
    if (p.session && this.state.scenario?.savedId === null) {
      const before = p.session;
      // Unsaved as before if nothing changed since; else the edits since are unsaved.
      this.#update((x) => ({...x, savedId: p.record.id, savedAt: p.record.savedAt, dirty: x.scenario === before.scenario ? before.dirty : true}));
    }
    // Restored under a numbered name (another tab saved one of its name meanwhile): the open scenario
    // follows, as after a rename.
    const {name} = p.record.scenario;
    const as = restored.scenario.name !== name ? restored.scenario.name : undefined;
    if (as) this.#update((x) => afterRename(x, {id: p.record.id, from: name, to: as, previousSavedAt: p.record.savedAt, savedAt: p.record.savedAt}));
    if (await this.#refreshSaved()) this.phase = {kind: 'restored', name: name || t(this.state.view.lang, 'scenario.untitled'), as};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`li[data-saved="${CSS.escape(p.record.id)}"] button[data-delete]`)?.focus();
  };

  #export = () => {
    const s = this.state.scenario!.scenario;
    saveBlob(new Blob([scenarioToJson(s)], {type: 'application/json'}), fileName(s.name));
  };

  #import = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // readScenarioFile answers every file with problems; a failure no check foresaw is still worded
    // (a 10 kB file of brackets once threw from the JSON parser, uncaught, and nothing was said).
    const parsed = await readScenarioFile(file).catch(unreadableScenarioFile);
    if (!parsed.ok) {
      // An invalid or newer file changes nothing.
      this.phase = {kind: 'import-failed', file: plainText(file.name), problems: parsed.problems};
      return;
    }
    // A file of a scenario saved here, unchanged (exported, then imported back), is that saved scenario:
    // nothing unsaved to warn about, and Save updates it rather than keeping a numbered copy.
    const saved = this.saved.find((r) => sameScenario(r.scenario, parsed.scenario)) ?? null;
    await this.#askOrReplace({scenario: parsed.scenario, saved, name: parsed.scenario.name || plainText(file.name), migratedFrom: parsed.migratedFrom});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-scenario-editor': KgScenarioEditor;
  }
}
