import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rules of docs/architecture.md are lint rules (eslint.config.js); these cases
 * show that each forbidden arrow fails the lint, and that the arrows the architecture allows pass.
 */

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function refused(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: file });
  return result!.messages.some((m) => /(^|\/)no-restricted-imports$/.test(m.ruleId ?? ''));
}

describe('dependency rules', () => {
  it.each([
    ['services/registry/src/probe.ts', `import { startContacts } from '@alliance/contacts';`],
    ['services/registry/src/probe.ts', `import { startContacts } from '../../contacts/src/app.js';`],
    ['services/contacts/src/probe.ts', `import { startRegistry } from '@alliance/registry';`],
    ['gateway/src/probe.ts', `import { startRegistry } from '../../services/registry/src/app.js';`],
    ['packages/document/src/probe.ts', `import { DataSource } from 'typeorm';`],
    ['packages/document/src/probe.ts', `import { badUserInput } from '@alliance/core';`],
    ['packages/core/src/probe.ts', `import { startRegistry } from '@alliance/registry';`],
    ['packages/cli/src/probe.ts', `import { createClient } from '@alliance/core';`],
    ['web/src/probe.ts', `import { parse } from '@alliance/document';`],
    ['packages/client/src/probe.ts', `import { badUserInput } from '@alliance/core';`],
    ['packages/client/src/probe.ts', `import { createHash } from 'node:crypto';`],
    ['services/registry/src/domain/probe.ts', `import { badUserInput } from '@alliance/core';`],
    ['services/registry/src/domain/probe.ts', `import { In } from 'typeorm';`],
    ['services/registry/src/domain/probe.ts', `import { writeRegister } from '../repositories/write.js';`],
    ['services/registry/src/resolvers/probe.ts', `import { registerPage } from '../repositories/filters.js';`],
    ['services/contacts/src/resolvers/probe.ts', `import { In } from 'typeorm';`],
    ['services/registry/src/resolvers/probe.ts', `import { startContacts } from '@alliance/contacts';`],
    ['services/contacts/src/domain/probe.ts', `import { startRegistry } from '@alliance/registry';`],
  ])('%s may not: %s', async (file, code) => {
    expect(await refused(file, code)).toBe(true);
  });

  it.each([
    ['services/registry/src/probe.ts', `import { parse } from '@alliance/document';`],
    ['services/contacts/src/probe.ts', `import { badUserInput } from '@alliance/core';`],
    ['packages/cli/src/probe.ts', `import { createClient } from '@alliance/client';`],
    ['web/src/probe.ts', `import { createClient } from '@alliance/client';`],
    ['gateway/src/probe.ts', `import { serve } from '@alliance/core';`],
    ['services/registry/src/domain/probe.ts', `import type { WorkRegister } from '../entities/index.js';`],
    ['services/registry/src/domain/probe.ts', `import { precisionOf } from '@alliance/document';`],
    ['services/registry/src/resolvers/probe.ts', `import type { RegisterFilter } from '../repositories/filters.js';`],
    ['services/registry/src/resolvers/probe.ts', `import { createRegister } from '../commands/registers.js';`],
  ])('%s may: %s', async (file, code) => {
    expect(await refused(file, code)).toBe(false);
  });
});
