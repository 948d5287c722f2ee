// Tables that become cards on a phone keep their table semantics through explicit roles, and
// each cell gets its column's header as its card label unless the markup gives one.
import { describe, expect, it } from 'vitest';
import { prepareStackedTable, prepareStackedTables } from './stacked-tables';

function table(html: string, cls = 'stack-on-phone'): HTMLTableElement {
  document.body.innerHTML = `<table class="${cls}">${html}</table>`;
  return document.querySelector('table')!;
}

const TWO_ROWS = `<caption>Asiakkaat</caption>
  <thead><tr><th scope="col">Nimi</th><th scope="col">Vaihe</th><th scope="col">Määräaika</th></tr></thead>
  <tbody>
    <tr><th scope="row">Aino</th><td data-label="Oma">Työskentely</td><td>1.2.2027</td></tr>
    <tr><th scope="row">Eero</th><td>Arviointi</td><td></td></tr>
  </tbody>`;

describe('prepareStackedTable', () => {
  it('gives the table, row groups, rows, headers and cells their roles', () => {
    const t = table(TWO_ROWS);
    prepareStackedTable(t);
    expect(t.getAttribute('role')).toBe('table');
    expect(t.tHead?.getAttribute('role')).toBe('rowgroup');
    expect(t.tBodies[0].getAttribute('role')).toBe('rowgroup');
    expect(Array.from(t.rows).map((r) => r.getAttribute('role'))).toEqual(['row', 'row', 'row']);
    expect(Array.from(t.rows[0].cells).map((c) => c.getAttribute('role'))).toEqual(['columnheader', 'columnheader', 'columnheader']);
    expect(Array.from(t.rows[1].cells).map((c) => c.getAttribute('role'))).toEqual(['rowheader', 'cell', 'cell']);
  });

  it('labels each body cell with its column header, keeping a label the markup gives', () => {
    const t = table(TWO_ROWS);
    prepareStackedTable(t);
    expect(Array.from(t.rows[1].cells).map((c) => c.getAttribute('data-label'))).toEqual(['Nimi', 'Oma', 'Määräaika']);
    expect(Array.from(t.rows[2].cells).map((c) => c.getAttribute('data-label'))).toEqual(['Nimi', 'Vaihe', 'Määräaika']);
    expect(t.rows[0].cells[0].hasAttribute('data-label')).toBe(false);
  });

  it('follows a header that changes (another language) but never a label from the markup', () => {
    const t = table(TWO_ROWS);
    prepareStackedTable(t);
    t.rows[0].cells[1].textContent = 'Fas';
    t.rows[0].cells[2].textContent = 'Tidsfrist';
    prepareStackedTable(t);
    expect(t.rows[2].cells[1].getAttribute('data-label')).toBe('Fas');
    expect(t.rows[2].cells[2].getAttribute('data-label')).toBe('Tidsfrist');
    expect(t.rows[1].cells[1].getAttribute('data-label')).toBe('Oma');
  });

  it('keeps roles the markup gives, counts colspans, and is idempotent', () => {
    const t = table(`<thead><tr><th colspan="2">Jakso</th><th>Syy</th></tr></thead>
      <tbody><tr role="row"><td>1.1.</td><td>2.2.</td><td>Sairaus</td></tr></tbody>`);
    t.setAttribute('role', 'grid');
    prepareStackedTable(t);
    prepareStackedTable(t);
    expect(t.getAttribute('role')).toBe('grid');
    expect(Array.from(t.rows[1].cells).map((c) => c.getAttribute('data-label'))).toEqual(['Jakso', 'Jakso', 'Syy']);
    expect(t.rows[0].cells[0].getAttribute('role')).toBe('columnheader');
  });

  it('a table without a header row gets roles only', () => {
    const t = table('<tbody><tr><th>Taso</th><td>Kuvaus</td></tr></tbody>');
    prepareStackedTable(t);
    expect(t.rows[0].cells[0].getAttribute('role')).toBe('rowheader');
    expect(t.rows[0].cells[1].getAttribute('role')).toBe('cell');
    expect(t.rows[0].cells[1].hasAttribute('data-label')).toBe(false);
  });
});

describe('prepareStackedTables', () => {
  it('prepares stack-on-phone, data-table and Suomi.fi tables, and no other', () => {
    document.body.innerHTML = `
      <table class="stack-on-phone" id="a"><tbody><tr><td>x</td></tr></tbody></table>
      <table class="data-table" id="b"><tbody><tr><td>x</td></tr></tbody></table>
      <div class="fi-table"><table id="c"><tbody><tr><td>x</td></tr></tbody></table></div>
      <table class="gas-table" id="d"><tbody><tr><td>x</td></tr></tbody></table>`;
    prepareStackedTables(document.body);
    expect(['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)?.getAttribute('role') ?? null)).toEqual([
      'table',
      'table',
      'table',
      null,
    ]);
  });
});
