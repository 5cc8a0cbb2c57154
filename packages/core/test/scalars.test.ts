import { describe, expect, it } from 'vitest';
import { DateScalar, endOfPeriod, isIsoDate, isPartialDate } from '../src/scalars.js';

describe('dates', () => {
  it.each([
    ['2013-05', '2013-05-31'],
    ['2012-02', '2012-02-29'],
    ['2011-Q3', '2011-09-30'],
    ['2011-Q1', '2011-03-31'],
    ['2012', '2012-12-31'],
    ['2012-09-15', '2012-09-15'],
  ])('%s falls due on %s', (partial, due) => {
    expect(endOfPeriod(partial)).toBe(due);
  });

  it('accepts calendar dates only', () => {
    expect(isIsoDate('2012-04-25')).toBe(true);
    expect(isIsoDate('2012-02-30')).toBe(false);
    expect(isIsoDate('4/25/2012')).toBe(false);
  });

  it('accepts the four precisions of a partial date', () => {
    for (const value of ['2012-04-25', '2013-05', '2011-Q3', '2012']) expect(isPartialDate(value)).toBe(true);
    for (const value of ['2013-13', '2011-Q5', '12', 'May 2013']) expect(isPartialDate(value)).toBe(false);
  });

  it('rejects a malformed Date with BAD_USER_INPUT and an example', () => {
    expect(() => DateScalar.parseValue('25/04/2012')).toThrow(/ISO 8601 string like "2012-04-25"/);
  });
});
