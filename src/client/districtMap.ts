// <district-map>: swaps the build-time SVG for the Leaflet map once the map scrolls into view. Leaflet and the
// boundaries are fetched only then; if anything fails the SVG and the table stay.
export interface MapConfig {
  geojson: string;
  years: string[];
  year: string;
  values: Record<string, Record<string, number | null>>;
  displays: Record<string, Record<string, string>>;
  districts: Record<string, { name: string; url: string; timeline: string }>;
  colours: Record<string, string>;
  breaks: number[];
  places: Array<{ name: string; lat: number; lon: number; district: string; url: string }>;
  events: Array<{ title: string; date: string; category: string; lat: number; lon: number; url: string; district: string; districtUrl: string }>;
  labels: Record<'layerYear' | 'layerMarkers' | 'noFigure' | 'openDistrict' | 'districtTimeline' | 'attribution', string>;
  /** South-west and north-east corners of the view to open on. */
  bounds: [[number, number], [number, number]];
  tiles: { url: string; attribution: string } | null;
  /** On a district page: the district to outline and zoom to. */
  focus?: string;
}

class DistrictMap extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void this.load();
    });
    observer.observe(this);
  }

  private async load(): Promise<void> {
    const config = JSON.parse(this.querySelector('[data-config]')!.textContent!) as MapConfig;
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

customElements.define('district-map', DistrictMap);
