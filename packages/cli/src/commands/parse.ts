import {
  type FieldSource,
  ExportedRegisterError,
  looksStructured,
  NotAWorkRegisterError,
  readDocument,
  readExportedRegister,
  type UnplacedText,
  type WorkRegisterDocument,
} from '@alliance/document';
import { explain } from '../explain.js';
import { readDocumentText } from '../read-file.js';
import type { Output } from '../output.js';

export interface ParseOptions {
  now?: string;
  /** Print each field beside the source lines it was read from, for people, instead of JSON. */
  explain?: boolean;
}

/** A parsed file: its text as the reader got it, the register, what was left over, and where each field came from. */
export interface ParsedFile {
  text: string;
  document: WorkRegisterDocument;
  unplaced: UnplacedText[];
  /** Empty for a JSON file, which is taken as the register it is, not read from lines. */
  provenance: FieldSource[];
}

/**
 * Reads and parses one file; names the file in any error. A JSON file (what `alliance export
 * --format json` writes) is taken as the structured register it is, not read as prose.
 */
export async function parseFile(file: string, now?: Date): Promise<ParsedFile> {
  let text: string;
  try {
    text = await readDocumentText(file);
  } catch (error) {
    throw new Error(`${file}: cannot read it (${(error as Error).message})`);
  }
  try {
    if (looksStructured(text)) return { text, document: readExportedRegister(text), unplaced: [], provenance: [] };
    const { register, unplaced, provenance } = readDocument(text, now ? { now } : {});
    return { text, document: register, unplaced, provenance };
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

/** What `alliance parse` prints of one file: the register, then `provenance` and `unplaced` when there are any. */
type Printed = WorkRegisterDocument & { provenance?: FieldSource[]; unplaced?: UnplacedText[] };

function printed({ document, provenance, unplaced }: ParsedFile): Printed {
  return {
    ...document,
    ...(provenance.length > 0 ? { provenance } : {}),
    ...(unplaced.length > 0 ? { unplaced } : {}),
  };
}

/**
 * `alliance parse FILE…`: the structured register(s) as JSON, findings included, with
 * `provenance` (the source lines of each field) for a document read from text, and `unplaced` (the
 * document's text the reader put in no field and no section) only when there is some; both are
 * fields of the import mutation's input, so the output is the import shape. With `--explain`,
 * each field beside its numbered source lines, for people.
 */
export async function parseCommand(files: string[], options: ParseOptions, out: Output): Promise<number> {
  const now = readNow(options.now);
  const documents: Printed[] = [];
  const explained: string[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const parsed = await parseFile(file, now);
      if (options.explain) explained.push(explain(file, parsed));
      else documents.push(printed(parsed));
    } catch (error) {
      out.error((error as Error).message);
      failed = true;
    }
  }
  if (failed) return 1;
  if (options.explain) out.print(explained.join('\n\n'));
  else out.print(JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2));
  return 0;
}
