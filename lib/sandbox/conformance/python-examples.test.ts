/**
 * Sandbox conformance: the DMAPI documentation's Python examples ("Login and list your domains",
 * "Login and list all A and CNAME records", copied into ./python/ unchanged but for URL, credentials and the page's
 * non-breaking spaces) run against the sandbox with python3 and print what the sandbox holds. They use `requests`;
 * where python3 has no `requests`, ./python/stand-in/requests.py (the few calls they make, on the standard library)
 * is put on PYTHONPATH so they still run unchanged. Without python3 this test fails with the reason: it must never
 * pass unchecked.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login } from '../test-helpers';

const run = promisify(execFile);
/** PYTHONPATH for the examples: empty when python3 has `requests`, else the stand-in (decided once, in beforeAll). */
let pythonEnv: NodeJS.ProcessEnv = process.env;
const FIXTURES = path.join(import.meta.dirname, 'python');
/** The URL line of the fixtures (the sandbox's default port, for running them by hand); the test points it here. */
const FIXTURE_URL = "dmapiURL = 'http://127.0.0.1:7070'";
/** python3 starts slowly on a busy machine (importing requests alone took 4 s under load). */
const SLOW = { timeout: 120_000 };

let sb: RunningSandboxInternal;
let dir: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20 });
  dir = await mkdtemp(path.join(tmpdir(), 'dmapi-python-'));
  const hasRequests = await run('python3', ['-c', 'import requests']).then(() => true, () => false);
  if (!hasRequests) pythonEnv = { ...process.env, PYTHONPATH: path.join(FIXTURES, 'stand-in') };
}, SLOW.timeout);
afterAll(async () => {
  await sb.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs a fixture against this sandbox. Asynchronous on purpose: the sandbox answers from this same process. */
async function runExample(file: string): Promise<string> {
  const source = await readFile(path.join(FIXTURES, file), 'utf8');
  expect(source.split('\n').filter((l) => l === FIXTURE_URL)).toHaveLength(1);
  const target = path.join(dir, file);
  await writeFile(target, source.replace(FIXTURE_URL, `dmapiURL = '${sb.url}'`));
  try {
    const { stdout } = await run('python3', [target], { timeout: 60_000, env: pythonEnv });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error('python3 is not installed: the documentation\'s Python examples cannot be checked');
    throw new Error(`python3 ${file} failed: ${err.stderr ?? err.message}`);
  }
}

describe('the documentation\'s Python examples', () => {
  it('python3 is there, with requests or the stand-in (the examples import it)', SLOW, async () => {
    const probe = await run('python3', ['-c', 'import requests, sys; print(sys.version_info[0])'], { env: pythonEnv }).catch((e: NodeJS.ErrnoException & { stderr?: string }) => {
      throw new Error(e.code === 'ENOENT' ? 'python3 is not installed' : `python3 cannot import requests: ${e.stderr ?? e.message}`);
    });
    expect(probe.stdout.trim()).toBe('3');
  });

  it('"Login and list your domains" logs in, lists the first five domains by column name and logs out', SLOW, async () => {
    const out = await runExample('list-domains.py');
    const sid = await login(sb.url);
    const listed = (await call(sb.url, 'query-domain-list', { 'auth-sid': sid, from: '1', to: '5' })).body.split('\n').map((l) => l.split(' '));
    expect(listed).toHaveLength(5);
    for (const [name, expires] of listed) expect(new Date(sb.engine.state.domains.get(name ?? '')?.expiresAt ?? 0).toISOString().slice(0, 10)).toBe(expires);
    const u = sb.url;
    expect(out).toBe([
      `Request-URL:  ${u}/request/login`, 'Login: Status-Code: 0', '',
      `Request-URL:  ${u}/request/query-domain-list`, 'Domain List: Status-Code: 0', '',
      ...listed.flatMap(([name, expires]) => [` domain: ${name}`, ` expiration_date: ${expires}`, '']),
      `Request-URL:  ${u}/request/logout`, 'Logout: Status-Code: 0', '',
    ].join('\n'));
    // The example's session is gone: only ours is left for the reseller.
    expect(Object.values(sb.engine.state.sessions).filter((s) => s.uid === DEMO.reseller.uid).map((s) => s.sid)).toEqual([sid]);
  });

  it('"Login and list all A and CNAME records" prints every A and CNAME record of every zone', SLOW, async () => {
    const out = await runExample('list-a-cname-records.py');
    const sid = await login(sb.url);
    const zones = (await call(sb.url, 'dns-zone-list', { 'auth-sid': sid })).body.split('\n').map((l) => l.split(' ')[0] ?? '');
    expect(zones.length).toBeGreaterThan(3);
    const expected: string[] = [];
    for (const zone of zones) {
      // Read from the sandbox's state, not from the wire: label, type, pri, target, ttl.
      const stored = sb.engine.state.zones[zone]?.records ?? [];
      const records = stored.length ? stored : (await call(sb.url, 'dns-zone-get', { 'auth-sid': sid, domain: zone })).body.split('\n');
      for (const line of records) {
        const [label, type, , target] = line.split(' ');
        if (type === 'A' || type === 'CNAME') expected.push(`${label}.${zone}\t${target}`.replace(/^[@.]+/, ''));
      }
    }
    expect(expected.length).toBeGreaterThan(zones.length);
    expect(out).toBe(`${expected.join('\n')}\n`);
  });
});
