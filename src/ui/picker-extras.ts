// What the indicator picker draws beside its own controls, code-split: the composite index's components
// in words (the profile's, index-breakdown.ts), "Play the years" (kg-year-play.ts) and "Compare with
// year" (kg-year-compare.ts). One chunk, so that the first view carries one import for all.
export {componentsUsed} from './index-breakdown';
import './kg-year-compare';
import './kg-year-play';
