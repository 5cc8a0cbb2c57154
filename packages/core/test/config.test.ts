import { describe, expect, it } from 'vitest';
import { ConfigError, loadGatewayConfig } from '../src/config.js';

describe('gateway origins (EMBED_ORIGINS, CORS_ORIGINS)', () => {
  it('default to none: same origin only', () => {
    expect(loadGatewayConfig({}).web).toMatchObject({ embedOrigins: [], corsOrigins: [] });
  });

  it('read a comma-separated list of origins as browsers send them', () => {
    const { web } = loadGatewayConfig({ CORS_ORIGINS: ' https://Intranet.Example.org/, http://localhost:8080,* ' });
    expect(web?.corsOrigins).toEqual(['https://intranet.example.org', 'http://localhost:8080', '*']);
  });

  it.each(['intranet.example.org', 'https://example.org/dashboards', 'ftp://example.org', 'https://example.org?x=1'])(
    'refuse %s at start, naming the variable',
    (value) => {
      expect(() => loadGatewayConfig({ EMBED_ORIGINS: value })).toThrow(ConfigError);
      expect(() => loadGatewayConfig({ EMBED_ORIGINS: value })).toThrow(/EMBED_ORIGINS: .*is not an origin/);
    },
  );
});
