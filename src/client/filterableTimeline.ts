// <filterable-timeline>: filters the server-rendered timeline in place, announces the count and keeps the
// state in the URL so a filtered view can be shared and the back button works. Without JavaScript the
// form stays hidden and readers use the category and district pages instead. What it reads from the page (the
// data-* attributes) is declared, written and read in src/lib/timeline/timelineFilters.ts.
import { fill } from '../lib/format.ts';
import { sortEvents } from '../lib/timeline/eventOrder.ts';
import {
  FILTER_KEYS,
  matchesFilters,
  readTimelineEvent,
  readTimelineHost,
  readTimelineOrder,
  readTimelineState,
  writeTimelineState,
  type TimelineFilters,
  type TimelineOrder,
} from '../lib/timeline/timelineFilters.ts';

class FilterableTimeline extends HTMLElement {
  private form!: HTMLFormElement;

  connectedCallback(): void {
    this.form = this.querySelector<HTMLFormElement>('[data-filters]')!;
    this.form.hidden = false;
    this.form.addEventListener('change', () => this.commit());
    this.form.addEventListener('reset', () => queueMicrotask(() => this.commit()));
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  /** Reads the URL into the form and the list (on load and on back/forward). */
  private restore(): void {
    const { filters, order } = readTimelineState(window.location.search);
    for (const name of FILTER_KEYS) this.select(name).value = filters[name] ?? '';
    this.select('order').value = order;
    this.apply(this.formFilters(), order);
  }

  /** Applies the form's state and records it as a new history entry. */
  private commit(): void {
    const filters = this.formFilters();
    const order = readTimelineOrder(this.select('order').value);
    const query = writeTimelineState(filters, order);
    if (query !== window.location.search) history.pushState(null, '', `${window.location.pathname}${query}`);
    this.apply(filters, order);
  }

  private select(name: string): HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLSelectElement;
  }

  /** The filters as the form shows them; a value not offered (an outdated link) shows as "All". */
  private formFilters(): TimelineFilters {
    const filters: TimelineFilters = {};
    for (const name of FILTER_KEYS) {
      const value = this.select(name).value;
      if (value) filters[name] = value;
    }
    return filters;
  }

  private apply(filters: TimelineFilters, order: TimelineOrder): void {
    let shown = 0;
    for (const item of this.querySelectorAll<HTMLElement>('.timeline-event')) {
      const visible = matchesFilters(readTimelineEvent(item.id, item.dataset), filters);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const year of this.querySelectorAll<HTMLElement>('.timeline-year')) {
      year.hidden = !year.querySelector('.timeline-event:not([hidden])');
    }
    this.order(order);
    const { template, total } = readTimelineHost(this.dataset);
    this.querySelector('[data-status]')!.textContent = fill(template, { shown, total });
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
  }

  /** Puts years and events in the chosen order in the document itself, so reading and tab order follow it. */
  private order(order: TimelineOrder): void {
    const container = this.querySelector<HTMLElement>('[data-timeline-years]');
    if (!container || container.dataset.order === order || (!container.dataset.order && order === 'oldest')) return;
    container.dataset.order = order;
    // Years reverse; events within a year are sorted by the shared rule (by date, ties by id in either order),
    // so two events of one day keep the order the build gives them.
    container.append(...[...container.children].reverse());
    for (const list of container.querySelectorAll<HTMLElement>('.timeline-events')) {
      const items = [...list.querySelectorAll<HTMLElement>(':scope > .timeline-event')].map((item) => ({
        item,
        id: item.id,
        data: { date: item.dataset.date ?? '' },
      }));
      list.append(...sortEvents(items, order).map(({ item }) => item));
    }
  }
}

customElements.define('filterable-timeline', FilterableTimeline);
