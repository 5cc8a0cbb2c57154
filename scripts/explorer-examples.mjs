#!/usr/bin/env node
// Writes gateway/explorer-examples.graphql: the GraphQL examples of docs/queries.md and
// docs/schema.md, which the explorer (GET /graphql in a browser) opens as one tab per page.
// The docs are not in the Docker image, so the gateway reads this committed file instead;
// `npm run explorer` rewrites it and the test suite fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';

const root = new URL('../', import.meta.url);

export const EXAMPLES_PATH = new URL('gateway/explorer-examples.graphql', root);
export const SOURCES = ['docs/queries.md', 'docs/schema.md'];

/** `Which alliances does DMTF have, and with whom?` → `WhichAlliancesDoesDMTFHaveAndWithWhom`. */
const operationName = (title) =>
  title
    .replace(/^\d+\.\s*/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** The ```graphql blocks of a Markdown page, each with the heading it stands under. */
function examples(markdown) {
  const found = [];
  let heading = '';
  let block = null;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (line === '```') {
        found.push({ heading, text: block.join('\n') });
        block = null;
      } else block.push(line);
    } else if (line === '```graphql') block = [];
    else if (/^#{1,3} /.test(line)) heading = line.replace(/^#+ /, '');
  }
  return found;
}

/** An anonymous `{ … }` gets a name from its heading, so the explorer can tell operations apart. */
const named = ({ heading, text }) => (text.startsWith('{') ? `query ${operationName(heading)} ${text}` : text);

const HOW_TO =
  '# Run one: put the cursor in it and press Ctrl-Enter. Personal emails and writes need a token:\n' +
  '# Headers → {"authorization": "Bearer …"} with one from `npm run cli -- token` (docs/identity.md).\n';

/** The file: a comment, then per page a `# tab: …` line and its named operations. */
export function explorerExamples() {
  const tabs = SOURCES.map((source) => {
    const markdown = readFileSync(new URL(source, root), 'utf8');
    const title = markdown.match(/^# (.+)$/m)?.[1] ?? source;
    const operations = examples(markdown).map((example) => `# ${example.heading}\n${named(example)}`);
    return `# tab: ${source}: ${title}\n${HOW_TO}\n${operations.join('\n\n')}\n`;
  });
  const file =
    '# The explorer’s examples (GET /graphql in a browser), one tab per page of docs/. Generated from\n' +
    `# ${SOURCES.join(' and ')} by \`npm run explorer\`; a test fails when this file is stale.\n\n` +
    tabs.join('\n');
  // Every operation must parse and have a name of its own, or the explorer would show errors.
  const names = parse(file).definitions.map((definition) => definition.name?.value);
  const repeated = names.filter((name, i) => !name || names.indexOf(name) !== i);
  if (repeated.length) throw new Error(`explorer examples: unnamed or repeated operations: ${repeated.join(', ')}`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(EXAMPLES_PATH, explorerExamples());
  console.log('wrote gateway/explorer-examples.graphql');
}
