import 'server-only';
import { type DmapiClient, header } from '@/lib/dmapi';
import type { ListWire } from './scan';
import { idnNames, LIST_FLAGS } from './server';

/** Parallel single-name reads at a time: a patch must not look like a burst to the DMAPI. */
const AT_ONCE = 5;

/** Where the line of `name` sits in the body: [start, end) without its newline, or undefined. */
export function lineOf(body: string, name: string, separator: string): [number, number] | undefined {
  let start = 0;
  if (!(body.startsWith(`${name}${separator}`) || body.startsWith(`${name}\n`) || body === name)) {
    let at = body.indexOf(`\n${name}${separator}`);
    if (at === -1) at = body.indexOf(`\n${name}\n`);
    if (at === -1) return undefined;
    start = at + 1;
  }
  const nl = body.indexOf('\n', start);
  return [start, nl === -1 ? body.length : nl];
}

/**
 * The list with the rows of `names` read again: one `query-domain-list` with the name as pattern each (a name has no
 * glob characters, so it matches itself). A row that is gone is removed, a new one appended. Throws when the DMAPI
 * answers with other columns than the held list (the caller then reads the whole list).
 */
export async function patchListWire(wire: ListWire, names: readonly string[], client: DmapiClient): Promise<ListWire> {
  const separator = wire.separator === 'TAB' ? '\t' : ' ';
  const fresh = new Map<string, string | undefined>();
  for (let i = 0; i < names.length; i += AT_ONCE) {
    await Promise.all(
      names.slice(i, i + AT_ONCE).map(async (name) => {
        const reply = await client.call('query-domain-list', { ...LIST_FLAGS, pattern: name }, { idempotent: true });
        const columns = header(reply, 'Columns');
        if (columns && columns.split(',').join(',') !== wire.columns.join(',')) throw new Error('The domain list changed its columns.');
        const line = reply.body.split('\n').find((l) => l.split(separator)[0]?.trim().toLowerCase() === name);
        fresh.set(name, line?.replace(/\r$/, ''));
      }),
    );
  }
  let body = wire.body;
  const added: string[] = [];
  for (const [name, line] of fresh) {
    const at = lineOf(body, name, separator);
    if (at) {
      const [start, end] = at;
      body = line === undefined ? body.slice(0, start) + body.slice(Math.min(body.length, end + 1)) : body.slice(0, start) + line + body.slice(end);
    } else if (line !== undefined) {
      added.push(line);
    }
  }
  if (added.length > 0) body = `${body}${body === '' || body.endsWith('\n') ? '' : '\n'}${added.join('\n')}\n`;
  return { ...wire, body, unicode: { ...wire.unicode, ...idnNames([...fresh.values()].filter(Boolean).join('\n'), separator) } };
}
