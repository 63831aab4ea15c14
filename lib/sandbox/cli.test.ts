import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the sandbox CLI', () => {
  it('starts as scripts/start.mjs runs it, prints the listening line, answers login, stops on SIGTERM', { timeout: 60_000 }, async () => {
    const cli = path.resolve(__dirname, 'cli.ts');
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', cli, '--port', '0', '--memory', '--domains', '12', '--seed', '3', '--latency', '40', '--jitter', '0'], {
      cwd: path.resolve(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /Sandbox DMAPI listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
      });
      const text = await (await fetch(`${url}/request/login?api-key=sandbox-full-key`)).text();
      expect(text).toContain('Stats-number-of-domains: 12\n');
      expect(await (await fetch(`${url}/_sandbox/latency`)).json()).toEqual({ latency: { ms: 40, jitter: 0 } });
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
