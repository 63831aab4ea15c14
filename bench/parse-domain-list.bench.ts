/**
 * Parse a 100,000-row query-domain-list reply (showstatus, showgrants, showprivacy) into typed rows.
 * Target: under 100 ms (median) on the project machine.
 */
import { loadavg } from 'node:os';
import { parseReply } from '../lib/dmapi/parse';
import { mapDomainList } from '../lib/dmapi/requests/domain-list';
import type { BenchFigure } from './run';

const ROWS = 100_000;
const RUNS = 11;
const WARMUP = 3;

/** A reply as the wire sends it: space-separated rows, no trailing newline. */
export function domainListReply(rows: number): string {
  const statuses = ['production', 'production,autorenew', 'lock,production', 'lock,production,autorenew'];
  const lines: string[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const year = 2026 + (i % 5);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const privacy = i % 3 === 0 ? `pro pro ${year}-${month}-${day}` : '- - -';
    const grants = i % 10 === 0 ? '@admin:user@example.org' : '-';
    lines[i] = `domain-${i}.${i % 2 ? 'com' : 'net'} ${year}-${month}-${day} ${statuses[i % 4]} ${grants} ${privacy}`;
  }
  const headers = [
    'Status-Code: 0',
    'Status-Text: Command completed successfully',
    'Columns: domain,expiration_date,domain_status,grants,privacy-status,privacy-origin,privacy-expiration',
    'Version: 1.2.53',
  ];
  return `${headers.join('\n')}\n\n${lines.join('\n')}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export async function run(): Promise<BenchFigure[]> {
  const text = domainListReply(ROWS);
  const flags = { showstatus: true, showgrants: true, showprivacy: true };
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let count = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const rows = mapDomainList(parseReply(text), flags);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    count = rows.length;
    if (i >= WARMUP) {
      times.push(ms);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  if (count !== ROWS) throw new Error(`parsed ${count} rows, expected ${ROWS}`);
  const ms = median(times);
  return [
    { name: `query-domain-list ${ROWS.toLocaleString('en-US')} rows, parse + map (median of ${RUNS})`, value: ms, unit: 'ms', target: { max: 100 } },
    { name: 'rows per second (median)', value: ROWS / (ms / 1000), unit: 'rows/s' },
    { name: 'fastest run', value: Math.min(...times), unit: 'ms' },
    // CPU time (all threads, GC helpers included) is less disturbed than wall time when other work shares the cores.
    { name: 'CPU time (median)', value: median(cpuTimes), unit: 'ms' },
    { name: 'load average (1 min) during the run', value: loadavg()[0] ?? 0, unit: '' },
    { name: 'reply size', value: text.length / 1024 / 1024, unit: 'MiB' },
  ];
}
