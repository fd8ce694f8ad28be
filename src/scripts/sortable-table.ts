// <sortable-table>: turns each column header into a sort button. The table works unsorted without it.
class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    if (!table?.tBodies[0] || table.dataset['enhanced']) return;
    table.dataset['enhanced'] = 'true';
    this.querySelector('.sort-hint')?.removeAttribute('hidden');
    table.querySelectorAll<HTMLTableCellElement>('thead th').forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      button.addEventListener('click', () => this.sort(table, th, index));
      th.append(button);
    });
  }

  private sort(table: HTMLTableElement, th: HTMLTableCellElement, index: number): void {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('thead th').forEach((other) => other.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const numeric = th.hasAttribute('data-numeric');
    const body = table.tBodies[0]!;
    const key = (row: HTMLTableRowElement) => {
      const cell = row.cells[index];
      const sort = cell?.dataset['sort'];
      return numeric || sort !== undefined ? Number(sort ?? cell?.textContent ?? 0) : (cell?.textContent ?? '').trim();
    };
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), document.documentElement.lang);
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
