// Vite plugin for the shipped tables (data/*.csv, the source of truth, each row citing its source).
// At build time it validates every file (a malformed file fails the build, naming file, line and
// column) and emits the parsed tables as one JSON asset, so the browser needs neither a CSV parser nor
// a schema library for the first view. `virtual:kg-shipped-data-url` exports that asset's URL.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from 'vite';
import {parseShippedData, SHIPPED_TABLES} from './shipped-tables.ts';

const VIRTUAL_ID = 'virtual:kg-shipped-data-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PATH = '/@kg/shipped-data.json';

export function readShippedTexts(dataDir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const {file} of Object.values(SHIPPED_TABLES)) {
    try {
      texts[file] = readFileSync(join(dataDir, file), 'utf8');
    } catch {
      // parseShippedData reports the missing file by name.
    }
  }
  return texts;
}

export function shippedDataPlugin(dataDir = join(process.cwd(), 'data')): Plugin {
  const json = () => JSON.stringify(parseShippedData(readShippedTexts(dataDir)));
  let serving = false;
  let base = './';
  return {
    name: 'kg-shipped-data',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(json());
      });
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({type: 'asset', name: 'shipped-data.json', source: json()});
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    // The tables are fetched as the page parses, alongside the scripts, rather than once they have run.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find((f) => f.type === 'asset' && f.names.includes('shipped-data.json'));
        if (!asset) return undefined;
        return [{tag: 'link', attrs: {rel: 'preload', href: `${base}${asset.fileName}`, as: 'fetch', crossorigin: 'anonymous'}, injectTo: 'head'}];
      },
    },
  };
}
