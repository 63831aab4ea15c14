/**
 * Test helper: a DmapiClient wired to a local HTTP server that answers login and then the scripted replies.
 */
import { DmapiClient } from '../client';
import { AUTH_SID, loginReply } from '../test-fixtures';
import { startTestDmapi, type CannedReply, type ReceivedRequest, type TestDmapi } from '../test-server';
import { createTransport } from '../transport';

export interface Scripted {
  client: DmapiClient;
  server: TestDmapi;
  /** The requests after login. */
  sent(): ReceivedRequest[];
}

export async function scripted(replies: Record<string, string | CannedReply>): Promise<Scripted> {
  const server = await startTestDmapi((req) => {
    if (req.request === 'login') return loginReply();
    const reply = replies[req.request];
    if (reply === undefined) throw new Error(`no scripted reply for ${req.request}`);
    return reply;
  });
  const client = new DmapiClient({ transport: createTransport({ baseUrl: server.url }), credential: { apiKey: 'k' } });
  return {
    client,
    server,
    sent: () => server.received.filter((r) => r.request !== 'login').map((r) => ({ ...r, params: withoutSid(r.params) })),
  };
}

function withoutSid(params: Record<string, string>): Record<string, string> {
  const { 'auth-sid': sid, ...rest } = params;
  if (sid !== AUTH_SID) throw new Error('request sent without the session Auth-Sid');
  return rest;
}
