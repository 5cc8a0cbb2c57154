import {
  STANDARDS_BODIES,
  type ContactDocument,
  type DatePrecision,
  type Finding,
  type MilestoneDocument,
  type MilestoneStatus,
  type PartyDocument,
  type ReviewDocument,
  type SectionDocument,
  type StandardsBody,
  type StandardsDevelopmentMode,
  type WorkRegisterDocument,
} from '@alliance/document';

/**
 * A deterministic data set of Work Registers for the benchmark: the same `n` and `seed` give the
 * same documents, byte for byte, on every machine. Bump GENERATOR_VERSION whenever the output
 * changes, so that cached seeded databases (see run.ts) are not reused.
 */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20261124;

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data, fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** An index drawn with the given weights. */
  weighted(cumulative: readonly number[]): number {
    const r = this.next() * cumulative.at(-1)!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  /** An index in [0, length) skewed towards 0 (a few items are drawn far more often). */
  skewed(length: number): number {
    return Math.min(length - 1, Math.floor(length * this.next() ** 2.5));
  }
}

const cumulate = (weights: readonly number[]) => {
  let total = 0;
  return weights.map((w) => (total += w));
};

// ---------------------------------------------------------------------------------------------
// Words. Text is drawn from a fixed vocabulary with Zipf-like frequencies (rank r has weight 1/r),
// so common words ("management") are in most registers and rarer ones in a few percent.

const VOCABULARY = (
  'management standards interoperability specification network services alliance members ' +
  'technical work joint development review documents information model profile requirements ' +
  'implementation protocol architecture framework industry operators providers data interface ' +
  'testing certification reference security infrastructure platform systems common support ' +
  'cooperation liaison access resources automation lifecycle configuration monitoring policy ' +
  'ethernet carrier metro virtualization orchestration telemetry service level agreements ' +
  'provisioning inventory topology federation identity authentication authorization audit ' +
  'compliance governance schema validation conformance roadmap workshop webinar publication ' +
  'harmonization gap analysis use cases terminology glossary ontology catalog registry portal ' +
  'storage cloud fabric compute memory firmware hardware software open source community ' +
  'edge wireless optical transport packet routing switching mobile radio spectrum broadband ' +
  'energy efficiency sustainability power cooling datacenter facilities metrics benchmark ' +
  'performance latency throughput availability resilience recovery backup archive retention ' +
  'encryption keys certificates trust attestation integrity privacy consent records events ' +
  'notification streaming messaging api rest json yaml xml openapi graphql modeling uml ' +
  'verification plugfest demonstration proof concept pilot deployment migration upgrade ' +
  'interoperable portable scalable extensible modular distributed federated hybrid multi ' +
  'tenant slicing intent closed loop assurance analytics machine learning artificial ' +
  'intelligence digital twin observability tracing logging alarms faults incidents tickets ' +
  'billing charging settlement partners ecosystem marketplace onboarding catalogue product ' +
  'order quote contract sla kpi dashboards reports survey education training outreach'
)
  .split(/\s+/)
  .filter(Boolean);

const WORD_WEIGHTS = cumulate(VOCABULARY.map((_, i) => 1 / (i + 1)));

function words(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => VOCABULARY[random.weighted(WORD_WEIGHTS)]!);
}

function sentence(random: Random, min: number, max: number): string {
  const text = words(random, random.int(min, max)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, 6, 14)).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Dates, all computed in UTC so the output does not depend on the machine's time zone.

const DAY_MS = 86_400_000;
const START = Date.UTC(2005, 0, 1);
const END = Date.UTC(2030, 11, 31);
const pad = (n: number) => String(n).padStart(2, '0');

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function partial(ms: number, precision: DatePrecision): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  switch (precision) {
    case 'DAY':
      return isoDay(ms);
    case 'MONTH':
      return `${year}-${pad(d.getUTCMonth() + 1)}`;
    case 'QUARTER':
      return `${year}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
    case 'YEAR':
      return String(year);
    case 'HALF':
    case 'THIRD':
      // Vague dates come from reading documents; the generator writes only PRECISIONS.
      throw new Error(`the bench's data has no ${precision} dates`);
  }
}

const PRECISIONS: readonly DatePrecision[] = ['DAY', 'MONTH', 'QUARTER', 'YEAR'];
const PRECISION_WEIGHTS = cumulate([40, 35, 15, 10]);
/** The benchmark's "today" (the registry's clock is fixed to it); milestone statuses follow it. */
export const BENCH_TODAY = '2026-11-24';
const TODAY_MS = Date.parse(`${BENCH_TODAY}T00:00:00Z`);

// ---------------------------------------------------------------------------------------------
// People. A pool of a few thousand contacts, spread over the organizations like the registers
// are, so that the same people (and their organization's mailing list) recur across registers.

export interface Person {
  organization: string;
  name: string;
  title: string | null;
  email: string;
  kind: 'PERSON' | 'MAILING_LIST';
}

const FIRST_NAMES =
  'Ada Alan Alice Amara Ana Andre Anil Anna Arjun Ben Bill Carla Carlos Chen Chiara Dan Daniela David Deepa Diego Elena Emma Eric Eva Fatima Felix Grace Hana Hans Ines Ivan Jan Javier Jin Joao Jose Julia Karim Kenji Lars Laura Lena Li Lucia Maria Mark Marta Mei Mohamed Nan Nina Olga Omar Paolo Pedro Priya Raghu Rania Ravi Rosa Sara Sofia Sven Tariq Tom Uma Victor Wei Yara Yuki Zoe'.split(
    ' ',
  );
const LAST_NAMES =
  'Adams Ahmed Alvarez Bauer Becker Bjorkman Brown Campbell Chen Costa Cruz Dias Dubois Eriksson Fernandes Fischer Garcia Gupta Hansen Hoffmann Ito Jensen Johnson Kim Klein Kowalski Kumar Larsen Lee Lopez Martin Meyer Moreau Muller Nakamura Nguyen Novak Okafor Olsen Park Patel Perez Petrov Ranganathan Reddy Rossi Sato Schmidt Schneider Silva Singh Smith Tanaka Taylor Thomas Wagner Walker Wang Weber Williams Wilson Wong Yamamoto Yilmaz Young Zhang'.split(
    ' ',
  );
const MEMBER_DOMAINS = [
  'ciena.com',
  'cisco.com',
  'intel.com',
  'hpe.com',
  'dell.com',
  'vmware.com',
  'huawei.com',
  'ericsson.com',
  'nokia.com',
  'ibm.com',
  'oracle.com',
  'microsoft.com',
  'juniper.net',
  'att.com',
  'orange.com',
  'telefonica.com',
  'ntt.com',
  'verizon.com',
];
const TITLES = [
  'President',
  'Chair',
  'Vice Chair',
  'Technical Committee Chair',
  'TC Co-Chair',
  'VP, Technical Operations',
  'Alliance Manager',
  'Liaison Officer',
  'Director of Standards',
  'Chief Technology Officer',
  'Working Group Chair',
  'Program Manager',
];

const BODY_WEIGHTS = cumulate(STANDARDS_BODIES.map((_, i) => 1 / Math.sqrt(i + 1)));
const weightOf = (i: number) => 1 / Math.sqrt(i + 1);
const TOTAL_WEIGHT = BODY_WEIGHTS.at(-1)!;

function domainOf(body: StandardsBody): string {
  return (body.emailDomains.find((d) => d.current) ?? body.emailDomains[0])?.domain ?? 'example.org';
}

/** The domain with one letter of its first label left out: dmtf.org → dmf.org. */
function typo(random: Random, domain: string): string {
  const dot = domain.indexOf('.');
  if (dot < 3) return `x${domain}`;
  const at = random.int(1, dot - 1);
  return domain.slice(0, at) + domain.slice(at + 1);
}

function makePeople(random: Random, poolSize: number): Map<string, Person[]> {
  const emails = new Set<string>();
  const byOrganization = new Map<string, Person[]>();
  STANDARDS_BODIES.forEach((body, i) => {
    const count = Math.max(8, Math.round((poolSize * weightOf(i)) / TOTAL_WEIGHT));
    const people: Person[] = [];
    for (let k = 0; k < count; k++) {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      // Mostly the body's own domain; some at member companies; a few a letter off the body's
      // domain (dmf.org for dmtf.org), which the contacts checks report.
      const r = random.float();
      const domain = r < 0.15 ? random.pick(MEMBER_DOMAINS) : r < 0.17 ? typo(random, domainOf(body)) : domainOf(body);
      const local = `${first}.${last}`.toLowerCase();
      let email = `${local}@${domain}`;
      for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
      emails.add(email);
      people.push({
        organization: body.acronym,
        name: `${first} ${last}`,
        title: random.pick(TITLES),
        email,
        kind: 'PERSON',
      });
    }
    // Each body's alliance mailing list, listed in a good share of its registers.
    const list = `alliances@${domainOf(body)}`;
    emails.add(list);
    people.push({
      organization: body.acronym,
      name: `${body.acronym} Alliance Contacts`,
      title: null,
      email: list,
      kind: 'MAILING_LIST',
    });
    byOrganization.set(body.acronym, people);
  });
  return byOrganization;
}

// ---------------------------------------------------------------------------------------------

/** A status a register is moved to after its import (the registry's setWorkRegisterStatus). */
export interface StatusChange {
  status: 'ACTIVE' | 'UNDER_REVIEW' | 'INACTIVE' | 'TERMINATED';
  reason: string | null;
}

export interface DataSet {
  registers: WorkRegisterDocument[];
  /**
   * For each register, the status changes made after its import, in order. An import gives
   * ACTIVE (approved) or DRAFT; the other statuses are reached only through these moves
   * (ACTIVE → UNDER_REVIEW → ACTIVE | INACTIVE | TERMINATED).
   */
  statusChanges: StatusChange[][];
  /** Every contact of the pool, by organization acronym (mailing list last). */
  people: Map<string, Person[]>;
}

const MODES: readonly StandardsDevelopmentMode[] = ['JOINT', 'INDEPENDENT', 'DELEGATED', 'NONE', 'OTHER'];
const SECTION_HEADINGS = [
  'Background',
  'Objectives',
  'Benefits',
  'Projects',
  'Standards Development',
  'Delegated Work',
  'Review',
  'Approval',
  'Milestones',
  'References',
  'Liaison Process',
  'Intellectual Property',
];

function statusChanges(random: Random, approved: boolean): StatusChange[] {
  if (!approved) return [];
  const r = random.float();
  const review: StatusChange = { status: 'UNDER_REVIEW', reason: null };
  if (r < 0.7) return [];
  if (r < 0.8) return [review];
  if (r < 0.85) return [review, { status: 'ACTIVE', reason: null }];
  if (r < 0.93) return [review, { status: 'INACTIVE', reason: 'No joint work in the last two years.' }];
  return [review, { status: 'TERMINATED', reason: 'Terminated by agreement of the parties.' }];
}

function parties(random: Random): { body: StandardsBody; unit: string | null }[] {
  const count = random.weighted(cumulate([0, 0, 75, 20, 5]));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.weighted(BODY_WEIGHTS));
  return [...chosen].map((i) => {
    const body = STANDARDS_BODIES[i]!;
    const unit = body.units.length > 0 && random.chance(0.2) ? random.pick(body.units) : null;
    return { body, unit: unit ? (unit.acronym ?? unit.name) : null };
  });
}

function milestones(random: Random, initiated: number): MilestoneDocument[] {
  const count = random.weighted(cumulate([15, 30, 30, 15, 10]));
  return Array.from({ length: count }, () => {
    const at = Math.min(END + 3 * 365 * DAY_MS, initiated + random.int(-180, 6 * 365) * DAY_MS);
    const precision = PRECISIONS[random.weighted(PRECISION_WEIGHTS)]!;
    const past = at < TODAY_MS;
    const r = random.float();
    const status: MilestoneStatus = past
      ? r < 0.65
        ? 'COMPLETED'
        : r < 0.9
          ? 'PLANNED'
          : 'CANCELLED'
      : r < 0.9
        ? 'PLANNED'
        : 'CANCELLED';
    return {
      date: partial(at, precision),
      precision,
      description: `${random.pick(['Publish', 'Review', 'Demonstrate', 'Align', 'Approve', 'Draft'])} ${words(random, random.int(2, 5)).join(' ')}`,
      status,
    };
  });
}

function review(random: Random, initiated: number, a: string): ReviewDocument | null {
  if (random.chance(0.12)) return null;
  const at = Math.min(Date.UTC(2035, 11, 31), initiated + random.int(180, 8 * 365) * DAY_MS);
  const precision = PRECISIONS[random.weighted(PRECISION_WEIGHTS)]!;
  return {
    trigger: random.chance(0.5) ? `when an ${a} document is identified` : null,
    dueBy: partial(at, precision),
    precision,
  };
}

/** One register document; `n` is its 1-based number in the data set. */
function register(
  random: Random,
  n: number,
  people: Map<string, Person[]>,
  lastOfPair: Map<string, { title: string; addenda: number }>,
): WorkRegisterDocument {
  const chosen = parties(random);
  const [a, b] = [chosen[0]!.body.acronym, chosen[1]!.body.acronym];
  const names = chosen.map((p) => (p.unit ? `${p.body.acronym} ${p.unit}` : p.body.acronym)).join(' / ');
  const pair = [a, b].sort().join('|');
  const earlier = lastOfPair.get(pair);
  const addendum = earlier !== undefined && random.chance(0.04);
  let title: string;
  if (addendum) {
    earlier.addenda += 1;
    title = `${earlier.title} Addendum ${earlier.addenda}`;
  } else {
    title = `${names} Work Register ${n}`;
    lastOfPair.set(pair, { title, addenda: 0 });
  }

  const initiated = START + random.int(0, (END - START) / DAY_MS) * DAY_MS;
  const findings: Finding[] = [];
  const approvalBefore = random.chance(0.03);
  const approved = random.chance(0.75) || approvalBefore;
  const approvedOn = initiated + (approvalBefore ? -random.int(10, 400) : random.int(0, 60)) * DAY_MS;
  if (approvalBefore) {
    findings.push({
      code: 'APPROVAL_BEFORE_INITIATION',
      severity: 'WARNING',
      message: `The approval (${isoDay(approvedOn)}) is dated before the register was initiated (${isoDay(initiated)}).`,
      path: 'approval.approvedOn',
      line: random.int(3, 40),
    });
  }
  if (random.chance(0.03)) {
    findings.push({
      code: 'DAY_FIRST_DATE',
      severity: 'INFO',
      message: 'The date was read day first.',
      path: 'initiatedOn',
      line: random.int(3, 10),
    });
  }
  if (random.chance(0.02)) {
    findings.push({
      code: 'MILESTONE_WITHOUT_DATE',
      severity: 'INFO',
      message: 'A milestone line has no date; it is kept in the section text only.',
      path: 'sections[3].text',
      line: random.int(20, 60),
    });
  }
  if (random.chance(0.005)) {
    findings.push({
      code: 'MISSING_PARTIES',
      severity: 'ERROR',
      message: `An organization of the title is not among the alliance organizations.`,
      path: 'parties',
      line: 1,
    });
  }

  // 2-4 contacts: one of each of the first parties' people, then more from the same pools.
  const contactCount = Math.max(2, random.weighted(cumulate([0, 0, 45, 35, 20])));
  const contacts: ContactDocument[] = [];
  const seen = new Set<string>();
  for (let k = 0; contacts.length < contactCount && k < 20; k++) {
    const party = chosen[k < chosen.length ? k : random.int(0, chosen.length - 1)]!;
    const pool = people.get(party.body.acronym)!;
    const person = random.chance(0.12) ? pool.at(-1)! : pool[random.skewed(pool.length - 1)]!;
    if (seen.has(person.email)) continue;
    seen.add(person.email);
    contacts.push({
      organization: person.organization,
      name: person.name,
      title: person.kind === 'PERSON' ? (random.chance(0.8) ? person.title : random.pick(TITLES)) : null,
      email: person.email,
      kind: person.kind,
    });
  }
  if (random.chance(0.02)) {
    findings.push({
      code: 'EMAIL_DOMAIN_MISMATCH',
      severity: 'WARNING',
      message: `${contacts[0]!.email} is not on a domain of ${contacts[0]!.organization}.`,
      path: 'contacts[0].email',
      line: random.int(40, 80),
    });
  }

  const sections: SectionDocument[] = [];
  const headings = [...SECTION_HEADINGS];
  for (let k = random.int(3, 6); k > 0; k--) {
    const heading = headings.splice(random.int(0, headings.length - 1), 1)[0]!;
    sections.push({ heading, text: paragraph(random, random.int(1, 3)) });
  }
  const rule = random.chance(0.3);

  return {
    title,
    subtitle: random.chance(0.2) ? sentence(random, 4, 8) : null,
    kind: addendum ? 'ADDENDUM' : 'REGISTER',
    amends: addendum ? earlier!.title : null,
    version: random.pick(['1.0', '1.1', '2.0', null]),
    // A revision trail is read from documents; the import defaults it to none, as here.
    documentRevisions: [],
    initiatedOn: isoDay(initiated),
    parties: chosen.map((p): PartyDocument => ({ acronym: p.body.acronym, name: p.body.name, unit: p.unit })),
    background: paragraph(random, random.int(2, 4)),
    projects: Array.from({ length: random.int(0, 3) }, () => ({
      name: `${words(random, 2).join(' ')} project`,
      audience: random.chance(0.5) ? `${random.pick([a, b])} members` : null,
    })),
    objectives: Array.from({ length: random.int(1, 3) }, () => sentence(random, 6, 12)),
    benefits: Array.from({ length: random.int(0, 3) }, () => sentence(random, 6, 12)),
    standardsDevelopment: random.chance(0.8) ? { mode: random.pick(MODES), text: sentence(random, 8, 16) } : null,
    delegatedWorkRules: rule
      ? [
          {
            reviewer: a,
            subject: b,
            commitments: Array.from({ length: random.int(1, 2) }, () => sentence(random, 6, 12)),
          },
        ]
      : [],
    references: Array.from({ length: random.int(0, 2) }, (_, k) => ({
      title: `${a} ${words(random, 2).join(' ')} specification`,
      url: `${chosen[0]!.body.website}/standards/register-${n}-${k + 1}`,
    })),
    milestones: milestones(random, initiated),
    review: review(random, initiated, a),
    approval: approved
      ? {
          body: `${a} Board of Directors`,
          resolution: random.chance(0.5) ? `${new Date(approvedOn).getUTCFullYear()}-${n}` : null,
          approvedOn: isoDay(approvedOn),
          text: `Approved by the ${a} Board of Directors on ${isoDay(approvedOn)}.`,
        }
      : null,
    contacts,
    sections,
    findings,
  };
}

/** `n` registers over the directory's organizations, from a pool of about `poolSize` people. */
export function generate(n: number, seed = DEFAULT_SEED, poolSize = 3000): DataSet {
  const random = new Random(seed);
  const people = makePeople(random, poolSize);
  const lastOfPair = new Map<string, { title: string; addenda: number }>();
  const registers = Array.from({ length: n }, (_, i) => register(random, i + 1, people, lastOfPair));
  const changes = registers.map((r) => statusChanges(random, r.approval !== null));
  return { registers, statusChanges: changes, people };
}
