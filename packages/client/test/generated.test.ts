import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/generated/graphql.ts', () => {
  it('is what graphql-codegen makes of src/operations and the supergraph today (run `npm run codegen -w packages/client` when this fails)', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const { default: config, GENERATED } = await import('../codegen.js');
    const outputs: { filename: string; content: string }[] = await generate(config, false);
    expect(outputs.map((output) => output.filename)).toEqual([GENERATED]);
    expect(readFileSync(GENERATED, 'utf8')).toBe(outputs[0]!.content);
  });
});
