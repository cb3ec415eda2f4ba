// The message tables of code-split features: each feature's module hands its table to addMessages
// when it loads, so the first view does not carry their strings. The page imports this module only
// as a type (tables.ts); the tests import it to check every table.
import {breaksField} from './messages/breaks-field';
import {capacityNotes} from './messages/capacity-notes';
import {citations} from './messages/citations';
import {clusterNotes} from './messages/cluster-notes';
import {embedView} from './messages/embed-view';
import {engineErrors} from './messages/engine-errors';
import {energyPanel} from './messages/energy-panel';
import {importDialog} from './messages/import-dialog';
import {indexComponents} from './messages/index-components';
import {layerLegends} from './messages/layer-legends';
import {layerTooltips} from './messages/layer-tooltips';
import {mapControls} from './messages/map-controls';
import {mapKeyboard} from './messages/map-keyboard';
import {methodology} from './messages/methodology';
import {notices} from './messages/notices';
import {placeDetails} from './messages/place-details';
import {regionCompare} from './messages/region-compare';
import {regionGrid} from './messages/region-grid';
import {regionProfile} from './messages/region-profile';
import {robustness} from './messages/robustness';
import {scenarios} from './messages/scenarios';
import {shareDialogs} from './messages/share-dialogs';
import {sheetHandle} from './messages/sheet-handle';

/** Every code-split table. Add a feature's table here (and addMessages it in the feature). */
export const LAZY_TABLES = {embedView, scenarios, indexComponents, importDialog, methodology, shareDialogs, robustness, regionProfile, energyPanel, layerTooltips, layerLegends, mapKeyboard, mapControls, sheetHandle, citations, capacityNotes, clusterNotes, placeDetails, regionCompare, regionGrid, engineErrors, notices, breaksField} as const;

export type LazyTables = (typeof LAZY_TABLES)[keyof typeof LAZY_TABLES];
