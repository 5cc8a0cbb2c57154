import { Initial1764000000000 } from './1764000000000-initial.js';
import { SearchAndFindings1764100000000 } from './1764100000000-search-and-findings.js';
import { OrganizationPairs1764200000000 } from './1764200000000-organization-pairs.js';
import { History1764300000000 } from './1764300000000-history.js';
import { ReadIndexes1764400000000 } from './1764400000000-read-indexes.js';
import { Webhooks1764500000000 } from './1764500000000-webhooks.js';
import { SearchIndex1765300000000 } from './1765300000000-search-index.js';
import { DataVersion1765400000000 } from './1765400000000-data-version.js';
import { SourceFields1765600000000 } from './1765600000000-source-fields.js';
import { DocumentRevisions1765700000000 } from './1765700000000-document-revisions.js';
import { SearchTitle1765800000000 } from './1765800000000-search-title.js';
import { PartnershipRegisters1765900000000 } from './1765900000000-partnership-registers.js';
import { OrganizationRegisters1766000000000 } from './1766000000000-organization-registers.js';
import { OrganizationRegisterCounts1766100000000 } from './1766100000000-organization-register-counts.js';
import { SearchDataVersion1766200000000 } from './1766200000000-search-data-version.js';

/** Every migration, oldest first. */
export const migrations = [
  Initial1764000000000,
  SearchAndFindings1764100000000,
  OrganizationPairs1764200000000,
  History1764300000000,
  ReadIndexes1764400000000,
  Webhooks1764500000000,
  SearchIndex1765300000000,
  DataVersion1765400000000,
  SourceFields1765600000000,
  DocumentRevisions1765700000000,
  SearchTitle1765800000000,
  PartnershipRegisters1765900000000,
  OrganizationRegisters1766000000000,
  OrganizationRegisterCounts1766100000000,
  SearchDataVersion1766200000000,
];
