// Writing the run-time choices of a deck.gl shader as the constants they always are in the atlas.
//
// Why: a shader compiler compiles every branch of a choice read from a uniform, even one never taken.
// Chromium's software WebGL (SwiftShader, on machines without a usable GPU) then spends most of the
// first frame compiling. With a choice written as a constant, the untaken branch is dead code that
// the compiler drops. Measured one program at a time in SwiftShader (prof scripts, December 2026):
// the projection choices halve every program; the layer choices in ground-layers.ts take another
// 25–50 % off each.

/** A uniform (or expression) a shader reads at run time, and the constant it always is here. */
export type FixedChoice = readonly [readAtRunTime: string, constant: string];

/**
 * `source` with each choice's run-time read replaced by its constant. Throws if a read is not in
 * `source`: a deck.gl whose shader changed must be looked at, not silently left slow or drawn wrong.
 */
export function fixChoices(source: string, choices: readonly FixedChoice[], shaderName: string): string {
  let fixed = source;
  for (const [read, constant] of choices) {
    if (!fixed.includes(read)) throw new Error(`${shaderName} no longer reads ${read}`);
    fixed = fixed.replaceAll(read, constant);
  }
  return fixed;
}
