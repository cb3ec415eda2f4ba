// The shipped tables and boundaries, parsed once per test file.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {decodeBoundaries, type Boundaries} from '../../../src/io/boundaries';
import {readShippedTexts} from '../../../src/io/shipped-data-plugin';
import {parseShippedData, type ShippedData} from '../../../src/io/shipped-tables';

let cached: ShippedData | null = null;

export function shippedTables(): ShippedData {
  cached ??= parseShippedData(readShippedTexts(join(import.meta.dirname, '../../../data')));
  return cached;
}

let boundaries: Boundaries | null = null;

export function shippedBoundaries(): Boundaries {
  boundaries ??= decodeBoundaries(JSON.parse(readFileSync(join(import.meta.dirname, '../../../geo/kg.topo.json'), 'utf8')));
  return boundaries;
}
