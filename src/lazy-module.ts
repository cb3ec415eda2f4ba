// A code-split module, loaded the first time something needs it: once, however many ask meanwhile.
// Each one that asked is told when it has arrived (to draw again) or could not be loaded (to report
// it); a module that could not be loaded is not asked for again, as every render would ask again.
// Used for the map's code-split layer families (src/layers/lazy-layers.ts) and the sidebar's legends
// of the energy and links layers (src/ui/kg-layer-toggles.ts).

/** What one who asked for a module is told once it has loaded, or could not be loaded. */
export interface LazyLoadHandlers {
  /** Draw again: the module is there. */
  redraw: () => void;
  /** It could not be loaded (the page reports it; what needs it stays undrawn). */
  onLoadError: (error: unknown) => void;
}

export interface LazyModule<M> {
  /**
   * The module once it has loaded; else null, and `handlers` are told when it has (or could not be).
   * The same handlers are told once, however often they ask: keep them, do not make them per call.
   */
  moduleOrLoad(handlers: LazyLoadHandlers): M | null;
  /** Whether it has been asked for and is not there yet. */
  pending(): boolean;
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let module: M | null = null;
  let state: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  const waiting = new Set<LazyLoadHandlers>();
  const tell = (each: (handlers: LazyLoadHandlers) => void) => {
    const told = [...waiting];
    waiting.clear();
    for (const handlers of told) each(handlers);
  };
  return {
    moduleOrLoad(handlers) {
      if (state === 'loaded') return module;
      if (state === 'failed') return null;
      waiting.add(handlers);
      if (state === 'idle') {
        state = 'loading';
        load().then(
          (loaded) => {
            module = loaded;
            state = 'loaded';
            tell((h) => h.redraw());
          },
          (error: unknown) => {
            state = 'failed';
            tell((h) => h.onLoadError(error));
          },
        );
      }
      return null;
    },
    pending: () => state === 'loading',
  };
}
