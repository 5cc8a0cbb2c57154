#!/usr/bin/env node
import { Command, Option } from 'commander';
import { consoleOutput } from './output.js';
import type { TokenOptions } from './token.js';

// Each command loads its own code when it runs, so `alliance parse` reads its file without
// first loading what import, export and token need.

// Under `npm run cli`, npm runs this from the project root; file arguments are relative to
// where the user typed the command.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const endpoint = () =>
  new Option('--endpoint <url>', 'GraphQL endpoint of the gateway')
    .env('ALLIANCE_ENDPOINT')
    .default('http://127.0.0.1:4000/graphql');
const token = () => new Option('--token <token>', 'bearer token for the API').env('ALLIANCE_TOKEN');

/** Runs a command and sets the exit code; an unexpected failure is one line, not a stack trace. */
const run =
  <A extends unknown[]>(command: (...args: A) => Promise<number>) =>
  async (...args: A) => {
    try {
      process.exitCode = await command(...args);
    } catch (error) {
      consoleOutput.error((error as Error).message);
      process.exitCode = 1;
    }
  };

const program = new Command('alliance')
  .description('Read Work Register documents, import them into Alliance Registry, and export them back.')
  .showHelpAfterError();

program
  .command('parse')
  .description('print the structured register of each file as JSON (the import shape), with findings; no server needed')
  .argument('<files...>', 'register documents: .txt, .md, .docx or .pdf')
  .option('--now <date>', 'the date findings such as REVIEW_OVERDUE are judged against (default: today)')
  .option('--explain', 'print each field beside the numbered source lines it was read from, for people')
  .action(
    run(async (files: string[], options: { now?: string; explain?: boolean }) =>
      (await import('./commands/parse.js')).parseCommand(files, options, consoleOutput),
    ),
  );

program
  .command('import')
  .description('import each file through the gateway; importing the same document twice changes nothing')
  .argument('<files...>', 'register documents: .txt, .md, .docx or .pdf')
  .addOption(endpoint())
  .addOption(token())
  .option('--dry-run', 'validate against the server and report what would change, keeping nothing')
  .action(
    run(async (files: string[], options: { endpoint: string; token?: string; dryRun?: boolean }) =>
      (await import('./commands/import.js')).importCommand(files, options, consoleOutput),
    ),
  );

program
  .command('token')
  .description('mint a development token from the configured secret (AUTH_SECRET or DATA_DIR/auth-secret)')
  .requiredOption('--sub <subject>', 'who the token names (the subject claim)')
  .option('--name <name>', 'display name recorded with every change')
  .option(
    '--role <role>',
    'admin, editor:<ACRONYM> or member:<ACRONYM>; repeat for several',
    (role: string, roles: string[]) => [...roles, role],
    [] as string[],
  )
  .option('--ttl <duration>', 'lifetime: 30m, 8h, 7d', '8h')
  .action(
    run(async (options: TokenOptions) => {
      const { developmentToken } = await import('./token.js');
      consoleOutput.print(await developmentToken(options));
      return 0;
    }),
  );

program
  .command('export')
  .description('write registers back out as documents')
  .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json', 'text']).default('markdown'))
  .option('--slug <slug>', 'only this register (default: all)')
  .option('--out <dir>', 'write one file per register into this directory (default: stdout)')
  .addOption(endpoint())
  .addOption(token())
  .action(
    run(async (options: { endpoint: string; token?: string; format: string; slug?: string; out?: string }) =>
      (await import('./commands/export.js')).exportCommand(options, consoleOutput),
    ),
  );

await program.parseAsync();
