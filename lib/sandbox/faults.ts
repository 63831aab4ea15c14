/**
 * POST /_sandbox/faults: the next N matching requests fail on purpose, so clients can prove their error paths.
 * http500 → HTTP 500 with a non-DMAPI body; timeout → no answer at all (the socket stays open until the client
 * gives up or the sandbox closes); garbage → HTTP 200 with bytes that are not a DMAPI reply; expire-session → the
 * caller's session is dropped first, so the request gets the normal 401/2200; reset → the TCP connection is reset;
 * nack → the request runs normally, but work it queues completes as nack (its charges refunded), so a client can
 * prove how it shows a request Joker accepted and then refused (queue/queue.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from './engine';
import type { Fault, FaultMode } from './state/types';
import type { Params } from './wire/params';

export const FAULT_MODES: readonly FaultMode[] = ['http500', 'timeout', 'garbage', 'expire-session', 'reset', 'nack'];

/** Sockets held open by 'timeout' faults, destroyed when the sandbox closes. */
export const heldResponses = new Set<ServerResponse>();

function takeFault(faults: Fault[], request: string): Fault | undefined {
  const i = faults.findIndex((f) => f.remaining > 0 && (f.request === '*' || f.request === request));
  if (i < 0) return undefined;
  const f = faults[i] as Fault;
  f.remaining -= 1;
  if (f.remaining <= 0) faults.splice(i, 1);
  return f;
}

/** Returns true when the fault fully handled (or swallowed) the request; 'nack' when the request runs with its queued work doomed. */
export async function applyFault(
  engine: Engine,
  name: string,
  params: Params,
  cookie: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean | 'nack'> {
  const fault = takeFault(engine.state.faults, name);
  if (!fault) return false;
  engine.markDirty([]);
  switch (fault.mode) {
    case 'http500':
      engine.recordFault(name, 500, params);
      res.writeHead(500, { 'Content-Type': 'text/html; charset=iso-8859-1' });
      res.end('<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>\n');
      return true;
    case 'garbage':
      engine.recordFault(name, 200, params);
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('\u0000\u00ff<<garbage>> not a DMAPI reply \u0001\u0002\n\n\n%%%');
      return true;
    case 'timeout':
      engine.recordFault(name, 0, params);
      heldResponses.add(res);
      res.on('close', () => heldResponses.delete(res));
      return true;
    case 'reset':
      engine.recordFault(name, 0, params);
      req.socket.resetAndDestroy();
      return true;
    case 'expire-session': {
      const sid = params.text('auth-sid') ?? cookie;
      if (sid) delete engine.state.sessions[sid];
      return false;
    }
    case 'nack':
      return 'nack';
  }
}
