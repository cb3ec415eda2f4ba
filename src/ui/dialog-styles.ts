// Styles of the atlas's modal dialogs (import, methodology, embed, download): a <dialog> with a sticky
// header that is a sheet from the bottom of the screen on phones. A dialog sets its width with
// --kg-dialog-width on the dialog element.
import {css} from 'lit';

export const dialogFrameStyles = css`
  dialog {
    width: min(var(--kg-dialog-width, 640px), calc(100vw - 24px));
    max-height: calc(100vh - 24px);
    padding: 0;
    border: 1px solid var(--kg-border);
    border-radius: var(--kg-radius);
    background: var(--kg-surface);
    color: var(--kg-text);
    box-shadow: var(--kg-shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  /* Phones: a sheet from the bottom of the screen, full width. */
  @media (max-width: 700px) {
    dialog {
      width: 100vw;
      max-width: 100vw;
      max-height: calc(100dvh - 24px);
      margin: auto 0 0;
      border-radius: 14px 14px 0 0;
    }
  }
  header {
    display: flex;
    align-items: center;
    gap: 8px;
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--kg-surface);
    padding: 10px 16px;
    border-bottom: 1px solid var(--kg-border);
  }
  /* A warning said in a dialog (a file shown but not kept, a view that cannot be embedded as it is). */
  .warning {
    background: var(--kg-warning-bg);
    color: var(--kg-warning-text);
    border-radius: var(--kg-radius);
    padding: 6px 10px;
  }
`;

/** The frame and the forms of the journalists' dialogs (embed, download). */
export const dialogStyles = css`
  ${dialogFrameStyles}
  * {
    box-sizing: border-box;
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
    flex: 1;
  }
  h3 {
    margin: 14px 0 4px;
    font-size: 1rem;
  }
  .body {
    padding: 6px 16px 16px;
  }
  p {
    margin: 6px 0;
  }
  .small {
    font-size: 0.82rem;
  }
  label {
    display: block;
    margin: 10px 0 4px;
    font-weight: 600;
    font-size: 0.9rem;
  }
  label.inline {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    font-weight: 400;
    margin: 6px 0;
  }
  label.inline input {
    margin-top: 3px;
    accent-color: var(--kg-accent);
  }
  fieldset {
    border: 1px solid var(--kg-border);
    border-radius: var(--kg-radius);
    margin: 10px 0 0;
    padding: 2px 10px 6px;
  }
  legend {
    font-weight: 600;
    font-size: 0.9rem;
    padding: 0 4px;
  }
  textarea,
  input[type='text'],
  input[type='url'],
  input[type='number'] {
    width: 100%;
    font: 0.82rem/1.35 ui-monospace, 'DejaVu Sans Mono', monospace;
    color: var(--kg-text);
    background: var(--kg-surface-2);
    border: 1px solid var(--kg-border);
    border-radius: var(--kg-radius);
    padding: 6px 8px;
  }
  textarea.prose {
    font: inherit;
    font-size: 0.88rem;
  }
  input[type='number'] {
    width: 8em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-top: 6px;
  }
  .status {
    font-size: 0.85rem;
    color: var(--kg-text-muted);
  }
  .error {
    background: var(--kg-error-bg);
    color: var(--kg-error-text);
    border-radius: var(--kg-radius);
    padding: 6px 10px;
  }
  a {
    color: var(--kg-accent);
  }
`;
