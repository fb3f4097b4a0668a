/*
 * <cables-front-map>: the Korean peninsula with the front line and the areas each side
 * held, on any day from 25 June 1950 to 27 July 1953. Works offline: the base map comes
 * from the exhibit's own server, and everything is drawn as SVG with d3-geo.
 *
 * The server (Java wrapper org.cables.map.FrontLineMap) sets `data`, `day`, `highlight`,
 * `labels` and the base map URLs; the element reports `day-changed` (the visitor moved the
 * slider or played the animation) and `place-clicked`.
 *
 * Between two dated states the line and the areas are interpolated: every line and area is
 * resampled to a fixed number of points by length and the points are blended.
 */
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';

type LatLon = [number, number];
interface Point { lat: number; lon: number; approx: boolean; gap: boolean }
interface Pocket { label: string; lat: number; lon: number; radiusKm: number }
interface State { id: string; day: number; label: string; line: Point[]; area: LatLon[]; pockets: Pocket[] }
interface Place { id: string; name: string; lat: number; lon: number }
interface MapEvent { id: string; day: number; title: string; place: string }
interface MapData { first: number; last: number; states: State[]; places: Place[]; keyPlaces: string[]; events: MapEvent[] }
interface Labels { [key: string]: string }

const LINE_POINTS = 96;
const AREA_POINTS = 240;
const WIDTH = 800;
const HEIGHT = 1000;
// The part of the world the map frames (corners as points: no polygon winding to get wrong).
const FRAME = { type: 'MultiPoint', coordinates: [[124.2, 33.9], [130.9, 33.9], [130.9, 43.0], [124.2, 43.0]] } as const;
const SPEEDS: Record<string, number> = { slow: 7, normal: 30, fast: 90 }; // days per second
const EVENT_WINDOW = 21; // days either side of an event during which it is marked
/** A place's name is drawn at least this large on screen (CSS px), however small the map is drawn. */
const NAME_MIN_PX = 13;

/** A box in the drawing's units. */
interface Box { x: number; y: number; w: number; h: number }
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
/**
 * Where a place's name may go around its dot, in the order cartographers prefer them (Imhof):
 * right, upper right, lower right, left, upper left, lower left, above, below. [x side, y side].
 */
const LABEL_SPOTS: ReadonlyArray<[number, number]> = [[1, 0], [1, -1], [1, 1], [-1, 0], [-1, -1], [-1, 1], [0, -1], [0, 1]];

/** Resamples a polyline (or a closed ring) to n points evenly spaced along its length. */
function resample(points: LatLon[], n: number, closed: boolean): LatLon[] {
  const pts = closed ? [...points, points[0]] : points;
  const lengths = [0];
  for (let i = 1; i < pts.length; i++) {
    lengths.push(lengths[i - 1] + Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]));
  }
  const total = lengths[lengths.length - 1] || 1;
  const out: LatLon[] = [];
  const count = closed ? n : n - 1;
  let segment = 1;
  for (let k = 0; k < n; k++) {
    const target = (k / count) * total;
    while (segment < pts.length - 1 && lengths[segment] < target) segment++;
    const a = pts[segment - 1], b = pts[segment];
    const span = lengths[segment] - lengths[segment - 1] || 1;
    const t = Math.min(1, Math.max(0, (target - lengths[segment - 1]) / span));
    out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
  }
  return out;
}

/** For each resampled point of a line, the index of the original segment it lies on. */
function segmentIndex(points: Point[], n: number): number[] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    lengths.push(lengths[i - 1] + Math.hypot(points[i].lat - points[i - 1].lat, points[i].lon - points[i - 1].lon));
  }
  const total = lengths[lengths.length - 1] || 1;
  const result: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    const middle = ((k + 0.5) / (n - 1)) * total;
    let s = 1;
    while (s < points.length - 1 && lengths[s] < middle) s++;
    result.push(s - 1);
  }
  return result;
}

interface Shape { line: LatLon[]; style: ('solid' | 'dashed' | 'gap')[]; area: LatLon[]; pockets: Pocket[] }

function shapeOf(state: State): Shape {
  const line = resample(state.line.map((p) => [p.lat, p.lon] as LatLon), LINE_POINTS, false);
  const segments = segmentIndex(state.line, LINE_POINTS);
  const style = segments.map((s) => {
    const a = state.line[s], b = state.line[s + 1];
    return a.gap ? 'gap' : a.approx || b.approx ? 'dashed' : 'solid';
  });
  const ring = [...state.line.map((p) => [p.lat, p.lon] as LatLon), ...state.area];
  return { line, style, area: resample(ring, AREA_POINTS, true), pockets: state.pockets };
}

function blend(a: Shape, b: Shape, t: number): Shape {
  const mix = (p: LatLon, q: LatLon): LatLon => [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
  return {
    line: a.line.map((p, i) => mix(p, b.line[i])),
    area: a.area.map((p, i) => mix(p, b.area[i])),
    style: (t < 0.5 ? a : b).style,
    pockets: (t < 0.5 ? a : b).pockets,
  };
}

export class CablesFrontMap extends LitElement {
  static properties = {
    data: { type: Object },
    dataUrl: { type: String, attribute: 'data-url' },
    day: { type: Number },
    highlight: { type: Array },
    labels: { type: Object },
    locale: { type: String },
    basemapUrl: { type: String, attribute: 'basemap-url' },
    riversUrl: { type: String, attribute: 'rivers-url' },
    compact: { type: Boolean, reflect: true },
    bare: { type: Boolean, reflect: true },
    attract: { type: Boolean, reflect: true },
    playing: { state: true },
    speed: { state: true },
    zoom: { state: true },
    panX: { state: true },
    panY: { state: true },
    basemap: { state: true },
    rivers: { state: true },
  };

  data: MapData | null = null;
  /** Where the data is fetched from (the exhibit's /map-data/front-lines-LANG.json); the browser keeps it. */
  dataUrl = '';
  day = 0;
  highlight: string[] = [];
  labels: Labels = {};
  locale = 'en-GB';
  basemapUrl = '';
  riversUrl = '';
  compact = false;
  /** For quiz questions: no date, slider or event markers that would give the answer away. */
  bare = false;
  /**
   * For a kiosk's attract loop: no controls, no touch handling; the war plays by itself,
   * pausing at every dated state with its date and name in large type, and starts again.
   */
  attract = false;
  playing = false;
  speed = 'normal';
  zoom = 1;
  panX = 0;
  panY = 0;
  basemap: any = null;
  rivers: any = null;

  private shapes: Shape[] = [];
  private projection: GeoProjection = geoMercator().fitExtent([[24, 24], [WIDTH - 24, HEIGHT - 24]], FRAME as any);
  private path = geoPath(this.projection);
  private frame = 0;
  private lastTick = 0;
  private notifyTimer = 0;
  private pointers = new Map<number, { x: number; y: number }>();
  private pinchDistance = 0;
  private reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  /** Watches the drawing's size on screen, which sets the names' type size (sizeNames). */
  private resizer: ResizeObserver | null = null;
  private observedSvg: Element | null = null;
  private nameSize = 15;
  /** Whether the drawing has a size on screen (not hidden): only then can the names be measured. */
  private laidOut = false;
  /** What the names were last placed for (placeLabels): while playing, most frames change none of it. */
  private placedFor = '';
  /** A font that arrives later (the Korean type comes in slices) changes the names' boxes: measured again. */
  private readonly fontsLoaded = () => { this.textMetrics.clear(); this.placedFor = ''; this.requestUpdate(); };
  /** Each name's box in the drawing's units (width, height, baseline below its top), by name and type size. */
  private textMetrics = new Map<string, { width: number; height: number; ascent: number }>();
  private loopTimer = 0;
  /** The data address last fetched or being fetched, so that it is fetched once. */
  private dataUrlFetched = '';
  private holdUntil = 0;

  static styles = css`
    :host {
      display: block;
      position: relative;
      --map-sea: light-dark(#dfe7ec, #16232c);
      --map-neighbour: light-dark(#ece7dc, #2a2824);
      --map-un: light-dark(#c9dcf2, #23415f);
      --map-communist: light-dark(#f2d2cc, #5a2b27);
      --map-border: light-dark(#8c8576, #8d867a);
      --map-line: light-dark(#1d1a16, #f6efe2);
      --map-river: light-dark(#4f86b5, #6fa3cc);
      --map-label: light-dark(#1d1a16, #f6efe2);
      --map-halo: light-dark(rgba(255, 253, 248, 0.92), rgba(20, 19, 17, 0.92));
      --map-highlight: light-dark(#8a2a22, #ffb7aa);
      --map-focus: light-dark(#1d4f91, #8cc4ff);
      color: var(--map-label);
      font-family: inherit;
    }
    .frame { position: relative; border: 1px solid var(--map-border); border-radius: 8px; overflow: hidden;
      background: var(--map-sea); touch-action: none; }
    svg { display: block; width: 100%; height: auto; max-height: 78vh; cursor: grab; user-select: none; }
    :host([compact]) svg { max-height: 60vh; }
    :host([bare]) .controls, :host([bare]) .row2 { display: none; }
    :host([attract]) .controls, :host([attract]) .row2, :host([attract]) .zoom, :host([attract]) .legend { display: none; }
    :host([attract]) .frame { border: none; border-radius: 0; }
    :host([attract]) svg { pointer-events: none; cursor: default; max-height: none; height: 100%; }
    :host([attract]) .frame { height: 100%; }
    .caption { position: absolute; left: 0; right: 0; top: 0; padding: 1.25rem 1.5rem 3rem; pointer-events: none;
      background: linear-gradient(var(--map-halo) 60%, transparent); text-align: left; }
    .caption .when { display: block; font-size: clamp(1.5rem, 3vw, 2.75rem); font-weight: 700; font-variant-numeric: tabular-nums; }
    .caption .what { display: block; font-size: clamp(1.1rem, 2vw, 1.9rem); }
    svg:focus-visible { outline: 3px solid var(--map-focus); outline-offset: -3px; }
    .neighbour { fill: var(--map-neighbour); stroke: var(--map-border); stroke-width: 0.6; }
    .korea { fill: var(--map-communist); stroke: var(--map-border); stroke-width: 0.8; }
    .un-held { fill: var(--map-un); }
    .pocket { fill: var(--map-un); stroke: var(--map-line); stroke-width: 1; }
    .river { fill: none; stroke: var(--map-river); stroke-width: 2.2; stroke-linejoin: round; }
    .mdl { fill: none; stroke: var(--map-line); stroke-width: 1; stroke-dasharray: 1 3; opacity: 0.8; }
    .front { fill: none; stroke: var(--map-line); stroke-width: 3.2; stroke-linecap: round; stroke-linejoin: round; }
    .front.dashed { stroke-dasharray: 7 6; stroke-width: 2.6; }
    .place circle { fill: var(--map-label); }
    .place.highlighted circle { fill: var(--map-highlight); }
    /* --name-size: set from the map's size on screen (sizeNames), 15px when drawn large. */
    .place text { font-size: var(--name-size, 15px); fill: var(--map-label); paint-order: stroke; stroke: var(--map-halo);
      stroke-width: calc(var(--name-size, 15px) / 4); stroke-linejoin: round; }
    .place.highlighted text { font-weight: 700; font-size: calc(var(--name-size, 15px) * 1.1); fill: var(--map-highlight); }
    .place .leader { stroke: var(--map-highlight); stroke-width: calc(var(--name-size, 15px) / 8); }
    .place { cursor: pointer; }
    .place:focus-visible circle { stroke: var(--map-focus); stroke-width: 4; }
    .event path { fill: var(--map-highlight); stroke: var(--map-halo); stroke-width: 1.5; }
    .zoom { position: absolute; top: 8px; right: 8px; display: flex; flex-direction: column; gap: 6px; }
    button, select { font: inherit; min-width: 44px; min-height: 44px; border-radius: 8px; border: 1px solid var(--map-border);
      background: light-dark(#fffdf8, #23211e); color: var(--map-label); cursor: pointer; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid var(--map-focus); outline-offset: 2px; }
    .controls { display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 10px; margin-top: 10px; }
    .date { font-size: 1.25rem; font-weight: 700; min-width: 11ch; text-align: center; font-variant-numeric: tabular-nums; }
    input[type=range] { width: 100%; min-height: 44px; accent-color: var(--map-highlight); }
    .row2 { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin-top: 6px; }
    .legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 0.95rem; margin-top: 8px; }
    .swatch { display: inline-block; width: 1.1em; height: 0.9em; border: 1px solid var(--map-border); vertical-align: -0.1em;
      margin-right: 0.35em; }
    .swatch.line { height: 0; border: 0; border-top: 3px solid var(--map-line); width: 1.6em; vertical-align: 0.25em; }
    .swatch.dashed { border-top-style: dashed; }
    .loading { padding: 2rem; text-align: center; }
    /* On a phone the 800-unit drawing is shown about 360 px wide: bolder lines (the names follow the map's size). */
    @media (max-width: 640px) {
      .front { stroke-width: 5; }
      .front.dashed { stroke-width: 4; stroke-dasharray: 12 9; }
    }
    @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
  `;

  connectedCallback() {
    super.connectedCallback();
    document.fonts?.addEventListener?.('loadingdone', this.fontsLoaded);
    this.load();
    this.loadData();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = null;
    this.observedSvg = null;
    document.fonts?.removeEventListener?.('loadingdone', this.fontsLoaded);
    clearTimeout(this.loopTimer);
    this.loopTimer = 0;
    this.stop();
  }

  protected updated() {
    const drawing = this.renderRoot.querySelector('svg');
    if (drawing && drawing !== this.observedSvg && typeof ResizeObserver !== 'undefined') {
      this.resizer ??= new ResizeObserver(() => this.sizeNames());
      this.resizer.disconnect();
      this.resizer.observe(drawing);
      this.observedSvg = drawing;
    }
    this.placeLabels();
    // The attract loop starts by itself once the map can be drawn.
    if (this.attract && this.data && this.basemap && !this.playing && !this.loopTimer) {
      this.loopTimer = window.setTimeout(() => { this.loopTimer = 0; if (this.attract && !this.playing) this.togglePlay(); }, 1500);
    }
  }

  /** At the end of the war: in the attract loop, wait, then play it again from the start. */
  private finished() {
    this.stop();
    if (this.attract && this.data) {
      const first = this.data.first;
      this.loopTimer = window.setTimeout(() => { this.loopTimer = 0; this.setDay(first, 'no'); this.togglePlay(); }, 8000);
    }
  }

  private async load() {
    const fetchJson = async (url: string) => (url ? (await fetch(url, { cache: 'force-cache' })).json() : null);
    try {
      [this.basemap, this.rivers] = await Promise.all([fetchJson(this.basemapUrl), fetchJson(this.riversUrl)]);
    } catch (e) {
      this.basemap = { features: [] };
    }
  }

  /** The dated states, places and events, from the data address (decision 66). */
  private async loadData() {
    const url = this.dataUrl;
    if (!url || url === this.dataUrlFetched) return;
    this.dataUrlFetched = url;
    try {
      const data = await (await fetch(url, { cache: 'force-cache' })).json();
      if (url === this.dataUrl) this.data = data;
    } catch (e) {
      // Fetched again when the map is next shown.
      this.dataUrlFetched = '';
    }
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('dataUrl') && this.isConnected) {
      this.loadData();
    }
    if (changed.has('data') && this.data) {
      this.shapes = this.data.states.map(shapeOf);
      if (!this.day) this.day = this.data.first;
    }
    // A map's data address set again (not its first value): fetch what it names, whichever of the two it was.
    const reset = (key: string) => changed.has(key) && changed.get(key) !== undefined;
    if (this.isConnected && (reset('basemapUrl') || reset('riversUrl'))) {
      this.load();
    }
  }

  private t(key: string, fallback: string) {
    return this.labels?.[key] ?? fallback;
  }

  private formatDay(day: number) {
    const date = new Date(day * 86400000);
    return date.toLocaleDateString(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  /** The shape of the front on a day, blended between the dated states around it. */
  private shapeOn(day: number): Shape | null {
    const states = this.data?.states ?? [];
    if (!states.length) return null;
    if (day <= states[0].day) return this.shapes[0];
    for (let i = 1; i < states.length; i++) {
      if (day <= states[i].day) {
        const t = (day - states[i - 1].day) / (states[i].day - states[i - 1].day);
        return blend(this.shapes[i - 1], this.shapes[i], t);
      }
    }
    return this.shapes[this.shapes.length - 1];
  }

  private xy(p: LatLon): [number, number] {
    return this.projection([p[1], p[0]]) as [number, number];
  }

  private ringPath(points: LatLon[]) {
    return 'M' + points.map((p) => this.xy(p).map((v) => v.toFixed(1)).join(',')).join('L') + 'Z';
  }

  private linePaths(shape: Shape) {
    const runs: { style: string; d: string }[] = [];
    let current: { style: string; pts: LatLon[] } | null = null;
    for (let i = 0; i < shape.style.length; i++) {
      const style = shape.style[i];
      if (style === 'gap') { current = null; continue; }
      if (!current || current.style !== style) {
        current = { style, pts: [shape.line[i]] };
        runs.push(current as any);
      }
      current.pts.push(shape.line[i + 1]);
    }
    return (runs as any[]).map((r) => ({ style: r.style,
      d: 'M' + r.pts.map((p: LatLon) => this.xy(p).map((v) => v.toFixed(1)).join(',')).join('L') }));
  }

  private circle(pocket: Pocket) {
    const [cx, cy] = this.xy([pocket.lat, pocket.lon]);
    const [, ey] = this.xy([pocket.lat + pocket.radiusKm / 111, pocket.lon]);
    return { cx, cy, r: Math.abs(cy - ey) };
  }

  // ---- Time -------------------------------------------------------------------------------

  private setDay(day: number, notify: 'now' | 'soon' | 'no') {
    if (!this.data) return;
    this.day = Math.max(this.data.first, Math.min(this.data.last, Math.round(day)));
    if (notify !== 'no') {
      clearTimeout(this.notifyTimer);
      const send = () => this.dispatchEvent(new CustomEvent('day-changed', { detail: { day: this.day } }));
      if (notify === 'now') send(); else this.notifyTimer = window.setTimeout(send, 250);
    }
  }

  private togglePlay() {
    if (this.playing) { this.stop(); return; }
    if (!this.data) return;
    if (this.day >= this.data.last) this.setDay(this.data.first, 'no');
    this.playing = true;
    this.lastTick = performance.now();
    const states = this.data.states;
    if (this.reducedMotion?.matches) {
      // No smooth animation: step from one dated state to the next every two seconds.
      const step = () => {
        if (!this.playing || !this.data) return;
        const next = states.find((s) => s.day > this.day);
        if (!next) { this.finished(); return; }
        this.setDay(next.day, 'now');
        this.frame = window.setTimeout(step, this.attract ? 5000 : 2000);
      };
      this.frame = window.setTimeout(step, 600);
      return;
    }
    let lastState = this.stateIndex(this.day);
    this.holdUntil = this.attract ? performance.now() + 3000 : 0;
    // The exact day, with its fraction: a frame at 60 fps moves the map less than a day.
    let exact = this.day;
    const tick = (now: number) => {
      if (!this.playing || !this.data) return;
      const elapsed = (now - this.lastTick) / 1000;
      this.lastTick = now;
      if (now < this.holdUntil) { this.frame = requestAnimationFrame(tick); return; }
      exact += elapsed * (this.attract ? 20 : SPEEDS[this.speed]);
      this.setDay(exact, 'no');
      const index = this.stateIndex(this.day);
      if (index !== lastState) {
        lastState = index;
        if (this.attract) {
          // Rest on each dated state long enough to read its caption.
          this.setDay(states[index].day, 'no');
          exact = this.day;
          this.holdUntil = now + 4000;
        } else {
          this.setDay(this.day, 'now');
        }
      }
      if (this.day >= this.data.last) { this.finished(); return; }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stateIndex(day: number) {
    const states = this.data?.states ?? [];
    let index = 0;
    states.forEach((s, i) => { if (s.day <= day) index = i; });
    return index;
  }

  private stop() {
    if (this.playing) {
      this.playing = false;
      cancelAnimationFrame(this.frame);
      clearTimeout(this.frame);
      this.setDay(this.day, 'now');
    }
  }

  // ---- Pan and zoom -------------------------------------------------------------------------

  private zoomBy(factor: number, cx = WIDTH / 2, cy = HEIGHT / 2) {
    const zoom = Math.max(1, Math.min(8, this.zoom * factor));
    const k = zoom / this.zoom;
    this.panX = cx - k * (cx - this.panX);
    this.panY = cy - k * (cy - this.panY);
    this.zoom = zoom;
    this.clampPan();
  }

  private clampPan() {
    const minX = WIDTH - WIDTH * this.zoom, minY = HEIGHT - HEIGHT * this.zoom;
    this.panX = Math.min(0, Math.max(minX, this.panX));
    this.panY = Math.min(0, Math.max(minY, this.panY));
  }

  private resetView() {
    this.zoom = 1; this.panX = 0; this.panY = 0;
  }

  private svgPoint(e: { clientX: number; clientY: number }) {
    const svgEl = this.renderRoot.querySelector('svg')!;
    const box = svgEl.getBoundingClientRect();
    return { x: ((e.clientX - box.left) / box.width) * WIDTH, y: ((e.clientY - box.top) / box.height) * HEIGHT };
  }

  private onWheel(e: WheelEvent) {
    e.preventDefault();
    const p = this.svgPoint(e);
    this.zoomBy(e.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }

  private onPointerDown(e: PointerEvent) {
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    this.pointers.set(e.pointerId, this.svgPoint(e));
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      this.pinchDistance = Math.hypot(a.x - b.x, a.y - b.y);
    }
  }

  private onPointerMove(e: PointerEvent) {
    const previous = this.pointers.get(e.pointerId);
    if (!previous) return;
    const p = this.svgPoint(e);
    this.pointers.set(e.pointerId, p);
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (this.pinchDistance > 0) this.zoomBy(distance / this.pinchDistance, (a.x + b.x) / 2, (a.y + b.y) / 2);
      this.pinchDistance = distance;
    } else if (this.zoom > 1) {
      this.panX += p.x - previous.x;
      this.panY += p.y - previous.y;
      this.clampPan();
    }
  }

  private onPointerUp(e: PointerEvent) {
    this.pointers.delete(e.pointerId);
    this.pinchDistance = 0;
  }

  private onMapKey(e: KeyboardEvent) {
    const step = 40;
    const moves: Record<string, () => void> = {
      '+': () => this.zoomBy(1.25), '=': () => this.zoomBy(1.25), '-': () => this.zoomBy(0.8), '0': () => this.resetView(),
      ArrowLeft: () => { this.panX += step; this.clampPan(); }, ArrowRight: () => { this.panX -= step; this.clampPan(); },
      ArrowUp: () => { this.panY += step; this.clampPan(); }, ArrowDown: () => { this.panY -= step; this.clampPan(); },
    };
    const move = moves[e.key];
    if (move) { e.preventDefault(); move(); }
  }

  private onSliderKey(e: KeyboardEvent) {
    if (!this.data) return;
    const states = this.data.states;
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      // Jump to the next or previous dated state.
      e.preventDefault();
      const target = e.key === 'PageUp'
        ? states.find((s) => s.day > this.day)?.day ?? this.data.last
        : [...states].reverse().find((s) => s.day < this.day)?.day ?? this.data.first;
      this.setDay(target, 'now');
    }
  }

  private placeClicked(id: string) {
    this.dispatchEvent(new CustomEvent('place-clicked', { detail: { id } }));
  }

  /**
   * The names' type size in the drawing's units: 15 where the map is drawn at least about 870 px
   * wide, and larger where it is drawn smaller, so that a name is never under 13 px on screen (a
   * phone shows the 800-unit drawing about 360 px wide, a tour stop on a desktop about 480 px).
   */
  private sizeNames() {
    const box = this.observedSvg?.getBoundingClientRect();
    this.laidOut = !!box && box.width > 0 && box.height > 0;
    if (!box || !this.laidOut) return;
    const scale = Math.min(box.width / WIDTH, box.height / HEIGHT);
    const size = Math.round(Math.max(15, NAME_MIN_PX / scale));
    if (size !== this.nameSize) {
      this.nameSize = size;
      this.style.setProperty('--name-size', `${size}px`);
    }
    // Placed again whenever the drawing's size changes (a map shown after being hidden included).
    this.placedFor = '';
    this.placeLabels();
  }

  /**
   * Puts each place's name beside its dot where it covers no other name, dot or event mark and
   * stays within the part of the map in view (decision 68). The places a page is about (the
   * highlighted ones) are placed first and always named; if none of the eight spots around a dot is
   * free, a highlighted place's name goes a line further out with a short leader to its dot, or
   * failing that where it covers least. Another place whose name finds no free spot keeps its dot
   * (and its name as the dot's title) without the name: on a phone a few kilometres apart are a
   * few pixels, and overlapping names are unreadable.
   */
  private placeLabels() {
    // A map not laid out (hidden, or not yet shown) has no boxes to measure: placed once it is (sizeNames).
    if (!this.laidOut) return;
    const places = [...this.renderRoot.querySelectorAll<SVGGElement>('g.place')].map((g, i) => {
      const c = g.querySelector('circle')!;
      return { g, i, name: g.querySelector('text')!.textContent ?? '', highlighted: g.classList.contains('highlighted'),
        x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) };
    });
    const events = [...this.renderRoot.querySelectorAll<SVGGElement>('g.event')].map((e) => [Number(e.dataset.x), Number(e.dataset.y)]);
    const inputs = JSON.stringify([this.nameSize, this.zoom, this.panX, this.panY, events,
      places.map((p) => [p.name, p.highlighted, p.x, p.y])]);
    if (inputs === this.placedFor) return;
    this.placedFor = inputs;
    const obstacles: Box[] = places.map((p) => ({ x: p.x - p.r - 1, y: p.y - p.r - 1, w: 2 * p.r + 2, h: 2 * p.r + 2 }));
    events.forEach(([ex, ey]) => obstacles.push({ x: ex - 12, y: ey - 12, w: 24, h: 23 }));
    const view: Box = { x: -this.panX / this.zoom, y: -this.panY / this.zoom, w: WIDTH / this.zoom, h: HEIGHT / this.zoom };
    const placed: Box[] = [];
    const order = [...places].sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || a.i - b.i);
    for (const { g, i, name, highlighted, x, y, r } of order) {
      const text = g.querySelector('text')!;
      const leader = g.querySelector('line')!;
      // The type size the styles give (--name-size, a tenth larger for a highlighted place).
      const size = highlighted ? this.nameSize * 1.1 : this.nameSize;
      const key = `${name}|${size}|${highlighted}`;
      let metrics = this.textMetrics.get(key);
      if (!metrics) {
        // The name's box as the browser lays it out in its font (Hangul's ascent differs from Latin's).
        const b = text.getBBox();
        metrics = { width: b.width, height: b.height, ascent: Number(text.getAttribute('y')) - b.y };
        this.textMetrics.set(key, metrics);
      }
      const { width, height, ascent } = metrics;
      const costOf = (box: Box) => {
        // A little air around the name, so that two never touch.
        const padded = { x: box.x - 2, y: box.y - 1, w: box.w + 4, h: box.h + 2 };
        let cost = placed.reduce((sum, other) => sum + overlap(padded, other), 0);
        obstacles.forEach((other, j) => { if (j !== i) cost += overlap(padded, other); });
        const inside = overlap(box, view);
        return cost + (box.w * box.h - inside);
      };
      const spot = (gap: number, [sx, sy]: [number, number]) => {
        // The box the name would take at this gap from the dot, on the side [sx, sy] (diagonals a little closer).
        const bx = sx > 0 ? x + gap * (sy ? 0.7 : 1) : sx < 0 ? x - gap * (sy ? 0.7 : 1) - width : x - width / 2;
        const top = sy < 0 ? y - gap * (sx ? 0.7 : 1) - height : sy > 0 ? y + gap * (sx ? 0.7 : 1) : y - height / 2;
        return { box: { x: bx, y: top, w: width, h: height }, gap };
      };
      const near = r + 4;
      const candidates = LABEL_SPOTS.map((s) => spot(near, s));
      if (highlighted) candidates.push(...LABEL_SPOTS.map((s) => spot(near + height, s)));
      let best = candidates.find((c) => costOf(c.box) === 0);
      if (!best && highlighted) {
        const costs = candidates.map((c) => costOf(c.box));
        best = candidates[costs.indexOf(Math.min(...costs))];
      }
      if (!best) {
        text.setAttribute('visibility', 'hidden');
        leader.setAttribute('visibility', 'hidden');
        continue;
      }
      const { box, gap } = best;
      text.removeAttribute('visibility');
      text.setAttribute('x', String(box.x));
      text.setAttribute('y', String(box.y + ascent));
      placed.push(box);
      if (gap > near) {
        // A leader from the dot's edge to the nearest point of the name's box.
        const tx = Math.min(Math.max(x, box.x), box.x + box.w), ty = Math.min(Math.max(y, box.y), box.y + box.h);
        const d = Math.hypot(tx - x, ty - y) || 1;
        leader.setAttribute('x1', String(x + ((tx - x) * r) / d));
        leader.setAttribute('y1', String(y + ((ty - y) * r) / d));
        leader.setAttribute('x2', String(tx));
        leader.setAttribute('y2', String(ty));
        leader.removeAttribute('visibility');
      } else {
        leader.setAttribute('visibility', 'hidden');
      }
    }
  }

  // ---- Rendering --------------------------------------------------------------------------------

  render() {
    if (!this.data || !this.basemap) {
      return html`<div class="loading" role="status">${this.t('loading', 'Loading the map…')}</div>`;
    }
    const shape = this.shapeOn(this.day);
    const features: any[] = this.basemap.features ?? [];
    const korea = features.find((f) => f.properties.role === 'korea');
    const neighbours = features.filter((f) => f.properties.role === 'neighbour');
    const mdl = features.find((f) => f.properties.role === 'demarcation-line');
    const isLast = this.day >= this.data.last;
    const visiblePlaces = new Set([...this.data.keyPlaces, ...this.highlight]);
    const places = this.data.places.filter((p) => visiblePlaces.has(p.id));
    const events = this.bare ? [] : this.data.events.filter((e) => Math.abs(e.day - this.day) <= EVENT_WINDOW);
    const placeById = new Map(this.data.places.map((p) => [p.id, p]));
    const dateText = this.formatDay(this.day);
    const state = this.data.states[this.stateIndex(this.day)];
    return html`
      <div class="frame">
        <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" tabindex=${this.attract ? '-1' : '0'}
             aria-label="${this.bare ? this.t('mapLabelBare', 'Map of Korea with a front line') : this.t('mapLabel', 'Map of Korea: the front on') + ' ' + dateText}. ${this.t('mapKeys', '')}"
             @wheel=${this.onWheel} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
             @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp} @keydown=${this.onMapKey}>
          <defs>
            <clipPath id="land">${korea ? svg`<path d=${this.path(korea) ?? ''}></path>` : nothing}</clipPath>
          </defs>
          <g transform="translate(${this.panX} ${this.panY}) scale(${this.zoom})">
            ${neighbours.map((f) => svg`<path class="neighbour" d=${this.path(f) ?? ''}></path>`)}
            ${korea ? svg`<path class="korea" d=${this.path(korea) ?? ''}></path>` : nothing}
            ${shape ? svg`<g clip-path="url(#land)">
                <path class="un-held" d=${this.ringPath(shape.area)}></path>
                ${shape.pockets.map((p) => { const c = this.circle(p); return svg`<circle class="pocket" cx=${c.cx} cy=${c.cy} r=${c.r}></circle>`; })}
              </g>` : nothing}
            ${(this.rivers?.features ?? []).map((f: any) => svg`<path class="river" d=${this.path(f) ?? ''}></path>`)}
            ${isLast && mdl ? svg`<path class="mdl" d=${this.path(mdl) ?? ''}></path>` : nothing}
            ${shape ? this.linePaths(shape).map((r) => svg`<path class="front ${r.style}" d=${r.d}></path>`) : nothing}
            ${events.map((e) => {
              const p = placeById.get(e.place);
              if (!p) return nothing;
              const [x, y] = this.xy([p.lat, p.lon]);
              return svg`<g class="event" data-x=${x} data-y=${y - 16} transform="translate(${x} ${y - 16})"><title>${e.title}</title>
                <path d="M0,-11 L3,-3 L11,-3 L4.5,2 L7,10 L0,5 L-7,10 L-4.5,2 L-11,-3 L-3,-3 Z"></path></g>`;
            })}
            ${places.map((p) => {
              const [x, y] = this.xy([p.lat, p.lon]);
              const highlighted = this.highlight.includes(p.id);
              return svg`<g class="place ${highlighted ? 'highlighted' : ''}" tabindex="-1"
                  @click=${() => this.placeClicked(p.id)}>
                <title>${p.name}</title>
                <circle cx=${x} cy=${y} r=${highlighted ? 6 : 4}></circle>
                <line class="leader" visibility="hidden"></line>
                <text x=${x + 8} y=${y + 5}>${p.name}</text></g>`;
            })}
          </g>
        </svg>
        ${this.attract ? html`<div class="caption" aria-hidden="true"><span class="when">${dateText}</span>
          <span class="what">${state?.label ?? ''}</span></div>` : nothing}
        <div class="zoom">
          <button @click=${() => this.zoomBy(1.4)} aria-label=${this.t('zoomIn', 'Zoom in')} title=${this.t('zoomIn', 'Zoom in')}>+</button>
          <button @click=${() => this.zoomBy(1 / 1.4)} aria-label=${this.t('zoomOut', 'Zoom out')} title=${this.t('zoomOut', 'Zoom out')}>−</button>
          <button @click=${this.resetView} aria-label=${this.t('resetView', 'Show all of Korea')} title=${this.t('resetView', 'Show all of Korea')}>⤢</button>
        </div>
      </div>
      <div class="controls">
        <button class="play" @click=${this.togglePlay} aria-pressed=${this.playing ? 'true' : 'false'}
                aria-label=${this.playing ? this.t('pause', 'Pause') : this.t('play', 'Play through the war')}>
          ${this.playing ? '❚❚' : '▶'}</button>
        <input type="range" min=${this.data.first} max=${this.data.last} step="1" .value=${String(this.day)}
               aria-label=${this.t('slider', 'Date')} aria-valuetext=${dateText}
               @input=${(e: Event) => { this.stop(); this.setDay(Number((e.target as HTMLInputElement).value), 'soon'); }}
               @change=${(e: Event) => this.setDay(Number((e.target as HTMLInputElement).value), 'now')}
               @keydown=${this.onSliderKey}>
        <span class="date" aria-hidden="true">${dateText}</span>
      </div>
      <div class="row2">
        <label>${this.t('speed', 'Speed')}
          <select @change=${(e: Event) => { this.speed = (e.target as HTMLSelectElement).value; }}>
            ${Object.keys(SPEEDS).map((s) => html`<option value=${s} ?selected=${s === this.speed}>${this.t('speed.' + s, s)}</option>`)}
          </select>
        </label>
      </div>
      <div class="legend" aria-label=${this.t('legend', 'Legend')}>
        <span><span class="swatch" style="background: var(--map-un)"></span>${this.t('legend.un', 'Held by UN and South Korean forces')}</span>
        <span><span class="swatch" style="background: var(--map-communist)"></span>${this.t('legend.communist', 'Held by North Korean and Chinese forces')}</span>
        <span><span class="swatch line"></span>${this.t('legend.line', 'Front line')}</span>
        <span><span class="swatch line dashed"></span>${this.t('legend.approx', 'Approximate')}</span>
      </div>
    `;
  }
}

customElements.define('cables-front-map', CablesFrontMap);
