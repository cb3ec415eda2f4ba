// Layer accessors given as functions of the object, never as constant values.
//
// Why: deck.gl draws an accessor given as a constant (`getLineWidth: 1.5`) from a constant vertex
// attribute and one given as a function from a buffer, and every mix of the two is a different vertex
// layout of the layer's shader program. Chromium's software WebGL (SwiftShader, on machines without
// a GPU) compiles a program again for each layout it is first drawn with: 55–95 ms each on the 2-core
// development machine, counted in the first render. The default view's point and text layers give
// every accessor as a function: one layout for each kind of layer.

/** Each constant as an accessor returning it, with the constant as its update trigger. */
export function perObject<T extends Record<string, unknown>>(
  constants: T,
  updateTriggers: Record<string, unknown> = {},
): {[K in keyof T]: () => T[K]} & {updateTriggers: Record<string, unknown>} {
  const accessors = Object.fromEntries(Object.entries(constants).map(([name, value]) => [name, () => value]));
  // deck.gl calls a function accessor again only when its update trigger changes: the value is it.
  const triggers = Object.fromEntries(Object.entries(constants).map(([name, value]) => [name, JSON.stringify(value)]));
  return {...accessors, updateTriggers: {...triggers, ...updateTriggers}} as {[K in keyof T]: () => T[K]} & {updateTriggers: Record<string, unknown>};
}
