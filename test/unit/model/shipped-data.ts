// The shipped tables, parsed once for the model and worker tests.
import {join} from 'node:path';
import {readShippedTexts} from '../../../src/io/shipped-data-plugin';
import {parseShippedData, type ShippedData} from '../../../src/io/shipped-tables';

let cached: ShippedData | null = null;

export function shippedTables(): ShippedData {
  cached ??= parseShippedData(readShippedTexts(join(import.meta.dirname, '../../../data')));
  return cached;
}
