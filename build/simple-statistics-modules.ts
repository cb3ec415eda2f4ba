// simple-statistics' ES modules, one per function (`simple-statistics/ckmeans` is its src/ckmeans.js),
// rather than its bundle or its index: code run at the top of either (the normal table, the
// classifiers' prototypes) could not be left out and came with the first view, and natural breaks'
// ckmeans, code-split, was bundled with the first view's functions through the index. The package
// exports neither path, hence this alias, in the site's and every test and bench config (and
// tsconfig's `paths` for their types).
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Alias} from 'vite';

const packageDir = dirname(createRequire(import.meta.url).resolve('simple-statistics/package.json'));

export const simpleStatisticsModules: Alias = {find: /^simple-statistics\/(\w+)$/, replacement: join(packageDir, 'src', '$1.js')};
