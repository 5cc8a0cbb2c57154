export type * from './types.js';
export type { EmailDomain, OrganizationUnit, StandardsBody } from './directory.js';
export {
  STANDARDS_BODIES,
  closestDomain,
  findStandardsBody,
  levenshtein,
  normalizeOrganizationName,
} from './directory.js';
export { NotAWorkRegisterError, parse, readDocument } from './parse.js';
export type { NotAWorkRegisterReason, ParseOptions, ReadResult, UnplacedText } from './parse.js';
export type { FieldSource } from './provenance.js';
export { sourceOf, valueAt } from './provenance.js';
export { SECTION_SYNONYMS } from './synonyms.js';
export { approvalBeforeInitiation, reviewOverdue, reviewOverdueMessage } from './rules.js';
export { registerSlug } from './slug.js';
export type { PartialDate } from './dates.js';
export { findDates, parseDateText, periodEnd, periodStart, precisionOf } from './dates.js';
export { formatRegister, writtenDate } from './write.js';
export { ExportedRegisterError, looksStructured, readExportedRegister } from './exported.js';
export type { ExportFormat } from './write.js';
