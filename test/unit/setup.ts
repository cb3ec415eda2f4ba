// Property tests run with a fixed seed, so a CI run is repeatable; set FC_SEED to explore other inputs
// locally (a failing seed is printed by fast-check and can be replayed the same way).
import fc from 'fast-check';

fc.configureGlobal({seed: Number(process.env.FC_SEED ?? 20261123)});
