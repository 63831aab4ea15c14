import type { ListWire } from './scan';

/** ListWire as text: its fields but the body as one JSON line, then the body itself (see app/api/domains/route.ts). */
export function wireToText(wire: ListWire): string {
  const { body, ...meta } = wire;
  return `${JSON.stringify(meta)}\n${body}`;
}

export function wireFromText(text: string): ListWire {
  const nl = text.indexOf('\n');
  const meta = JSON.parse(nl === -1 ? text : text.slice(0, nl)) as Omit<ListWire, 'body'>;
  if (meta.v !== 2 || !Array.isArray(meta.columns)) throw new Error('The domain list answer was not understood.');
  return { ...meta, body: nl === -1 ? '' : text.slice(nl + 1) };
}
