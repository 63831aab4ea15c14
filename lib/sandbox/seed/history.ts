/**
 * Seeder 40: the living part of the demo — result history with some nacks, order history, pending whois
 * verifications near their deadline, pending owner changes with their confirmation keys, incoming transfers in
 * several states, grants to the customer and open invitations.
 */
import { DAY, HOUR, MINUTE } from '../clock';
import { registerSeeder } from '../registry';
import type { Domain, GrantRole, QueuedResult, TransferState } from '../state/types';
import { DEMO } from './catalog';
import { label } from './names';

registerSeeder('history', 40, (ctx) => {
  const { state, rng, now } = ctx;
  const mine = [...state.domains.values()].filter((d) => d.uid === ctx.resellerUid);
  const sample = (n: number): Domain[] => mine.slice(0, Math.min(n, mine.length));

  // Result history (ascending Proc-IDs and times), about 1 in 8 a nack.
  const requests = ['domain-renew', 'domain-modify', 'dns-zone-put', 'domain-register', 'contact-create', 'domain-transfer-get-auth-id'];
  const history = Math.min(60, mine.length * 2);
  for (let i = 0; i < history; i++) {
    const d = mine[i % mine.length] as Domain;
    const request = requests[i % requests.length] as string;
    const at = now - (history - i) * 7 * HOUR;
    const nack = rng.chance(0.12);
    const svTrId = rng.hex(32);
    const r: QueuedResult = {
      procId: ++state.counters.procId,
      svTrId,
      clTrId: rng.chance(0.3) ? `panel-${i}` : '-',
      uid: ctx.resellerUid,
      request,
      object: request === 'contact-create' ? d.ownerC : d.name,
      createdAt: at,
      completeAt: at + 2 * MINUTE,
      status: nack ? 'nack' : 'ack',
      job: null,
      data: null,
      body: nack ? [] : request === 'domain-transfer-get-auth-id' ? [`The Authorization ID is: "${rng.hex(12)}"`] : [`domain: ${d.name}`],
      errors: nack ? [rng.pick(['registry timeout, please retry', 'object status prohibits operation', 'invalid name server'])] : [],
      deleted: false,
    };
    state.results.push(r);
    if (request === 'domain-renew' && !nack) {
      const cents = state.prices[d.tld]?.renew[1] ?? 1000;
      state.orders.push({ id: String(85_000_000 + ++state.counters.orderSeq), uid: ctx.resellerUid, at, type: 'renew', object: d.name, tld: d.tld, periodMonths: 12, amountCents: cents, currency: 'EUR', procId: r.procId, status: 'ok' });
    }
  }
  // Orders for recent registrations (last 90 days) and a top-up.
  state.orders.push({ id: String(85_000_000 + ++state.counters.orderSeq), uid: ctx.resellerUid, at: now - 80 * DAY, type: 'credit-increase', object: DEMO.reseller.login, tld: '', periodMonths: 0, amountCents: -100_000_00, currency: 'EUR', procId: null, status: 'ok' });
  for (const d of mine.filter((x) => x.createdAt > now - 90 * DAY).slice(0, 40)) {
    state.orders.push({ id: String(85_000_000 + ++state.counters.orderSeq), uid: ctx.resellerUid, at: d.createdAt, type: 'create', object: d.name, tld: d.tld, periodMonths: 12, amountCents: state.prices[d.tld]?.create[1] ?? 1000, currency: 'EUR', procId: null, status: 'ok' });
  }
  state.orders.sort((a, b) => a.at - b.at);
  state.orders.forEach((o, i) => (o.id = String(85_000_001 + i)));

  // Pending whois verifications: deadlines 15 days after creation, several close to passing.
  for (const [i, d] of sample(8).entries()) {
    const email = state.contacts[d.ownerC]?.fields.email ?? `owner${i}@example.test`;
    const createdAt = now - (14 - i) * DAY - rng.int(0, 20) * HOUR;
    const id = `wv${++state.counters.idSeq}`;
    const key = rng.hex(32);
    state.verifications[id] = { id, key, uid: ctx.resellerUid, email, domains: [d.name], status: i === 7 ? 'verified' : 'pending', createdAt, deadline: createdAt + 15 * DAY, lastSentAt: createdAt };
    d.verificationId = id;
    ctx.addOutboxMail({ to: email, subject: `Please verify your e-mail address for ${d.name}`, kind: 'verification', body: `Verification key: ${key}`, domain: d.name, key, links: [`/verify?key=${key}`] }, createdAt);
  }

  // Pending owner changes (change of registrant) with confirmation keys.
  for (const d of mine.slice(10, 13)) {
    const keys = [rng.hex(24), rng.hex(24)];
    d.pendingOwnerChange = { owner: { fname: 'Nora', lname: 'Newowner', email: 'nora.newowner@example.test', 'address-1': 'Neue Strasse 3', city: 'Hamburg', 'postal-code': '20095', country: 'DE', phone: '+49.401234567' }, keys, requestedAt: now - 2 * DAY, deadline: now + 5 * DAY, lockOptOut: false, procId: null };
    for (const [i, key] of keys.entries()) {
      ctx.addOutboxMail({ to: i === 0 ? (state.contacts[d.ownerC]?.fields.email ?? 'owner@example.test') : 'nora.newowner@example.test', subject: `Confirm the change of registrant for ${d.name}`, kind: 'cor', body: `Confirmation key: ${key}`, domain: d.name, key, links: [`/cor?key=${key}`] }, now - 2 * DAY);
    }
  }

  // Incoming transfers in several states; their names are not in the portfolio yet.
  const transferStates: TransferState[] = ['IN_DB', 'PENDING_FOA_SENDING', 'FOA_BEEN_SENT', 'FOA_BEEN_SENT', 'REGISTRY_REQUEST_RECEIVED_NOW_WAITING', 'FOA_NACK'];
  for (const [i, st] of transferStates.entries()) {
    const domain = `${label(150_000 + i)}.${['com', 'net', 'org', 'com', 'eu', 'info'][i]}`;
    const startedAt = now - (i + 1) * DAY;
    const foaKey = st === 'FOA_BEEN_SENT' ? rng.hex(20) : null;
    state.transfers[domain] = { id: String(900_000 + i), domain, uid: ctx.resellerUid, state: st, ownerEmail: `owner@${domain}`, adminEmail: `admin@${domain}`, startedAt, nextAt: st === 'FOA_NACK' ? null : now + (i + 1) * HOUR, request: { 'owner-c': mine[0]?.ownerC ?? '', 'admin-c': mine[0]?.adminC ?? '', 'tech-c': mine[0]?.techC ?? '', 'billing-c': mine[0]?.billingC ?? '', 'ns-list': 'a.ns.joker.com:b.ns.joker.com', autorenew: '1' }, procId: null, chargedCents: 1016, foaKey, foaSentAt: foaKey ? startedAt + HOUR : null };
    if (foaKey) ctx.addOutboxMail({ to: `owner@${domain}`, subject: `Transfer of ${domain} to Joker.com: please confirm`, kind: 'transfer-foa', body: `FOA key: ${foaKey}`, domain, key: foaKey }, startedAt + HOUR);
  }

  // Grants to the customer on a few reseller domains, and open invitations.
  const customer = state.accounts[ctx.customerUid];
  const roles: GrantRole[] = ['@tech', '@admin', '@billing'];
  for (const [i, d] of mine.slice(14, 17).entries()) {
    state.grants.push({ id: `g${++state.counters.idSeq}`, domain: d.name, role: roles[i] as GrantRole, clientUid: ctx.customerUid, clientLogin: customer?.login ?? '', nickname: 'Casey', grantedByUid: ctx.resellerUid, createdAt: now - (30 - i) * DAY });
  }
  for (const [i, d] of mine.slice(17, 20).entries()) {
    const key = rng.hex(32);
    const email = i === 0 ? DEMO.customer.login : `friend${i}@example.test`;
    state.invitations.push({ id: `inv${++state.counters.idSeq}`, key, domain: d.name, role: i === 2 ? '@creator' : '@admin', email, nickname: `invitee-${i}`, invitedByUid: ctx.resellerUid, createdAt: now - (i + 1) * DAY, expiresAt: now + (13 - i) * DAY, status: 'open' });
    ctx.addOutboxMail({ to: email, subject: `You are invited to manage ${d.name}`, kind: 'grant-invitation', body: `Invitation key: ${key}`, domain: d.name, key }, now - (i + 1) * DAY);
  }
});
