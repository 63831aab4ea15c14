/**
 * /whois (outside /request/, same session): the public whois of a domain inside a normal DMAPI reply. Joker's WHMCS
 * module reads its `DNSSEC:` line to tell whether the delegation is signed. Sent as POST so the Auth-Sid does not
 * travel in a URL (the module uses GET; the server takes both).
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { bodyLines } from '../parse';
import { domainName } from '@/lib/schemas/domain';
import { READ } from './common';

export const publicWhoisSchema = z.object({ domain: domainName });
export type PublicWhoisInput = z.input<typeof publicWhoisSchema>;

export interface PublicWhois {
  /** The whois text without `%` comment lines. */
  lines: string[];
  /** By the first word of a line without its colon, as the WHMCS module keys them (repeats kept in order). */
  fields: Record<string, string[]>;
  /** `DNSSEC: signedDelegation`. */
  signed: boolean;
}

/** DMAPI `/whois?domain=…&disclaimer=0`. Not queued. */
export async function publicWhois(client: DmapiClient, input: PublicWhoisInput): Promise<PublicWhois> {
  const v = publicWhoisSchema.parse(input);
  const reply = await client.call('whois', { domain: v.domain, disclaimer: 0 }, { ...READ, root: true });
  const lines = bodyLines(reply.body).filter((l) => l.trim() !== '' && !l.startsWith('%'));
  const fields: Record<string, string[]> = {};
  for (const line of lines) {
    const space = line.indexOf(' ');
    const key = (space < 0 ? line : line.slice(0, space)).replace(/:$/, '');
    (fields[key] ??= []).push(space < 0 ? '' : line.slice(space + 1).trim());
  }
  return { lines, fields, signed: fields['DNSSEC']?.[0] === 'signedDelegation' };
}
