// Every message table, the code-split ones included (the page loads those with their features; see
// LazyTables in src/i18n/tables.ts). Tests that check wording check them all.
import type {Lang, MessageKey} from '../../../src/i18n/i18n';
import {energyPanel} from '../../../src/i18n/messages/energy-panel';
import {importDialog} from '../../../src/i18n/messages/import-dialog';
import {layerTooltips} from '../../../src/i18n/messages/layer-tooltips';
import {methodology} from '../../../src/i18n/messages/methodology';
import {regionProfile} from '../../../src/i18n/messages/region-profile';
import {robustness} from '../../../src/i18n/messages/robustness';
import {scenarios} from '../../../src/i18n/messages/scenarios';
import {shareDialogs} from '../../../src/i18n/messages/share-dialogs';
import {messagesOf} from '../../../src/i18n/tables';

export const LAZY_TABLES = {scenarios, importDialog, methodology, shareDialogs, robustness, regionProfile, energyPanel, layerTooltips} as const;

export function allMessages(lang: Lang): Record<MessageKey, string> {
  return Object.assign(messagesOf(lang), ...Object.values(LAZY_TABLES).map((table) => table[lang])) as Record<MessageKey, string>;
}
