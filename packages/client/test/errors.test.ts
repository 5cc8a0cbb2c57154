import { describe, expect, it } from 'vitest';
import { AllianceError, GraphQLResponseError, HttpError, NetworkError } from '@alliance/client';

describe('AllianceError', () => {
  it('is the one class to catch: every error the client throws is one', () => {
    const errors = [
      new GraphQLResponseError([{ message: 'x', extensions: { code: 'NOT_FOUND' } }], null, 200),
      new HttpError('HTTP 502', 502, undefined),
      new NetworkError('http://127.0.0.1:9/graphql', new TypeError('fetch failed')),
    ];
    expect(errors.every((error) => error instanceof AllianceError && error instanceof Error)).toBe(true);
    expect(errors.map((error) => error.name)).toEqual(['GraphQLResponseError', 'HttpError', 'NetworkError']);
  });

  it('names each input field an error points at, by extensions.field or, for a value the schema refuses, by its message', () => {
    const error = new GraphQLResponseError(
      [
        { message: 'title must not be empty', extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } },
        {
          message: 'Variable "$input" got invalid value "May" at "input.review.dueBy"; Expected type "PartialDate".',
          extensions: { code: 'BAD_USER_INPUT' },
        },
        { message: 'No work register with id "x"', extensions: { code: 'NOT_FOUND' } },
      ],
      null,
      200,
    );
    expect(error.fieldErrors()).toEqual({
      'input.title': 'title must not be empty',
      'input.review.dueBy':
        'Variable "$input" got invalid value "May" at "input.review.dueBy"; Expected type "PartialDate".',
    });
    expect([error.code, error.field]).toEqual(['BAD_USER_INPUT', 'input.title']);
  });

  it('can be made by hand, with no errors behind it', () => {
    const error = new AllianceError('Nothing to save: no field differs from the register.');
    expect([error.code, error.path, error.field, error.errors, error.fieldErrors()]).toEqual([
      undefined,
      undefined,
      undefined,
      [],
      {},
    ]);
  });

  it('says why a connection failed: the cause behind "fetch failed", or a timeout', () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    expect(new NetworkError('http://127.0.0.1:9/graphql', refused).message).toBe(
      'cannot reach http://127.0.0.1:9/graphql: fetch failed (connect ECONNREFUSED 127.0.0.1:9)',
    );
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(new NetworkError('/graphql', timeout).message).toBe('cannot reach /graphql: no answer in time');
    expect(new NetworkError('/graphql', refused).cause).toBe(refused);
  });
});
