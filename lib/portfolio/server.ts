import 'server-only';
import { type DmapiClient, header } from '@/lib/dmapi';
import { toUnicodeDomain } from '@/lib/net/idn';
import { type ListWire, scanDomainList } from './scan';
import type { PortfolioPayload } from './types';
import { metaLine, trailerLine } from './wire-text';

const DEFAULT_COLUMNS = 'domain,expiration_date,domain_status,own_role,invitation_possible,number_of_confirmed_grants,pending_invitations,privacy-status,privacy-origin,privacy-expiration';

/** The Unicode form of every IDN in the body, found by scanning for `xn--` rather than visiting each row. */
function idnNames(body: string, separator: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = body.indexOf('xn--');
  while (at !== -1) {
    const lineStart = body.lastIndexOf('\n', at) + 1;
    let nameEnd = body.indexOf(separator, lineStart);
    const lineEnd = body.indexOf('\n', at);
    if (nameEnd === -1 || (lineEnd !== -1 && nameEnd > lineEnd)) nameEnd = lineEnd === -1 ? body.length : lineEnd;
    if (at < nameEnd) {
      const name = body.slice(lineStart, nameEnd).trim();
      out[name] ??= toUnicodeDomain(name);
    }
    if (lineEnd === -1) break;
    at = body.indexOf('xn--', lineEnd);
  }
  return out;
}

/**
 * Collects the Unicode names of the IDNs in a body that passes through in chunks (the streamed list route). It looks
 * for `xn--` in the bytes and decodes only the lines around a hit, so a 100,000-row body without IDNs costs almost
 * nothing; the last partial line of a chunk waits for the next one.
 */
export class IdnCollector {
  readonly #separator: string;
  #carry: Buffer = Buffer.alloc(0);
  readonly names: Record<string, string> = {};

  constructor(separator: 'TAB' | 'SPACE') {
    this.#separator = separator === 'TAB' ? '\t' : ' ';
  }

  push(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const buf = this.#carry.length > 0 ? Buffer.concat([this.#carry, bytes]) : bytes;
    const lastNl = buf.lastIndexOf(10);
    if (lastNl === -1) {
      this.#carry = Buffer.from(buf);
      return;
    }
    this.#scan(buf.subarray(0, lastNl));
    // Copied: the chunk's memory belongs to the stream and is handed on to the browser.
    this.#carry = Buffer.from(buf.subarray(lastNl + 1));
  }

  finish(): Record<string, string> {
    this.#scan(this.#carry);
    this.#carry = Buffer.alloc(0);
    return this.names;
  }

  #scan(bytes: Buffer): void {
    if (bytes.indexOf('xn--') === -1) return;
    Object.assign(this.names, idnNames(bytes.toString('utf8'), this.#separator));
  }
}

const BATCH_BYTES = 256 * 1024;
const LIST_FLAGS = { showstatus: 1, showgrants: 1, showprivacy: 1 } as const;

/**
 * The list route's answer as a stream: the metadata line, the DMAPI body as it arrives (never held whole or copied),
 * and the trailer with the IDNs' Unicode names (lib/portfolio/wire-text.ts).
 */
export async function streamListWire(client: DmapiClient, at = Date.now()): Promise<ReadableStream<Uint8Array>> {
  const reply = await client.stream('query-domain-list', LIST_FLAGS, { idempotent: true });
  const separator = (header(reply, 'Separator') ?? 'SPACE').toUpperCase() === 'TAB' ? 'TAB' : 'SPACE';
  const columns = (header(reply, 'Columns') ?? DEFAULT_COLUMNS).split(',');
  const encoder = new TextEncoder();
  const idn = new IdnCollector(separator);
  const upstream = reply.stream.getReader();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(metaLine({ v: 2, at, columns, separator })));
    },
    async pull(controller) {
      // Hand on at least ~256 KiB at a time: each enqueued chunk is one write through Next's response pipe, and
      // fetch delivers the DMAPI body in much smaller pieces.
      const batch: Uint8Array[] = [];
      let size = 0;
      while (size < BATCH_BYTES) {
        const next = await upstream.read();
        if (next.done) {
          if (size > 0) controller.enqueue(Buffer.concat(batch, size));
          controller.enqueue(encoder.encode(trailerLine(idn.finish())));
          controller.close();
          return;
        }
        idn.push(next.value);
        batch.push(next.value);
        size += next.value.byteLength;
      }
      controller.enqueue(Buffer.concat(batch, size));
    },
    cancel(reason) {
      return upstream.cancel(reason);
    },
  });
}

/** DMAPI `query-domain-list` with showstatus, showgrants and showprivacy, as the list route sends it. */
export async function loadListWire(client: DmapiClient, at = Date.now()): Promise<ListWire> {
  const reply = await client.call('query-domain-list', LIST_FLAGS, { idempotent: true });
  const separator = (header(reply, 'Separator') ?? 'SPACE').toUpperCase() === 'TAB' ? 'TAB' : 'SPACE';
  return {
    v: 2,
    at,
    columns: (header(reply, 'Columns') ?? DEFAULT_COLUMNS).split(','),
    separator,
    unicode: idnNames(reply.body, separator === 'TAB' ? '\t' : ' '),
    body: reply.body,
  };
}

/** The same portfolio as columns, for server-side figures and bulk selections. */
export async function loadPortfolio(client: DmapiClient): Promise<PortfolioPayload> {
  return scanDomainList(await loadListWire(client));
}
