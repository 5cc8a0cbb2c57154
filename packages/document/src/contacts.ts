/**
 * Points of contact: per organization ("MEF:", "Within the DMTF:", "### OASIS", a table column),
 * people as "Name, Title (email)", "Name (email)", "Name <email>", "Name – Title – email", list
 * bullets, Markdown tables, and group mailboxes (MAILING_LIST).
 */
import { type StandardsBody, findStandardsBody } from './directory.js';
import { partyMentioned } from './organizations.js';
import { type Line, collapse, emailsIn, stripBullet, stripMarkdown } from './text.js';
import type { ContactDocument, ContactKind, PartyDocument } from './types.js';

export interface ContactDraft extends ContactDocument {
  /** Source line of the email address. */
  line: number;
}

export interface DuplicateContact {
  /** Index of the contact kept in the result. */
  kept: number;
  line: number;
  firstLine: number;
  name: string;
  email: string;
}

const LIST_NAME =
  /\b(?:contacts|list|lists|mailing|mailbox|alias|reflector|distribution|team|group|committee|members|chairs|co-chairs|officers|leadership|liaisons|office|secretariat|support|staff|alliance|board|forum|desk|inquiries|enquiries|helpdesk)\b/i;
const LIST_LOCAL = new Set([
  'list',
  'lists',
  'alliance',
  'alliances',
  'liaison',
  'liaisons',
  'contact',
  'contacts',
  'info',
  'members',
  'member',
  'team',
  'office',
  'admin',
  'secretariat',
  'chair',
  'chairs',
  'tc',
  'wg',
  'board',
  'staff',
  'help',
  'support',
  'discuss',
  'comment',
  'comments',
  'l',
  'partners',
  'partner',
  'feedback',
  'standards',
]);

function personLike(name: string): boolean {
  return (
    /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]*){1,3}$/u.test(name) &&
    !LIST_NAME.test(name)
  );
}

/**
 * PERSON or MAILING_LIST. `namesOrganization`: the name mentions one of the register's
 * organizations ("NFV ISG Support", "DMTF Alliance Contacts"), which a person's name never does.
 */
export function contactKind(name: string, email: string, namesOrganization = false): ContactKind {
  if (LIST_NAME.test(name) || /\s\/\s|^\S+\/\S+$/.test(name)) return 'MAILING_LIST';
  if (namesOrganization && name !== email && name.split(/\s+/).length >= 2) return 'MAILING_LIST';
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const listy = local.split(/[-_.+]/).some((t) => LIST_LOCAL.has(t)) || /^lists?\./.test(domain);
  if (listy && (name === email || !personLike(name))) return 'MAILING_LIST';
  return 'PERSON';
}

const PHONE = /(?:\b(?:tel|phone|ph|mobile|cell|fax)\.?\s*:?\s*)?\+?\(?\d[\d\s().-]{6,}\d/gi;

/**
 * An address withheld from whoever made this copy: what `alliance export` writes for a contact
 * (write.ts), and what the API shows an anonymous reader in free text (core's redactEmails).
 */
const WITHHELD = /\(address withheld\)|\[email hidden\]/i;

/** The text of a contact line with its email address and wrappers taken out. */
function withoutEmail(text: string, email: string): string {
  const e = email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare =
    email === ''
      ? text.replace(WITHHELD, ' ')
      : text
          .replace(new RegExp(`\\[([^\\]]*)\\]\\((?:mailto:)?${e}\\)`, 'gi'), '$1')
          .replace(new RegExp(`(?:mailto:)?${e}`, 'gi'), ' ');
  return collapse(
    bare
      .replace(/<\s*>|\(\s*\)|\[\s*\]|\{\s*\}/g, ' ')
      .replace(/\b(?:e-?mail|mail|email address)\s*[:-]?\s*$/i, ' ')
      .replace(/\b(?:e-?mail|mail)\s*:\s*/gi, ' ')
      .replace(PHONE, ' '),
  );
}

const EDGE = /^[\s,;:|/–—-]+|[\s,;:|/–—-]+$/g;

function nameAndTitle(rest: string): { name: string; title: string | null } {
  const text = rest.replace(EDGE, '').trim();
  if (text === '') return { name: '', title: null };
  const paren = /^([^()]+?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (paren && paren[1] && paren[2]) return { name: paren[1].trim(), title: paren[2].trim() };
  const comma = text.indexOf(',');
  if (comma > 0)
    return {
      name: text.slice(0, comma).trim(),
      title:
        text
          .slice(comma + 1)
          .replace(EDGE, '')
          .trim() || null,
    };
  const dash = /\s+[–—|-]\s+|:\s+/.exec(text);
  if (dash)
    return {
      name: text.slice(0, dash.index).trim(),
      title:
        text
          .slice(dash.index + dash[0].length)
          .replace(EDGE, '')
          .trim() || null,
    };
  return { name: text, title: null };
}

function domainParty(
  email: string,
  parties: readonly PartyDocument[],
  directory: readonly StandardsBody[],
): string | null {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  for (const p of parties) {
    const body = findStandardsBody(p.acronym, directory) ?? findStandardsBody(p.name, directory);
    if (body?.emailDomains.some((d) => domain === d.domain || domain.endsWith(`.${d.domain}`))) return p.acronym;
  }
  return null;
}

const FILLER = new Set([
  'within',
  'for',
  'the',
  'from',
  'at',
  'of',
  'on',
  'by',
  'contacts',
  'contact',
  'points',
  'point',
  'representatives',
  'representative',
  'team',
  'side',
  'organization',
  'organisation',
  'liaison',
  'liaisons',
  'resources',
  'people',
  'and',
  '-',
  '–',
]);

/** "MEF:", "Within the DMTF:", "### OASIS", "DMTF Contacts": a line naming whose contacts follow. */
function isLabel(text: string, raw: string, party: PartyDocument | undefined): boolean {
  const bare = text.replace(/:$/, '');
  const words = bare.split(/\s+/);
  if (words.length > 10 || /[.;]$/.test(text)) return false;
  if (/:$/.test(text) || /^\s*(?:#|\*\*|__)/.test(raw)) return true;
  if (bare.includes(',')) return false;
  // Whatever is left once the organization and filler words are taken out must be (almost) nothing.
  return leftoverWords(bare, party) <= 1;
}

/** Words of a label line other than its organization's names and filler words ("Office" in "O-RAN Office"). */
function leftoverWords(text: string, party: PartyDocument | undefined): number {
  if (/:$/.test(text)) return 0;
  let rest = text;
  if (party) {
    for (const n of [party.name, party.unit ?? '', party.acronym].filter((x) => x !== ''))
      rest = rest.split(n).join(' ');
  }
  return rest.split(/\s+/).filter((w) => w !== '' && !FILLER.has(w.toLowerCase())).length;
}

interface Pending {
  text: string;
  line: number;
}

export interface ContactsResult {
  contacts: ContactDraft[];
  duplicates: DuplicateContact[];
}

/** The contacts in the lines of a points-of-contact section (lines in `skip` are ignored). */
export function readContacts(
  lines: readonly Line[],
  parties: readonly PartyDocument[],
  directory: readonly StandardsBody[],
  skip: ReadonlySet<number> = new Set(),
): ContactsResult {
  const all: ContactDraft[] = [];
  let current: string | null = null;
  /** Lines without an address since the last contact, label or blank line ("Name", "Title"). */
  let pending: Pending[] = [];
  let columns: { name: number; title: number; email: number; org: number; parties: (string | null)[] } | null = null;

  const organizationFor = (email: string, hint: string | null, text: string): string => {
    return (
      hint ??
      current ??
      domainParty(email, parties, directory) ??
      partyMentioned(text, parties, directory) ??
      parties[0]?.acronym ??
      ''
    );
  };

  const add = (
    name: string,
    title: string | null,
    email: string,
    org: string,
    line: number,
    listHint = false,
  ): void => {
    const shown = name === '' ? email : name;
    // Only personal addresses are ever withheld: a list's is public.
    const kind =
      email === ''
        ? 'PERSON'
        : listHint
          ? 'MAILING_LIST'
          : contactKind(shown, email, partyMentioned(shown, parties, directory) !== null);
    all.push({
      organization: org,
      name: name === '' ? email : name,
      title: kind === 'MAILING_LIST' ? null : title,
      email,
      kind,
      line,
    });
  };

  /** One contact written on one line or in one cell: "Name, Title (email)" and the like. */
  const addText = (text: string, email: string, line: number, hint: string | null): string | null => {
    // Keep the link text of "[Name](mailto:…)" before Markdown is stripped.
    let rest = collapse(stripBullet(stripMarkdown(withoutEmail(stripBullet(text), email))));
    const labelled = /^([^:,()]{1,40}):\s*(.*)$/.exec(rest);
    if (labelled && labelled[1] !== undefined) {
      const party = partyMentioned(labelled[1], parties, directory);
      if (party && labelled[1].split(/\s+/).length <= 5) {
        hint = party;
        rest = labelled[2] ?? '';
        if (rest.replace(EDGE, '') === '') rest = labelled[1];
      }
    }
    let written: { name: string; title: string | null } | null = null;
    if (rest.replace(EDGE, '') === '' && pending.length > 0) {
      // A Word table cell per line: "Name" / "Title" / "email".
      const at = pending.findIndex((p) => personLike(p.text));
      if (at >= 0 && at < pending.length - 1)
        written = {
          name: pending[at]?.text ?? '',
          title: pending
            .slice(at + 1)
            .map((p) => p.text)
            .join(', '),
        };
      else rest = pending[pending.length - 1]?.text ?? rest;
    }
    pending = [];
    // "mef-dmtf@mef.net (mailing list)": a remark about the address, not a name.
    const remark = written ? null : /^\(([^()]*)\)$/.exec(rest.replace(EDGE, ''));
    if (remark) {
      add('', null, email, organizationFor(email, hint, rest), line, LIST_NAME.test(remark[1] ?? ''));
      return hint;
    }
    const { name, title } = written ?? nameAndTitle(rest);
    add(name, title, email, organizationFor(email, hint, rest), line);
    return hint;
  };

  const readRow = (cells: string[], text: string, line: number): void => {
    const emails = emailsIn(text);
    if (emails.length === 0) {
      const find = (re: RegExp): number => cells.findIndex((c) => re.test(c));
      const byColumn = cells.map((c) => (c.split(/\s+/).length <= 4 ? partyMentioned(c, parties, directory) : null));
      columns = {
        name: find(/^(?:name|contact|person)/i),
        title: find(/^(?:title|role|position)/i),
        email: find(/e-?mail|address/i),
        org: find(/^(?:organi[sz]ation|org\b|body|company|side)/i),
        parties: byColumn,
      };
      if (byColumn.filter((p) => p !== null).length === 1 && cells.filter((c) => c !== '').length === 1) {
        // A row that only names an organization is a label.
        current = byColumn.find((p) => p !== null) ?? current;
        columns = null;
      }
      return;
    }
    const withEmail = cells.map((c, i) => ({ c, i })).filter(({ c }) => emailsIn(c).length > 0);
    if (withEmail.length >= 2) {
      // Side-by-side columns, one organization each.
      for (const { c, i } of withEmail) {
        for (const email of emailsIn(c)) addText(c, email, line, columns?.parties[i] ?? null);
      }
      return;
    }
    const email = emails[0] ?? '';
    const emailCell = withEmail[0]?.i ?? -1;
    const col = columns;
    const orgCell =
      col && col.org >= 0
        ? col.org
        : cells.findIndex(
            (c, i) => i !== emailCell && partyMentioned(c, parties, directory) !== null && !/\s/.test(c.trim()),
          );
    const nameCell =
      col && col.name >= 0 ? col.name : cells.findIndex((c, i) => i !== emailCell && i !== orgCell && /\p{L}/u.test(c));
    const titleCell =
      col && col.title >= 0
        ? col.title
        : cells.findIndex((c, i) => i > nameCell && i !== emailCell && i !== orgCell && /\p{L}/u.test(c));
    const emailCellRest = withoutEmail(cells[emailCell] ?? '', email).replace(EDGE, '');
    if (!col && emailCellRest !== '' && !/^\|/.test(text)) {
      // Spaces that only justify a line, not columns.
      addText(text, email, line, null);
      return;
    }
    if (nameCell === emailCell || (nameCell < 0 && emailCell >= 0)) {
      addText(
        cells[emailCell] ?? '',
        email,
        line,
        orgCell >= 0 ? partyMentioned(cells[orgCell] ?? '', parties, directory) : null,
      );
      return;
    }
    const org = orgCell >= 0 ? partyMentioned(cells[orgCell] ?? '', parties, directory) : null;
    let name = nameCell >= 0 ? collapse(stripBullet(withoutEmail(cells[nameCell] ?? '', email))).replace(EDGE, '') : '';
    let title = titleCell >= 0 ? withoutEmail(cells[titleCell] ?? '', email).replace(EDGE, '') || null : null;
    if (titleCell < 0) ({ name, title } = nameAndTitle(name));
    pending = [];
    add(name, title, email, organizationFor(email, org, text), line);
  };

  for (const line of lines) {
    if (skip.has(line.no)) continue;
    const text = line.text;
    if (text === '') {
      pending = [];
      continue;
    }

    // Markdown table rows, and rows of a Word table exported with tabs.
    if (/^\|.*\|$/.test(text)) {
      const cells = text
        .slice(1, -1)
        .split('|')
        .map((c) => stripMarkdown(c));
      if (!cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) readRow(cells, text, line.no);
      continue;
    }
    const tabbed = stripBullet(line.raw)
      .split(/\t+|\s{3,}/)
      .map((c) => stripMarkdown(c));
    if (tabbed.length >= 2 && emailsIn(text).length > 0) {
      readRow(tabbed, text, line.no);
      continue;
    }

    const emails = emailsIn(text);
    if (emails.length === 0 && WITHHELD.test(text)) {
      // A contact whose address was withheld from the exporter: kept, with no address.
      addText(text, '', line.no, null);
      continue;
    }
    const plain = collapse(stripBullet(stripMarkdown(stripBullet(text))));
    if (emails.length === 0) {
      const party = partyMentioned(plain, parties, directory);
      const labelParty = parties.find((p) => p.acronym === party);
      if (party && isLabel(plain, text, labelParty)) {
        current = party;
        // "O-RAN Office" right above "office@o-ran.org" is also the name of that mailbox.
        pending = leftoverWords(plain, labelParty) > 0 ? [{ text: plain, line: line.no }] : [];
      } else if (plain !== '' && !/^(?:none|tbd|n\/a)\.?$/i.test(plain)) {
        pending.push({ text: plain, line: line.no });
      }
      continue;
    }

    if (emails.length === 1) {
      addText(text, emails[0] ?? '', line.no, null);
      continue;
    }
    // Several people on one line: "Nan Chen (nan@…), Bill Bjorkman (bill@…)".
    let from = 0;
    let hint: string | null = null;
    for (const email of emails) {
      const at = text.indexOf(email, from);
      let end = at + email.length;
      while (end < text.length && /[)>\]\s]/.test(text[end] ?? '') && !/[,;]/.test(text[end] ?? '')) end++;
      const segment = text.slice(from, end).replace(/^[\s,;]+(?:and\s+)?/i, '');
      // "DMTF CMWG Co-Chairs: A (a@…), B (b@…)": the label holds for the whole line.
      hint = addText(segment, email, line.no, hint);
      from = end;
    }
  }

  // The same person twice is one contact.
  const contacts: ContactDraft[] = [];
  const duplicates: DuplicateContact[] = [];
  for (const c of all) {
    const key = c.email.toLowerCase();
    const nameKey = c.name.toLowerCase().replace(/\s+/g, ' ');
    const at = contacts.findIndex(
      (k) =>
        (key !== '' && k.email.toLowerCase() === key) ||
        (c.kind === 'PERSON' &&
          k.kind === 'PERSON' &&
          k.organization === c.organization &&
          k.name.toLowerCase().replace(/\s+/g, ' ') === nameKey),
    );
    const kept = contacts[at];
    if (kept) {
      duplicates.push({ kept: at, line: c.line, firstLine: kept.line, name: kept.name, email: kept.email });
      continue;
    }
    contacts.push(c);
  }
  return { contacts, duplicates };
}
