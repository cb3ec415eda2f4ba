// Which values of a place a planner's scenario set (scenario-apply.ts marks them): so that a tooltip or
// a panel cites the scenario for those, and the published sources only for the values the data gave
// (ui/edited-text.ts reads the marks there: importing this module from the tooltips would give it a
// chunk of its own, whose name the first view's chunk lists would carry).

/**
 * What a row a scenario made, or a value it set, cites: shown with it wherever a source is shown, and
 * put into the reader's language by i18n/citations.ts. A row also says which of its values the planner
 * set (`edited`), so that the values left as published keep their published sources beside it.
 */
export const SCENARIO_SOURCE = 'scenario edit — a planner’s assumption, not published data';

/** 'added': the scenario made the whole row (every value is the planner's); else the one value it set. */
export type EditedField = 'added' | 'location' | 'status' | 'capacity';

/** A row as a scenario leaves it: `edited` lists what it set (absent in the data as published). */
export interface ScenarioMarks {
  readonly edited?: readonly EditedField[];
}

/** `row`'s marks with `field` added, once. */
export function markEdited(row: ScenarioMarks, field: EditedField): readonly EditedField[] {
  return row.edited?.includes(field) ? row.edited : [...(row.edited ?? []), field];
}
