// <sortable-table>: sorts a server-rendered table by the column whose heading button is pressed;
// a second press reverses the order. Cells sort by their raw data-value; empty cells (not reported) go last.
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
    const numeric = header.dataset.type === 'number';
    const body = this.querySelector('tbody')!;
    const rows = [...body.rows];
    const valueOf = (row: HTMLTableRowElement) => row.cells[index]?.dataset.value ?? '';
    rows.sort((a, b) => {
      const [x, y] = [valueOf(a), valueOf(b)];
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return direction === 'ascending' ? order : -order;
    });
    body.append(...rows);
  }
}

customElements.define('sortable-table', SortableTable);
