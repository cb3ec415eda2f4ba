import {join} from 'node:path';
import {defineConfig} from 'vite';

// The bare maplibre page of `npm run bench` (bench/bare/): built apart from the site, never in dist/.
const root = join(import.meta.dirname, '..');
export default defineConfig({
  root: join(root, 'bench', 'bare'),
  base: './',
  build: {
    outDir: join(root, 'bench', '.bare-dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {output: {codeSplitting: {groups: [{name: 'maplibre', test: /node_modules[\\/]maplibre-gl/}]}}},
  },
  preview: {host: '127.0.0.1', strictPort: true},
  logLevel: 'warn',
});
