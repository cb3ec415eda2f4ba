// Inline styles that the Content-Security-Policy allows (README "Security"). The policy refuses style
// attributes (no `style-src 'unsafe-inline'`), and Lit's styleMap writes one on its first render, so
// components set per-element styles with this directive instead: it only ever uses the CSSOM
// (element.style.setProperty), which no policy restricts. Use it on an element, with CSS property
// names as in CSS: html`<span ${styleProps({'background-color': colour, '--c': colour})}></span>`.
import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

class StyleProps extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() belongs on an element: <span ${styleProps({…})}>');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
