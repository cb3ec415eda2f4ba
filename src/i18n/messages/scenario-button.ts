// The scenario button's strings (first view); the editor's are in scenarios.ts (loaded with it).
import {defineMessages} from './define';

export const scenarioButton = defineMessages({
  en: {
    'scenario.button': 'Scenario',
    'scenario.unsaved': 'unsaved edits',
  },
  ru: {
    'scenario.button': 'Сценарий',
    'scenario.unsaved': 'несохранённые изменения',
  },
  ky: {
    'scenario.button': 'Сценарий',
    'scenario.unsaved': 'сакталбаган өзгөртүүлөр',
  },
});
