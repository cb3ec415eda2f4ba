// The shipped tables, handed over once loaded (main.ts loads them) to whoever needs them later, e.g.
// the engine's client, which is code-split and may load at any time after the first view.
import type {ShippedData} from './shipped-tables';

let provide: (tables: ShippedData) => void = () => {};
const provided = new Promise<ShippedData>((resolve) => (provide = resolve));

/** Hands the loaded shipped tables over (main.ts does, once). */
export function provideShippedTables(tables: ShippedData): void {
  provide(tables);
}

/** The shipped tables, once main.ts has loaded them. */
export function shippedTablesProvided(): Promise<ShippedData> {
  return provided;
}
