// <site-search>: Pagefind's search interface over the index built with the site (/pagefind/), in the page's
// language; `?q=` in the address starts a search, so a search can be shared as a link. The words it receives are
// declared and read in src/lib/search/searchTranslations.ts. What a reader types is folded (Zəngilan → zengilan) as
// every page's search-only words were when the site was built (lib/search/searchAliases.ts), so any spelling finds the same pages.
import { foldLetters } from '../lib/foldLetters.ts';
import { readSearchTranslations, type SearchTranslations } from '../lib/search/searchTranslations.ts';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}

/** The options of Pagefind's interface that the site sets. */
interface PagefindUIOptions {
  element: Element | null;
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
  translations: Partial<SearchTranslations>;
  processTerm: (term: string) => string;
}

declare global {
  interface Window {
    /** The constructor pagefind-ui.js puts on window. */
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

class SiteSearch extends HTMLElement {
  async connectedCallback(): Promise<void> {
    await loadScript('/pagefind/pagefind-ui.js');
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    const { PagefindUI } = window;
    if (!PagefindUI) throw new Error('/pagefind/pagefind-ui.js did not define PagefindUI');
    const ui = new PagefindUI({
      element: this.querySelector('[data-search]'),
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: readSearchTranslations(this.dataset),
      processTerm: foldLetters,
    });
    const term = new URLSearchParams(window.location.search).get('q');
    if (term) ui.triggerSearch(term);
    this.dataset.ready = 'true';
  }
}

customElements.define('site-search', SiteSearch);
