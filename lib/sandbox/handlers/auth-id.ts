/**
 * domain-transfer-get-auth-id (seeds 003/004): "not real-time": queued, the id arrives through result-retrieve as
 * `The Authorization ID is: "<id>"` (docs/dmapi-notes.md, "Lists"). "Every request will generate a new Auth-ID, thus rendering any
 * previously requested Auth-ID invalid": the new id replaces the domain's at once, so an older one no longer
 * transfers the domain (domain-transfer-in-reseller checks it for domains held in the sandbox).
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';

registerHandler('domain-transfer-get-auth-id', 'modify', (ctx) => {
  const d = ctx.domainFor(ctx.require('domain'), ['@admin']);
  if (ctx.state.transfers[d.name] && !['TRANSFER_PROCESSED_SUCCESSFULLY', 'CANCELLED', 'FOA_NACK'].includes(ctx.state.transfers[d.name]?.state ?? '')) {
    throw new DmapiError('statusProhibits', `domain: ${d.name} is being transferred`);
  }
  // Registry auth-infos mix cases, digits and punctuation; 16 characters as most gTLD registries hand out.
  const id = `${ctx.randomHex(6)}-${ctx.randomHex(4).toUpperCase()}_${ctx.randomHex(5)}`;
  d.authId = id;
  return ctx.queued({ object: d.name, body: [`domain: ${d.name}`, `The Authorization ID is: "${id}"`] });
});
