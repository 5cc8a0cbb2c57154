import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { variablesOf } from '@alliance/core';
import { environment as contactsEnvironment } from '@alliance/contacts';
import { environment as gatewayEnvironment } from '@alliance/gateway';
import { environment as registryEnvironment } from '@alliance/registry';
// @ts-expect-error: a plain ES module script without type declarations
import { composeSupergraph, SUPERGRAPH_PATH } from '../scripts/compose.mjs';
// @ts-expect-error: a plain ES module script without type declarations
import { EXAMPLES_PATH, explorerExamples } from '../scripts/explorer-examples.mjs';

describe('gateway/supergraph.graphql', () => {
  it('is what composing the two subgraph schemas gives today (run `npm run compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });
});

describe('gateway/explorer-examples.graphql', () => {
  it('holds the examples docs/ has today (run `npm run explorer` when this fails)', () => {
    expect(readFileSync(EXAMPLES_PATH, 'utf8')).toBe(explorerExamples());
  });
});

/** The variables each service reads, as its own src/config.ts declares them. */
const serviceEnvironment = {
  registry: registryEnvironment,
  contacts: contactsEnvironment,
  gateway: gatewayEnvironment,
};

describe('services/*/src/generated/resolvers.ts', () => {
  it('is what graphql-codegen makes of each subgraph schema today (run `npm run codegen` when this fails)', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const { default: config } = await import('../codegen.js');
    const root = fileURLToPath(new URL('..', import.meta.url));
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root }, false);
    expect(outputs.map((output) => output.filename).sort()).toEqual([
      'services/contacts/src/generated/resolvers.ts',
      'services/registry/src/generated/resolvers.ts',
    ]);
    for (const { filename, content } of outputs) {
      expect(readFileSync(new URL(`../${filename}`, import.meta.url), 'utf8'), filename).toBe(content);
    }
  });
});

describe('docs/operations.md', () => {
  it('documents every variable the services read', () => {
    const page = readFileSync(new URL('../docs/operations.md', import.meta.url), 'utf8');
    const variables = Object.values(serviceEnvironment).flatMap(variablesOf);
    expect(variables.filter((variable) => !page.includes(`| \`${variable}\``))).toEqual([]);
  });
});

/**
 * Docker cannot run on our machines, so the compose file is checked against the code: each
 * service sets only variables its configuration reads, every value passes that configuration's
 * validation, containers listen on all interfaces, and the ports, URLs and health checks agree.
 */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), { merge: true });
  const services = compose.services as Record<string, any>;
  const portVariable = { registry: 'REGISTRY_PORT', contacts: 'CONTACTS_PORT', gateway: 'GATEWAY_PORT' } as const;

  for (const name of ['registry', 'contacts', 'gateway'] as const) {
    describe(name, () => {
      const service = services[name];
      const env: Record<string, string> = service.environment;

      it('sets only variables the service reads, with valid values', () => {
        expect(Object.keys(env).filter((key) => !variablesOf(serviceEnvironment[name]).includes(key))).toEqual([]);
        expect(serviceEnvironment[name].safeParse(env).success).toBe(true);
      });

      it('listens on all interfaces on the port its health check probes', () => {
        expect(env.HOST).toBe('0.0.0.0');
        expect(service.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${env[portVariable[name]]}/health`);
      });

      it('runs its own entry point from the image', () => {
        const entry = { registry: 'services/registry', contacts: 'services/contacts', gateway: 'gateway' }[name];
        expect(service.command).toEqual(['node', `${entry}/dist/main.js`]);
        expect(service.build).toBe('.');
      });
    });
  }

  it('points the subgraphs at the compose PostgreSQL, one database with a schema per service', () => {
    const db = services.postgres.environment;
    for (const name of ['registry', 'contacts']) {
      const url = new URL(services[name].environment.DATABASE_URL);
      expect(url.hostname).toBe('postgres');
      expect(url.pathname).toBe(`/${db.POSTGRES_DB}`);
      expect(decodeURIComponent(url.username)).toBe(db.POSTGRES_USER);
      expect(services[name].depends_on.postgres.condition).toBe('service_healthy');
    }
  });

  it('points the gateway at the subgraphs by service name and port', () => {
    const gateway = services.gateway.environment;
    expect(gateway.REGISTRY_URL).toBe(`http://registry:${services.registry.environment.REGISTRY_PORT}/graphql`);
    expect(gateway.CONTACTS_URL).toBe(`http://contacts:${services.contacts.environment.CONTACTS_PORT}/graphql`);
    expect(services.gateway.ports).toContain(`${gateway.GATEWAY_PORT}:${gateway.GATEWAY_PORT}`);
    expect(services.gateway.depends_on).toEqual({
      registry: { condition: 'service_healthy' },
      contacts: { condition: 'service_healthy' },
    });
  });

  it('gives the subgraphs and the seed one signing secret, and points contacts at the gateway by service name', () => {
    const secrets = ['registry', 'contacts', 'seed'].map((name) => services[name].environment.AUTH_SECRET);
    expect(secrets[0]).toMatch(/^\$\{AUTH_SECRET:\?/);
    expect(new Set(secrets).size).toBe(1);
    expect(services.contacts.environment.GATEWAY_URL).toBe(
      `http://gateway:${services.gateway.environment.GATEWAY_PORT}/graphql`,
    );
    // The registry subgraph directly only for relaying contact events (/internal/events), never for reads.
    expect(services.contacts.environment.REGISTRY_URL).toBe(
      `http://registry:${services.registry.environment.REGISTRY_PORT}/graphql`,
    );
    expect(services.contacts.depends_on.registry.condition).toBe('service_healthy');
  });

  it('disables Apollo telemetry in the image and builds from node:22', () => {
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:22/m);
    expect(dockerfile).toContain('APOLLO_TELEMETRY_DISABLED=1');
  });

  it('builds the web app into the image, where the gateway finds it (web/dist)', () => {
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(dockerfile).toMatch(/^COPY web web$/m);
    expect(dockerfile).toMatch(/npm run build/);
    expect(packageJson.scripts.build).toContain('-w web');
    expect(services.gateway.environment.WEB_DIR).toBeUndefined();
  });
});
