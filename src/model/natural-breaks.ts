// Natural breaks (Jenks) are simple-statistics' ckmeans, code-split: few maps ask for them, and the
// first view's own code has a byte budget (#9) that ckmeans (~0.7 KiB gzip) would overrun. Classifying
// stays synchronous: a view that shows natural breaks loads them first (main.ts, as it loads a
// language's messages before showing it).
import type Ckmeans from 'simple-statistics/ckmeans';

let ckmeans: typeof Ckmeans | null = null;

export function naturalBreaksLoaded(): boolean {
  return ckmeans !== null;
}

export async function loadNaturalBreaks(): Promise<void> {
  ckmeans ??= (await import('./ckmeans')).ckmeans;
}

/** The ckmeans clusters of sorted values (1 < k ≤ their distinct count). */
export function naturalClusters(sorted: number[], k: number): number[][] {
  if (!ckmeans) throw new Error('Natural breaks were asked for before their code was loaded (loadNaturalBreaks).');
  return ckmeans(sorted, k);
}
