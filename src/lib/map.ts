import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Region } from './types.ts';

export interface MapPoint {
  id: string;
  name: string;
  partner: boolean;
  x: number;
  y: number;
}

export interface MapModel {
  width: number;
  height: number;
  /** One SVG path per country outline inside the view. */
  outlines: string[];
  points: MapPoint[];
  /** Regions with coordinates too far from the rest to fit one readable map. */
  outside: Region[];
}

const rad = Math.PI / 180;

type Point = [number, number];

/** Sutherland–Hodgman: the part of a ring inside the rectangle [0,w]×[0,h], so outlines carry only what is seen. */
export function clipRing(ring: Point[], w: number, h: number): Point[] {
  const edges: Array<[(p: Point) => boolean, (a: Point, b: Point) => Point]> = [
    [(p) => p[0] >= 0, (a, b) => [0, a[1] + ((b[1] - a[1]) * (0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= 0, (a, b) => [a[0] + ((b[0] - a[0]) * (0 - a[1])) / (b[1] - a[1]), 0]],
    [(p) => p[1] <= h, (a, b) => [a[0] + ((b[0] - a[0]) * (h - a[1])) / (b[1] - a[1]), h]],
  ];
  let output = ring;
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(cross(previous, current));
      }
    });
    if (!output.length) break;
  }
  return output;
}
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * rad) / 2));

/** Rings that cross the antimeridian (Russia, Fiji) jump from 180° to -180°; keep their longitudes continuous. */
export function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((position, i) => {
    const previous = ring[i - 1];
    if (previous && Math.abs(position[0]! - previous[0]!) > 180) shift += position[0]! < previous[0]! ? 360 : -360;
    return [position[0]! + shift, position[1]!];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Splits regions into the main cluster (within 40° of longitude and 25° of latitude of the median)
 * and the rest, so a map of Europe is not shrunk to a world map by one region in South America.
 */
export function clusterRegions(regions: readonly Region[]): { inside: Region[]; outside: Region[] } {
  const placed = regions.filter((r) => r.coordinates);
  const lat0 = median(placed.map((r) => r.coordinates![0]));
  const lon0 = median(placed.map((r) => r.coordinates![1]));
  const inside = placed.filter((r) => Math.abs(r.coordinates![0] - lat0) <= 25 && Math.abs(r.coordinates![1] - lon0) <= 40);
  return { inside, outside: placed.filter((r) => !inside.includes(r)) };
}

/** A Mercator map of the regions' main cluster with the country outlines of `countries`, drawn at build time. */
export function buildMap(regions: readonly Region[], countries: readonly Feature<Polygon | MultiPolygon>[], width = 640): MapModel {
  const { inside, outside } = clusterRegions(regions);
  const lats = inside.map((r) => r.coordinates![0]);
  const lons = inside.map((r) => r.coordinates![1]);
  const pad = 4;
  const [west, east] = [Math.min(...lons) - pad * 2, Math.max(...lons) + pad * 2];
  const [south, north] = [Math.min(...lats) - pad, Math.max(...lats) + pad];
  const scale = width / ((east - west) * rad);
  const height = Math.round((mercatorY(north) - mercatorY(south)) * scale);
  const project = ([lon, lat]: Position): Point => [(lon! - west) * rad * scale, (mercatorY(north) - mercatorY(lat!)) * scale];
  const round = (n: number) => Math.round(n * 10) / 10;
  const ringPath = (ring: Position[]) => {
    let last = '';
    const parts: string[] = [];
    for (const [x, y] of clipRing(unwrap(ring).map(project), width, height)) {
      const point = `${round(x)} ${round(y)}`;
      if (point !== last) parts.push(point);
      last = point;
    }
    return parts.length > 2 ? `M${parts.join('L')}Z` : '';
  };
  const outlines = countries
    .map((feature) => {
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      return polygons.map((rings) => rings.map(ringPath).join('')).join('');
    })
    .filter(Boolean);
  const points = inside.map((r) => {
    const [x, y] = project([r.coordinates![1], r.coordinates![0]]);
    return { id: r.id, name: r.name, partner: Boolean(r.partner), x: round(x), y: round(y) };
  });
  return { width, height, outlines, points, outside };
}
