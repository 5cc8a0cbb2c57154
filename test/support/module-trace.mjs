// Loaded with `node --import`: writes every module URL the process resolves to stderr, one
// `resolved <url>` line each, so a test can see what a command loads.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      process.stderr.write('resolved ' + result.url + '\\n');
      return result;
    }`),
);
