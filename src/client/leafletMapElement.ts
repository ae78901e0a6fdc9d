// <district-map>: swaps the build-time SVG for the Leaflet map once the map scrolls into view. Leaflet and the
// boundaries are fetched only then; if anything fails the SVG and the table stay.
import { readScriptJson } from '../lib/jsonScript.ts';
import { isMapConfig } from '../lib/map/mapConfig.ts';

class LeafletMapElement extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void this.load();
    });
    observer.observe(this);
  }

  private async load(): Promise<void> {
    const config = readScriptJson(this.querySelector('[data-config]')?.textContent, isMapConfig, '<district-map>');
    const host = this.querySelector<HTMLElement>('[data-leaflet]')!;
    const fallback = this.querySelector<HTMLElement>('[data-fallback]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.hidden = false;
    try {
      const [{ drawMap }, response] = await Promise.all([import('./drawMap.ts'), fetch(config.geojson)]);
      if (!response.ok) throw new Error(`${config.geojson}: ${response.status}`);
      host.hidden = false;
      fallback.hidden = true;
      drawMap(host, config, await response.json());
      this.dataset.drawn = 'true';
    } catch (error) {
      console.error(error);
      host.hidden = true;
      fallback.hidden = false;
      status.textContent = this.dataset.failed ?? '';
      return;
    }
    status.hidden = true;
  }
}

customElements.define('district-map', LeafletMapElement);
