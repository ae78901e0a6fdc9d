// <sortable-table>: sorts a server-rendered table by the column whose heading button is pressed;
// a second press reverses the order. Cells sort by their raw data-value; empty cells (not reported) go last.
// The attributes and the order are declared in src/lib/datasets/previewTable.ts, which builds the table.
import { compareSortValues, readSortType } from '../lib/datasets/previewTable.ts';

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    this.querySelectorAll<HTMLButtonElement>('thead th button').forEach((button, index) => {
      button.addEventListener('click', () => this.sort(index));
    });
  }

  private sort(index: number): void {
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th')];
    const header = headers[index]!;
    const direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    headers.forEach((th) => th.setAttribute('aria-sort', 'none'));
    header.setAttribute('aria-sort', direction);
    const type = readSortType(header.dataset.type);
    const body = this.querySelector('tbody')!;
    const rows = [...body.rows];
    const valueOf = (row: HTMLTableRowElement) => row.cells[index]?.dataset.value ?? '';
    rows.sort((a, b) => compareSortValues(valueOf(a), valueOf(b), type, direction));
    body.append(...rows);
  }
}

customElements.define('sortable-table', SortableTable);
