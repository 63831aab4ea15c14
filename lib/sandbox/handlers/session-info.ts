/**
 * What a client asks right after login (lib/sandbox/README.md "Beyond the seeds"):
 * - version (no session): body `Version: 1.2.53` — Joker's reseller panel reads the body line, not the header.
 * - query-request-list: the requests this key may use, one per line. Joker's reseller panel refuses every request
 *   missing from it, so it follows the key's User-Access exactly as the dispatcher does: @readonly lists no modifying
 *   request, @modify-only no costly one; a key's operator `deny` list (POST /_sandbox/keys) is left out too.
 * - user-get-property pname=*|<name> ptype=*|property|feature: lines `user.<ptype>.<pname>: <value>`.
 * - user-set-property pname=autorenew pvalue=0|1: applies at once (later register/transfer requests without
 *   `autorenew` use it) and is recorded in result-list like other changes (Proc-ID).
 * `uid` (the login UID Joker's panel passes along) and `client-ip` are accepted and ignored.
 */
import { accessDenied } from '../access';
import { DmapiError } from '../errors';
import { registerHandler, requestHandlers } from '../registry';
import { USER_PROPERTIES, userFeatures, userProperty } from '../rules/user-properties';
import { API_VERSION } from '../wire/build';
import { linesBody } from '../wire/reply';

registerHandler('version', 'read', (ctx) => ctx.ok({ body: linesBody([`Version: ${API_VERSION}`]) }), { auth: false });

registerHandler('query-request-list', 'read', (ctx) => {
  const names = requestHandlers()
    .filter((d) => accessDenied(d.access, ctx.access) === null && !ctx.session.deny?.includes(d.name))
    .map((d) => d.name);
  return ctx.ok({ body: linesBody(names) });
});

registerHandler('user-get-property', 'read', (ctx) => {
  const pname = (ctx.params.text('pname') ?? '*').toLowerCase();
  const ptype = ctx.optionalMatching('ptype', /^(\*|property|feature)$/i, '*, property or feature')?.toLowerCase() ?? '*';
  const lines: string[] = [];
  if (ptype !== 'feature') {
    for (const name of Object.keys(USER_PROPERTIES)) if (pname === '*' || pname === name) lines.push(`user.property.${name}: ${userProperty(ctx.account, name)}`);
  }
  if (ptype !== 'property') {
    for (const [name, value] of Object.entries(userFeatures(ctx.account))) if (pname === '*' || pname === name) lines.push(`user.feature.${name}: ${value}`);
  }
  if (lines.length === 0) throw new DmapiError('notExists', `pname: no user ${ptype === '*' ? 'property or feature' : ptype} ${pname}`);
  return ctx.ok({ body: linesBody(lines) });
});

registerHandler('user-set-property', 'modify', (ctx) => {
  const pname = ctx.require('pname').toLowerCase();
  const ptype = ctx.optionalMatching('ptype', /^(property|feature)$/i, 'property')?.toLowerCase() ?? 'property';
  const def = USER_PROPERTIES[pname];
  if (ptype === 'feature' || (!def && pname in userFeatures(ctx.account))) throw new DmapiError('policy', `pname: the feature ${pname} cannot be changed`);
  if (!def) throw new DmapiError('notExists', `pname: no user property ${pname}`);
  const raw = ctx.params.get('pvalue');
  if (raw === undefined) throw new DmapiError('missing', 'pvalue: missing required parameter');
  const value = raw.trim() === '' ? def.default : raw.trim();
  if (!def.valid.test(value)) throw new DmapiError('syntax', `pvalue: must be ${def.what}`);
  ctx.account.properties = { ...ctx.account.properties, [pname]: value };
  return ctx.queued({ object: ctx.account.login, body: [`user.property.${pname}: ${value}`] });
});
