#!/usr/bin/env node
/**
 * Writes the Word and PDF fixtures of test/shapes/ (registers laid out as two-column Word tables,
 * and PDFs with running headers, footers and page numbers), so they can be regenerated:
 *
 *   node packages/document/scripts/make-shape-fixtures.mjs
 *
 * docx and pdfkit are dev dependencies of the repository (docs/decisions.md). The Markdown and
 * text fixtures of test/shapes/ are written by hand. Output is deterministic: the PDFs carry a
 * fixed creation date and the Word files a fixed core-properties date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

const out = (name) => fileURLToPath(new URL(`../test/shapes/${name}`, import.meta.url));
const FIXED = new Date('2024-01-01T00:00:00Z');

/* Word registers: a title paragraph (or a title row), then one table of field | value rows. */

const cellParagraphs = (value) =>
  (Array.isArray(value) ? value : [value]).map((line) =>
    line.startsWith('• ')
      ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } })
      : new Paragraph({ children: [new TextRun(line)] }),
  );

function kvTable(rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([key, value]) =>
        new TableRow({
          children:
            value === undefined
              ? [
                  new TableCell({
                    columnSpan: 2,
                    children: [new Paragraph({ children: [new TextRun({ text: key, bold: true })] })],
                  }),
                ]
              : [
                  new TableCell({
                    width: { size: 28, type: WidthType.PERCENTAGE },
                    children: [new Paragraph({ children: [new TextRun({ text: key, bold: true })] })],
                  }),
                  new TableCell({ width: { size: 72, type: WidthType.PERCENTAGE }, children: cellParagraphs(value) }),
                ],
        }),
    ),
  });
}

/** A table of several columns (a revision history), its first row the header. */
function gridTable(rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map(
            (cell) =>
              new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })] }),
          ),
        }),
    ),
  });
}

async function writeDocx(name, { before = [], rows, after = [] }) {
  const doc = new Document({
    creator: 'Alliance Registry fixtures',
    lastModifiedBy: 'Alliance Registry fixtures',
    revision: 1,
    sections: [
      {
        children: [
          ...before.map((text, i) =>
            i === 0
              ? new Paragraph({ text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER })
              : new Paragraph({ text, alignment: AlignmentType.CENTER }),
          ),
          kvTable(rows),
          // After the table: paragraphs, and tables of several columns given as lists of rows.
          ...after.map((item) => (Array.isArray(item) ? gridTable(item) : new Paragraph({ text: item }))),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  writeFileSync(out(name), buffer);
}

await writeDocx('bbf-etsi-work-register.docx', {
  before: ['BBF / ETSI Work Register'],
  rows: [
    ['Version', '1.3'],
    ['Date Initiated', '14 March 2013'],
    [
      'Alliance Organizations',
      [
        'Broadband Forum (BBF)',
        'European Telecommunications Standards Institute (ETSI) Network Functions Virtualisation ISG',
      ],
    ],
    [
      'Background',
      [
        'The BBF specifies the broadband access and home network; the ETSI NFV ISG defines how network functions run as software. Both describe the same virtual broadband network gateway, and two descriptions of one function confuse operators.',
        'This register records how the two bodies keep their documents aligned.',
      ],
    ],
    [
      'Alliance Partner Mission',
      [
        '• Align the BBF cloud central office architecture with the NFV reference architecture.',
        '• Share the information models of the virtual broadband network gateway.',
      ],
    ],
    [
      'Alliance Benefits',
      ['• Operators deploy one architecture instead of two.', '• Neither body repeats the other’s work.'],
    ],
    ['Standards Development', 'Independent standards development, with review of each other’s drafts.'],
    [
      'Milestones / Dates',
      [
        'Q3 2013 – Joint architecture workshop (completed September 2013)',
        'Q2 2014 – Aligned gateway information model',
      ],
    ],
    [
      'Work Register Review Date',
      'This register will be reviewed when either architecture is revised, and no later than June 2015.',
    ],
    [
      'Points of Contact',
      [
        'BBF:',
        'Robin Mersh, Chief Executive Officer (rmersh@broadband-forum.org)',
        'ETSI:',
        'Laurent Velasco, NFV Technical Officer (laurent.velasco@etsi.org)',
      ],
    ],
    ['Approval', 'Approved by the BBF Board of Directors on 2 May 2013.'],
  ],
});

await writeDocx('gsma-tm-forum-work-register.docx', {
  rows: [
    ['Document Title', 'GSMA / TM Forum Work Register'],
    ['Version Number', '2.0'],
    ['Initiation Date', '03/09/2015'],
    ['Date Format', 'All dates in this register are given as day/month/year.'],
    ['Participating Organisations', ['GSM Association (GSMA)', 'TM Forum']],
    [
      'Purpose of the Alliance',
      [
        '• Define one catalogue of operator API requirements for network slicing.',
        '• Map the GSMA generic slice template onto the TM Forum Open APIs.',
        '• Run a joint catalyst on slice ordering.',
      ],
    ],
    [
      'Benefits to the Organisations',
      ['• Operators order slices the same way from every supplier.', '• One template, maintained once.'],
    ],
    [
      'Programme of Work',
      ['01/12/2015 – First mapping of the slice template', '15/04/2016 – Joint catalyst at TM Forum Live (delivered)'],
    ],
    ['Review', 'The register is reviewed every year, next no later than 30/09/2016.'],
    [
      'Liaison Officers',
      [
        'GSMA: Henry Calvert, Head of Networks (hcalvert@gsma.com)',
        'TM Forum: Dave Milham, Chief Architect (dmilham@tmforum.org)',
      ],
    ],
    ['Sign-off', 'Approved by the TM Forum Board on 12/10/2015.'],
  ],
});

await writeDocx('fido-w3c-work-register.docx', {
  before: ['FIDO Alliance / W3C Work Register', 'Web Authentication'],
  rows: [
    ['Field', 'Value'],
    ['Version', '0.9 (draft)'],
    ['Date Initiated', 'November 20, 2015'],
    ['Alliance Organizations', 'FIDO Alliance and World Wide Web Consortium (W3C)'],
    [
      'Background',
      'The FIDO Alliance contributed its FIDO 2.0 platform specifications to the W3C, where the Web Authentication Working Group turns them into a browser API. The client-to-authenticator protocol stays with the FIDO Alliance.',
    ],
    [
      'Objectives',
      ['• Publish Web Authentication as a W3C Recommendation.', '• Keep CTAP and the browser API in step.'],
    ],
    ['Benefits', ['• Passwordless sign-in in every browser.']],
    ['Standards Development', 'Delegated: the W3C develops the API, the FIDO Alliance the authenticator protocol.'],
    [
      'Milestones',
      ['Web Authentication Candidate Recommendation – (completed May 2018)', 'W3C Recommendation – March 2019'],
    ],
    ['Review Date', 'No later than December 2019.'],
    [
      'Contacts',
      [
        'FIDO Alliance: Andrew Shikiar, Executive Director (andrew@fidoalliance.org)',
        'W3C: Wendy Seltzer, Strategy Lead (wseltzer@w3.org)',
      ],
    ],
  ],
  after: ['Approved by the FIDO Alliance Board of Directors on 4 February 2016.'],
});

/* PDF registers: pages of pre-wrapped lines, with running headers and footers drawn on each page. */

function writePdf(name, { header, footer, pages }) {
  return new Promise((resolve) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margin: 56,
      autoFirstPage: false,
      info: { CreationDate: FIXED, ModDate: FIXED },
    });
    const chunks = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => {
      writeFileSync(out(name), Buffer.concat(chunks));
      resolve();
    });
    pdf.font('Helvetica');
    pages.forEach((lines, n) => {
      pdf.addPage();
      pdf.fontSize(8).text(header(n + 1, pages.length), 56, 30, { lineBreak: false });
      pdf.fontSize(10);
      let y = 80;
      for (const line of lines) {
        if (line === '') {
          y += 14;
          continue;
        }
        pdf.text(line, 56, y, { lineBreak: false });
        y += 13;
      }
      pdf.fontSize(8).text(footer(n + 1, pages.length), 56, 800, { lineBreak: false });
    });
    pdf.end();
  });
}

await writePdf('o-ran-3gpp-work-register.pdf', {
  header: () => 'O-RAN ALLIANCE Confidential | O-RAN / 3GPP Work Register',
  footer: (n, of) => `Page ${n} of ${of}`,
  pages: [
    [
      'O-RAN / 3GPP Work Register',
      'Version 1.1',
      'Date Initiated: 8 July 2019',
      '',
      'Alliance Organizations',
      'O-RAN ALLIANCE (O-RAN)',
      'Third Generation Partnership Project',
      '(3GPP)',
      '',
      'Background',
      'The O-RAN ALLIANCE specifies open interfaces between the parts of a radio access',
      'network that 3GPP defines as one node. Its fronthaul and near-real-time control work',
      'builds on the 3GPP split options, and its management work on the 3GPP service-based',
      'manage-',
    ],
    [
      'ment architecture. Both bodies need the interfaces to stay compatible as releases',
      'move on.',
      '',
      'Alliance Partner Mission',
      '1. Align the O-RAN fronthaul specifications with the 3GPP lower-layer split.',
      '2. Feed O-RAN requirements into 3GPP SA5 studies on open RAN management.',
      '',
      'Alliance Benefits',
      '1. Operators can buy radio units and distributed units from different vendors.',
      '2. 3GPP receives tested requirements from deployments.',
      '',
      'Milestones / Dates',
      'Q4 2019 Joint workshop on the lower-layer split (completed December 2019)',
      'Q3 2020 O-RAN requirements contributed to the SA5 study',
    ],
    [
      'Work Register Review Date',
      'This register will be reviewed at each 3GPP release freeze, and no later than',
      'June 2021.',
      '',
      'Resources Identified / Points of Contact',
      'O-RAN:',
      'Zbynek Dalecky, Chief Executive Officer (zbynek.dalecky@o-ran.org)',
      '3GPP:',
      'Alain Sultan, MCC Technical Officer (alain.sultan@3gpp.org)',
      '',
      'Approved by the O-RAN Technical Steering Committee on',
      '12 September 2019.',
    ],
  ],
});

await writePdf('nvm-express-snia-work-register.pdf', {
  header: (n) => (n === 1 ? '' : 'NVM Express / SNIA Work Register'),
  footer: (n) => `NVM Express, Inc. Internal | ${n}`,
  pages: [
    [
      'NVM Express / SNIA Work Register',
      'Revision 3',
      'Date Initiated: June 30, 2017',
      '',
      'Alliance Organizations',
      'NVM Express, Inc. (NVM Express)',
      'Storage Networking Industry Association (SNIA) Swordfish Technical Work Group',
      '',
      'Background',
      'NVM Express defines the NVMe protocol and its management interface; SNIA Swordfish',
      'models storage for management through Redfish. A drive managed through both needs',
      'one model of namespaces, controllers and their in-',
      'progress operations.',
      '',
      'Alliance Partner Mission',
      '- Map the NVMe-MI data structures onto the Swordfish NVMe model.',
      '- Review each other’s drafts that touch namespace management.',
    ],
    [
      'Alliance Benefits',
      '- Storage administrators see one model of an NVMe subsystem.',
      '- Vendors implement one mapping rather than their own.',
      '',
      'Standards Development',
      'Independent standards development by each organization.',
      '',
      'Milestones / Dates',
      '- Swordfish NVMe model v1.0: Q1 2018 (delivered)',
      '- NVMe-MI 1.1 alignment review: mid-2018',
      '',
      'Work Register Review Date',
      'The register is reviewed when NVMe-MI is revised, no later than December 2019.',
      '',
      'Points of Contact',
      'NVM Express: Amber Huffman, President (amber.huffman@nvmexpress.org)',
      'SNIA: Richelle Ahlvers, Swordfish TWG Chair (richelle.ahlvers@snia.org)',
      '',
      'Approved by the SNIA Board of Directors; Board Resolution 2017-14 on 8/21/2017.',
    ],
  ],
});

await writePdf('ocp-dmtf-work-register.pdf', {
  header: () => 'Open Compute Project Foundation',
  footer: (n, of) => `OCP-DMTF WR v1.2 - Page ${n} of ${of}`,
  pages: [
    [
      'OCP / DMTF Work Register',
      'Version 1.2',
      'Date Initiated: 2018-02-12',
      '',
      'Alliance Organizations',
      'Open Compute Project Foundation (OCP)',
      'Distributed Management Task Force (DMTF) Redfish Forum',
      '',
      'Background',
      'OCP hardware management profiles are written against Redfish. The OCP Hardware',
      'Management Project publishes profiles that list which Redfish properties a platform',
      'must implement; the DMTF Redfish Forum maintains the schema those profiles point',
    ],
    [
      'to. The day-to-',
      'day coordination of both sides runs through the profile repository.',
      '',
      'Alliance Partner Mission',
      '1. Publish the OCP baseline hardware management profile.',
      '2. Keep the profile format in the Redfish interoperability validator.',
      '',
      'Alliance Benefits',
      '1. Buyers test conformance with one tool.',
    ],
    [
      'Milestones / Dates',
      'OCP Baseline Profile v1.0 - Q2 2018 (done)',
      'Profile format in the Redfish validator - early 2019',
      '',
      'Work Register Review Date',
      'No later than February 2020.',
      '',
      'Points of Contact',
      'OCP: Steve Helvie, VP Channel (steve.helvie@opencompute.org)',
      'DMTF: Jeff Hilland, President (jeff.hilland@dmtf.org)',
      '',
      'Approved by the DMTF Board of Directors; Board Resolution 2018-03 on 3/14/2018.',
    ],
  ],
});

/* Registers with their own revision trail: a Word table under the register's table, and a PDF list. */

await writeDocx('etsi-oma-work-register.docx', {
  before: ['ETSI / OMA Work Register'],
  rows: [
    ['Version', '1.2'],
    ['Date Initiated', '9 October 2014'],
    [
      'Alliance Organizations',
      ['European Telecommunications Standards Institute (ETSI)', 'Open Mobile Alliance (OMA)'],
    ],
    [
      'Background',
      'ETSI M2M and OMA Device Management both define how a device is managed remotely. Operators deploy both and need the two object models to line up.',
    ],
    ['Alliance Partner Mission', ['• Map the OMA LwM2M objects onto the ETSI M2M resource tree.']],
    ['Milestones', ['Object mapping published – late 2015', 'Joint interoperability event – H1 2016']],
    ['Review Date', 'No later than December 2016.'],
    [
      'Contacts',
      [
        'ETSI: Luis Jorge Romero, Director-General (luis.romero@etsi.org)',
        'OMA: Seth Newberry, General Manager (snewberry@omaorg.org)',
      ],
    ],
  ],
  after: [
    'Approved by the ETSI Director-General on 20 October 2014.',
    'Revision History',
    [
      ['Version', 'Date', 'Author', 'Description of Changes'],
      ['1.0', '9 October 2014', 'L. Romero', 'First issue'],
      ['1.1', 'March 2015', 'S. Newberry', 'OMA contact changed'],
      ['1.2', 'H2 2015', '', 'Milestones moved; review date moved to December 2016'],
    ],
  ],
});

await writePdf('dmtf-tcg-work-register.pdf', {
  header: () => 'DMTF / TCG Alliance – Informational',
  footer: (n, of) => `DMTF Informational – page ${n} of ${of}`,
  pages: [
    [
      'DMTF / TCG Work Register',
      'Date Initiated: 12 March 2015',
      '',
      'Alliance Organizations',
      'Distributed Management Task Force (DMTF)',
      'Trusted Computing Group (TCG)',
      '',
      'Background',
      'The DMTF Redfish standard manages servers; the TCG defines how a platform proves',
      'what firmware it runs. Operators want attestation results reported through Redfish.',
      '',
      'Alliance Partner Mission',
      '- Report TCG attestation evidence through a Redfish resource.',
    ],
    [
      'Milestones / Dates',
      '- Attestation resource draft – mid-2016',
      '- Redfish release with the resource – 2017',
      '',
      'Work Register Review Date',
      'Work register will be reviewed yearly, but no later than March 2018.',
      '',
      'Points of Contact',
      'DMTF: Jeff Hilland, President (jeff.hilland@dmtf.org)',
      'TCG: Joe Pennisi, President (joe.pennisi@trustedcomputinggroup.org)',
      '',
      'Document History',
      '- Rev. 1.0, 12 March 2015: first issue',
      '- Rev. 1.1, 2 February 2016 by the DMTF Board: milestones moved to mid-2016',
    ],
  ],
});

console.log('wrote the Word and PDF fixtures of packages/document/test/shapes/');
