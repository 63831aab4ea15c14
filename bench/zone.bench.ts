/**
 * The zone model on a 5,000-record zone: parse the dns-zone-get body (padded TXT included) and run every zone rule
 * (lib/zone checkZone), as the editor does on each change and the save action does once more on the server. CPU
 * time of this process, median of 7. Target: under 50 ms for parse plus validate.
 */
import { checkZone, parseZone, serializeZone } from '../lib/zone';
import type { BenchFigure } from './run';

const RECORDS = 5_000;
const RUNS = 7;

/** A zone of `n` records of six kinds (the browser bench, zone-editor.bench.ts, puts the same zone in the sandbox). */
export function zoneText(n: number): string {
  const lines = ['$dnssec=no', '$dyndns=no::'];
  for (let i = 0; i < n; i++) {
    switch (i % 6) {
      case 0: lines.push(`host${i} A 0 192.0.${(i >> 8) & 255}.${i & 255} 3600`); break;
      case 1: lines.push(`host${i - 1} AAAA 0 2001:db8::${i.toString(16)} 3600`); break;
      case 2: lines.push(`txt${i} TXT 0  "v=spf1 include:_spf${i}.example.net -all " 3600`); break;
      case 3: lines.push(`@ MX ${i % 100} mx${i}.example.net. 3600`); break;
      case 4: lines.push(`_sip${i}._tcp SRV 10/100 sip${i}.example.com:5060 3600`); break;
      default: lines.push(`alias${i} CNAME 0 host${i - 5} 3600`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function run(): BenchFigure[] {
  const text = zoneText(RECORDS);
  const parsed = parseZone(text);
  if (parsed.errors.length > 0 || parsed.records.length !== RECORDS) throw new Error(`bench zone does not parse: ${parsed.errors[0]?.message}`);
  const both: number[] = [];
  const parse: number[] = [];
  const serialize: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    parse.push(cpuMs(() => parseZone(text)));
    both.push(cpuMs(() => checkZone(parseZone(text), { domain: 'example.com' })));
    serialize.push(cpuMs(() => serializeZone(parsed)));
  }
  return [
    { name: `parse + validate a ${RECORDS.toLocaleString('en-US')}-record zone`, value: median(both), unit: 'ms', target: { max: 50 } },
    { name: `parse a ${RECORDS.toLocaleString('en-US')}-record zone`, value: median(parse), unit: 'ms' },
    { name: `serialize a ${RECORDS.toLocaleString('en-US')}-record zone`, value: median(serialize), unit: 'ms' },
  ];
}
