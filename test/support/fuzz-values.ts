import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/**
 * fast-check arbitraries for the bad input of issue 14: values shaped by a GraphQL input type but
 * often wrong (the wrong type, null where it is required, unknown enum values, huge or invalid
 * strings, extra fields), and edits of a document's text. Shared by the gateway fuzz test.
 */

/** Values a client might send where they make sense: real ids, slugs, acronyms, dates. */
export interface Known {
  ids: string[];
  strings: string[];
}

const big = fc.integer({ min: 5_000, max: 200_000 });

/** A long string: one character repeated, or a random run repeated, up to 200 KB. */
export const hugeString = fc.oneof(
  fc.tuple(big, fc.string({ minLength: 1, maxLength: 1 })).map(([n, c]) => c.repeat(n)),
  fc
    .tuple(fc.integer({ min: 50, max: 4_000 }), fc.string({ minLength: 1, maxLength: 50 }))
    .map(([n, s]) => s.repeat(n)),
);

/** Strings of any code point, lone surrogates included (JSON.stringify escapes them). */
export const anyString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFFFD',
    '\uD800',
    'null',
    'undefined',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
  ),
);

const anyNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e21, -1e21, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, for a variable of the wrong type. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  anyNumber,
  fc.boolean(),
  anyString,
  fc.constant({}),
  fc.constant([]),
  fc.jsonValue({ maxDepth: 3 }),
);

const dateLike = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '99999-01-01',
    '2026',
    '2026-05',
    'Q3 2026',
    'H1 2027',
    'soon',
  ),
  fc.tuple(fc.integer({ min: -10_000, max: 100_000 }), fc.integer({ min: -5, max: 20 })).map(([y, m]) => `${y}-${m}`),
);

function scalar(name: string, known: Known): fc.Arbitrary<unknown> {
  const realString = known.strings.length > 0 ? fc.constantFrom(...known.strings) : fc.constant('MEF');
  switch (name) {
    case 'Int':
      return anyNumber;
    case 'Float':
      return anyNumber;
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(
        { weight: 4, arbitrary: known.ids.length > 0 ? fc.constantFrom(...known.ids) : fc.constant('1') },
        { weight: 1, arbitrary: anyString },
        { weight: 1, arbitrary: fc.integer().map(String) },
      );
    case 'Date':
    case 'DateTime':
    case 'PartialDate':
      return dateLike;
    case 'JSON':
      return fc.jsonValue({ maxDepth: 4 });
    default:
      return fc.oneof(
        { weight: 3, arbitrary: realString },
        { weight: 3, arbitrary: anyString },
        { weight: 1, arbitrary: hugeString },
        { weight: 1, arbitrary: fc.emailAddress() },
        { weight: 1, arbitrary: fc.webUrl() },
      );
  }
}

/**
 * A value for `type`: mostly of the right shape with random leaves, one time in eight of a
 * wrong type, sometimes null where null is not allowed; input objects sometimes lack required
 * fields or carry unknown ones. `depth` bounds recursive input types.
 */
export function valueFor(type: GraphQLInputType, known: Known, depth = 4): fc.Arbitrary<unknown> {
  const right = rightValueFor(type, known, depth);
  return fc.oneof({ weight: 7, arbitrary: right }, { weight: 1, arbitrary: wrongValue });
}

function rightValueFor(type: GraphQLInputType, known: Known, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 12, arbitrary: valueFor(type.ofType, known, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (depth <= 0) return fc.constant(null);
  if (isListType(type)) {
    const item = valueFor(type.ofType as GraphQLInputType, known, depth - 1);
    return fc.oneof(
      fc.array(item, { maxLength: 4 }),
      item,
      fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.constantFrom(...known.strings, 'x')), {
        minLength: 50,
        maxLength: 300,
      }),
    );
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constantFrom(...names).map((n) => n.toLowerCase()) },
      { weight: 1, arbitrary: fc.stringMatching(/^[A-Z_]{1,20}$/) },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) model[field.name] = valueFor(field.type, known, depth - 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc
      .tuple(
        fc.oneof(
          { weight: 5, arbitrary: fc.record(model, { requiredKeys: required }) },
          { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
        ),
        fc.option(fc.tuple(fc.stringMatching(/^[a-zA-Z_]{1,12}$/), wrongValue), { freq: 6 }),
      )
      .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
  }
  if (isScalarType(type)) return scalar(type.name, known);
  return scalar(getNamedType(type).name, known);
}

/** Pieces of GraphQL syntax, for edits that break a document in plausible ways. */
const syntax = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ':',
    '$',
    '!',
    '...',
    '@',
    '"',
    '"""',
    '\\',
    '#',
    '\n',
    '=',
    ',',
    '|',
    '&',
  ),
  fc.constantFrom(
    'query',
    'mutation',
    'subscription',
    'fragment',
    'on',
    '__typename',
    '__schema',
    'null',
    'true',
    '@skip(if: true)',
    '@include(if: $x)',
  ),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/),
  fc.integer().map(String),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

type Edit = (text: string) => string;

const at = (text: string, f: number) => Math.floor(f * (text.length + 1));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // delete a run
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([f, n]) =>
      (t: string) =>
        t.slice(0, at(t, f)) + t.slice(at(t, f) + n),
  ),
  // insert syntax
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), syntax).map(
    ([f, s]) =>
      (t: string) =>
        t.slice(0, at(t, f)) + s + t.slice(at(t, f)),
  ),
  // duplicate a slice
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 2, max: 30 }),
    )
    .map(([f, n, times]) => (t: string) => {
      const i = at(t, f);
      return t.slice(0, i) + t.slice(i, i + n).repeat(times) + t.slice(i);
    }),
  // truncate
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (t: string) => t.slice(0, at(t, f))),
  // replace one word by another of the document or by syntax
  fc.tuple(fc.nat(), syntax).map(([n, s]) => (t: string) => {
    const words = [...t.matchAll(/[A-Za-z_]\w*/g)];
    if (words.length === 0) return t;
    const w = words[n % words.length]!;
    return t.slice(0, w.index) + s + t.slice(w.index! + w[0].length);
  }),
);

/** A document's text after one to six random edits. */
export const mutatedText = (texts: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => edits.reduce((t, e) => e(t), text));
