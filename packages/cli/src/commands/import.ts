import { basename } from 'node:path';
import { createClient } from '@alliance/client';
import { importDocument, type ImportResult } from '../import.js';
import type { Output } from '../output.js';
import { parseFile } from './parse.js';

export interface ImportOptions {
  endpoint: string;
  token?: string;
  dryRun?: boolean;
}

const describe = (file: string, r: ImportResult, dryRun: boolean) => {
  const verb = { CREATED: 'created', REVISED: 'revised', UNCHANGED: 'unchanged' }[r.outcome];
  const contacts = `${r.contacts} point${r.contacts === 1 ? '' : 's'} of contact${r.contactsChanged ? ' updated' : ''}`;
  return `${basename(file)}: ${dryRun ? `would be ${verb}` : verb} ${r.slug} (revision ${r.revision}), ${contacts}`;
};

/** `alliance import FILE…`: each file through the gateway's API, a line per file, a summary. */
export async function importCommand(files: string[], options: ImportOptions, out: Output): Promise<number> {
  const client = createClient({ endpoint: options.endpoint, token: options.token });
  const dryRun = options.dryRun ?? false;
  const counts = { CREATED: 0, REVISED: 0, UNCHANGED: 0, failed: 0 };
  for (const file of files) {
    try {
      const { text, document, provenance } = await parseFile(file);
      const result = await importDocument(client, document, text, { dryRun, provenance });
      counts[result.outcome] += 1;
      out.progress(describe(file, result, dryRun));
    } catch (error) {
      counts.failed += 1;
      const message = (error as Error).message;
      out.error(message.startsWith(file) ? message : `${file}: ${message}`);
    }
  }
  const total = `${files.length} file${files.length === 1 ? '' : 's'}`;
  out.progress(
    `${dryRun ? 'Dry run, nothing kept: ' : ''}${total}: ${counts.CREATED} created, ${counts.REVISED} revised, ` +
      `${counts.UNCHANGED} unchanged, ${counts.failed} failed`,
  );
  return counts.failed > 0 ? 1 : 0;
}
