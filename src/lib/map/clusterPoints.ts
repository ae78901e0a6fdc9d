/**
 * Groups points that would overlap on screen: each point joins the first group whose centre is closer than
 * `distance` pixels, otherwise starts a group of its own. Group centres are therefore at least `distance` apart,
 * so markers of that size never cover one another and each stays a target of its own.
 */
export function clusterPoints<T extends { x: number; y: number }>(points: readonly T[], distance: number): T[][] {
  const groups: T[][] = [];
  for (const point of points) {
    const group = groups.find(([centre]) => Math.hypot(centre!.x - point.x, centre!.y - point.y) < distance);
    if (group) group.push(point);
    else groups.push([point]);
  }
  return groups;
}
