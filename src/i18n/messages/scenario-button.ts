// The scenario button's strings (first view); the editor's are in scenarios.ts (loaded with it).
import {defineMessages} from './define';

export const scenarioButton = defineMessages({
  en: {
    'scenario.button': 'Scenario',
    'scenario.unsaved': 'unsaved edits',
    'scenario.active': 'Scenario: {name}',
    'scenario.activeUnnamed': 'Scenario (edited)',
    'scenario.activeHint': 'The map shows a scenario, not only the published data',
  },
  ru: {
    'scenario.button': 'Сценарий',
    'scenario.unsaved': 'несохранённые изменения',
    'scenario.active': 'Сценарий: {name}',
    'scenario.activeUnnamed': 'Сценарий (изменён)',
    'scenario.activeHint': 'Карта показывает сценарий, а не только опубликованные данные',
  },
  ky: {
    'scenario.button': 'Сценарий',
    'scenario.unsaved': 'сакталбаган өзгөртүүлөр',
    'scenario.active': 'Сценарий: {name}',
    'scenario.activeUnnamed': 'Сценарий (өзгөртүлгөн)',
    'scenario.activeHint': 'Карта жарыяланган маалыматты гана эмес, сценарийди көрсөтөт',
  },
});
