// <update-status data-due="YYYY-MM-DD">: shows the "overdue" badge when the reader's today is past the due date.
// Done in the browser so the built pages stay the same whichever day they were built. The attribute is declared
// in src/lib/datasets/nextUpdate.ts.
import { isOverdue, readDueDate } from '../lib/datasets/nextUpdate.ts';

class UpdateStatus extends HTMLElement {
  connectedCallback(): void {
    const today = new Date().toISOString().slice(0, 10);
    const badge = this.querySelector<HTMLElement>('[data-overdue]');
    if (badge) badge.hidden = !isOverdue(readDueDate(this.dataset), today);
  }
}

customElements.define('update-status', UpdateStatus);
