import {describe, expect, it} from 'vitest';
import {addMessages} from '../../../src/i18n/i18n';
import {placeDetails} from '../../../src/i18n/messages/place-details';
import {shownValue} from '../../../src/model/indicator-result';
import type {AppState} from '../../../src/state/app-state';
import {choroplethOf} from '../../../src/state/choropleth';
import {defaultViewState} from '../../../src/state/view-state';
import {nationalComparison} from '../../../src/ui/explorer-text';
import {computedResult} from '../model/helpers';

const stateWith = (values: number[]) =>
  ({
    view: {...defaultViewState('en'), classes: 'diverging', n: 5, breaks: null},
    theme: 'light',
    indicator: {key: 'k', status: 'ready', result: computedResult(values), error: null},
    legendFilter: null,
  }) as unknown as AppState;

describe('a value is classed and compared with 1.0 as it is printed', () => {
  it('rounds to the value’s own decimals, else the result’s', () => {
    expect(shownValue({code: 'KG-T', value: 0.7953, status: 'ok'}, 2)).toBe(0.8);
    expect(shownValue({code: 'KG-T', value: 0.96, status: 'ok', decimals: 1}, 2)).toBe(1);
    expect(shownValue({code: 'KG-T', value: null, status: 'no_data'}, 2)).toBeNull();
  });

  it('puts a value printed 0.80 (grp-pc 2014 Talas: 0.7953) in the class from 0.80, with an exact 0.80', () => {
    const c = choroplethOf(stateWith([0.7953, 0.8, 1.5, 0.3, 1, 1, 1, 1, 1]))!;
    expect(c.entry('KG-B')).toBe(c.entry('KG-C'));
    expect(c.entry('KG-B')!.range).toEqual({from: 0.8, to: 1.25});
    // The value itself is kept: the table and the exports print it from the result.
    expect(c.value('KG-B').value).toBe(0.7953);
  });

  it('says a value printed 1.00 is at the national level, not below it', () => {
    addMessages(placeDetails); // as the tooltip's module does when it loads
    expect(nationalComparison('en', 'mfg-lq', {code: 'KG-B', value: 0.996, status: 'ok'}, 2)).toBe('equal to the national level');
    expect(nationalComparison('en', 'mfg-lq', {code: 'KG-B', value: 0.994, status: 'ok'}, 2)).toBe('below the national level');
    expect(nationalComparison('en', 'mfg-lq', {code: 'KG-B', value: null, status: 'no_data'}, 2)).toBeNull();
  });
});
