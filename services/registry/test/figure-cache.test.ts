import { describe, expect, it } from 'vitest';
import { FigureCache } from '../src/repositories/stats.js';

/** The figures kept per data version (dashboard figures and search matches), without a database. */
describe('FigureCache', () => {
  const counting = () => {
    const computed: string[] = [];
    const compute =
      (key: string, value = key.length) =>
      () => {
        computed.push(key);
        return Promise.resolve(value);
      };
    return { computed, compute };
  };

  it('computes a figure once a version, and anew when the version moves on', async () => {
    const cache = new FigureCache();
    const { computed, compute } = counting();
    expect(await cache.figure('1', 'cloud', compute('cloud', 5))).toBe(5);
    expect(await cache.figure('1', 'cloud', compute('cloud', 6))).toBe(5);
    expect(await cache.figure('2', 'cloud', compute('cloud', 7))).toBe(7);
    expect(computed).toEqual(['cloud', 'cloud']);
  });

  it('shares a computation still running, and does not keep one that failed', async () => {
    const cache = new FigureCache();
    let runs = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 5));
    expect(await Promise.all([cache.figure('1', 'a', slow), cache.figure('1', 'a', slow)])).toEqual([1, 1]);
    await expect(cache.figure('1', 'b', () => Promise.reject(new Error('database gone')))).rejects.toThrow();
    expect(await cache.figure('1', 'b', () => Promise.resolve(2))).toBe(2);
  });

  it('tells whether a figure is kept at a version, from the moment it is being computed', async () => {
    const cache = new FigureCache();
    expect(cache.has('1', 'cloud')).toBe(false);
    const computing = cache.figure('1', 'cloud', () => Promise.resolve(5));
    expect(cache.has('1', 'cloud')).toBe(true);
    await computing;
    expect(cache.has('2', 'cloud')).toBe(false);
    expect(cache.has('1', 'audit')).toBe(false);
  });

  it('keeps at most its limit of figures, dropping the one asked longest ago', async () => {
    const cache = new FigureCache(2);
    const { computed, compute } = counting();
    await cache.figure('1', 'a', compute('a'));
    await cache.figure('1', 'b', compute('b'));
    await cache.figure('1', 'a', compute('a')); // a hit: now b is the oldest asked
    await cache.figure('1', 'c', compute('c')); // b goes
    await cache.figure('1', 'a', compute('a'));
    await cache.figure('1', 'b', compute('b'));
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });
});
