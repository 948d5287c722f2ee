// Tables that become cards on a phone (app.css: `table.stack-on-phone`, every `data-table` and
// every Suomi.fi Table)
// are drawn with `display: block` there, and with that Chromium and WebKit stop exposing them as
// tables to screen readers. Explicit ARIA roles (table, rowgroup, row, columnheader/rowheader,
// cell) keep the table semantics whatever the CSS does; they are added here, for every such table
// on the page, so that no feature has to remember them. A cell without a `data-label` (the card's
// "label: value") gets its column header's text (and follows it when the language changes).
import { useEffect } from 'react';

export const STACKED_TABLES = 'table.stack-on-phone, table.data-table, .fi-table table';

function setIfMissing(el: Element, name: string, value: string): void {
  if (!el.hasAttribute(name)) el.setAttribute(name, value);
}

function roleOfHeader(th: Element): string {
  const scope = th.getAttribute('scope');
  if (scope === 'row' || scope === 'rowgroup') return 'rowheader';
  if (scope === 'col' || scope === 'colgroup') return 'columnheader';
  return th.closest('thead') ? 'columnheader' : 'rowheader';
}

/** Column header texts by column index (colspans counted). */
function headerTexts(table: HTMLTableElement): string[] {
  const row = table.tHead?.rows[0];
  if (!row) return [];
  const texts: string[] = [];
  for (const cell of Array.from(row.cells)) {
    const text = (cell.textContent ?? '').trim();
    for (let i = 0; i < Math.max(1, cell.colSpan); i++) texts.push(text);
  }
  return texts;
}

/** Gives one table its explicit roles and its cells their labels. Idempotent. */
export function prepareStackedTable(table: HTMLTableElement): void {
  setIfMissing(table, 'role', 'table');
  for (const group of [table.tHead, ...Array.from(table.tBodies), table.tFoot]) {
    if (group) setIfMissing(group, 'role', 'rowgroup');
  }
  const headers = headerTexts(table);
  for (const row of Array.from(table.rows)) {
    setIfMissing(row, 'role', 'row');
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      setIfMissing(cell, 'role', cell.tagName === 'TH' ? roleOfHeader(cell) : 'cell');
      const label = headers[column];
      // a label the markup gives stays; one taken from the header follows it (a new language)
      const given = cell.hasAttribute('data-label') && !cell.hasAttribute('data-label-auto');
      if (row.parentElement !== table.tHead && label && !given && cell.getAttribute('data-label') !== label) {
        cell.setAttribute('data-label', label);
        cell.setAttribute('data-label-auto', '');
      }
      column += Math.max(1, cell.colSpan);
    }
  }
}

export function prepareStackedTables(root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll<HTMLTableElement>(STACKED_TABLES))) prepareStackedTable(table);
}

/** Keeps every stacked table under `document.body` prepared as pages render and change. */
export function useStackedTables(): void {
  useEffect(() => {
    prepareStackedTables(document.body);
    const observer = new MutationObserver(() => prepareStackedTables(document.body));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}
