// Serves the built site (dist/) with `vite preview` on loopback for the end-to-end tests.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {TestProject} from 'vitest/node';
import {startPreview} from './preview-server';

export const PREVIEW_PORT = 4173;
const root = join(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm test does both).');
  }
  const preview = await startPreview(Number(process.env.E2E_PORT ?? PREVIEW_PORT));
  project.provide('baseUrl', preview.url);
  return preview.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
