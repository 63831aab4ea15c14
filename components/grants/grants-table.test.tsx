import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GrantsTable } from './grants-table';

/**
 * The domain page's grants: with nobody granted or invited there is nothing to sort, page or revoke, so the section
 * says so in one sentence instead of a table of empty headers (the domain page renders it on every view). With a
 * toolbar (the access page's filters) the table stays, so its filters and headers do not vanish when nothing matches.
 */
const allowed = { allowed: true } as const;

describe('GrantsTable', () => {
  it('says "nobody" in a sentence, without a table, when there is nothing to list', () => {
    const out = renderToStaticMarkup(<GrantsTable label="Grants and invitations on example.com" entries={[]} change={allowed} />);
    expect(out).not.toContain('<table');
    expect(out).toContain('Nobody holds a role on this domain and nobody is invited.');
  });

  it('keeps the table when a toolbar goes with it, with the empty text in its body', () => {
    const out = renderToStaticMarkup(<GrantsTable label="Access" entries={[]} change={allowed} toolbar={<span>filters</span>} empty="Nothing matches these filters." />);
    expect(out).toContain('<table');
    expect(out).toContain('Nothing matches these filters.');
  });
});
