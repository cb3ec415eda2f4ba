// Colours of the offline basemap and the map furniture, per theme. Data colours (choropleth classes)
// come from the classification module, not from here.
export type RGBA = [number, number, number, number];

export interface MapColors {
  background: string;
  neighbourFill: string;
  neighbourLine: string;
  water: RGBA;
  river: RGBA;
  regionLine: RGBA;
  regionLineSelected: RGBA;
  hover: RGBA;
  label: RGBA;
  labelHalo: RGBA;
  /**
   * The halo's width (deck.gl's outlineWidth, at the names' 32-px letter fields: ¾ of it shows, so
   * 1.5 is ~0.4 px round a 12-px name). The dark theme's is wider: its light names also lie on the
   * palette's pale classes, where a thin dark rim reads as outlined letters, not as names.
   */
  labelHaloWidth: number;
  contextLabel: RGBA;
  waterLabel: RGBA;
  /** Fill of a region with no value. */
  noData: RGBA;
  /** Fill of regions before any indicator is painted. */
  neutral: RGBA;
  /** The keyboard focus ring on the map (the page's focus colour) and the halo under it. */
  focus: RGBA;
  focusHalo: RGBA;
}

export const MAP_COLORS: Record<'light' | 'dark', MapColors> = {
  light: {
    background: '#dfe3e8',
    neighbourFill: '#eceef1',
    neighbourLine: '#a7afb9',
    water: [148, 190, 226, 255],
    river: [120, 170, 214, 220],
    regionLine: [255, 255, 255, 255],
    regionLineSelected: [20, 20, 20, 255],
    hover: [255, 255, 255, 90],
    label: [25, 30, 38, 255],
    labelHalo: [255, 255, 255, 255],
    labelHaloWidth: 1.5,
    contextLabel: [105, 113, 124, 255],
    waterLabel: [26, 82, 138, 255],
    noData: [190, 190, 190, 255],
    neutral: [222, 214, 196, 255],
    focus: [31, 95, 168, 255],
    focusHalo: [255, 255, 255, 255],
  },
  dark: {
    background: '#101317',
    neighbourFill: '#1b1f25',
    neighbourLine: '#4a525d',
    water: [38, 72, 104, 255],
    river: [52, 96, 138, 220],
    regionLine: [16, 19, 23, 255],
    regionLineSelected: [250, 250, 250, 255],
    hover: [255, 255, 255, 60],
    label: [238, 240, 243, 255],
    labelHalo: [16, 19, 23, 255],
    labelHaloWidth: 4.5,
    contextLabel: [150, 158, 168, 255],
    waterLabel: [140, 190, 235, 255],
    noData: [85, 85, 85, 255],
    neutral: [86, 80, 68, 255],
    focus: [156, 199, 255, 255],
    focusHalo: [16, 19, 23, 255],
  },
};
