/** Where an event's marker goes: its first district's centre, fanned out when several events share a district. */
export function eventMarkerPositions<E extends { id: string; data: { districts: string[]; date: string } }>(
  events: readonly E[],
  districts: ReadonlyMap<string, { data: { lat: number; lon: number } }>,
  spread = 0.06,
): Array<{ event: E; lat: number; lon: number }> {
  const placed = new Map<string, number>();
  return [...events]
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
    .flatMap((event) => {
      const district = districts.get(event.data.districts[0] ?? '');
      if (!district) return [];
      const index = placed.get(event.data.districts[0]!) ?? 0;
      placed.set(event.data.districts[0]!, index + 1);
      // The first event sits a step east of the centre (the centre is the district's own label); the next ones go round it.
      const angle = (index * 2 * Math.PI) / 6;
      const radius = spread * (1 + Math.floor(index / 6) * 0.6);
      return [{ event, lat: district.data.lat + radius * Math.sin(angle), lon: district.data.lon + radius * Math.cos(angle) }];
    });
}
