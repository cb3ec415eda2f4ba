// The embedded view's styles as a frame of a given size applies them, for the embed dialog's
// measurement (kg-embed-dialog.ts, README "Embedding"). The dialog lays the embedded view's header and
// footer out of sight on the journalist's page, whose window is not the frame's: a media query there
// answers for the desktop window (no 44 px buttons, the credits as a line), while inside a 320 or
// 600 px frame it answers for the frame (44 px buttons and summaries, the credits behind an "i"
// button), and the code's height came out too small. So each @media rule of the parts' shadow roots
// is asked of an empty frame of the article's width (the browser's own answer: width, height,
// pointer, all of them), and kept unwrapped if it holds there, dropped if not. Loaded with the dialog.

/** An empty same-origin frame, out of sight, whose media queries answer for a viewport of its size. */
export class MediaProbe {
  readonly #frame = document.createElement('iframe');

  constructor() {
    this.#frame.setAttribute('aria-hidden', 'true');
    this.#frame.tabIndex = -1;
    this.#frame.style.cssText = 'position:absolute;left:-10000px;top:0;border:0;visibility:hidden';
    document.body.append(this.#frame);
  }

  /** Whether `query` holds in a frame of `width` × `height` CSS px. */
  matches(query: string, width: number, height: number): boolean {
    this.#frame.style.width = `${width}px`;
    this.#frame.style.height = `${height}px`;
    this.#frame.getBoundingClientRect(); // lays the frame out at that size before its window is asked
    return this.#frame.contentWindow?.matchMedia(query).matches ?? matchMedia(query).matches;
  }

  remove(): void {
    this.#frame.remove();
  }
}

/** The shadow roots inside `root`, at any depth (an element's parts render their own elements). */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  return found;
}

/** A sheet's text with each top-level @media rule unwrapped where `holds` says so, else left out. */
export function sheetForMedia(rules: Iterable<CSSRule>, holds: (query: string) => boolean): string {
  const text: string[] = [];
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) {
      if (holds(rule.media.mediaText)) text.push(...[...rule.cssRules].map((r) => r.cssText));
    } else text.push(rule.cssText);
  }
  return text.join('\n');
}

const ORIGINAL = new WeakMap<ShadowRoot, readonly CSSStyleSheet[]>();

/**
 * Gives every shadow root inside `box` its styles as a frame of `width` × `height` px applies them
 * (its own sheets kept aside, so a second width starts from them again).
 */
export function applyFrameMedia(box: ParentNode, probe: MediaProbe, width: number, height: number): void {
  const answers = new Map<string, boolean>();
  const holds = (query: string) => {
    if (!answers.has(query)) answers.set(query, probe.matches(query, width, height));
    return answers.get(query)!;
  };
  for (const root of shadowRoots(box)) {
    const own = ORIGINAL.get(root) ?? root.adoptedStyleSheets;
    ORIGINAL.set(root, own);
    root.adoptedStyleSheets = own.map((sheet) => {
      const framed = new CSSStyleSheet();
      framed.replaceSync(sheetForMedia(sheet.cssRules, holds));
      return framed;
    });
  }
}
