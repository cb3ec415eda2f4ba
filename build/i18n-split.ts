// Vite plugin: the built site loads only the language it shows. The feature tables keep the three
// languages side by side (src/i18n/messages/*.ts, registered in src/i18n/tables.ts); at build time
// this plugin merges them per language into three small chunks (`virtual:kg-messages/<lang>`, JSON)
// and replaces src/i18n/messages-loader.ts with a loader that imports the one asked for. Dev and the
// tests use messages-loader.ts as written (every language at once).
import {join} from 'node:path';
import {runnerImport, type Plugin} from 'vite';
import type * as Tables from '../src/i18n/tables.ts';

const LANGS = ['ky', 'ru', 'en'] as const;
const LOADER = /[\\/]src[\\/]i18n[\\/]messages-loader\.ts$/;
const VIRTUAL = 'virtual:kg-messages/';
const RESOLVED = '\0kg-messages:';

const loaderCode = () => `
export const preloadedMessages = () => ({});
export function loadMessages(lang) {
  switch (lang) {
${LANGS.map((lang) => `    case ${JSON.stringify(lang)}: return import(${JSON.stringify(VIRTUAL + lang)}).then((m) => m.default);`).join('\n')}
    default: return Promise.reject(new Error('no messages for ' + lang));
  }
}
`;

export function i18nSplit(): Plugin {
  let tables: typeof Tables | null = null;
  let root = process.cwd();
  return {
    name: 'kg-i18n-split',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // The tables as they are now, through Vite's module runner (TypeScript, no plugins).
      const {module} = await runnerImport<typeof Tables>(join(root, 'src', 'i18n', 'tables.ts'), {root, configFile: false, logLevel: 'error'});
      tables = module;
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL) ? RESOLVED + source.slice(VIRTUAL.length) : undefined;
    },
    load(id) {
      if (LOADER.test(id)) return loaderCode();
      if (!id.startsWith(RESOLVED)) return undefined;
      const lang = LANGS.find((l) => l === id.slice(RESOLVED.length));
      if (!lang || !tables) throw new Error(`kg-i18n-split: cannot build ${id}`);
      // JSON.parse of a string literal is faster to load than the same object as JavaScript.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(tables.messagesOf(lang)))});`;
    },
  };
}
