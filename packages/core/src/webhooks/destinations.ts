import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promisify } from 'node:util';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be delivered. A subscription URL is chosen by its creator, so without a
 * check the registry could be made to POST to its own network (server-side request forgery):
 * loopback, private, link-local, carrier-grade NAT and other non-public addresses are refused,
 * at subscription time and again at every delivery (a name may resolve elsewhere later).
 */
export interface DestinationPolicy {
  /** Tests and development deliver to receivers on 127.0.0.1 / ::1. */
  allowLoopback: boolean;
}

export class DestinationRefused extends Error {}

/** ipaddr.js names every special-purpose range; only these are the public internet. */
const PUBLIC = new Set(['unicast']);

export function checkAddress(address: string, policy: DestinationPolicy): void {
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (PUBLIC.has(range)) return;
  if (range === 'loopback' && policy.allowLoopback) return;
  throw new DestinationRefused(`${address} is a ${range} address, not a public one`);
}

/** The URL's scheme and every address its host resolves to must be acceptable. */
export async function checkDestination(url: string, policy: DestinationPolicy): Promise<void> {
  if (!URL.canParse(url)) throw new DestinationRefused('is not a URL');
  const { protocol, hostname, username, password } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:') throw new DestinationRefused('must be an http(s) URL');
  if (username || password) throw new DestinationRefused('must not carry credentials');
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [host]
    : (await promisify(dnsLookup)(host, { all: true }).catch(() => [] as LookupAddress[])).map((a) => a.address);
  if (addresses.length === 0) throw new DestinationRefused(`${host} does not resolve`);
  for (const address of addresses) checkAddress(address, policy);
}

/**
 * A `lookup` for node:http that refuses a non-public answer, so the check holds for the address
 * actually connected to, not only the one seen when the subscription was made.
 */
export function guardedLookup(policy: DestinationPolicy): typeof dnsLookup {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      try {
        for (const { address } of addresses) checkAddress(address, policy);
      } catch (refused) {
        return callback(refused);
      }
      const all = (options as { all?: boolean }).all;
      if (all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as typeof dnsLookup;
}
