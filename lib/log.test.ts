import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildLogger, errorFields } from './log';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, sink };
}

describe('the panel logger', () => {
  it('cuts secrets out of logged objects, by name and one level down', () => {
    const { lines, sink } = capture();
    buildLogger('info', sink).warn(
      { password: 'hunter22', params: { 'api-key': 'k-secret', 'auth-sid': 'abc123', domain: 'example.com' }, key: 'verif' },
      'x',
    );
    const out = lines.join('');
    expect(out).not.toMatch(/hunter22|k-secret|abc123|verif/);
    expect(out).toContain('example.com');
  });

  it('honours the level and logs errors by name and message only', () => {
    const { lines, sink } = capture();
    const logger = buildLogger('warn', sink);
    logger.info('hidden');
    const cause = new Error('with a request inside');
    logger.error(errorFields(Object.assign(new Error('boom'), { cause })), 'failed');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 50, err: { name: 'Error', message: 'boom' }, msg: 'failed' });
    expect(lines[0]).not.toContain('with a request inside');
  });
});
