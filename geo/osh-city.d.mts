import type {Feature} from 'geojson';
export function buildOshCityDisc(input: {
  oblast: Feature;
  centre: [number, number];
  areaKm2: number;
  steps?: number;
}): {city: Feature; oblast: Feature};
