import { readFile } from 'node:fs/promises';
import { readDocument } from '@alliance/document';
import { RegisterCountDocument, type AllianceClient } from '@alliance/client';
import { importDocument, type ImportResult } from './import.js';

/** The registry's first record: the MEF / DMTF Work Register, kept byte for byte. */
export const SEED_FILES = [new URL('../../../data/seeds/mef-dmtf-work-register.txt', import.meta.url)];

/**
 * Loads the seed registers through the public API, the same path `alliance import` takes, when
 * the registry holds no register yet (a first start). Returns what it imported.
 */
export async function seedIfEmpty(client: AllianceClient, files: readonly URL[] = SEED_FILES): Promise<ImportResult[]> {
  const { workRegisters } = await client.request(RegisterCountDocument);
  if (workRegisters.totalCount > 0) return [];
  const results: ImportResult[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const { register, provenance } = readDocument(text);
    results.push(await importDocument(client, register, text, { provenance }));
  }
  return results;
}
