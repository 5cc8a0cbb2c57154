/**
 * Organizations as registers name them: in the title ("OASIS SAF TC / DMTF CMWG",
 * "TM Forum-MEF"), and in the Alliance Organizations section ("Metro Ethernet Forum (MEF) and
 * the [Distributed Management Task Force](#) (DMTF)", one per line, an acronym alone, a working
 * group or TC after the organization, possibly on the next line).
 */
import { type StandardsBody, findStandardsBody, normalizeOrganizationName } from './directory.js';
import { collapse, containsWords, indexOfWords, stripBullet, stripMarkdown } from './text.js';
import type { PartyDocument } from './types.js';

export interface OrganizationRef {
  acronym: string;
  /** The full name as the document writes it, when it does. */
  writtenName: string | null;
  body: StandardsBody | null;
  unit: string | null;
}

/**
 * The party as the register records it. The name is the one the document writes, except that a
 * mere spelling variant of the directory's name ("Distributed Management Task Force, Inc.",
 * "Telemanagement Forum") becomes the directory's name; a different name (a former name such
 * as "Global Grid Forum") is kept as written.
 */
export function toParty(ref: OrganizationRef): PartyDocument {
  let name = ref.writtenName ?? ref.body?.name ?? ref.acronym;
  if (ref.body && normalizeOrganizationName(name) === normalizeOrganizationName(ref.body.name)) name = ref.body.name;
  return { acronym: ref.acronym, name, unit: ref.unit };
}

const UNIT_WORDS =
  /\b(?:working group|work group|wg|twg|tc|technical committee|committee|subcommittee|sub-committee|sc ?\d+|study group|sg ?\d+|task group|incubator|initiative|forum|council|board|program|programme|project|team|isg|industry specification group|focus group|special interest group|sig|area|chapter|directorate|division|section|workstream|work stream|track)\b/i;

/** Text that names a part of an organization (a working group, a TC). */
export function unitish(text: string): boolean {
  return UNIT_WORDS.test(text);
}

function acronymLike(value: string): boolean {
  const v = value.trim();
  if (!/^[A-Z0-9][A-Za-z0-9&./+-]*(?: ?\d+)?$/.test(v) || v.length > 14) return false;
  return (v.match(/[A-Z]/g) ?? []).length >= 2 || /\d/.test(v);
}

const SMALL = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'to', 'a', 'an', '&']);

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !SMALL.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

const LEADING_JUNK = /^(?:[\s,;:/&]|\band\b|\bwith\b|\bbetween\b|\bplus\b|\bas well as\b|\bboth\b)+/i;

/** A written name with the words that only link it to the text around it removed. */
function cleanName(value: string, body: StandardsBody | null = null): string {
  let v = collapse(value).replace(LEADING_JUNK, '');
  if (!(body && /^the\s/i.test(body.name))) v = v.replace(/^the\s+/i, '');
  return v
    .replace(/['’]s$/i, '')
    .replace(/[\s,;:/&-]+$/, '')
    .trim();
}

function cleanUnit(value: string, ref: OrganizationRef): string | null {
  let v = collapse(value)
    .replace(/^['’]s\b/i, '')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/^(?:the|its)\s+/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/\s+(?:and|&|with)$/i, '')
    .trim();
  // "DMTF (DMTF)" or a unit that is just the organization again is no unit.
  if (v === '' || v === ref.acronym || (ref.body && findStandardsBody(v) === ref.body)) return null;
  if (/^(?:organi[sz]ation|alliance|partner)s?$/i.test(v)) return null;
  v = v.replace(/\.$/, '');
  return v === '' ? null : v;
}

/**
 * The directory body named at the start of `text` (longest match, by acronym, name or alias),
 * with the text it matched and the rest.
 */
export function resolvePrefix(
  text: string,
  directory: readonly StandardsBody[],
): { body: StandardsBody; matched: string; rest: string } | null {
  // Words, and the separators between them ("ISO/IEC JTC 1/SC 38" splits at the slashes too).
  const tokens = collapse(text).split(/(\s+|\/)/);
  const words = tokens.filter((_, i) => i % 2 === 0);
  for (let k = Math.min(words.length, 10); k >= 1; k--) {
    const prefix = tokens.slice(0, 2 * k - 1).join('');
    const bare = prefix.replace(/['’]s$/i, '').replace(/[,:;.]+$/, '');
    if (normalizeOrganizationName(bare) === '') continue;
    const body = findStandardsBody(bare, directory);
    if (body)
      return {
        body,
        matched: bare,
        rest: tokens
          .slice(2 * k)
          .join('')
          .trim(),
      };
  }
  return null;
}

/** One organization named by a short phrase ("OASIS SAF TC", "TM Forum", "Acme (ACME) WG"). */
export function resolvePhrase(phrase: string, directory: readonly StandardsBody[]): OrganizationRef | null {
  let text = cleanName(stripMarkdown(phrase));
  if (text === '') return null;
  const paren = /^(.*?)\s*\(([^()]{1,30})\)\s*(.*)$/.exec(text);
  if (paren && (acronymLike(paren[2] ?? '') || findStandardsBody(paren[2] ?? '', directory))) {
    const acr = (paren[2] ?? '').trim();
    const body = findStandardsBody(acr, directory) ?? findStandardsBody(paren[1] ?? '', directory) ?? null;
    const ref: OrganizationRef = {
      acronym: body?.acronym ?? acr,
      writtenName: cleanName(paren[1] ?? '', body) || null,
      body,
      unit: null,
    };
    ref.unit = cleanUnit(paren[3] ?? '', ref);
    return ref;
  }
  // "Cloud Management Working Group of the DMTF"
  const of = /^(.+?)\s+(?:of|at|within|in)\s+(?:the\s+)?(.+)$/i.exec(text);
  if (of && of[1] && of[2] && !resolvePrefix(text, directory)) {
    const owner = resolvePrefix(of[2], directory);
    if (owner && owner.rest === '') {
      const ref: OrganizationRef = { acronym: owner.body.acronym, writtenName: null, body: owner.body, unit: null };
      if (normalizeOrganizationName(owner.matched) !== normalizeOrganizationName(owner.body.acronym))
        ref.writtenName = cleanName(owner.matched, owner.body);
      ref.unit = cleanUnit(of[1], ref);
      return ref;
    }
  }
  const hit = resolvePrefix(text, directory);
  if (hit) {
    const written =
      normalizeOrganizationName(hit.matched) === normalizeOrganizationName(hit.body.acronym)
        ? null
        : cleanName(hit.matched, hit.body);
    const ref: OrganizationRef = { acronym: hit.body.acronym, writtenName: written, body: hit.body, unit: null };
    ref.unit = cleanUnit(hit.rest, ref);
    return ref;
  }
  text = text.replace(/[.]$/, '');
  const words = text.split(' ');
  const first = words[0] ?? text;
  if (acronymLike(first)) {
    const ref: OrganizationRef = { acronym: first, writtenName: null, body: null, unit: null };
    ref.unit = cleanUnit(words.slice(1).join(' '), ref);
    return ref;
  }
  if (!/^[A-Z0-9]/.test(text) || words.length > 8 || words.some((w, i) => i > 0 && /^[a-z]/.test(w) && !SMALL.has(w)))
    return null;
  if (words.length === 1) return { acronym: text, writtenName: null, body: null, unit: null };
  return { acronym: initials(text), writtenName: text, body: null, unit: null };
}

function score(text: string, directory: readonly StandardsBody[]): number {
  const hit = resolvePrefix(text, directory);
  if (!hit) return 0;
  return hit.rest === '' ? 2 : 1;
}

/** The organization phrases of a title's name part: "MEF / DMTF", "TM Forum-MEF", "A, B and C". */
export function splitOrganizationList(names: string, directory: readonly StandardsBody[]): string[] {
  const text = collapse(names);
  if (text === '') return [];
  const separators = [/\s+\/\s+/, /\s*[–—]\s*/, /\s+-\s+/, /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i, /\s*\+\s*/];
  for (const sep of separators) {
    const parts = text
      .split(sep)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length >= 2) return parts;
  }
  for (const ch of ['/', '-']) {
    let best: { at: number; score: number } | null = null;
    for (let at = text.indexOf(ch); at > 0; at = text.indexOf(ch, at + 1)) {
      const s = score(text.slice(0, at), directory) + score(text.slice(at + 1), directory);
      if (s > 0 && (best === null || s > best.score)) best = { at, score: s };
    }
    if (best) return [text.slice(0, best.at).trim(), text.slice(best.at + 1).trim()].filter((p) => p !== '');
    const only = text.indexOf(ch);
    if (only > 0 && only === text.lastIndexOf(ch) && ch === '/')
      return [text.slice(0, only).trim(), text.slice(only + 1).trim()];
  }
  return [text];
}

export interface TitleInfo {
  kind: 'REGISTER' | 'ADDENDUM';
  amends: string | null;
  /** The part of the title that names the organizations ("MEF / DMTF"). */
  names: string;
  organizations: OrganizationRef[];
}

export function readTitle(title: string, directory: readonly StandardsBody[]): TitleInfo {
  const t = collapse(stripMarkdown(title));
  const addendum = /\baddendum\b/i.test(t);
  const m = /\bwork[\s-]*register\b/i.exec(t);
  let namesStart = 0;
  let before = m ? t.slice(0, m.index) : t;
  // "Addendum 2 to the SNIA / DMTF Work Register"
  const lead = /^\s*(?:\w+\s+)?addendum(?:\s+(?:no\.?\s*)?[\w.]+)?\s*(?:[:,–—-]\s*)?(?:to|for|of)\s+(?:the\s+)?/i.exec(
    before,
  );
  if (lead) {
    namesStart = lead[0].length;
    before = before.slice(lead[0].length);
  }
  let names = before.replace(/[\s:–—-]+$/, '').trim();
  let amends = addendum && m ? t.slice(namesStart, m.index + m[0].length).trim() : null;
  if (names === '' && m) {
    // "Work Register: MEF / DMTF", "Work Register between MEF and DMTF"
    names = t
      .slice(m.index + m[0].length)
      .replace(/^\s*(?:addendum(?:\s+(?:no\.?\s*)?\d[\w.]*)?)?\s*[:–—-]?\s*(?:for|of|between)?\s*(?:the\s+)?/i, '')
      .replace(/\s*\baddendum\b.*$/i, '')
      .trim();
    if (addendum) amends = t.replace(/\s*\baddendum\b(?:\s+(?:no\.?\s*)?\d[\w.]*)?/i, '').trim();
  }
  const organizations = splitOrganizationList(names, directory)
    .map((p) => resolvePhrase(p, directory))
    .filter((o): o is OrganizationRef => o !== null);
  return { kind: addendum ? 'ADDENDUM' : 'REGISTER', amends, names, organizations };
}

/* ---------------------------------------------------------------- the section -------- */

const CONJ_AT_START = /^\s*(?:[,;&]|and\b|with\b|between\b|plus\b|as well as\b)/i;

function startsOrganization(
  line: string,
  directory: readonly StandardsBody[],
  titleOrgs: readonly OrganizationRef[],
): boolean {
  const text = cleanName(line);
  if (resolvePrefix(text, directory)) return true;
  if (titleOrgs.some((o) => containsWords(text.split(' ')[0] ?? '', o.acronym, true))) return true;
  const paren = /^([^()]+?)\s*\(([^()]{1,30})\)/.exec(text);
  if (paren && findStandardsBody(paren[2] ?? '', directory)) return true;
  if (
    paren &&
    !unitish(text) &&
    initials(cleanName(paren[1] ?? '')) === (paren[2] ?? '').replace(/[^A-Za-z]/g, '').toUpperCase()
  )
    return true;
  return false;
}

/** Lines of the section grouped into entries: a line that only continues a unit joins the previous one. */
function entries(
  lines: readonly string[],
  directory: readonly StandardsBody[],
  titleOrgs: readonly OrganizationRef[],
): string[] {
  const out: string[] = [];
  let previousRaw = '';
  for (const raw of lines) {
    const line = collapse(stripBullet(stripMarkdown(stripBullet(raw))))
      .replace(/\s*(?:[(<[]\s*)?(?:https?:\/\/|www\.)\S+/gi, ' ')
      .replace(/\s*[(<[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]]?/g, ' ')
      .replace(
        /^(?:(?:lead|partner|participating|member)?\s*(?:organi[sz]ation|party|partner|member|body)\s*(?:\d+|[A-Z]|#\d+)?|first|second|third)\s*[:.)–-]\s+/i,
        '',
      )
      .replace(/[\s,;:–—-]+$/, '')
      .trim();
    if (line === '' || /^(?:none|tbd|n\/a)\.?$/i.test(line)) {
      previousRaw = '';
      continue;
    }
    const last = out[out.length - 1];
    const continuation =
      last !== undefined &&
      (/^[a-z]/.test(line) ||
        nameCrossesBreak(previousRaw, line, directory) ||
        CONJ_AT_START.test(line) ||
        /(?:\band|&|,|\bof|\bfor|\bthe|\/|-)$/i.test(previousRaw) ||
        (!startsOrganization(line, directory, titleOrgs) && unitish(line) && !hasOwnAcronym(line, directory)));
    if (continuation && last !== undefined) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    previousRaw = line;
  }
  return out;
}

/**
 * True when the last words of `previous` and the start of `line` make one organization's name
 * only together: "… between the O-RAN ALLIANCE e.V. (O-RAN) and the Open" + "Networking
 * Foundation (ONF).", "Acme Cloud" + "Consortium (ACC)".
 */
function nameCrossesBreak(previous: string, line: string, directory: readonly StandardsBody[]): boolean {
  if (previous === '' || /[.;:)\]]$/.test(previous)) return false;
  const words = previous.split(' ');
  const paren = /^([^()]+?)\s*\(([^()]{1,30})\)/.exec(line);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (!/^[A-Z]/.test(tail) || /\(|\)/.test(tail)) continue;
    const hit = resolvePrefix(`${tail} ${line}`, directory);
    if (hit && hit.matched.split(/\s+/).length > k && !resolvePrefix(line, directory)) return true;
    if (paren && paren[1] && paren[2]) {
      const letters = paren[2].replace(/[^A-Za-z]/g, '').toUpperCase();
      if (letters.length >= 2 && initials(`${tail} ${paren[1]}`) === letters && initials(paren[1]) !== letters)
        return true;
    }
  }
  return false;
}

function hasOwnAcronym(line: string, directory: readonly StandardsBody[]): boolean {
  for (const m of line.matchAll(/\(([^()]{1,30})\)/g)) if (findStandardsBody(m[1] ?? '', directory)) return true;
  return false;
}

interface Draft {
  ref: OrganizationRef;
  /** Where the organization's own mention ends in the entry; its unit runs from here to unitEnd. */
  end: number;
  unitEnd: number;
}

/** Organizations named without an "(ACRONYM)": "MEF and DMTF", "OASIS SAF TC". */
function plainOrganizations(text: string, directory: readonly StandardsBody[], strict = false): OrganizationRef[] {
  const pieces = text.split(/(\s*(?:[,;]|\band\b|&|\bplus\b|\bwith\b|\bbetween\b)\s*)/i);
  const out: OrganizationRef[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    // Rejoin pieces that only make a name together ("Institute of Electrical and Electronics Engineers").
    let taken = false;
    for (let j = pieces.length - 1; j > i; j -= 2) {
      const joined = pieces.slice(i, j + 1).join('');
      if (findStandardsBody(cleanName(joined), directory)) {
        const ref = resolvePhrase(joined, directory);
        if (ref) out.push(ref);
        i = j;
        taken = true;
        break;
      }
    }
    if (taken) continue;
    const piece = cleanName(pieces[i] ?? '');
    if (piece === '') continue;
    const ref = resolvePhrase(piece, directory);
    // Words left over in a sentence only count when they name a known body or an acronym.
    if (ref && (!strict || ref.body !== null || acronymLike(piece.split(' ')[0] ?? ''))) out.push(ref);
  }
  return out;
}

function nameStart(
  text: string,
  acronym: string,
  body: StandardsBody | null,
  hasPrevious: boolean,
  directory: readonly StandardsBody[],
): number {
  const starts = [0];
  for (const m of text.matchAll(/(?:[,;:&]|\band\b|\bwith\b|\bbetween\b|\bplus\b|\bthe\b)\s*/gi))
    starts.push(m.index + m[0].length);
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  for (const at of starts) {
    const candidate = cleanName(text.slice(at), body);
    if (candidate === '') continue;
    if (body) {
      const key = normalizeOrganizationName(candidate);
      if ([body.name, body.acronym, ...body.aliases].some((n) => normalizeOrganizationName(n) === key)) return at;
    } else if (initials(candidate) === letters) return at;
  }
  if (body) {
    for (const at of starts) if (resolvePrefix(cleanName(text.slice(at), body), directory)?.body === body) return at;
  }
  if (!hasPrevious) return 0;
  const conj = [...text.matchAll(/(?:[,;&]|\band\b|\bwith\b)\s*/gi)].pop();
  return conj ? conj.index + conj[0].length : text.length;
}

/** The organizations of one entry ("Full Name (ACR) Unit and the Other Name (ACR2)"). */
function entryOrganizations(entry: string, directory: readonly StandardsBody[]): OrganizationRef[] {
  const drafts: Draft[] = [];
  let cursor = 0;
  const extend = (to: number): void => {
    const last = drafts[drafts.length - 1];
    if (last) last.unitEnd = to;
  };
  const pushPlain = (text: string, strict = true): void => {
    for (const ref of plainOrganizations(text, directory, strict)) drafts.push({ ref, end: -1, unitEnd: -1 });
  };

  for (const m of entry.matchAll(/\(([^()]{1,40})\)/g)) {
    const content = (m[1] ?? '').trim();
    const body = findStandardsBody(content, directory) ?? null;
    if (!body && !acronymLike(content)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = entry.slice(cursor, start);
    const last = drafts[drafts.length - 1];
    const lastIsUnit =
      last !== undefined &&
      (last.ref.body?.units.some((u) => u.acronym !== null && u.acronym.toLowerCase() === content.toLowerCase()) ??
        false);
    const isNew =
      last === undefined || CONJ_AT_START.test(before) || (body !== null && body !== last.ref.body && !lastIsUnit);
    if (!isNew) {
      extend(end);
      cursor = end;
      continue;
    }
    // "DMTF Cloud Management Working Group (CMWG)": an organization, then its unit's acronym.
    const owner = body === null ? resolvePrefix(cleanName(before), directory) : null;
    if (owner && owner.rest !== '' && before.includes(owner.rest)) {
      const ref: OrganizationRef = { acronym: owner.body.acronym, writtenName: null, body: owner.body, unit: null };
      if (normalizeOrganizationName(owner.matched) !== normalizeOrganizationName(owner.body.acronym))
        ref.writtenName = cleanName(owner.matched, owner.body);
      drafts.push({ ref, end: cursor + before.indexOf(owner.rest), unitEnd: end });
      cursor = end;
      continue;
    }
    const at = nameStart(before, content, body, last !== undefined, directory);
    const leftover = before.slice(0, at);
    if (cleanName(leftover) !== '') {
      if (last !== undefined && !CONJ_AT_START.test(before)) {
        // "… (DMTF) Cloud Management Working Group and the Storage Networking … (SNIA)"
        const cut = leftover.search(/(?:[,;&]|\band\b|\bwith\b)\s*(?:the\s+)?$/i);
        extend(cursor + (cut >= 0 ? cut : leftover.length));
      } else if (last === undefined) {
        pushPlain(leftover.replace(/(?:[,;&]|\band\b|\bwith\b|\bthe\b|\s)+$/i, ''));
      } else {
        pushPlain(leftover);
      }
    }
    const written = cleanName(before.slice(at), body);
    const ref: OrganizationRef = {
      acronym: body?.acronym ?? content,
      writtenName: written !== '' && !/^(?:this|the|an?)\b/i.test(written) && written.length <= 120 ? written : null,
      body,
      unit: null,
    };
    if (
      ref.writtenName &&
      body &&
      normalizeOrganizationName(ref.writtenName) === normalizeOrganizationName(body.acronym)
    )
      ref.writtenName = null;
    drafts.push({ ref, end, unitEnd: end });
    cursor = end;
  }

  const tail = entry.slice(cursor);
  if (drafts.length === 0) {
    pushPlain(entry, false);
  } else if (cleanName(tail) !== '') {
    if (CONJ_AT_START.test(tail)) pushPlain(tail, false);
    else {
      const found = /(?:[,;]\s*(?:and\s+)?|\s+(?:and|&|with)\s+)(?=(?:the\s+)?[A-Z])/.exec(tail);
      // "(OASIS) Topology and Orchestration … Technical Committee": an "and" inside the unit's
      // name, not a second organization, when what follows names no known body and reads as a unit.
      const after = found ? tail.slice(found.index) : '';
      const split =
        found && (!unitish(after) || plainOrganizations(after, directory, false).some((r) => r.body !== null))
          ? found
          : null;
      const unitPart = split ? tail.slice(0, split.index) : tail;
      extend(cursor + unitPart.length);
      if (split) pushPlain(after, false);
    }
  }

  for (const d of drafts) {
    if (d.end >= 0 && d.unitEnd > d.end) d.ref.unit = cleanUnit(entry.slice(d.end, d.unitEnd), d.ref);
  }
  return drafts.map((d) => d.ref);
}

/** The organizations an Alliance Organizations section names, in order, one per acronym. */
export function readParties(
  lines: readonly string[],
  directory: readonly StandardsBody[],
  titleOrgs: readonly OrganizationRef[],
): OrganizationRef[] {
  const out: OrganizationRef[] = [];
  for (const entry of entries(lines, directory, titleOrgs)) {
    for (const ref of entryOrganizations(entry, directory)) {
      const same = out.find((o) => o.acronym === ref.acronym);
      if (same) {
        same.unit ??= ref.unit;
        same.writtenName ??= ref.writtenName;
      } else out.push(ref);
    }
  }
  return out;
}

/**
 * The party `text` mentions first (by acronym, name, unit or a directory alias), or null.
 * Acronyms match case-sensitively, names in any case.
 */
export function partyMentioned(
  text: string,
  parties: readonly PartyDocument[],
  directory: readonly StandardsBody[],
): string | null {
  let best: { at: number; acronym: string } | null = null;
  const consider = (needle: string, acronym: string, caseSensitive: boolean): void => {
    const at = indexOfWords(text, needle, caseSensitive);
    if (at >= 0 && (best === null || at < best.at)) best = { at, acronym };
  };
  for (const p of parties) {
    consider(p.acronym, p.acronym, true);
    consider(p.name, p.acronym, false);
    if (p.unit && p.unit.length > 3) consider(p.unit, p.acronym, false);
    const body = findStandardsBody(p.acronym, directory) ?? findStandardsBody(p.name, directory);
    if (body) {
      consider(body.acronym, p.acronym, true);
      consider(body.name, p.acronym, false);
      for (const a of body.aliases) consider(a, p.acronym, a.length <= 4);
      for (const u of body.units) {
        if (u.acronym && u.acronym.length >= 3) consider(u.acronym, p.acronym, true);
        consider(u.name, p.acronym, false);
      }
    }
  }
  return (best as { at: number; acronym: string } | null)?.acronym ?? null;
}
