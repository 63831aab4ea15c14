import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema, inviteGrantSchema, isGrantRole, revokeGrantSchema, roleSentence, rolesAllow } from './grants';
import { memberRoleSchema, registerMemberSchema } from './team';
import {
  addNoteSchema,
  listFiltersSchema,
  lookupKeySchema,
  publicAnswerSchema,
  publicIdentitySchema,
  recordAnswerSchema,
  resendVerificationSchema,
} from './verification';

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const issues = (r: Parsed) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('grants', () => {
  it('invite: blanks are absent, the user id is numeric', () => {
    expect(inviteGrantSchema.parse({ domain: 'A.com', email: 'x@example.org', role: '@tech', nickName: ' ', clientUid: '' })).toEqual({
      domain: 'a.com',
      email: 'x@example.org',
      role: '@tech',
    });
    expect(issues(inviteGrantSchema.safeParse({ domain: 'a.com', email: 'x@example.org', role: '@tech', clientUid: 'abc' }))).toEqual([
      'clientUid: A numeric Joker.com user id',
    ]);
    expect(issues(inviteGrantSchema.safeParse({ domain: 'a.com', email: 'nope', role: '@tech' }))).toEqual(['email: Enter an e-mail address']);
    expect(inviteGrantSchema.safeParse({ domain: 'a.com', email: 'x@example.org', role: '@owner' }).success).toBe(false);
    expect(issues(inviteGrantSchema.safeParse({ domain: 'a.com', email: 'x@example.org', role: '@tech', nickName: 'a\nb' }))).toEqual([
      'nickName: One line of text',
    ]);
  });
  it('a @creator hand-over needs the domain typed, in either form', () => {
    const creator = { domain: 'bücher.de', email: 'x@example.org', role: '@creator' };
    expect(issues(inviteGrantSchema.safeParse(creator))).toEqual(['confirmation: Type the domain name to confirm that it leaves your portfolio']);
    expect(inviteGrantSchema.safeParse({ ...creator, confirmation: 'other.de' }).success).toBe(false);
    expect(inviteGrantSchema.safeParse({ ...creator, confirmation: 'Bücher.de' }).success).toBe(true);
    expect(inviteGrantSchema.safeParse({ ...creator, confirmation: 'xn--bcher-kva.de' }).success).toBe(true);
  });
  it('revoke and accept', () => {
    expect(revokeGrantSchema.safeParse({ domain: 'a.com', role: '@admin', scope: 'G-12.a', type: 'grant' }).success).toBe(true);
    expect(issues(revokeGrantSchema.safeParse({ domain: 'a.com', role: '@admin', scope: 'a b', type: 'grant' }))).toEqual([
      'scope: An id from grants-list',
    ]);
    expect(acceptInvitationSchema.safeParse({ token: 'A'.repeat(43) }).success).toBe(true);
    expect(issues(acceptInvitationSchema.safeParse({ token: 'A'.repeat(42) }))).toEqual(['token: This is not an invitation link of this panel']);
  });
  it('what roles allow', () => {
    expect(rolesAllow(['@tech'], 'zone')).toBe(true);
    expect(rolesAllow(['@tech'], 'contacts')).toBe(false);
    expect(rolesAllow(['@billing', 'junk'], 'renew')).toBe(true);
    expect(rolesAllow(['@admin'], 'renew')).toBe(false);
    expect(isGrantRole('@creator')).toBe(true);
    expect(isGrantRole('creator')).toBe(false);
    expect(roleSentence('@tech')).toBe('@tech — may edit the DNS zone and change the name servers');
  });
});

describe('team', () => {
  it('register a member: name, role and key, each refused with its sentence', () => {
    expect(registerMemberSchema.parse({ name: ' Ann ', role: 'support', apiKey: ' k ' })).toEqual({ name: 'Ann', role: 'support', apiKey: 'k' });
    expect(issues(registerMemberSchema.safeParse({ name: '', role: 'owner', apiKey: '' }))).toEqual([
      'name: Enter a name',
      'role: Pick a role',
      'apiKey: Enter the API key made for them at Joker.com',
    ]);
  });
  it('member ids come from form text', () => {
    expect(memberRoleSchema.parse({ id: '7', role: 'read-only' })).toEqual({ id: 7, role: 'read-only' });
    expect(memberRoleSchema.safeParse({ id: '0', role: 'read-only' }).success).toBe(false);
  });
});

describe('verification', () => {
  it('keys from a landing URL: no blanks or URL syntax', () => {
    expect(lookupKeySchema.parse({ key: ' 0123abcdef ' })).toEqual({ key: '0123abcdef' });
    for (const key of ['short', '0123abcd?x=1', '0123 abcdef']) {
      expect(issues(lookupKeySchema.safeParse({ key })), key).toEqual(['key: This is not a key from a verification e-mail']);
    }
    expect(issues(publicAnswerSchema.safeParse({ key: '0123abcdef', answer: 'maybe' }))).toEqual(['answer: Choose yes or no']);
  });
  it('resend: one to 100 addresses', () => {
    expect(resendVerificationSchema.safeParse({ emails: ['a@example.org'] }).success).toBe(true);
    expect(issues(resendVerificationSchema.safeParse({ emails: [] }))).toEqual(['emails: Select at least one e-mail address']);
    expect(issues(resendVerificationSchema.safeParse({ emails: Array(101).fill('a@example.org') }))).toEqual([
      'emails: At most 100 e-mail addresses at a time',
    ]);
  });
  it('a recorded answer says who answered; notes are not empty', () => {
    expect(issues(recordAnswerSchema.safeParse({ key: '0123abcdef', answer: 'yes', reason: 'ok' }))).toEqual([
      'reason: Say who gave the answer and how (at least 5 characters)',
    ]);
    expect(issues(addNoteSchema.safeParse({ email: 'a@example.org', body: ' ' }))).toEqual(['body: Write a note']);
  });
  it('public identity: an http(s) logo address or none', () => {
    expect(publicIdentitySchema.safeParse({ name: 'Acme', logoUrl: '' }).success).toBe(true);
    expect(publicIdentitySchema.safeParse({ name: 'Acme', logoUrl: 'https://acme.example/logo.png' }).success).toBe(true);
    expect(issues(publicIdentitySchema.safeParse({ name: 'Acme', logoUrl: 'javascript:alert(1)' }))).toEqual([
      'logoUrl: Enter an http(s) address, or leave it empty',
    ]);
  });
  it('list filters fall back to the defaults instead of refusing', () => {
    expect(listFiltersSchema.parse({})).toEqual({ state: 'pending', page: 1, size: 50 });
    expect(listFiltersSchema.parse({ state: 'nonsense', within: '999', tld: 'C&M', page: '-1', size: '30' })).toEqual({
      state: 'pending',
      page: 1,
      size: 50,
    });
    expect(listFiltersSchema.parse({ state: 'all', within: '30', tld: ' COM ', page: '3', size: '25' })).toEqual({
      state: 'all',
      within: 30,
      tld: 'com',
      page: 3,
      size: 25,
    });
  });
});
