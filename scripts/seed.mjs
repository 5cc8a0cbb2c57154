#!/usr/bin/env node
// Loads the seed register through a running gateway when the registry is empty
// (docker-compose's one-shot `seed` service; `npm start` does the same itself).
import { createClient } from '@alliance/client';
import { seedIfEmpty, seedToken } from '@alliance/cli';

const endpoint = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
// Signs in as an admin with the services' AUTH_SECRET, as `alliance token` would.
const seeded = await seedIfEmpty(createClient({ endpoint, token: await seedToken() }));
console.log(
  seeded.length
    ? seeded.map((r) => `seeded ${r.slug}`).join('\n')
    : 'registry already holds registers; nothing to seed',
);
