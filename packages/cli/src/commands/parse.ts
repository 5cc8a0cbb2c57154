import {
  ExportedRegisterError,
  looksStructured,
  NotAWorkRegisterError,
  readDocument,
  readExportedRegister,
  type UnplacedText,
  type WorkRegisterDocument,
} from '@alliance/document';
import { readDocumentText } from '../read-file.js';
import type { Output } from '../output.js';

export interface ParseOptions {
  now?: string;
}

/**
 * Reads and parses one file; names the file in any error. A JSON file (what `alliance export
 * --format json` writes) is taken as the structured register it is, not read as prose.
 */
export async function parseFile(
  file: string,
  now?: Date,
): Promise<{ text: string; document: WorkRegisterDocument; unplaced: UnplacedText[] }> {
  let text: string;
  try {
    text = await readDocumentText(file);
  } catch (error) {
    throw new Error(`${file}: cannot read it (${(error as Error).message})`);
  }
  try {
    if (looksStructured(text)) return { text, document: readExportedRegister(text), unplaced: [] };
    const { register, unplaced } = readDocument(text, now ? { now } : {});
    return { text, document: register, unplaced };
  } catch (error) {
    if (error instanceof NotAWorkRegisterError || error instanceof ExportedRegisterError) {
      throw new Error(`${file}: ${error.message}`);
    }
    throw error;
  }
}

export function readNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new Error(`--now must be an ISO date like 2026-11-24, got "${value}"`);
  }
  return date;
}

/**
 * `alliance parse FILE…`: the structured register(s) as JSON, findings included; `unplaced` (the
 * document's text the reader put in no field and no section) only when there is some, so the output
 * of a register read whole is exactly the import shape.
 */
export async function parseCommand(files: string[], options: ParseOptions, out: Output): Promise<number> {
  const now = readNow(options.now);
  const documents: (WorkRegisterDocument & { unplaced?: UnplacedText[] })[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const { document, unplaced } = await parseFile(file, now);
      documents.push(unplaced.length > 0 ? { ...document, unplaced } : document);
    } catch (error) {
      out.error((error as Error).message);
      failed = true;
    }
  }
  if (failed) return 1;
  out.print(JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2));
  return 0;
}
