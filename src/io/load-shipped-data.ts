// Browser loader for the shipped tables: one JSON asset, validated at build time (shipped-data-plugin).
import url from 'virtual:kg-shipped-data-url';
import type {ShippedData} from './shipped-tables';

export async function loadShippedData(): Promise<ShippedData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`shipped data: HTTP ${response.status}`);
  return (await response.json()) as ShippedData;
}
