// Builds the front-line map's base geography from Natural Earth 1:10m (public domain),
// as packaged by the npm module world-atlas, and the rivers from the project's reference
// data. Only what the map shows is kept: the Korean peninsula as one land shape (the
// present-day inter-Korean border must not appear on 1950 dates), its Chinese and Soviet
// borderlands and a corner of Japan, clipped to the map's frame, simplified to its display
// scale (about 1 km) and rounded to 3 decimals. The North/South Korean boundary is kept
// separately: it follows the 1953 Military Demarcation Line to within a few kilometres.
//
//   cd src/tools/basemap && npm install && node make-basemap.mjs [path/to/korea-rivers.geojson]
//
// Writes ../../../content/map/basemap.geojson and ../../../content/map/rivers.geojson.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
const riversFile = process.argv[2] ?? '../../../../shared/data/korea-rivers-ne10m.geojson';
const out = new URL('../../../content/map/', import.meta.url);

const FRAME = { west: 120.5, east: 133.5, south: 32.0, north: 44.5 };
const TOLERANCE = 0.01; // degrees, about 1 km
const KOREA = new Set(['408', '410']);
const CONTEXT = { '156': 'China', '643': 'Soviet Union', '392': 'Japan' };

const countries = world.objects.countries;
const round = (n) => Math.round(n * 1000) / 1000;

// Sutherland–Hodgman clipping of a ring against the frame (longitude/latitude rectangle).
function clipRing(ring) {
  const edges = [
    (p) => p[0] >= FRAME.west, (p) => p[0] <= FRAME.east,
    (p) => p[1] >= FRAME.south, (p) => p[1] <= FRAME.north,
  ];
  const cut = [
    (a, b) => cross(a, b, 0, FRAME.west), (a, b) => cross(a, b, 0, FRAME.east),
    (a, b) => cross(a, b, 1, FRAME.south), (a, b) => cross(a, b, 1, FRAME.north),
  ];
  let points = ring;
  for (let e = 0; e < 4; e++) {
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[i], b = points[(i + 1) % points.length];
      const ina = edges[e](a), inb = edges[e](b);
      if (ina) next.push(a);
      if (ina !== inb) next.push(cut[e](a, b));
    }
    points = next;
    if (points.length === 0) break;
  }
  return points;
}
function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// Douglas–Peucker simplification.
function simplify(points, tolerance) {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let index = -1, max = 0;
    for (let i = first + 1; i < last; i++) {
      const d = distance(points[i], points[first], points[last]);
      if (d > max) { max = d; index = i; }
    }
    if (max > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
function distance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function polygons(geometry) {
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const result = [];
  for (const polygon of list) {
    const rings = polygon
      .map((ring) => simplify(clipRing(ring.slice(0, -1)), TOLERANCE).map(([x, y]) => [round(x), round(y)]))
      .filter((ring) => ring.length >= 3)
      .map((ring) => [...ring, ring[0]]);
    if (rings.length && area(rings[0]) > 0.0004) result.push(rings);
  }
  return result;
}
function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(sum / 2);
}
function lines(geometry) {
  const list = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return list
    .map((line) => simplify(line, TOLERANCE / 2).map(([x, y]) => [round(x), round(y)]))
    .filter((line) => line.length >= 2);
}

const koreaLand = merge(world, countries.geometries.filter((g) => KOREA.has(g.id)));
const features = [{
  type: 'Feature',
  properties: { role: 'korea', name: 'Korea' },
  geometry: { type: 'MultiPolygon', coordinates: polygons(koreaLand) },
}];
for (const g of countries.geometries.filter((g) => g.id in CONTEXT)) {
  const coordinates = polygons(feature(world, g).geometry);
  if (coordinates.length) {
    features.push({ type: 'Feature', properties: { role: 'neighbour', name: CONTEXT[g.id] },
      geometry: { type: 'MultiPolygon', coordinates } });
  }
}
const inter = mesh(world, countries, (a, b) => a !== b && KOREA.has(a.id) && KOREA.has(b.id));
features.push({
  type: 'Feature',
  properties: { role: 'demarcation-line', name: 'North/South Korean boundary (the 1953 Military Demarcation Line, within a few km)' },
  geometry: { type: 'MultiLineString', coordinates: lines(inter) },
});
writeFileSync(new URL('basemap.geojson', out), JSON.stringify({
  type: 'FeatureCollection',
  source: 'Natural Earth 1:10m admin-0 countries (public domain), via the npm module world-atlas 2.0.2; clipped, simplified to ~1 km, rounded to 0.001°',
  features,
}) + '\n');

const rivers = JSON.parse(readFileSync(riversFile, 'utf8'));
writeFileSync(new URL('rivers.geojson', out), JSON.stringify({
  type: 'FeatureCollection',
  source: 'Natural Earth 1:10m rivers and lake centerlines (public domain); simplified to ~0.5 km',
  features: rivers.features.map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name_en ?? f.properties.name, name_ko: f.properties.name_ko ?? null },
    geometry: { type: 'MultiLineString', coordinates: lines(f.geometry) },
  })),
}) + '\n');
console.log('wrote basemap.geojson and rivers.geojson');
