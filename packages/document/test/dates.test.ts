import { describe, expect, it } from 'vitest';
import { findDates, parseDateText, periodEnd, periodStart, precisionOf } from '../src/index.js';
import { inferredDateOrder } from '../src/dates.js';

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

describe('vague dates keep how vague they are', () => {
  it('reads halves and thirds of a year, and a season at year precision', () => {
    expect(read('H1 2013')).toEqual(['2013-H1', 'HALF']);
    expect(read('2H 2013')).toEqual(['2013-H2', 'HALF']);
    expect(read('first half of 2013')).toEqual(['2013-H1', 'HALF']);
    expect(read('the second half of 2013')).toEqual(['2013-H2', 'HALF']);
    expect(read('early 2014')).toEqual(['2014-early', 'THIRD']);
    expect(read('beginning of 2014')).toEqual(['2014-early', 'THIRD']);
    expect(read('mid-2013')).toEqual(['2013-mid', 'THIRD']);
    expect(read('late 2012')).toEqual(['2012-late', 'THIRD']);
    expect(read('spring 2014')).toEqual(['2014', 'YEAR']);
    expect(read('1H2013')).toEqual(['2013-H1', 'HALF']);
    expect(read('H2/2013')).toEqual(['2013-H2', 'HALF']);
    expect(read('second half 2014')).toEqual(['2014-H2', 'HALF']);
    expect(read('Mid-2015')).toEqual(['2015-mid', 'THIRD']);
    expect(read('the start of 2016')).toEqual(['2016-early', 'THIRD']);
    expect(findDates('mid-2013')[0]).toMatchObject({ vague: 'mid-2013' });
  });

  it('does not read precise dates as vague', () => {
    const only = (text: string) => findDates(text).map((d) => [d.date, d.precision, d.vague ?? null]);
    expect(only('no later than end of 2014')).toEqual([['2014', 'YEAR', null]]);
    expect(only('H.264 profile, 2013')).toEqual([['2013', 'YEAR', null]]);
    expect(only('the midterm 2013 ballot')).toEqual([['2013', 'YEAR', null]]);
    expect(only('amid 2013 budgets')).toEqual([['2013', 'YEAR', null]]);
    expect(only('TH1 2013')).toEqual([['2013', 'YEAR', null]]);
    expect(only('Q2 2013')).toEqual([['2013-Q2', 'QUARTER', null]]);
  });

  it('falls due at the end of the period', () => {
    expect(periodEnd({ date: '2013-H1', precision: 'HALF' })).toBe('2013-06-30');
    expect(periodEnd({ date: '2013-H2', precision: 'HALF' })).toBe('2013-12-31');
    expect(periodEnd({ date: '2014-early', precision: 'THIRD' })).toBe('2014-04-30');
    expect(periodEnd({ date: '2013-mid', precision: 'THIRD' })).toBe('2013-08-31');
    expect(periodEnd({ date: '2012-late', precision: 'THIRD' })).toBe('2012-12-31');
    expect(periodStart({ date: '2013-mid', precision: 'THIRD' })).toBe('2013-05-01');
    expect(periodStart({ date: '2013-H2', precision: 'HALF' })).toBe('2013-07-01');
    expect(precisionOf('2013-H2')).toBe('HALF');
    expect(precisionOf('2013-mid')).toBe('THIRD');
    expect(precisionOf('2013-middle')).toBeNull();
  });
});

describe("the convention a document's dates show", () => {
  it('is day-first when a date can only be day/month', () => {
    expect(inferredDateOrder('Date Initiated: 04/05/2012\nApproved on 25/04/2012.')).toEqual({
      order: 'DMY',
      evidence: '25/04/2012',
    });
    expect(inferredDateOrder('kick-off 13.02.2013, review 3/4/2014')).toMatchObject({ evidence: '13.02.2013' });
  });

  it('is not inferred from dates that read both ways, month-first ones, or a document that writes both', () => {
    expect(inferredDateOrder('04/05/2012 and 03/06/2013')).toBeNull();
    expect(inferredDateOrder('4/25/2012')).toBeNull();
    expect(inferredDateOrder('25/04/2012 and 4/25/2012')).toBeNull();
    expect(inferredDateOrder('Board Resolution 2012-05-04; SMI-S 1.6.1; NVMe 1.4; version 13/2')).toBeNull();
    expect(inferredDateOrder('32/01/2012 and 15/13/2012')).toBeNull();
    expect(inferredDateOrder('TS 28.532 V16.3.10 and 13.2.14 of the model, kick-off 3/4/2014')).toBeNull();
  });
});
