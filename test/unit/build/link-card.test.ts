// The page's link card: a messenger (Telegram, WhatsApp) or a search engine reads index.html as served,
// not the title the script writes, so its title and description are the atlas's own in all three
// languages (a Kyrgyz teacher's colleagues got an English card), and stay its words as they change.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {core} from '../../../src/i18n/messages/core';

const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const meta = (attr: string, name: string) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];

describe('index.html’s link card', () => {
  it.each(['ky', 'ru', 'en'] as const)('%s: the title and description are the atlas’s', (lang) => {
    const {'app.title': title, 'app.tagline': tagline} = core[lang];
    expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toContain(title);
    expect(meta('property', 'og:title')).toContain(title);
    expect(meta('name', 'description')).toContain(tagline);
    expect(meta('property', 'og:description')).toContain(tagline);
  });

  it('puts Kyrgyz, the page’s lang, first', () => {
    expect(html).toContain('<html lang="ky">');
    expect(html.match(/<title>([^<]*)<\/title>/)?.[1]?.startsWith(core.ky['app.title'])).toBe(true);
  });
});
