import { collapse, stripMarkdown } from './text.js';

function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The register's slug: the organizations part of its title in lower case with dashes.
 * "MEF / DMTF Work Register" -> "mef-dmtf"; "OASIS SAF TC / DMTF CMWG Work Register" ->
 * "oasis-saf-tc-dmtf-cmwg"; "SNIA / DMTF Work Register Addendum 2" -> "snia-dmtf-addendum-2".
 */
export function registerSlug(title: string): string {
  const t = collapse(stripMarkdown(title));
  const m = /\bwork[\s-]*register\b/i.exec(t);
  let names = m ? t.slice(0, m.index) : t;
  const after = m ? t.slice(m.index + m[0].length) : '';
  let addendum: string | null = null;
  const lead =
    /^\s*(?:\w+\s+)?addendum((?:\s+(?:no\.?\s*)?[\w.]+)?)\s*(?:[:,–—-]\s*)?(?:to|for|of)\s+(?:the\s+)?/i.exec(names);
  if (lead) {
    names = names.slice(lead[0].length);
    addendum = lead[1] ?? '';
  } else {
    const a = /\baddendum\b(.*)$/i.exec(after) ?? /\baddendum\b(.*)$/i.exec(names);
    if (a) {
      addendum = a[1] ?? '';
      if (!m) names = names.slice(0, a.index);
    }
  }
  if (slugify(names) === '' && m) {
    names = after.replace(/\baddendum\b.*$/i, '').replace(/^\s*[:–—-]?\s*(?:for|of|between)?\s*(?:the\s+)?/i, '');
    if (addendum === null && /\baddendum\b/i.test(after)) addendum = /\baddendum\b(.*)$/i.exec(after)?.[1] ?? '';
  }
  // "TCG and DMTF Work Register" is the same alliance as "TCG / DMTF Work Register": the word
  // joining the organizations is no part of the slug (unless other separators do the joining,
  // as in "Institute of Electrical and Electronics Engineers / DMTF").
  if (!/\s[/–—-]\s|\S\/\S/.test(names)) names = names.replace(/\s+(?:and|&)\s+/gi, ' ');
  const base = slugify(names) || slugify(t);
  if (addendum === null) return base;
  const extra = slugify(addendum.replace(/\b(?:version|v)\s*[\d.]+$/i, ''));
  return `${base}-addendum${extra ? `-${extra}` : ''}`;
}
