// In an embedded atlas (embed=1 inside a frame): tells the parent page the content's height whenever it
// changes (the data table opened, the legend wrapping at a new width), so that the host's script can
// size the frame to fit. The map's height depends on the frame's width only (styles.css), and a short
// frame only makes the header compact (kg-embed-header.ts), never taller than in a taller frame: a
// new height never makes the content grow past it, so a frame sized to the content settles.
import {HEIGHT_MESSAGE_TYPE, type HeightMessage} from './height-message';

export function reportHeight(target: Window, content: HTMLElement = document.body): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    const message: HeightMessage = {type: HEIGHT_MESSAGE_TYPE, height};
    // Only a height, nothing private: any origin may read it.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}
