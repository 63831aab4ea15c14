import type { RowSelectionState } from '@tanstack/react-table';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type ColumnDef, DataTable, serverPagerState } from '.';

/**
 * The table's own logic, rendered by React to HTML with the real DataTable and react-table (no DOM is installed, and
 * none is needed to see what a state renders): sorting, paging, selection, and the loading / failure / empty states.
 * Clicking (sort buttons, Next, checkboxes) is covered in the browser by e2e/kit-table-form.spec.ts.
 */
interface Row {
  id: string;
  name: string;
  size: number;
}

const ROWS: Row[] = [
  { id: 'a', name: 'alpha', size: 3 },
  { id: 'b', name: 'bravo', size: 10 },
  { id: 'c', name: 'charlie', size: 1 },
  { id: 'd', name: 'delta', size: 7 },
  { id: 'e', name: 'echo', size: 2 },
];

const columns: ColumnDef<Row, unknown>[] = [
  { id: 'name', header: 'Name', accessorKey: 'name' },
  { id: 'size', header: 'Size', accessorKey: 'size' },
];

function html(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}): string {
  return renderToStaticMarkup(<DataTable<Row> label="Things" columns={columns} data={ROWS} getRowId={(r) => r.id} {...props} />);
}

/** The names in the body's rows, in order. */
const names = (markup: string) => [...markup.matchAll(/<td[^>]*>(alpha|bravo|charlie|delta|echo)<\/td>/g)].map((m) => m[1]);

describe('DataTable', () => {
  it('keeps the data order unsorted, and marks sortable headers with aria-sort=none', () => {
    const out = html();
    expect(names(out)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    expect(out.match(/aria-sort="none"/g)).toHaveLength(2);
    expect(out).toContain('<table aria-label="Things"');
  });

  it('with server sorting and search shows the rows in the order given, the sort from the prop, and no-match for an empty result', () => {
    const out = html({ serverSorting: { sorting: [{ id: 'size', desc: true }], onChange: () => undefined }, search: { label: 'Find', server: { applied: 'zz', onSearch: () => undefined } } });
    // The server already sorted (here: not at all): the table does not sort the page again.
    expect(names(out)).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    expect(out).toMatch(/aria-sort="descending"[^>]*><button[^>]*>Size/);
    expect(out).toContain('value="zz"');
    const none = html({ data: [], search: { label: 'Find', server: { applied: 'zz', onSearch: () => undefined } }, empty: 'No things at all.' });
    expect(none).toContain('Nothing matches “zz”.');
    expect(none).not.toContain('No things at all.');
  });

  it('styles body rows and cells by one rule on the table (app/globals.css), not by classes repeated on each', () => {
    const out = html();
    expect(out).toMatch(/<table[^>]*class="data-table /);
    expect(out.match(/<td>/g)).toHaveLength(ROWS.length * columns.length);
    expect(out).not.toMatch(/<tr[^>]* class=/);
    // A row marked by the page keeps its own class, which wins over the table's rule.
    expect(html({ rowClassName: (r) => (r.id === 'b' ? 'bg-rose-50' : undefined) }).match(/<tr[^>]* class="bg-rose-50"/g)).toHaveLength(1);
  });

  it('sorts numbers as numbers, both ways, and says which way on the header', () => {
    const asc = html({ initialSorting: [{ id: 'size', desc: false }] });
    expect(names(asc)).toEqual(['charlie', 'echo', 'alpha', 'delta', 'bravo']);
    expect(asc).toMatch(/aria-sort="ascending"[^>]*><button[^>]*>Size/);
    const desc = html({ initialSorting: [{ id: 'size', desc: true }] });
    expect(names(desc)).toEqual(['bravo', 'delta', 'alpha', 'echo', 'charlie']);
    expect(desc).toMatch(/aria-sort="descending"[^>]*><button[^>]*>Size/);
  });

  it('pages the sorted rows: the first page only, page 1 of 3, Previous disabled and Next enabled', () => {
    const out = html({ pageSize: 2, initialSorting: [{ id: 'name', desc: true }] });
    expect(names(out)).toEqual(['echo', 'delta']);
    expect(out).toContain('<nav aria-label="Things pages"');
    expect(out).toContain('5 rows');
    expect(out).toContain('page 1 of 3');
    expect(out).toMatch(/<button[^>]*disabled=""[^>]*>Previous<\/button>/);
    expect(out).not.toMatch(/<button[^>]*disabled=""[^>]*>Next<\/button>/);
  });

  it('hides the pager buttons when everything fits on one page', () => {
    const out = html({ pageSize: 50 });
    expect(out).not.toContain('>Next<');
    expect(out).toContain('5 rows');
  });

  it('shows the empty text when there are no rows, and nothing else in the body', () => {
    const out = html({ data: [], empty: 'No things yet.' });
    expect(out).toContain('No things yet.');
    expect(names(out)).toEqual([]);
    expect(out).toContain('0 rows');
  });

  it('shows a failure as an alert instead of the empty text, with the DMAPI lines', () => {
    const out = html({ data: [], empty: 'No things yet.', failure: { code: 'dmapi', error: 'Joker.com refused the list.', dmapiErrors: ['pattern: invalid'] } });
    expect(out).toMatch(/role="alert"[^>]*>.*Joker.com refused the list\./);
    expect(out).toContain('pattern: invalid');
    expect(out).not.toContain('No things yet.');
  });

  it('shows skeleton rows while loading, hidden from assistive technology, and no empty text', () => {
    const out = html({ data: [], isLoading: true, empty: 'No things yet.' });
    expect(out).toContain('aria-busy="true"');
    expect(out.match(/<tr aria-hidden="true"/g)).toHaveLength(5);
    expect(out).not.toContain('No things yet.');
  });

  it('selection: a labelled checkbox per row, the selected rows checked and aria-selected, select-all half set', () => {
    const selected: RowSelectionState = { b: true, d: true };
    const out = html({ selection: { selected, onChange: () => {}, rowLabel: (r) => r.name } });
    expect(out).toContain('aria-label="Select all rows on this page"');
    for (const name of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) expect(out).toContain(`aria-label="Select ${name}"`);
    expect(out.match(/<tr aria-selected="true"/g)).toHaveLength(2);
    expect(out.match(/<tr aria-selected="false"/g)).toHaveLength(3);
    expect(out).toMatch(/<tr aria-selected="true"[^>]*><td[^>]*><input type="checkbox" aria-label="Select bravo" checked=""/);
    // The selection column does not sort.
    expect(out.match(/aria-sort=/g)).toHaveLength(2);
  });

  it('selection with every row on the page chosen checks select-all', () => {
    const all = Object.fromEntries(ROWS.map((r) => [r.id, true]));
    const out = html({ selection: { selected: all, onChange: () => {}, rowLabel: (r) => r.name } });
    expect(out).toMatch(/<input type="checkbox" aria-label="Select all rows on this page" checked=""/);
  });

  it('server paging: shows the rows it is given, the total, and Next while more pages remain', () => {
    const out = html({ data: ROWS.slice(0, 2), serverPaging: { pageIndex: 1, pageSize: 2, total: 5, onPageChange: () => {} } });
    expect(names(out)).toEqual(['alpha', 'bravo']);
    expect(out).toContain('5 in all');
    expect(out).toContain('page 2 of 3');
  });
});

describe('serverPagerState', () => {
  it('with a total: page count rounded up, Next until the last page', () => {
    expect(serverPagerState({ pageIndex: 0, pageSize: 50, total: 101 }, 50)).toEqual({ pageCount: 3, canPrevious: false, canNext: true, summary: '101 in all' });
    expect(serverPagerState({ pageIndex: 2, pageSize: 50, total: 101 }, 1)).toMatchObject({ canPrevious: true, canNext: false });
    expect(serverPagerState({ pageIndex: 1, pageSize: 50, total: 100 }, 50)).toMatchObject({ pageCount: 2, canNext: false });
  });

  it('an empty list is one page, not zero', () => {
    expect(serverPagerState({ pageIndex: 0, pageSize: 50, total: 0 }, 0)).toEqual({ pageCount: 1, canPrevious: false, canNext: false, summary: '0 in all' });
  });

  it('without a total: a full page may have a next one, a short page is the last', () => {
    expect(serverPagerState({ pageIndex: 0, pageSize: 2 }, 2)).toEqual({ pageCount: undefined, canPrevious: false, canNext: true, summary: '2 rows' });
    expect(serverPagerState({ pageIndex: 3, pageSize: 2 }, 1)).toEqual({ pageCount: undefined, canPrevious: true, canNext: false, summary: '1 row' });
  });
});
