// The page's polite live region: one place through which anything can tell a screen-reader user what
// just happened (the item the keyboard reached on the map, a region pinned, …). Generic on purpose:
// any feature may call announce(). The region is in index.html from the start (a live region added
// together with its first message is often not read); it is created here only if missing.

const ID = 'kg-announcer';

function region(): HTMLElement {
  let el = document.getElementById(ID);
  if (!el) {
    el = document.createElement('div');
    el.id = ID;
    el.className = 'visually-hidden';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    document.body.append(el);
  }
  return el;
}

let pending = 0;

/**
 * Says `text` politely. The region is emptied first and filled a moment later, so the same words
 * said twice (the same region reached again) are read twice.
 */
export function announce(text: string): void {
  const el = region();
  el.textContent = '';
  const ticket = ++pending;
  setTimeout(() => {
    if (ticket === pending) el.textContent = text;
  }, 30);
}

/** What was last announced (for tests and diagnostics). */
export function lastAnnouncement(): string {
  return document.getElementById(ID)?.textContent ?? '';
}
