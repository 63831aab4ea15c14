import type { Engine } from '../engine';
import type { OutboxMail } from '../state/types';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function newestFirst(engine: Engine): OutboxMail[] {
  return [...engine.state.outbox].reverse();
}

export function outboxJson(engine: Engine): { mails: Array<Omit<OutboxMail, 'at'> & { at: string }> } {
  return { mails: newestFirst(engine).map((m) => ({ ...m, at: engine.clock.iso(m.at) })) };
}

/** A plain page for people: newest first, links clickable. */
export function renderOutboxHtml(engine: Engine): string {
  const items = newestFirst(engine)
    .map(
      (m) => `<article><h2>${esc(m.subject)}</h2>
<p><strong>To:</strong> ${esc(m.to)} · <strong>Kind:</strong> ${esc(m.kind)} · <time datetime="${engine.clock.iso(m.at)}">${engine.clock.iso(m.at)}</time>${m.domain ? ` · <strong>Domain:</strong> ${esc(m.domain)}` : ''}${m.key ? ` · <strong>Key:</strong> <code>${esc(m.key)}</code>` : ''}</p>
<pre>${esc(m.body)}</pre>${m.links.length ? `<ul>${m.links.map((l) => `<li><a href="${esc(l)}">${esc(l)}</a></li>`).join('')}</ul>` : ''}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sandbox outbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border-bottom:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}</style>
</head><body><h1>Sandbox outbox</h1><p>E-mails the real Joker.com would have sent, newest first (${engine.state.outbox.length}).</p>
${items || '<p>No mail yet.</p>'}
</body></html>
`;
}
