// The small part of d3-geo's API that cables-front-map uses.
declare module 'd3-geo' {
  export interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    fitExtent(extent: [[number, number], [number, number]], object: unknown): GeoProjection;
  }
  export function geoMercator(): GeoProjection;
  export function geoPath(projection?: GeoProjection): (object: unknown) => string | null;
}
