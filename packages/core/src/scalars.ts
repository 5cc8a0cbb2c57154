import { isMatch } from 'date-fns';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * ISO 8601 scalars. Values travel as strings both ways; the scalars only guarantee the shape,
 * so a client can rely on `2012-04-25` and never sees a JavaScript Date's time zone.
 */

const PARTIAL_FORMATS: [RegExp, string | null][] = [
  [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd'],
  [/^\d{4}-\d{2}$/, 'yyyy-MM'],
  [/^\d{4}-Q[1-4]$/, null],
  // The vague dates of documents: a third of the year (mid-2013) and a half (H1 2013).
  [/^\d{4}-(?:early|mid|late)$/, null],
  [/^\d{4}-H[12]$/, null],
  [/^\d{4}$/, null],
];

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd');

export const isPartialDate = (value: string) =>
  PARTIAL_FORMATS.some(([shape, format]) => shape.test(value) && (format === null || isMatch(value, format)));

export const isIsoDateTime = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));

function stringScalar(name: string, description: string, valid: (value: string) => boolean, example: string) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value)) {
      throw new GraphQLError(`${name} must be an ISO 8601 string like "${example}", got ${JSON.stringify(value)}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => (value instanceof Date ? value.toISOString() : check(value)),
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const DateScalar = stringScalar('Date', 'A calendar date, ISO 8601: 2012-04-25.', isIsoDate, '2012-04-25');

export const PartialDateScalar = stringScalar(
  'PartialDate',
  'A date at day, month, quarter, third-of-year, half-year or year precision: 2012-04-25, 2013-05, 2011-Q3, 2013-mid, 2013-H1, 2012.',
  isPartialDate,
  '2013-05',
);

export const DateTimeScalar = stringScalar(
  'DateTime',
  'An instant, ISO 8601 with offset: 2026-11-24T09:30:00.000Z.',
  isIsoDateTime,
  '2026-11-24T09:30:00.000Z',
);

/** Any JSON value, output only: the before and after of a field change in a revision's diff. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value: string, number, boolean, list or object.',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSON is an output type only');
  },
});

export const scalarResolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
};
