// Setup file of every e2e test file (vitest.e2e.config.ts): the file fails if any page it opened
// reported a Content-Security-Policy violation, whether or not its tests look at console errors.
import {afterAll, expect} from 'vitest';
import {takeCspViolations} from './atlas-page';

afterAll(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
