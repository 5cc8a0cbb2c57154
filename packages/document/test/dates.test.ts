import { describe, expect, it } from 'vitest';
import { findDates, parseDateText, periodEnd, periodStart } from '../src/index.js';

const read = (text: string) => {
  const d = parseDateText(text);
  return d ? [d.date, d.precision] : null;
};

describe('dates', () => {
  it('reads day-precision dates in the forms registers use', () => {
    expect(read('4/25/2012')).toEqual(['2012-04-25', 'DAY']);
    expect(read('April 1 2010')).toEqual(['2010-04-01', 'DAY']);
    expect(read('June 30, 2011')).toEqual(['2011-06-30', 'DAY']);
    expect(read('2012-04-25')).toEqual(['2012-04-25', 'DAY']);
    expect(read('16 May 2012')).toEqual(['2012-05-16', 'DAY']);
    expect(read('Sept. 15th, 2012')).toEqual(['2012-09-15', 'DAY']);
    expect(read('15-Sep-2012')).toEqual(['2012-09-15', 'DAY']);
    expect(read('4/25/12')).toEqual(['2012-04-25', 'DAY']);
    expect(read('25.04.2012')).toEqual(['2012-04-25', 'DAY']);
  });

  it('keeps month, quarter and year precision', () => {
    expect(read('May 2013')).toEqual(['2013-05', 'MONTH']);
    expect(read('Sept 2012')).toEqual(['2012-09', 'MONTH']);
    expect(read('2013-05')).toEqual(['2013-05', 'MONTH']);
    expect(read('05/2013')).toEqual(['2013-05', 'MONTH']);
    expect(read('Q3 2011')).toEqual(['2011-Q3', 'QUARTER']);
    expect(read('1Q2012')).toEqual(['2012-Q1', 'QUARTER']);
    expect(read('Q2/2013')).toEqual(['2013-Q2', 'QUARTER']);
    expect(read('2011-Q3')).toEqual(['2011-Q3', 'QUARTER']);
    expect(read('third quarter of 2011')).toEqual(['2011-Q3', 'QUARTER']);
    expect(read('2012')).toEqual(['2012', 'YEAR']);
  });

  it('rejects what is not a date', () => {
    expect(read('2/30/2012')).toBeNull();
    expect(read('Resolution 2012')).toEqual(null);
    expect(read('CIMI 1.0')).toBeNull();
    expect(read('13/13/2012')).toBeNull();
    expect(read('TBD')).toBeNull();
  });

  it('reads a numeric date day-first only when it cannot be month/day, and says so', () => {
    const [d] = findDates('31/12/2013');
    expect(d).toMatchObject({ date: '2013-12-31', precision: 'DAY', dayFirst: true });
    expect(findDates('12/11/2013')[0]).toMatchObject({ date: '2013-12-11', dayFirst: false });
  });

  it('finds dates in running text, the more precise reading winning', () => {
    expect(
      findDates('reviewed when an MEF document is identified, but no later than May 2013.').map((d) => d.date),
    ).toEqual(['2013-05']);
    expect(findDates('Board Resolution 2012-05-04 on 5/16/2010.').map((d) => d.date)).toEqual([
      '2012-05-04',
      '2010-05-16',
    ]);
    expect(findDates('OCCI 1.2 draft in Q3 2012 and CIMI 1.0 in 2013').map((d) => [d.date, d.precision])).toEqual([
      ['2012-Q3', 'QUARTER'],
      ['2013', 'YEAR'],
    ]);
  });

  it('knows where a partial date falls due', () => {
    expect(periodEnd({ date: '2013-05', precision: 'MONTH' })).toBe('2013-05-31');
    expect(periodEnd({ date: '2012-02', precision: 'MONTH' })).toBe('2012-02-29');
    expect(periodEnd({ date: '2011-Q3', precision: 'QUARTER' })).toBe('2011-09-30');
    expect(periodEnd({ date: '2012', precision: 'YEAR' })).toBe('2012-12-31');
    expect(periodEnd({ date: '2012-09-15', precision: 'DAY' })).toBe('2012-09-15');
    expect(periodStart({ date: '2011-Q3', precision: 'QUARTER' })).toBe('2011-07-01');
    expect(periodStart({ date: '2013-05', precision: 'MONTH' })).toBe('2013-05-01');
  });
});
