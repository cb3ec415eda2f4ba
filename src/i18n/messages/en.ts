// English UI strings: the reference table. ru.ts and ky.ts must have exactly the same keys (the type
// checker and test/unit/i18n.test.ts both fail otherwise). `{name}` marks a parameter.
export const en = {
  'app.title': 'Kyrgyz Cluster Atlas',
  'app.tagline': 'Cluster-development potential of the regions of Kyrgyzstan',
  'app.loading': 'Loading the map…',
  'app.loadError': 'The atlas could not load its data: {reason}',
  'lang.label': 'Language',
  'map.label': 'Map of the nine regions of Kyrgyzstan',
  'map.webglMissing': 'This device cannot draw the map (WebGL is unavailable). The data table below shows the same figures.',
  'region.kind.oblast': 'Region',
  'region.kind.city': 'City of republican significance',
  'region.schematic': 'Schematic boundary: a disc of the city’s official area around its centre, not a surveyed boundary.',
  'region.smallPolygon': 'Shown enlarged as a circle at country zoom; the polygon is small.',
  'neighbour.Kazakhstan': 'Kazakhstan',
  'neighbour.China': 'China',
  'neighbour.Uzbekistan': 'Uzbekistan',
  'neighbour.Tajikistan': 'Tajikistan',
  'lake.issyk-kul': 'Issyk-Kul',
  'lake.toktogul': 'Toktogul Reservoir',
  'lake.son-kul': 'Son-Kul',
  'attribution.naturalEarth': 'Boundaries, lakes, rivers: Natural Earth (public domain)',
  'attribution.geonames': 'Places: GeoNames (CC BY 4.0)',
  'attribution.schematic': 'Osh city boundary is schematic',
  'notice.param': 'The link’s “{param}={value}” could not be used ({reason}); showing the default instead.',
  'notice.reason.unknown-value': 'unknown value',
  'notice.reason.out-of-range': 'out of range',
  'notice.reason.malformed': 'malformed',
  'notice.reason.newer-version': 'made by a newer version of the atlas',
  'notice.reason.too-long': 'too long or not a valid scenario',
  'notice.dismiss': 'Dismiss',
  'card.close': 'Close',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
