// Vite plugin: builds src/sw.ts into dist/sw.js (a fixed name, so that the page can register it) and
// writes into it the list of files to precache — every file of the build but source maps — and a
// version derived from their names and contents, so a new build replaces the old cache.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {Plugin} from 'vite';

const SW_SOURCE = 'src/sw.ts';
const SW_FILE = 'sw.js';
const PLACEHOLDER = '__KG_PRECACHE__';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'kg-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({type: 'chunk', id: SW_SOURCE, fileName: SW_FILE});
    },
    generateBundle(_options, bundle) {
      const built = Object.values(bundle).filter((f) => f.fileName !== SW_FILE && !f.fileName.endsWith('.map'));
      // Every file the site serves is built now (the boundaries too, hashed); a public/ dir, should one
      // come back, is copied by Vite as it is and precached with the rest.
      const fromPublic = publicDir && existsSync(publicDir) ? filesUnder(publicDir).map((path) => relative(publicDir, path).split('\\').join('/')) : [];
      const files = ['./', ...built.map((f) => f.fileName).filter((f) => f !== 'index.html'), ...fromPublic].sort();
      const hash = createHash('sha256');
      for (const f of built) hash.update(f.fileName).update(f.type === 'chunk' ? f.code : f.source);
      for (const f of fromPublic) hash.update(f).update(readFileSync(join(publicDir, f)));
      const sw = bundle[SW_FILE];
      if (!sw || sw.type !== 'chunk') throw new Error(`kg-service-worker: ${SW_FILE} was not built`);
      if (!sw.code.includes(PLACEHOLDER)) throw new Error(`kg-service-worker: ${SW_FILE} lost its ${PLACEHOLDER}`);
      // The list changes the code after its source map was made: drop the map rather than ship a wrong one.
      sw.code = sw.code.replaceAll(PLACEHOLDER, JSON.stringify({version: hash.digest('hex').slice(0, 16), files})).replace(/\n\/\/# sourceMappingURL=.*$/, '\n');
      delete bundle[`${SW_FILE}.map`];
    },
  };
}
