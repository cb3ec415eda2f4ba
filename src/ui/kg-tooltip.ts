import {css, html, nothing} from 'lit';
import {customElement} from 'lit/decorators.js';
import {t} from '../i18n/i18n';
import {regionNamer} from '../i18n/region-names';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';

/** The hover tooltip of a region. Text only: data is never rendered as HTML. */
@customElement('kg-tooltip')
export class KgTooltip extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: absolute;
        z-index: 5;
        pointer-events: none;
        max-width: 280px;
      }
      .panel {
        padding: 6px 10px;
        font-size: 0.9rem;
      }
      .name {
        font-weight: 700;
      }
    `,
  ];

  override render() {
    const {hover, atlas, view} = this.state;
    if (!hover || !atlas) return nothing;
    const names = regionNamer(atlas.tables.regions);
    const row = atlas.tables.regions.find((r) => r.code === hover.code);
    const feature = atlas.boundaries.regions.features.find((f) => f.properties.code === hover.code);
    // Keep the box inside the map: flip to the left/top of the pointer near the right/bottom edge.
    const parent = this.parentElement?.getBoundingClientRect();
    const flipX = parent && hover.x > parent.width - 300;
    const flipY = parent && hover.y > parent.height - 120;
    this.style.left = `${flipX ? hover.x - 292 : hover.x + 14}px`;
    this.style.top = `${flipY ? hover.y - 90 : hover.y + 14}px`;
    return html`<div class="panel" role="tooltip">
      <div class="name">${names(hover.code, view.lang)}</div>
      <div class="muted">${row ? t(view.lang, `region.kind.${row.kind}`) : nothing}</div>
      ${feature?.properties.schematic ? html`<div class="muted">${t(view.lang, 'region.schematic')}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-tooltip': KgTooltip;
  }
}
