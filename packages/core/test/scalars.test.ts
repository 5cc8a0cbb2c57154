import { describe, expect, it } from 'vitest';
import { DateScalar, isIsoDate, isPartialDate } from '../src/scalars.js';

describe('dates', () => {
  it('accepts calendar dates only', () => {
    expect(isIsoDate('2012-04-25')).toBe(true);
    expect(isIsoDate('2012-02-30')).toBe(false);
    expect(isIsoDate('4/25/2012')).toBe(false);
  });

  it('accepts the four precisions of a partial date', () => {
    for (const value of ['2012-04-25', '2013-05', '2011-Q3', '2013-mid', '2013-H2', '2012'])
      expect(isPartialDate(value)).toBe(true);
    for (const value of ['2013-13', '2011-Q5', '12', 'May 2013', '2013-H3', '2013-middle'])
      expect(isPartialDate(value)).toBe(false);
  });

  it('rejects a malformed Date with BAD_USER_INPUT and an example', () => {
    expect(() => DateScalar.parseValue('25/04/2012')).toThrow(/ISO 8601 string like "2012-04-25"/);
  });
});
