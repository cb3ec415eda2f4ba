// The code a journalist pastes into an article: a responsive <iframe> of the current view with
// embed=1 (works on its own, without any script), and optionally a tiny script that fits the frame's
// height to the content. The script believes a message only if it comes from the atlas's origin AND
// from one of the atlas frames on the page, and only a plausible height. README "Embedding".
import {HEIGHT_MESSAGE_TYPE} from './height-message';

/** Marks the frames the resize script may size. */
export const FRAME_ATTRIBUTE = 'data-kg-atlas-embed';

export interface EmbedSnippetOptions {
  /** The embedded view's URL (with embed=1). */
  src: string;
  /** The frame's accessible name. */
  title: string;
  /** Height in CSS pixels until (or without) the script. */
  height: number;
  /** Add the auto-height script. */
  resize: boolean;
  /**
   * A line under the frame linking to the full atlas's view, for readers whose app drops frames (an
   * e-mail newsletter, a feed reader, an "instant" article view): they get the link instead of nothing.
   */
  link?: {href: string; text: string};
}

/** Escapes text for an HTML attribute value in double quotes (and so for an element's text too). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A string literal for a script in HTML: JSON, with "<" escaped so no "</script>" can end it. */
function scriptString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** The host page's side of the height protocol, for frames showing `atlasOrigin`. */
export function resizeScript(atlasOrigin: string): string {
  return `<script>
(function () {
  var atlas = ${scriptString(atlasOrigin)};
  window.addEventListener('message', function (event) {
    if (event.origin !== atlas) return;
    var data = event.data;
    if (!data || data.type !== '${HEIGHT_MESSAGE_TYPE}') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.querySelectorAll('iframe[${FRAME_ATTRIBUTE}]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
</script>`;
}

export function embedSnippet(o: EmbedSnippetOptions): string {
  const height = Math.max(200, Math.min(2000, Math.round(o.height)));
  const frame = [
    '<iframe',
    `  src="${escapeAttribute(o.src)}"`,
    `  title="${escapeAttribute(o.title)}"`,
    `  width="100%" height="${height}"`,
    `  style="display:block;width:100%;max-width:100%;height:${height}px;border:0"`,
    '  loading="lazy"',
    `  ${FRAME_ATTRIBUTE}></iframe>`,
  ].join('\n');
  const link = o.link ? `<p><a href="${escapeAttribute(o.link.href)}">${escapeAttribute(o.link.text)}</a></p>` : null;
  return [frame, link, o.resize ? resizeScript(new URL(o.src).origin) : null].filter((part) => part !== null).join('\n');
}
