// @vitest-environment happy-dom
import {afterEach, describe, expect, it} from 'vitest';
import {embedUrl, fullMapUrl, pageBase} from '../../../src/embed/embed-urls';
import {HEIGHT_MESSAGE_TYPE, isHeightMessage} from '../../../src/embed/height-message';
import {embedSnippet, escapeAttribute, FRAME_ATTRIBUTE, resizeScript} from '../../../src/embed/snippet';
import {parseUrlState} from '../../../src/state/url-state';
import {defaultViewState} from '../../../src/state/view-state';

const ATLAS = 'https://atlas.example.org';
const src = `${ATLAS}/kg/?v=1&lang=en&ind=integral&sector=mining&embed=1`;

describe('embedSnippet', () => {
  it('is an iframe of the view with a title, lazy loading, full width and a height that works without script', () => {
    const code = embedSnippet({src, title: 'Mining — "2015–2019" <b>', height: 600, resize: false});
    expect(code).toContain('src="https://atlas.example.org/kg/?v=1&amp;lang=en&amp;ind=integral&amp;sector=mining&amp;embed=1"');
    expect(code).toContain('title="Mining — &quot;2015–2019&quot; &lt;b&gt;"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('width="100%" height="600"');
    expect(code).toContain(FRAME_ATTRIBUTE);
    expect(code).not.toContain('<script');
    // What a browser makes of it: the same URL back.
    const template = document.createElement('template');
    template.innerHTML = code;
    const frame = template.content.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe('Mining — "2015–2019" <b>');
  });

  it('adds the resize script for the atlas origin on request and clamps the height', () => {
    const code = embedSnippet({src, title: 't', height: 99999, resize: true});
    expect(code).toContain('height="2000"');
    expect(code).toContain(`var atlas = "${ATLAS}";`);
    expect(code).toContain(HEIGHT_MESSAGE_TYPE);
  });

  it('adds a line linking to the full atlas on request, its text as text, between the frame and the script', () => {
    const href = `${ATLAS}/kg/?v=1&lang=en&ind=integral`;
    const code = embedSnippet({src, title: 't', height: 600, resize: true, link: {href, text: 'Mining <img src=x onerror=alert(1)> & more'}});
    const template = document.createElement('template');
    template.innerHTML = code;
    const links = template.content.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(href);
    expect(links[0]!.textContent).toBe('Mining <img src=x onerror=alert(1)> & more');
    expect(template.content.querySelector('img')).toBeNull();
    expect([...template.content.children].map((e) => e.tagName)).toEqual(['IFRAME', 'P', 'SCRIPT']);
    expect(embedSnippet({src, title: 't', height: 600, resize: false})).not.toContain('<a ');
  });

  it('cannot be broken out of by an origin with markup', () => {
    expect(resizeScript('https://x.org</script><script>alert(1)')).not.toMatch(/<\/script><script>alert/);
    expect(escapeAttribute('a&"<>')).toBe('a&amp;&quot;&lt;&gt;');
  });
});

describe('the host page script', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  /** Runs the snippet's script in this page, with a stand-in frame whose contentWindow we control. */
  function host() {
    const frame = document.createElement('iframe');
    frame.setAttribute(FRAME_ATTRIBUTE, '');
    // srcdoc: happy-dom gives the frame a window of its own without loading anything.
    frame.srcdoc = '<p>atlas</p>';
    document.body.append(frame);
    expect(frame.contentWindow).toBeTruthy();
    frames.push(frame);
    const body = resizeScript(ATLAS).replace(/^<script>|<\/script>$/g, '');
    new Function(body)();
    const send = (data: unknown, origin: string, source: unknown) => window.dispatchEvent(new MessageEvent('message', {data, origin, source: source as Window}));
    return {frame, send};
  }

  it('sizes the frame from a message of the atlas origin sent by that frame', () => {
    const {frame, send} = host();
    send({type: HEIGHT_MESSAGE_TYPE, height: 712.4}, ATLAS, frame.contentWindow);
    expect(frame.style.height).toBe('713px');
  });

  it('ignores other origins, other windows, other messages and implausible heights', () => {
    const {frame, send} = host();
    send({type: HEIGHT_MESSAGE_TYPE, height: 300}, 'https://evil.example', frame.contentWindow);
    send({type: HEIGHT_MESSAGE_TYPE, height: 301}, ATLAS, window);
    send({type: 'other', height: 302}, ATLAS, frame.contentWindow);
    send({type: HEIGHT_MESSAGE_TYPE, height: 1e9}, ATLAS, frame.contentWindow);
    send({type: HEIGHT_MESSAGE_TYPE, height: 'x'}, ATLAS, frame.contentWindow);
    send('kg-atlas:height', ATLAS, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });
});

describe('height messages and embed URLs', () => {
  it('accepts only a well-formed height', () => {
    expect(isHeightMessage({type: HEIGHT_MESSAGE_TYPE, height: 500})).toBe(true);
    for (const bad of [null, 'x', {type: HEIGHT_MESSAGE_TYPE}, {type: HEIGHT_MESSAGE_TYPE, height: -1}, {type: HEIGHT_MESSAGE_TYPE, height: Infinity}, {type: 'x', height: 5}])
      expect(isHeightMessage(bad)).toBe(false);
  });

  it('embeds the same view with embed=1, and links back to it without', () => {
    const view = {...defaultViewState('ru'), ind: 'integral' as const, sector: 'mining', region: 'KG-J' as const, view: {lon: 74, lat: 41, zoom: 7}};
    const base = pageBase({origin: ATLAS, pathname: '/kg/'});
    const embedded = parseUrlState(new URL(embedUrl(view, {base, theme: 'dark', keepCamera: false})).search, 'en').state;
    expect(embedded).toMatchObject({embed: true, theme: 'dark', lang: 'ru', sector: 'mining', region: 'KG-J', view: null});
    expect(parseUrlState(new URL(embedUrl(view, {base, theme: null, keepCamera: true})).search, 'en').state.view).toEqual(view.view);
    // The data table shown from the start: a fragment after the query, which the query's parser ignores.
    const withTable = new URL(embedUrl(view, {base, theme: null, keepCamera: false, table: true}));
    expect(withTable.hash).toBe('#table');
    expect(parseUrlState(withTable.search, 'en').state).toEqual(parseUrlState(new URL(embedUrl(view, {base, theme: null, keepCamera: false})).search, 'en').state);
    expect(embedUrl(view, {base, theme: null, keepCamera: false})).not.toContain('#');
    const full = fullMapUrl({...view, embed: true}, base);
    expect(full.startsWith(`${ATLAS}/kg/?`)).toBe(true);
    expect(parseUrlState(new URL(full).search, 'en').state).toMatchObject({embed: false, region: 'KG-J', sector: 'mining'});
  });
});
