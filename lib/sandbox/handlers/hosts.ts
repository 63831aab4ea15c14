/**
 * Name server hosts: query-ns-list, ns-create, ns-modify, ns-delete and their host-* names (seeds 003/004
 * "Nameservers"). Several IPv4/IPv6 addresses per host travel comma-separated (004: "ip=1.2.3.4,4.5.6.7"); IPv4 from
 * IANA's reserved ranges is refused. Address rules live in lib/net.
 */
import { isSubordinate, normalizeHostname, parseIpv4List, parseIpv6List } from '../../net';
import { DmapiError } from '../errors';
import { registerAlias, registerHandler } from '../registry';
import type { Domain, Host, SandboxState } from '../state/types';
import type { HandlerCtx } from '../context';
import { compileGlob } from '../../net/glob';
import { listBody } from '../wire/reply';

const CLEAR = '!@!';
const NO_ADDRESS = '-';

function hostParam(ctx: HandlerCtx): string {
  const raw = ctx.require('host');
  const host = normalizeHostname(raw);
  if (host === '') throw new DmapiError('syntax', `host: ${raw} is not a fully qualified host name`);
  return host;
}

function ownHost(ctx: HandlerCtx, name: string): Host {
  const host = ctx.state.hosts[name];
  if (!host || host.uid !== ctx.account.uid) throw new DmapiError('notExists', `host: ${name} does not exist`);
  return host;
}

/**
 * Reads `ip`/`ipv6`: undefined when absent or empty (leave unchanged in ns-modify), [] for `-` (no address: Joker's
 * older reference and its reseller panel, which sends `-` for an emptied field) or `!@!` (clear), else the parsed
 * list. Every bad address becomes one `Error:` line naming the field.
 */
function addressParam(ctx: HandlerCtx, field: 'ip' | 'ipv6', errors: string[]): string[] | undefined {
  const raw = ctx.params.text(field);
  if (raw === undefined) return undefined;
  if (raw === CLEAR || raw === NO_ADDRESS) return [];
  const parsed = field === 'ip' ? parseIpv4List(raw) : parseIpv6List(raw);
  errors.push(...parsed.errors.map((e) => `${field}: ${e}`));
  return parsed.addresses;
}

/** The portfolio domain a new host lives under (glue needs a parent domain the caller may manage). */
function parentDomain(ctx: HandlerCtx, host: string): Domain | undefined {
  const labels = host.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const name = labels.slice(i).join('.');
    const domain = ctx.state.domains.get(name);
    if (domain && isSubordinate(host, name)) {
      if (domain.uid === ctx.account.uid) return domain;
      try {
        return ctx.domainFor(name, ['@tech', '@admin'], 'host');
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Domains delegated to the host (a host in use cannot be deleted). */
function domainsUsing(state: SandboxState, host: string): string[] {
  const names: string[] = [];
  for (const d of state.domains.values()) {
    if (d.ns.includes(host)) names.push(d.name);
    if (names.length >= 5) break;
  }
  return names;
}

registerHandler('query-ns-list', 'read', (ctx) => {
  const pattern = ctx.params.text('pattern');
  const re = pattern && pattern !== '*' ? compileGlob(pattern) : null;
  const fullRaw = ctx.params.text('full');
  // "full: include IPs if non-zero (0 or 1)"
  if (fullRaw !== undefined && !/^\d+$/.test(fullRaw)) throw new DmapiError('syntax', 'full: must be 0 or 1');
  const full = fullRaw !== undefined && Number(fullRaw) !== 0;
  const hosts = Object.values(ctx.state.hosts)
    .filter((h) => h.uid === ctx.account.uid && (!re || re.test(h.name)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!full) return ctx.ok({ body: listBody(hosts.map((h) => h.name)) });
  // TAB columns host, IPv4, IPv6; "If specific IP is not present ... it will be listed as -"; several comma-joined.
  const cell = (list: string[]): string => (list.length ? list.join(',') : '-');
  const lines = hosts.map((h) => `${h.name}\t${cell(h.ipv4)}\t${cell(h.ipv6)}`);
  return ctx.ok({ headers: [['Columns', 'host,ipv4,ipv6'], ['Separator', 'TAB']], body: listBody(lines) });
});

registerHandler('ns-create', 'modify', (ctx) => {
  const name = hostParam(ctx);
  const errors: string[] = [];
  const ipv4 = addressParam(ctx, 'ip', errors) ?? [];
  const ipv6 = addressParam(ctx, 'ipv6', errors) ?? [];
  if (errors.length > 0) throw new DmapiError('syntax', errors);
  // "Either an IPv4 or IPv6 address is required."
  if (ipv4.length + ipv6.length === 0) throw new DmapiError('missing', 'ip: an IPv4 (ip) or IPv6 (ipv6) address is required');
  if (ctx.state.hosts[name]) throw new DmapiError('exists', `host: ${name} already exists`);
  if (!parentDomain(ctx, name)) {
    throw new DmapiError('policy', `host: ${name} is not under a domain of your portfolio (glue needs its parent domain)`);
  }
  ctx.state.hosts[name] = { name, uid: ctx.account.uid, ipv4, ipv6, createdAt: ctx.now, modifiedAt: ctx.now };
  return ctx.queued({ object: name });
});

registerHandler('ns-modify', 'modify', (ctx) => {
  const host = ownHost(ctx, hostParam(ctx));
  const errors: string[] = [];
  const ipv4 = addressParam(ctx, 'ip', errors);
  const ipv6 = addressParam(ctx, 'ipv6', errors);
  if (errors.length > 0) throw new DmapiError('syntax', errors);
  if (ipv4 === undefined && ipv6 === undefined) {
    throw new DmapiError('missing', 'ip: give the new IPv4 (ip) or IPv6 (ipv6) addresses');
  }
  const next4 = ipv4 ?? host.ipv4;
  const next6 = ipv6 ?? host.ipv6;
  if (next4.length + next6.length === 0) throw new DmapiError('policy', 'ip: a host keeps at least one address');
  host.ipv4 = next4;
  host.ipv6 = next6;
  host.modifiedAt = ctx.now;
  return ctx.queued({ object: host.name });
});

registerHandler('ns-delete', 'modify', (ctx) => {
  const host = ownHost(ctx, hostParam(ctx));
  const users = domainsUsing(ctx.state, host.name);
  if (users.length > 0) throw new DmapiError('association', `host: ${host.name} is in use by ${users.join(', ')}`);
  delete ctx.state.hosts[host.name];
  return ctx.queued({ object: host.name });
});

// Joker's older reference names query-host-list beside query-ns-list ("query-ns-list, query-host-list").
registerAlias('query-host-list', 'query-ns-list');
registerAlias('host-create', 'ns-create');
registerAlias('host-modify', 'ns-modify');
registerAlias('host-delete', 'ns-delete');
