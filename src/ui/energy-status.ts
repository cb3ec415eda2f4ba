// An energy site's recorded status in the UI language, for its tooltip, the map's keyboard and the
// green-clusters panel (each loads the place-details messages it uses). The symbol's legend has
// three classes (operating, under construction, planned or announced: energy-sites.ts statusClass);
// a site's own words are finer ("planned", "construction stalled") and are said as recorded.
import {t, type Lang, type MessageKey} from '../i18n/i18n';
import {statusClass} from '../model/energy-sites';

const STATUS_DETAIL: Record<string, MessageKey> = {
  planned: 'energy.statusDetail.planned',
  announced: 'energy.statusDetail.announced',
  'operating (partial)': 'energy.statusDetail.partial',
  'under construction / stalled': 'energy.statusDetail.stalled',
  'under construction (first turbine generating)': 'energy.statusDetail.firstTurbine',
  'operating (reported complete 2024)': 'energy.statusDetail.reportedComplete',
};

/** The recorded status in the UI language: the known finer wording, or its class. */
export function statusLabel(lang: Lang, status: string): string {
  const detail = STATUS_DETAIL[status.trim().toLowerCase()];
  return t(lang, detail ?? `energy.status.${statusClass(status)}`);
}
