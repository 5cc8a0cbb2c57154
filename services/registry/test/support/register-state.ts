import type { RegisterState } from '../../src/domain/register-state.js';

/** A register's state as the domain's rules see it: the seed register, ACTIVE, with two findings. */
export const registerState = (overrides: Partial<RegisterState> = {}): RegisterState => ({
  title: 'MEF / DMTF Work Register',
  subtitle: null,
  kind: 'REGISTER',
  amends: null,
  version: '1.0',
  status: 'ACTIVE',
  statusReason: null,
  initiatedOn: '2012-04-25',
  parties: [
    { acronym: 'MEF', name: 'Metro Ethernet Forum', unit: null },
    { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: null },
  ],
  background: null,
  projects: [],
  objectives: [],
  benefits: [],
  standardsDevelopment: null,
  delegatedWorkRules: [],
  references: [],
  milestones: [],
  review: { trigger: null, dueBy: '2013-05', precision: 'MONTH', lastReviewedOn: null, lastOutcome: null },
  approval: { body: 'DMTF Board', resolution: null, approvedOn: '2010-05-16', text: 'Approved on 5/16/2010' },
  sections: [],
  findings: [
    { code: 'APPROVAL_BEFORE_INITIATION', severity: 'WARNING', message: 'm', path: 'approval.approvedOn', line: 65 },
    { code: 'EMAIL_DOMAIN_MISMATCH', severity: 'WARNING', message: 'm', path: 'contacts[3].email', line: 63 },
  ],
  ...overrides,
});
