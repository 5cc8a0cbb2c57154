/**
 * A directory of well-known standards bodies, shipped with the registry.
 *
 * Each record carries the acronym a Work Register uses for the organization, its full name,
 * the other names documents use for it (`aliases`), its website, the email domains its staff
 * use (current and historical) and a few of its working groups / technical committees
 * (`units`). The registry seeds its Organization table from this list; the document reader
 * uses it to resolve "Distributed Management Task Force" and "DMTF" to the same record and to
 * spot likely typos in email domains.
 */

export interface EmailDomain {
  domain: string;
  /** `false` for a domain the organization used in the past (still valid in old registers). */
  current: boolean;
}

export interface OrganizationUnit {
  /** Short name ("CMWG", "SAF TC"), or null when the unit has none. */
  acronym: string | null;
  name: string;
}

export interface StandardsBody {
  acronym: string;
  name: string;
  /** Other names a document may use: former names, legal names, spellings. */
  aliases: string[];
  website: string;
  emailDomains: EmailDomain[];
  units: OrganizationUnit[];
}

const cur = (domain: string): EmailDomain => ({ domain, current: true });
const old = (domain: string): EmailDomain => ({ domain, current: false });
const unit = (acronym: string | null, name: string): OrganizationUnit => ({ acronym, name });

export const STANDARDS_BODIES: readonly StandardsBody[] = [
  {
    acronym: 'DMTF',
    name: 'Distributed Management Task Force',
    aliases: [
      'Distributed Management Task Force, Inc.',
      'Distributed Management Task Force Inc',
      'DMTF, Inc.',
      'Desktop Management Task Force',
    ],
    website: 'https://www.dmtf.org',
    emailDomains: [cur('dmtf.org')],
    units: [
      unit('CMWG', 'Cloud Management Working Group'),
      unit('OCSI', 'Open Cloud Standards Incubator'),
      unit('CADF', 'Cloud Auditing Data Federation Working Group'),
      unit('SPMF', 'Scalable Platforms Management Forum'),
      unit('PMCI', 'Platform Management Components Intercommunication Working Group'),
      unit('SVPC', 'System Virtualization, Partitioning and Clustering Working Group'),
      unit('NSM', 'Network Services Management Working Group'),
      unit(null, 'Schema Forum'),
      unit(null, 'Board of Directors'),
      unit(null, 'Technical Committee'),
    ],
  },
  {
    acronym: 'MEF',
    name: 'Metro Ethernet Forum',
    aliases: ['MEF Forum', 'The Metro Ethernet Forum', 'MEF Inc.'],
    website: 'https://www.mef.net',
    emailDomains: [cur('mef.net'), old('metroethernetforum.org')],
    units: [unit('TC', 'Technical Committee'), unit(null, 'Marketing Committee'), unit(null, 'Board of Directors')],
  },
  {
    acronym: 'SNIA',
    name: 'Storage Networking Industry Association',
    aliases: ['Storage Networking Industry Association, Inc.'],
    website: 'https://www.snia.org',
    emailDomains: [cur('snia.org')],
    units: [
      unit('Cloud Storage TWG', 'Cloud Storage Technical Work Group'),
      unit('SMI', 'Storage Management Initiative'),
      unit(null, 'Technical Council'),
      unit('GSI', 'Green Storage Initiative'),
      unit('CSI', 'Cloud Storage Initiative'),
    ],
  },
  {
    acronym: 'OASIS',
    name: 'Organization for the Advancement of Structured Information Standards',
    aliases: ['OASIS Open'],
    website: 'https://www.oasis-open.org',
    emailDomains: [cur('oasis-open.org'), old('lists.oasis-open.org')],
    units: [
      unit('SAF TC', 'Symptoms Automation Framework Technical Committee'),
      unit('TOSCA TC', 'Topology and Orchestration Specification for Cloud Applications Technical Committee'),
      unit('CAMP TC', 'Cloud Application Management for Platforms Technical Committee'),
      unit('OData TC', 'Open Data Protocol Technical Committee'),
      unit('SSTC', 'Security Services Technical Committee'),
    ],
  },
  {
    acronym: 'TM Forum',
    name: 'TeleManagement Forum',
    aliases: ['TMF', 'TMForum', 'TM Forum Inc.', 'Telemanagement Forum'],
    website: 'https://www.tmforum.org',
    emailDomains: [cur('tmforum.org')],
    units: [
      unit(null, 'Cloud Services Initiative'),
      unit(null, 'Enterprise Cloud Leadership Council'),
      unit(null, 'Frameworx'),
      unit(null, 'Open Digital Architecture'),
    ],
  },
  {
    acronym: 'ETSI',
    name: 'European Telecommunications Standards Institute',
    aliases: [],
    website: 'https://www.etsi.org',
    emailDomains: [cur('etsi.org')],
    units: [
      unit('NFV ISG', 'Network Functions Virtualisation Industry Specification Group'),
      unit('MEC ISG', 'Multi-access Edge Computing Industry Specification Group'),
      unit('TC CLOUD', 'Technical Committee Cloud'),
      unit('TC CYBER', 'Technical Committee Cyber Security'),
    ],
  },
  {
    acronym: 'ITU-T',
    name: 'ITU Telecommunication Standardization Sector',
    aliases: ['ITU', 'International Telecommunication Union', 'ITU-T Telecommunication Standardization Sector'],
    website: 'https://www.itu.int',
    emailDomains: [cur('itu.int')],
    units: [
      unit('SG13', 'Study Group 13 (Future networks and cloud)'),
      unit('SG15', 'Study Group 15 (Transport, access and home)'),
      unit('SG17', 'Study Group 17 (Security)'),
      unit('TSAG', 'Telecommunication Standardization Advisory Group'),
    ],
  },
  {
    acronym: 'IETF',
    name: 'Internet Engineering Task Force',
    aliases: [],
    website: 'https://www.ietf.org',
    emailDomains: [cur('ietf.org')],
    units: [
      unit('IESG', 'Internet Engineering Steering Group'),
      unit('NETCONF WG', 'Network Configuration Working Group'),
      unit('NETMOD WG', 'Network Modeling Working Group'),
      unit('OPSAWG', 'Operations and Management Area Working Group'),
    ],
  },
  {
    acronym: 'W3C',
    name: 'World Wide Web Consortium',
    aliases: ['World Wide Web Consortium (W3C)'],
    website: 'https://www.w3.org',
    emailDomains: [cur('w3.org')],
    units: [unit(null, 'Web Services Policy Working Group'), unit('TAG', 'Technical Architecture Group')],
  },
  {
    acronym: 'ISO',
    name: 'International Organization for Standardization',
    aliases: ['International Standards Organization'],
    website: 'https://www.iso.org',
    emailDomains: [cur('iso.org')],
    units: [unit('TMB', 'Technical Management Board')],
  },
  {
    acronym: 'IEC',
    name: 'International Electrotechnical Commission',
    aliases: [],
    website: 'https://www.iec.ch',
    emailDomains: [cur('iec.ch')],
    units: [unit('SMB', 'Standardization Management Board')],
  },
  {
    acronym: 'JTC 1',
    name: 'ISO/IEC Joint Technical Committee 1',
    aliases: ['ISO/IEC JTC 1', 'ISO/IEC JTC1', 'JTC1', 'Joint Technical Committee 1'],
    website: 'https://jtc1info.org',
    emailDomains: [cur('jtc1info.org'), old('jtc1.org')],
    units: [
      unit('SC 38', 'Subcommittee 38: Cloud Computing and Distributed Platforms'),
      unit('SC 27', 'Subcommittee 27: Information security, cybersecurity and privacy protection'),
      unit('SC 7', 'Subcommittee 7: Software and systems engineering'),
      unit('SC 39', 'Subcommittee 39: Sustainability, IT and data centres'),
    ],
  },
  {
    acronym: 'IEEE',
    name: 'Institute of Electrical and Electronics Engineers',
    aliases: ['IEEE Standards Association', 'IEEE-SA', 'IEEE SA'],
    website: 'https://www.ieee.org',
    emailDomains: [cur('ieee.org')],
    units: [
      unit('802.1', 'IEEE 802.1 Working Group'),
      unit('802.3', 'IEEE 802.3 Ethernet Working Group'),
      unit(null, 'Standards Association Standards Board'),
    ],
  },
  {
    acronym: 'OGF',
    name: 'Open Grid Forum',
    aliases: ['Global Grid Forum', 'GGF'],
    website: 'https://www.ogf.org',
    emailDomains: [cur('ogf.org'), old('ggf.org')],
    units: [unit('OCCI-WG', 'Open Cloud Computing Interface Working Group')],
  },
  {
    acronym: 'TOG',
    name: 'The Open Group',
    aliases: ['Open Group', 'The Open Group (TOG)'],
    website: 'https://www.opengroup.org',
    emailDomains: [cur('opengroup.org')],
    units: [unit(null, 'Cloud Computing Work Group'), unit(null, 'Security Forum'), unit(null, 'Architecture Forum')],
  },
  {
    acronym: 'CSA',
    name: 'Cloud Security Alliance',
    aliases: [],
    website: 'https://cloudsecurityalliance.org',
    emailDomains: [cur('cloudsecurityalliance.org')],
    units: [
      unit('CCM WG', 'Cloud Controls Matrix Working Group'),
      unit(null, 'Security Guidance Working Group'),
      unit('CTP', 'Cloud Trust Protocol Working Group'),
    ],
  },
  {
    acronym: 'OCP',
    name: 'Open Compute Project',
    aliases: ['Open Compute Project Foundation', 'OCP Foundation'],
    website: 'https://www.opencompute.org',
    emailDomains: [cur('opencompute.org')],
    units: [unit(null, 'Hardware Management Project'), unit(null, 'Server Project')],
  },
  {
    acronym: 'ONF',
    name: 'Open Networking Foundation',
    aliases: [],
    website: 'https://opennetworking.org',
    emailDomains: [cur('opennetworking.org')],
    units: [
      unit('OTCC', 'Open Transport Configuration and Control Project'),
      unit(null, 'Information Modeling Project'),
    ],
  },
  {
    acronym: 'LF',
    name: 'The Linux Foundation',
    aliases: ['Linux Foundation'],
    website: 'https://www.linuxfoundation.org',
    emailDomains: [cur('linuxfoundation.org')],
    units: [
      unit('LFN', 'LF Networking'),
      unit('ONAP', 'Open Network Automation Platform'),
      unit('ODL', 'OpenDaylight'),
    ],
  },
  {
    acronym: 'OMG',
    name: 'Object Management Group',
    aliases: [],
    website: 'https://www.omg.org',
    emailDomains: [cur('omg.org')],
    units: [unit(null, 'Cloud Standards Customer Council')],
  },
  {
    acronym: 'NIST',
    name: 'National Institute of Standards and Technology',
    aliases: [],
    website: 'https://www.nist.gov',
    emailDomains: [cur('nist.gov')],
    units: [unit('ITL', 'Information Technology Laboratory'), unit(null, 'Cloud Computing Program')],
  },
  {
    acronym: '3GPP',
    name: '3rd Generation Partnership Project',
    aliases: ['Third Generation Partnership Project'],
    website: 'https://www.3gpp.org',
    emailDomains: [cur('3gpp.org')],
    units: [
      unit('TSG SA', 'Technical Specification Group Service and System Aspects'),
      unit('SA5', 'TSG SA Working Group 5 (Management, Orchestration and Charging)'),
    ],
  },
  {
    acronym: 'BBF',
    name: 'Broadband Forum',
    aliases: ['DSL Forum'],
    website: 'https://www.broadband-forum.org',
    emailDomains: [cur('broadband-forum.org'), old('dslforum.org')],
    units: [unit(null, 'Operations and Network Management Working Group'), unit(null, 'Technical Committee')],
  },
  {
    acronym: 'GSMA',
    name: 'GSM Association',
    aliases: ['GSM Association (GSMA)'],
    website: 'https://www.gsma.com',
    emailDomains: [cur('gsma.com')],
    units: [unit(null, 'Networks Group')],
  },
  {
    acronym: 'CNCF',
    name: 'Cloud Native Computing Foundation',
    aliases: [],
    website: 'https://www.cncf.io',
    emailDomains: [cur('cncf.io')],
    units: [unit('TOC', 'Technical Oversight Committee')],
  },
  {
    acronym: 'OpenInfra',
    name: 'OpenInfra Foundation',
    aliases: ['OpenStack Foundation', 'Open Infrastructure Foundation', 'OSF', 'OpenStack'],
    website: 'https://openinfra.dev',
    emailDomains: [cur('openinfra.dev'), old('openstack.org')],
    units: [unit(null, 'OpenStack Technical Committee')],
  },
  {
    acronym: 'ATIS',
    name: 'Alliance for Telecommunications Industry Solutions',
    aliases: [],
    website: 'https://www.atis.org',
    emailDomains: [cur('atis.org')],
    units: [unit('TOPS Council', 'Technology and Operations Council')],
  },
  {
    acronym: 'TIA',
    name: 'Telecommunications Industry Association',
    aliases: [],
    website: 'https://tiaonline.org',
    emailDomains: [cur('tiaonline.org')],
    units: [],
  },
  {
    acronym: 'ANSI',
    name: 'American National Standards Institute',
    aliases: [],
    website: 'https://www.ansi.org',
    emailDomains: [cur('ansi.org')],
    units: [],
  },
  {
    acronym: 'CEN',
    name: 'European Committee for Standardization',
    aliases: ['Comité Européen de Normalisation'],
    website: 'https://www.cencenelec.eu',
    emailDomains: [cur('cencenelec.eu'), old('cen.eu')],
    units: [],
  },
  {
    acronym: 'CENELEC',
    name: 'European Committee for Electrotechnical Standardization',
    aliases: ['Comité Européen de Normalisation Électrotechnique'],
    website: 'https://www.cencenelec.eu',
    emailDomains: [cur('cencenelec.eu'), old('cenelec.eu')],
    units: [],
  },
  {
    acronym: 'GlobalPlatform',
    name: 'GlobalPlatform',
    aliases: ['GlobalPlatform Inc.', 'Global Platform', 'GP'],
    website: 'https://globalplatform.org',
    emailDomains: [cur('globalplatform.org')],
    units: [],
  },
  {
    acronym: 'TCG',
    name: 'Trusted Computing Group',
    aliases: [],
    website: 'https://trustedcomputinggroup.org',
    emailDomains: [cur('trustedcomputinggroup.org')],
    units: [unit(null, 'Infrastructure Work Group'), unit(null, 'Trusted Network Communications Work Group')],
  },
  {
    acronym: 'ODCA',
    name: 'Open Data Center Alliance',
    aliases: [],
    website: 'https://www.opendatacenteralliance.org',
    emailDomains: [cur('opendatacenteralliance.org')],
    units: [],
  },
  {
    acronym: 'OIF',
    name: 'Optical Internetworking Forum',
    aliases: [],
    website: 'https://www.oiforum.com',
    emailDomains: [cur('oiforum.com')],
    units: [unit(null, 'Networking and Operations Working Group')],
  },
  {
    acronym: 'NGMN',
    name: 'Next Generation Mobile Networks Alliance',
    aliases: ['NGMN Alliance', 'Next Generation Mobile Networks'],
    website: 'https://www.ngmn.org',
    emailDomains: [cur('ngmn.org')],
    units: [],
  },
  {
    acronym: 'OMA',
    name: 'Open Mobile Alliance',
    aliases: [],
    website: 'https://openmobilealliance.org',
    emailDomains: [cur('openmobilealliance.org'), old('omaorg.org')],
    units: [],
  },
  {
    acronym: 'Ecma',
    name: 'Ecma International',
    aliases: ['ECMA', 'European Computer Manufacturers Association'],
    website: 'https://ecma-international.org',
    emailDomains: [cur('ecma-international.org')],
    units: [unit('TC39', 'Technical Committee 39')],
  },
  {
    acronym: 'SPEC',
    name: 'Standard Performance Evaluation Corporation',
    aliases: [],
    website: 'https://www.spec.org',
    emailDomains: [cur('spec.org')],
    units: [unit('SPEC RG', 'SPEC Research Group'), unit('OSG', 'Open Systems Group')],
  },
  {
    acronym: 'UEFI',
    name: 'Unified Extensible Firmware Interface Forum',
    aliases: ['UEFI Forum', 'Unified EFI Forum'],
    website: 'https://uefi.org',
    emailDomains: [cur('uefi.org')],
    units: [],
  },
  {
    acronym: 'TGG',
    name: 'The Green Grid',
    aliases: ['Green Grid'],
    website: 'https://www.thegreengrid.org',
    emailDomains: [cur('thegreengrid.org')],
    units: [],
  },
  {
    acronym: 'OFA',
    name: 'OpenFabrics Alliance',
    aliases: ['Open Fabrics Alliance'],
    website: 'https://www.openfabrics.org',
    emailDomains: [cur('openfabrics.org')],
    units: [],
  },
  {
    acronym: 'NVM Express',
    name: 'NVM Express, Inc.',
    aliases: ['NVMe', 'NVM Express Inc'],
    website: 'https://nvmexpress.org',
    emailDomains: [cur('nvmexpress.org')],
    units: [],
  },
  {
    acronym: 'PCI-SIG',
    name: 'Peripheral Component Interconnect Special Interest Group',
    aliases: ['PCI SIG'],
    website: 'https://pcisig.com',
    emailDomains: [cur('pcisig.com')],
    units: [],
  },
  {
    acronym: 'CableLabs',
    name: 'Cable Television Laboratories',
    aliases: ['Cable Television Laboratories, Inc.'],
    website: 'https://www.cablelabs.com',
    emailDomains: [cur('cablelabs.com')],
    units: [],
  },
  {
    acronym: 'TIP',
    name: 'Telecom Infra Project',
    aliases: [],
    website: 'https://telecominfraproject.com',
    emailDomains: [cur('telecominfraproject.com')],
    units: [],
  },
  {
    acronym: 'O-RAN',
    name: 'O-RAN Alliance',
    aliases: ['O-RAN ALLIANCE e.V.'],
    website: 'https://www.o-ran.org',
    emailDomains: [cur('o-ran.org')],
    units: [],
  },
  {
    acronym: 'CCSA',
    name: 'China Communications Standards Association',
    aliases: [],
    website: 'https://www.ccsa.org.cn',
    emailDomains: [cur('ccsa.org.cn')],
    units: [],
  },
  {
    acronym: 'TTC',
    name: 'Telecommunication Technology Committee',
    aliases: [],
    website: 'https://www.ttc.or.jp',
    emailDomains: [cur('ttc.or.jp')],
    units: [],
  },
  {
    acronym: 'FIDO Alliance',
    name: 'FIDO Alliance',
    aliases: ['FIDO', 'Fast IDentity Online Alliance'],
    website: 'https://fidoalliance.org',
    emailDomains: [cur('fidoalliance.org')],
    units: [],
  },
  {
    acronym: 'OIDF',
    name: 'OpenID Foundation',
    aliases: ['OpenID'],
    website: 'https://openid.net',
    emailDomains: [cur('openid.net')],
    units: [],
  },
  {
    acronym: 'Wi-Fi Alliance',
    name: 'Wi-Fi Alliance',
    aliases: ['WFA', 'Wi-Fi Alliance (WFA)'],
    website: 'https://www.wi-fi.org',
    emailDomains: [cur('wi-fi.org')],
    units: [],
  },
];

/** The key two spellings of one name share: case, punctuation, "The" and "Inc." ignored. */
export function normalizeOrganizationName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[,.]?\s*\b(inc|incorporated|ltd|e\.v)\.?\s*$/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * The directory record an acronym, name or alias names (case, punctuation, a leading "The" and
 * a trailing "Inc." ignored), or undefined.
 */
export function findStandardsBody(
  nameOrAcronym: string,
  directory: readonly StandardsBody[] = STANDARDS_BODIES,
): StandardsBody | undefined {
  const key = normalizeOrganizationName(nameOrAcronym);
  if (key === '') return undefined;
  // Acronyms win over names and aliases, so "ITU" finds ITU-T only through its alias.
  return (
    directory.find((b) => normalizeOrganizationName(b.acronym) === key) ??
    directory.find((b) => normalizeOrganizationName(b.name) === key) ??
    directory.find((b) => b.aliases.some((a) => normalizeOrganizationName(a) === key))
  );
}

/** Levenshtein edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `domain` by edit distance (case-insensitive; the first one on a tie),
 * with that distance; null when there are no candidates.
 */
export function closestDomain(
  domain: string,
  candidates: readonly string[],
): { domain: string; distance: number } | null {
  let best: { domain: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = levenshtein(domain.toLowerCase(), candidate.toLowerCase());
    if (best === null || distance < best.distance) best = { domain: candidate, distance };
  }
  return best;
}
