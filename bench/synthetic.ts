// Synthetic region × sector datasets for the benchmarks: every input of every coefficient, complete,
// from a seeded generator (so runs are comparable).
import {buildDataset, DatasetColumnsBuilder, type Dataset, type DatasetColumns} from '../src/model/dataset';
import {seededRandom} from '../src/model/rank-stability';

export interface Synthetic {
  regions: string[];
  columns: DatasetColumns;
  dataset: Dataset;
}

export function syntheticDataset(rows: number, cols: number, year = 2020): Synthetic {
  const random = seededRandom(rows * 1000 + cols);
  const regions = Array.from({length: rows}, (_, i) => `R${i}`);
  const b = new DatasetColumnsBuilder(rows * cols * 3 + rows);
  for (let i = 0; i < rows; i++) {
    const region = regions[i]!;
    b.add(region, 'TOTAL', 'population', year, Math.round(50_000 + random() * 1_000_000), 'persons', 'synthetic');
    for (let j = 0; j < cols; j++) {
      const sector = `s${j}`;
      b.add(region, sector, 'employment', year, Math.round(random() * 5000), 'persons', 'synthetic');
      b.add(region, sector, 'establishments', year, Math.round(random() * 200), 'units', 'synthetic');
      b.add(region, sector, 'output', year, Math.round(random() * 1e6) / 10, 'mln som', 'synthetic');
    }
  }
  const columns = b.build();
  return {regions, columns, dataset: buildDataset(columns, regions)};
}
