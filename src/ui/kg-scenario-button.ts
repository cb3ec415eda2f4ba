import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/**
 * Header button "Scenario": opens the scenario editor (its code loads on first use, so the first view
 * carries only this button). Marks that the map shows a scenario, and whether it has unsaved edits.
 */
@customElement('kg-scenario-button')
export class KgScenarioButton extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        align-items: center;
      }
      .name {
        display: inline-block;
        max-width: 14em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        vertical-align: bottom;
      }
      @media (max-width: 600px) {
        .name {
          max-width: 8em;
        }
      }
      .dot {
        display: inline-block;
        width: 8px;
        height: 8px;
        border-radius: 50%;
        background: #b35806;
        margin-left: 6px;
        vertical-align: middle;
      }
    `,
  ];

  override render() {
    const {view, scenario} = this.state;
    const lang = view.lang;
    const active = Boolean(view.s) || Boolean(scenario && (scenario.scenario.edits.length > 0 || scenario.computeKey !== ''));
    // Says which scenario the map shows (its name is user text: a text binding, never HTML). Not while
    // the editor is open, which says it: a name typed there was taken as the field lost the focus, on the
    // press of Save, and the longer label wrapped the header, moving Save from under the pointer.
    const name = scenario?.scenario.name;
    const label = !active || scenario?.panel ? t(lang, 'scenario.button') : name ? t(lang, 'scenario.active', {name}) : t(lang, 'scenario.activeUnnamed');
    return html`<button
      aria-haspopup="dialog"
      aria-expanded=${scenario?.panel ? 'true' : 'false'}
      aria-pressed=${active ? 'true' : 'false'}
      title=${active ? t(lang, 'scenario.activeHint') : nothing}
      @click=${this.#open}
    >
      <span class="name">${label}</span>${scenario?.dirty
        ? html`<span class="dot" role="img" aria-label=${t(lang, 'scenario.unsaved')} title=${t(lang, 'scenario.unsaved')}></span>`
        : nothing}
    </button>`;
  }

  #open = async () => {
    const store = this.store!;
    const [editor] = await Promise.all([import('./kg-scenario-editor'), customElements.whenDefined('kg-scenario-editor')]);
    editor.openScenarioEditor(store);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-scenario-button': KgScenarioButton;
  }
}
