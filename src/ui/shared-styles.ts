// Styles shared by the components: panels, buttons and a visible focus ring.
import {css} from 'lit';

export const sharedStyles = css`
  /* The page's border-box sizing does not reach into shadow roots: a width:100% control with padding would stick out. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host {
    font-family: var(--kg-font);
    color: var(--kg-text);
    /* Sources can be long URLs: they break rather than stick out of a panel. */
    overflow-wrap: break-word;
  }
  .panel {
    background: var(--kg-surface);
    border: 1px solid var(--kg-border);
    border-radius: var(--kg-radius);
    box-shadow: var(--kg-shadow);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--kg-surface-2);
    border: 1px solid var(--kg-border);
    border-radius: var(--kg-radius);
    min-height: 32px;
    padding: 4px 10px;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--kg-accent);
    border-color: var(--kg-accent);
    color: var(--kg-accent-text);
  }
  :focus-visible {
    outline: 3px solid var(--kg-focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--kg-text-muted);
  }
  /* Forced colours (Windows High Contrast) keep the map's colours: the colour keys (legends, the table's
     classes, the comparison's bars) keep them too, outlined in the text colour. A pressed or chosen
     button, whose accent colour is gone, is marked as the system marks a selection, and underlined
     (forced-color-adjust: none, else the browser backs its text with Canvas). !important: the
     components' own rules for these are more specific, or come later. */
  @media (forced-colors: active) {
    .swatch,
    .fill {
      forced-color-adjust: none;
      border-color: CanvasText !important;
    }
    [aria-pressed='true'],
    [aria-selected='true'] {
      forced-color-adjust: none !important;
      background: Highlight !important;
      border-color: Highlight !important;
      color: HighlightText !important;
      outline-color: CanvasText;
      text-decoration: underline 2px;
      text-underline-offset: 3px;
    }
    [aria-pressed='true'] *,
    [aria-selected='true'] * {
      color: inherit !important;
    }
  }
  /* Touch targets of at least 44 × 44 px on phones and touch screens (WCAG 2.5.5). */
  @media (max-width: 700px), (pointer: coarse) {
    button,
    select,
    summary,
    input:not([type='checkbox']):not([type='radio']) {
      min-height: 44px;
    }
    button {
      min-width: 44px;
    }
    /* A list item still, whose marker (▸/▾) says it opens (flex hid it); padded to 44 px instead. */
    summary {
      padding-block: 12px;
    }
  }
  /* Ctrl+P (styles.css @media print): the header's language switch goes. The selects stay: each prints
     its choice (the indicator, the industry, the classes), which the printed page needs. */
  @media print {
    .langs {
      display: none !important;
    }
  }
`;
