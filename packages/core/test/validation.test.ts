import { describe, expect, it } from 'vitest';
import { STANDARDS_BODIES } from '@alliance/document';
import { acronym, parseInput, parseRole } from '../src/index.js';

describe('the acronym rule', () => {
  const samples = [
    'MEF',
    'ITU-T',
    'TM Forum',
    'Wi-Fi Alliance',
    'A+B',
    'OASIS_TC',
    'IEEE 802.3',
    '-MEF',
    '',
    'X'.repeat(33),
  ];

  it('accepts every body of the directory', () => {
    for (const body of STANDARDS_BODIES) expect(acronym.safeParse(body.acronym).success, body.acronym).toBe(true);
  });

  it('is the rule roles use: an organization that can be recorded can be named in a role', () => {
    for (const value of [...samples, ...STANDARDS_BODIES.map((b) => b.acronym)]) {
      expect(parseRole(`editor:${value}`) !== null, value).toBe(acronym.safeParse(value).success);
    }
  });
});

describe('parseInput', () => {
  it('names the first offending field under the prefix, as BAD_USER_INPUT', () => {
    expect(() => parseInput(acronym.array(), ['MEF', '-bad'], 'input.parties')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^input\.parties\[1\] must be an organization acronym/),
        extensions: { code: 'BAD_USER_INPUT', field: 'input.parties[1]' },
      }),
    );
  });
});
