import {defineConfig} from 'vite';
import {contentSecurityPolicy} from './build/content-security-policy.ts';
import {deckWebglOnly} from './build/deck-webgl-only.ts';
import {i18nSplit} from './build/i18n-split.ts';
import {minifyTemplates} from './build/minify-templates.ts';
import {serviceWorker} from './build/service-worker.ts';
import {simpleStatisticsModules} from './build/simple-statistics-modules.ts';
import {shippedDataPlugin} from './src/io/shipped-data-plugin.ts';

// `base` makes the build work under a sub-path (e.g. BASE=/atlas/ npm run build); see README "Deploy".
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [shippedDataPlugin(), minifyTemplates(), deckWebglOnly(), i18nSplit(), contentSecurityPolicy(), serviceWorker()],
  resolve: {alias: [simpleStatisticsModules]},
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
    // The chunks the page imports statically are loaded before any import() can run: listing them
    // among each code-split chunk's dependencies to preload (Vite's __vite__mapDeps, in the first
    // view's code) cost bytes of the first-view budget and loaded nothing.
    modulePreload: {resolveDependencies: (_file, deps) => deps.filter((dep) => !/(^|\/)(lit|shared|preload-helper)-[\w-]+\.js$/.test(dep))},
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vite's loader of code-split chunks, which every chunk with an import() uses: left to
            // itself, it joined deck.gl's chunk, and deck.gl had to load before the map could start.
            {name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1},
            // Small modules that the first view and code-split features both use: left to itself,
            // rolldown gives each its own chunk of a few hundred bytes (a dozen requests, ~1.7 KB more
            // gzip than one chunk); all of them load with the first view anyway.
            {
              name: 'shared',
              test: /src[\\/](model[\\/](sectors|indicators|rank|indicator-catalog|color-schemes|palette|dataset|shipped-dataset|hub-assignment|energy-sites|region|link-families)|layers[\\/]per-object|ui[\\/]explorer-text|i18n[\\/](format|i18n|messages-loader)|map[\\/]map-colors)\.ts$|@turf[\\/](helpers|distance|invariant)[\\/]/,
            },
            // Its scripts only: the worker's `?url` import (a string) and the CSS are needed before
            // maplibre, which is loaded beside the page (loadMapLibre); in this chunk, either made it a
            // static import of the page again.
            // (With the module that re-exports its parts the atlas uses: maplibre's code only.)
            {name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/][^?]*\.m?js$|src[\\/]map[\\/]maplibre-parts\.ts$/},
            {
              name: 'deck',
              test: /node_modules[\\/](@deck\.gl|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl|mjolnir\.js|gl-matrix)|kg-deck-stub:/,
            },
          ],
        },
      },
    },
  },
  worker: {format: 'es'},
  preview: {host: '127.0.0.1', port: 4173, strictPort: true},
});
