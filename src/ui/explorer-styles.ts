// Styles shared by the explorer's components: sidebar sections, form controls, badges, swatches.
import {css} from 'lit';

export const explorerStyles = css`
  :host {
    display: block;
  }
  section {
    padding: 10px 12px;
    border-bottom: 1px solid var(--kg-border);
  }
  h2 {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    margin: 0 0 6px;
    color: var(--kg-text-muted);
  }
  label {
    display: block;
    font-size: 0.85rem;
    margin: 8px 0 2px;
  }
  select,
  input[type='text'],
  input[type='number'] {
    font: inherit;
    color: inherit;
    background: var(--kg-surface);
    border: 1px solid var(--kg-border);
    border-radius: var(--kg-radius);
    min-height: 32px;
    padding: 3px 6px;
    width: 100%;
    max-width: 100%;
    text-overflow: ellipsis;
  }
  input[type='range'] {
    width: 100%;
    accent-color: var(--kg-accent);
  }
  input[aria-invalid='true'] {
    border-color: var(--kg-error-text);
  }
  .badge {
    display: inline-block;
    font-size: 0.72rem;
    font-weight: 700;
    line-height: 1.2;
    padding: 2px 6px;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
    vertical-align: middle;
  }
  .badge.published {
    color: var(--kg-badge-published, #1d6b3a);
  }
  .badge.computed {
    color: var(--kg-badge-computed, #7a4a00);
  }
  :host-context([data-theme='dark']) .badge.published {
    color: #8fd6a5;
  }
  :host-context([data-theme='dark']) .badge.computed {
    color: #f0c47a;
  }
  .swatch {
    display: inline-block;
    width: 18px;
    height: 14px;
    border-radius: 3px;
    border: 1px solid var(--kg-swatch-border);
    flex: none;
    vertical-align: middle;
  }
  /* Unknown values: grey with a dot pattern, the same second channel as on the map. */
  .swatch.unknown {
    background-image: radial-gradient(circle, var(--kg-stipple, rgb(80 80 80)) 1.1px, transparent 1.4px);
    background-size: 5px 5px;
  }
  :host-context([data-theme='dark']) .swatch.unknown {
    --kg-stipple: rgb(190 190 190);
  }
  .small {
    font-size: 0.8rem;
  }
  .source {
    font-size: 0.78rem;
    color: var(--kg-text-muted);
    margin: 6px 0 0;
  }
  .error {
    color: var(--kg-error-text);
  }
  /* margin: -1px, as the page's own (styles.css): it hangs out of nothing. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* Touch targets of at least 44 px on phones (see shared-styles). */
  @media (max-width: 700px), (pointer: coarse) {
    select,
    input[type='text'],
    input[type='number'],
    input[type='range'] {
      min-height: 44px;
    }
    label:has(> input[type='checkbox']) {
      min-height: 44px;
    }
  }
`;
