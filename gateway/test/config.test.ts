import { describe, expect, it } from 'vitest';
import { ConfigError } from '@alliance/core';
import { loadConfig as loadWith } from '../src/config.js';

/** The gateway verifies tokens, so it needs a way to; the rest is what each test sets. */
const loadConfig = (env: NodeJS.ProcessEnv) => loadWith({ AUTH_SECRET: 'a'.repeat(32), ...env });

describe('gateway origins (EMBED_ORIGINS, CORS_ORIGINS)', () => {
  it('default to none: same origin only', () => {
    expect(loadConfig({}).web).toMatchObject({ embedOrigins: [], corsOrigins: [] });
  });

  it('read a comma-separated list of origins as browsers send them', () => {
    const { web } = loadConfig({ CORS_ORIGINS: ' https://Intranet.Example.org/, http://localhost:8080,* ' });
    expect(web?.corsOrigins).toEqual(['https://intranet.example.org', 'http://localhost:8080', '*']);
  });

  it.each(['intranet.example.org', 'https://example.org/dashboards', 'ftp://example.org', 'https://example.org?x=1'])(
    'refuse %s at start, naming the variable',
    (value) => {
      expect(() => loadConfig({ EMBED_ORIGINS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ EMBED_ORIGINS: value })).toThrow(/EMBED_ORIGINS: .*is not an origin/);
    },
  );
});
