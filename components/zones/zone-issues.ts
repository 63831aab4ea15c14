import { checkZone, parseZone, serializeDirectives, type ParsedZone, type ZoneIssue } from '@/lib/zone';
import { builtZone, recordProblems } from './zone-model';

export interface EditorIssue {
  /** 1-based line of the editor's text. */
  line: number;
  /** Index of the record, when the issue is about one. */
  index?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckedText {
  parsed: ParsedZone;
  issues: EditorIssue[];
  errors: number;
}

/**
 * The editor's text read and checked by every rule the save checks again on the server: each issue on its line. A
 * text the editor built from its records is not parsed again; its records' own rules are checked once per record
 * (zone-model), and the whole-zone rules run on every change as they must.
 */
export function checkText(text: string, domain: string): CheckedText {
  const built = builtZone(text);
  const parsed = built ?? parseZone(text, { txtPadding: 'none' });
  const issues: EditorIssue[] = parsed.errors.map((e) => ({ line: e.line, severity: 'error', message: e.message }));
  if (built) {
    built.records.forEach((r, index) => {
      for (const message of recordProblems(r)) issues.push({ line: built.recordLines[index]!, index, severity: 'error', message });
    });
  }
  if (parsed.errors.length === 0) {
    for (const i of checkZone(parsed, { domain }) as ZoneIssue[]) {
      issues.push({ line: i.index >= 0 ? parsed.recordLines[i.index]! : 1, index: i.index >= 0 ? i.index : undefined, severity: i.severity, message: i.message });
    }
  }
  issues.sort((a, b) => a.line - b.line);
  return { parsed, issues, errors: issues.filter((i) => i.severity === 'error').length };
}

/**
 * Joker's `Error:` lines of a refused dns-zone-put name lines of the text the panel sent (lib/zone serializeZone:
 * the directive lines, then one line per record). Each is mapped back to its record, so it shows on that record.
 */
export function putErrorsByRecord(lines: readonly string[], parsed: ParsedZone): { index?: number; line?: number; message: string }[] {
  const head = serializeDirectives(parsed.directives).length;
  return lines.map((message) => {
    const m = /line (\d+)/.exec(message);
    if (!m) return { message };
    const index = Number(m[1]) - 1 - head;
    if (index < 0 || index >= parsed.records.length) return { message };
    return { index, line: parsed.recordLines[index], message };
  });
}
