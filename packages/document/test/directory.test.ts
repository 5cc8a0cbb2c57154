import { describe, expect, it } from 'vitest';
import {
  STANDARDS_BODIES,
  closestDomain,
  findStandardsBody,
  levenshtein,
  normalizeOrganizationName,
} from '../src/index.js';

describe('STANDARDS_BODIES', () => {
  it('holds at least 30 bodies with unique acronyms', () => {
    expect(STANDARDS_BODIES.length).toBeGreaterThanOrEqual(30);
    const acronyms = STANDARDS_BODIES.map((b) => b.acronym);
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });

  it('gives every body a name, an https website and a current email domain', () => {
    for (const body of STANDARDS_BODIES) {
      expect(body.name.trim(), body.acronym).not.toBe('');
      expect(body.website, body.acronym).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(
        body.emailDomains.some((d) => d.current),
        body.acronym,
      ).toBe(true);
      for (const d of body.emailDomains) expect(d.domain, body.acronym).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });

  it('never lets one name, acronym or alias stand for two bodies', () => {
    const owner = new Map<string, string>();
    for (const body of STANDARDS_BODIES) {
      for (const n of new Set([body.acronym, body.name, ...body.aliases].map(normalizeOrganizationName))) {
        expect(owner.get(n), `${n} is used by ${owner.get(n)} and ${body.acronym}`).toBeUndefined();
        owner.set(n, body.acronym);
      }
    }
  });

  it('resolves every acronym, name and alias to its own record', () => {
    for (const body of STANDARDS_BODIES) {
      for (const n of [body.acronym, body.name, ...body.aliases]) {
        expect(findStandardsBody(n)?.acronym, n).toBe(body.acronym);
        expect(findStandardsBody(n.toUpperCase())?.acronym, n).toBe(body.acronym);
      }
    }
  });

  it('has the records the seed and the brief rely on', () => {
    const dmtf = findStandardsBody('Distributed Management Task Force');
    expect(dmtf).toBe(findStandardsBody('dmtf'));
    expect(dmtf?.emailDomains).toEqual([{ domain: 'dmtf.org', current: true }]);
    expect(dmtf?.units).toContainEqual({ acronym: 'CMWG', name: 'Cloud Management Working Group' });
    expect(dmtf?.units).toContainEqual({ acronym: 'OCSI', name: 'Open Cloud Standards Incubator' });

    const mef = findStandardsBody('Metro Ethernet Forum');
    expect(mef?.acronym).toBe('MEF');
    expect(mef?.emailDomains).toEqual([
      { domain: 'mef.net', current: true },
      { domain: 'metroethernetforum.org', current: false },
    ]);
    expect(findStandardsBody('The Metro Ethernet Forum')).toBe(mef);

    expect(findStandardsBody('Distributed Management Task Force, Inc.')?.acronym).toBe('DMTF');
    expect(findStandardsBody('Storage Networking Industry Association')?.acronym).toBe('SNIA');
    expect(findStandardsBody('oasis')?.units.map((u) => u.acronym)).toContain('SAF TC');
    expect(findStandardsBody('TeleManagement Forum')?.acronym).toBe('TM Forum');
    expect(findStandardsBody('tm forum')?.acronym).toBe('TM Forum');
    expect(findStandardsBody('ISO/IEC JTC 1')?.acronym).toBe('JTC 1');
    expect(findStandardsBody('ITU')?.acronym).toBe('ITU-T');
    expect(findStandardsBody('Cloud Security Alliance')?.website).toBe('https://cloudsecurityalliance.org');
    for (const a of [
      'ETSI',
      'IETF',
      'W3C',
      'ISO',
      'IEC',
      'IEEE',
      'OGF',
      'OCP',
      'ONF',
      'OMG',
      'NIST',
      '3GPP',
      'BBF',
      'GSMA',
      'CNCF',
      'ATIS',
      'TIA',
      'ANSI',
      'CEN',
      'CENELEC',
      'TCG',
    ]) {
      expect(findStandardsBody(a)?.acronym, a).toBe(a);
    }
    expect(findStandardsBody('The Open Group')?.acronym).toBe('TOG');
    expect(findStandardsBody('Linux Foundation')?.acronym).toBe('LF');
    expect(findStandardsBody('OpenStack Foundation')?.acronym).toBe('OpenInfra');
  });

  it('finds nothing for unknown or empty names', () => {
    expect(findStandardsBody('Acme Widget Consortium')).toBeUndefined();
    expect(findStandardsBody('')).toBeUndefined();
    expect(findStandardsBody('  ')).toBeUndefined();
  });

  it('looks up in a directory given to it', () => {
    const directory = [
      {
        acronym: 'XYZ',
        name: 'Xylophone Zither Union',
        aliases: [],
        website: 'https://xyz.example',
        emailDomains: [{ domain: 'xyz.example', current: true }],
        units: [],
      },
    ];
    expect(findStandardsBody('xylophone zither union', directory)?.acronym).toBe('XYZ');
    expect(findStandardsBody('DMTF', directory)).toBeUndefined();
  });
});

describe('levenshtein and closestDomain', () => {
  it('counts edits', () => {
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('dmf.org', 'dmtf.org')).toBe(1);
    expect(levenshtein('dmtf.org', 'dmtf.org')).toBe(0);
  });

  it('picks the nearest candidate with its distance', () => {
    expect(closestDomain('dmf.org', ['dmtf.org'])).toEqual({ domain: 'dmtf.org', distance: 1 });
    expect(closestDomain('mef.nte', ['metroethernetforum.org', 'mef.net'])).toEqual({ domain: 'mef.net', distance: 2 });
    expect(closestDomain('DMTF.ORG', ['dmtf.org'])).toEqual({ domain: 'dmtf.org', distance: 0 });
    expect(closestDomain('x.org', [])).toBeNull();
  });
});
