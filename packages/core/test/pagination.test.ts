import { describe, expect, it } from 'vitest';
import { encodeCursor, readConnectionArgs, toConnection } from '../src/pagination.js';

describe('readConnectionArgs', () => {
  it('defaults to the first 20', () => {
    expect(readConnectionArgs({}, 2)).toEqual({ limit: 20, cursor: null, backward: false });
  });

  it('reads a forward page after a cursor', () => {
    const after = encodeCursor(['MEF / DMTF Work Register', 'a1']);
    expect(readConnectionArgs({ first: 5, after }, 2)).toEqual({
      limit: 5,
      cursor: ['MEF / DMTF Work Register', 'a1'],
      backward: false,
    });
  });

  it('reads a backward page before a cursor', () => {
    const before = encodeCursor(['b', 'id']);
    expect(readConnectionArgs({ last: 3, before }, 2)).toEqual({ limit: 3, cursor: ['b', 'id'], backward: true });
  });

  it.each([
    [{ first: -1 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 1.5 }, 'first'],
    [{ last: 100000 }, 'last'],
    [{ first: 1, last: 1 }, 'last'],
    [{ after: 'x', before: 'y' }, 'before'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: encodeCursor(['only one key']) }, 'after'],
  ])('rejects %j as BAD_USER_INPUT on %s', (args, field) => {
    try {
      readConnectionArgs(args, 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c'].map((id) => ({ id }));
  const cursorOf = (row: { id: string }) => [row.id];
  const count = async () => 3;

  it('reports a next page when the extra row came back', () => {
    const connection = toConnection(rows, { limit: 2, cursor: null, backward: false }, cursorOf, count);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(connection.pageInfo.endCursor).toBe(encodeCursor(['b']));
  });

  it('puts a backward page back in order', () => {
    const descending = [...rows].reverse();
    const connection = toConnection(descending, { limit: 2, cursor: ['z'], backward: true }, cursorOf, count);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['b', 'c']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('counts lazily and once', async () => {
    let calls = 0;
    const connection = toConnection([], { limit: 2, cursor: null, backward: false }, cursorOf, async () => ++calls);
    expect(calls).toBe(0);
    await connection.totalCount();
    await connection.totalCount();
    expect(calls).toBe(1);
  });
});
