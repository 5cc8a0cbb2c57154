import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatRegister, type ExportFormat } from '@alliance/document';
import { createClient } from '@alliance/client';
import { fetchDocuments } from '../export.js';
import type { Output } from '../output.js';

export interface ExportOptions {
  endpoint: string;
  token?: string;
  format: string;
  slug?: string;
  out?: string;
}

const FORMATS: Record<string, { format: ExportFormat | 'json'; extension: string }> = {
  markdown: { format: 'markdown', extension: 'md' },
  text: { format: 'text', extension: 'txt' },
  json: { format: 'json', extension: 'json' },
};

/**
 * `alliance export`: registers back out as documents. Text reads back through `parse` to the
 * same structure; Markdown is the same document for people; JSON is the parse/import shape.
 * With --out, one file per register (<slug>.<ext>); otherwise all to stdout.
 */
export async function exportCommand(options: ExportOptions, out: Output): Promise<number> {
  const chosen = FORMATS[options.format];
  if (!chosen) {
    out.error(`--format must be one of ${Object.keys(FORMATS).join(', ')}, got "${options.format}"`);
    return 2;
  }
  const documents = await fetchDocuments(
    createClient({ endpoint: options.endpoint, token: options.token }),
    options.slug,
  );
  const render = (document: (typeof documents)[number]['document']) =>
    chosen.format === 'json' ? JSON.stringify(document, null, 2) : formatRegister(document, chosen.format);

  if (options.out) {
    await mkdir(options.out, { recursive: true });
    for (const { slug, document } of documents) {
      const path = join(options.out, `${slug}.${chosen.extension}`);
      await writeFile(path, `${render(document)}\n`);
      out.progress(`wrote ${path}`);
    }
    out.progress(`${documents.length} register${documents.length === 1 ? '' : 's'} exported`);
  } else if (chosen.format === 'json') {
    out.print(JSON.stringify(options.slug ? documents[0]!.document : documents.map((d) => d.document), null, 2));
  } else {
    out.print(documents.map((d) => render(d.document)).join(`\n\n${'='.repeat(72)}\n\n`));
  }
  return 0;
}
