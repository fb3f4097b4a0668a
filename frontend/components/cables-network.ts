/*
 * <cables-network>: the correspondence network of the archive: the people and bodies who
 * wrote (nodes) and the documents between them (links, thicker for more documents). Works
 * offline: the layout is computed in the browser with d3-force and drawn as SVG.
 *
 * The server sets `graph` (the whole correspondence, all time), `active` (the counts in the
 * visitor's time window and filters), `selected`, `labels` and `kiosk`; the element reports
 * `item-open` ({ kind: 'node' | 'link', id }) when a node or a link is clicked, tapped or
 * activated with Enter or Space. `focusItem(id)` moves the keyboard focus to one.
 *
 * The layout runs once per graph version over every node and link, so nothing moves when the
 * window changes, and is kept in localStorage. The host gets `data-layout` ("computed" or
 * "cache"), `data-layout-ms` and, once the drawing is on screen, `data-ready` and `data-drawn-ms`
 * (milliseconds from the page's navigation to the first drawing).
 *
 * Keyboard: the drawing is one tab stop (a roving tabindex). On a node, Left/Right go to the
 * previous/next node (by side, then most documents first), Home/End to the first/last, Down to
 * the node's links; on a link, Left/Right go through that node's links, Up or Escape back.
 */
import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { forceSimulation, forceLink, forceManyBody, forceCollide, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

type Side = 'soviet' | 'china' | 'korea' | 'west' | 'other';
interface GNode { id: string; label: string; side: Side; body: boolean }
interface GLink { id: string; source: string; target: string; relay: boolean; total: number }
interface Graph { version: string; nodes: GNode[]; links: GLink[] }
interface Counts { ab: number; ba: number }
interface Active { nodes: Record<string, number>; links: Record<string, Counts> }
interface Labels { [key: string]: string }
interface Item { kind: 'node' | 'link'; id: string }
type XY = [number, number];

/** A node as the simulation moves it; r is the largest radius it can be drawn with. */
interface SimNode extends SimulationNodeDatum { id: string; side: Side; r: number; x: number; y: number }
interface SimLink { source: SimNode | string; target: SimNode | string; total: number }

/** The graph laid out: positions in layout units, and the look-ups drawing and keys need. */
interface Layout {
  key: string;
  pos: Map<string, XY>;
  nodes: Map<string, GNode>;
  links: Map<string, GLink>;
  linksOf: Map<string, GLink[]>;
  drawOrder: GNode[];
  viewBox: [number, number, number, number];
}

const SIDES: Side[] = ['soviet', 'china', 'korea', 'west', 'other'];
// Where each side's nodes are pulled, in layout units: Moscow upper left, Beijing lower centre, Pyongyang right.
const ANCHORS: Record<Side, XY> = { soviet: [-420, -170], china: [-100, 280], korea: [380, -40], west: [430, 420], other: [20, 40] };
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const STORAGE_PREFIX = 'cables-network-layout:';
const NONE: Counts = { ab: 0, ba: 0 };

const sideOf = (node: GNode): Side => (SIDES.includes(node.side) ? node.side : 'other');
const radius = (count: number) => 5 + Math.sqrt(count) * 1.6;
const round1 = (v: number) => Math.round(v * 10) / 10;
const bySideThenLabel = (a: GNode, b: GNode) => SIDES.indexOf(sideOf(a)) - SIDES.indexOf(sideOf(b)) || a.label.localeCompare(b.label);

/** A long name (a body's) cut to fit beside its node; the full name is in its title and accessible name. */
const LABEL_MAX = 26;
function shortLabel(label: string) {
  return label.length <= LABEL_MAX ? label : label.slice(0, LABEL_MAX - 1).trimEnd() + '…';
}

/** Fills the {0}, {1}… placeholders of a template. */
function format(template: string, ...args: (string | number)[]) {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** Runs the force layout to rest, synchronously: the same graph gives the same positions. */
function simulate(nodes: GNode[], radii: number[], links: GLink[]): XY[] {
  const perSide = new Map<Side, number>();
  const simNodes: SimNode[] = nodes.map((node, index) => {
    const side = sideOf(node);
    const i = perSide.get(side) ?? 0;
    perSide.set(side, i + 1);
    // Start on a small phyllotaxis spiral around the side's anchor.
    const [ax, ay] = ANCHORS[side];
    const d = 10 * Math.sqrt(0.5 + i);
    return { id: node.id, side, r: radii[index], x: ax + d * Math.cos(i * GOLDEN_ANGLE), y: ay + d * Math.sin(i * GOLDEN_ANGLE) };
  });
  const simLinks: SimLink[] = links.map((l) => ({ source: l.source, target: l.target, total: l.total }));
  forceSimulation(simNodes).stop()
    .force('link', forceLink<SimNode, SimLink>(simLinks).id((d) => d.id).distance(95)
      .strength((l) => Math.min(1, 0.2 + Math.log1p(l.total) / 6)))
    .force('charge', forceManyBody<SimNode>().strength(-480))
    .force('collide', forceCollide<SimNode>((d) => d.r + 14))
    .force('x', forceX<SimNode>((d) => ANCHORS[d.side][0]).strength(0.25))
    .force('y', forceY<SimNode>((d) => ANCHORS[d.side][1]).strength(0.25))
    .tick(300);
  return simNodes.map((n) => [round1(n.x), round1(n.y)]);
}

/** The positions stored for this version, if they were computed for exactly these node ids. */
function readCache(version: string, ids: string[]): XY[] | null {
  try {
    const cached = JSON.parse(localStorage.getItem(STORAGE_PREFIX + version) ?? 'null');
    const same = Array.isArray(cached?.ids) && cached.ids.length === ids.length && ids.every((id, i) => cached.ids[i] === id);
    const valid = Array.isArray(cached?.xy) && cached.xy.length === ids.length
      && cached.xy.every((p: unknown) => Array.isArray(p) && p.length === 2 && p.every(Number.isFinite));
    return same && valid ? cached.xy : null;
  } catch {
    return null;
  }
}

/** Stores the positions for this version, dropping those of earlier versions. */
function writeCache(version: string, ids: string[], xy: XY[]) {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    }
    localStorage.setItem(STORAGE_PREFIX + version, JSON.stringify({ ids, xy }));
  } catch {
    // Storage disabled or full: the layout is computed again next time.
  }
}

/** A node's shape: a circle, or a rounded square for a body. */
function shape(body: boolean, [x, y]: XY, r: number, cls: string) {
  return body
    ? svg`<rect class=${cls} x=${x - r} y=${y - r} width=${2 * r} height=${2 * r} rx=${r * 0.3}></rect>`
    : svg`<circle class=${cls} cx=${x} cy=${y} r=${r}></circle>`;
}

export class CablesNetwork extends LitElement {
  static properties = {
    graph: { type: Object },
    active: { type: Object },
    selected: { type: String },
    labels: { type: Object },
    kiosk: { type: Boolean, reflect: true },
    current: { state: true },
    scale: { state: true },
  };

  graph: Graph | null = null;
  active: Active = { nodes: {}, links: {} };
  selected = '';
  labels: Labels = {};
  /** Museum touch screen: bigger labels and touch targets. */
  kiosk = false;
  /** The item that has the tab stop. */
  current = '';
  /** Layout units per CSS pixel, as the drawing is shown. */
  scale = 1;

  private layout: Layout | null = null;
  private order: string[] = [];
  /** The node whose links the arrow keys go through. */
  private via = '';
  private watched: Element | null = null;
  private resizer = new ResizeObserver(() => this.measure());

  static styles = css`
    :host {
      display: block;
      position: relative;
      font-family: inherit;
      --link: var(--cables-network-link, #6b7280);
      --outline: var(--cables-network-outline, currentColor);
      --halo: var(--cables-network-halo, Canvas);
      --focus: var(--cables-network-focus, currentColor);
      --selected: var(--cables-network-selected, #d53f8c);
    }
    .soviet { --fill: var(--cables-network-soviet, #c0392b); }
    .china { --fill: var(--cables-network-china, #b7791f); }
    .korea { --fill: var(--cables-network-korea, #2b6cb0); }
    .west { --fill: var(--cables-network-west, #2f855a); }
    .other { --fill: var(--cables-network-other, #718096); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden;
      clip-path: inset(50%); white-space: nowrap; }
    svg { display: block; width: 100%; height: auto; max-height: 75vh; user-select: none; -webkit-tap-highlight-color: transparent; }
    /* On a phone the drawing keeps a readable size and scrolls sideways. */
    .drawing { overflow-x: auto; }
    @media (max-width: 599px) { svg { min-width: 760px; max-height: none; } }
    .node, .link, .hit, text { cursor: pointer; outline: none; }
    .line { stroke: var(--link); stroke-linecap: round; transition: stroke-opacity 250ms, stroke-width 250ms; }
    .link.relay .line { stroke-dasharray: 5 4; }
    .link.inactive .line { stroke-opacity: 0.12; }
    .link.selected .line { stroke: var(--selected); }
    .track { stroke: transparent; stroke-linecap: round; }
    .hit { fill: transparent; }
    .shape { fill: var(--fill); stroke: var(--outline); stroke-width: 1px; vector-effect: non-scaling-stroke;
      transition: opacity 250ms, stroke-width 250ms; }
    .node.inactive:not(.selected) .shape { opacity: 0.3; }
    .node.selected .shape { stroke-width: 3px; }
    .ring { fill: none; stroke: none; stroke-width: 3px; vector-effect: non-scaling-stroke; pointer-events: none; }
    .node:focus-visible .ring, .link:focus-visible .track { stroke: var(--focus); }
    text { fill: currentColor; paint-order: stroke; stroke: var(--halo); stroke-width: calc(3 * var(--unit));
      stroke-linejoin: round; dominant-baseline: central; transition: opacity 250ms; }
    text.inactive { opacity: 0.35; }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; margin: 8px 0 0; padding: 0; font-size: 0.95rem; }
    :host([kiosk]) .legend { font-size: 1.2rem; }
    .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em;
      border: 1px solid var(--outline); border-radius: 50%; background: var(--fill); }
    .swatch.body { border-radius: 0.2em; background: transparent; }
    .swatch.faded { opacity: 0.3; }
    .swatch.relay { width: 1.6em; height: 0; border: 0; border-top: 3px dashed var(--link); border-radius: 0; vertical-align: 0.25em; }
    @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
  `;

  connectedCallback() {
    super.connectedCallback();
    this.resizer.observe(this);
    this.watch();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer.disconnect();
    this.watched = null;
  }

  /** Moves the keyboard focus to the node or link with this id (the server may call it after opening one). */
  async focusItem(id: string) {
    await this.updateComplete;
    this.itemElement(id)?.focus();
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('graph')) this.layout = this.graph ? this.layOut(this.graph) : null;
    if (changed.has('graph') || changed.has('active')) this.order = this.keyboardOrder();
  }

  protected updated() {
    this.watch();
  }

  // ---- Layout -------------------------------------------------------------------------------

  private layOut(graph: Graph): Layout {
    const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    const links = graph.links.filter((l) => l.source !== l.target && nodes.has(l.source) && nodes.has(l.target));
    const linksOf = new Map<string, GLink[]>([...nodes.keys()].map((id) => [id, []]));
    const totals = new Map<string, number>();
    for (const l of links) {
      for (const end of [l.source, l.target]) {
        linksOf.get(end)!.push(l);
        totals.set(end, (totals.get(end) ?? 0) + l.total);
      }
    }
    const list = [...nodes.values()];
    const radii = list.map((n) => radius(totals.get(n.id) ?? 0));
    const key = graph.version + '\n' + [...nodes.keys()].join('\n');
    const pos = this.layout?.key === key ? this.layout.pos : this.place(graph.version, list, radii, links);
    const points = pos.size ? [...pos.values()] : [[0, 0]];
    const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
    const margin = Math.max(5, ...radii) + 24;
    const x0 = Math.min(...xs) - margin, x1 = Math.max(...xs) + margin;
    const y0 = Math.min(...ys) - margin, y1 = Math.max(...ys) + margin;
    return {
      key, pos, nodes, linksOf,
      links: new Map(links.map((l) => [l.id, l])),
      drawOrder: [...list].sort(bySideThenLabel),
      viewBox: [round1(x0), round1(y0), round1(x1 - x0), round1(y1 - y0)],
    };
  }

  /** Positions from the cache or, failing that, from the simulation; timed for measurements. */
  private place(version: string, nodes: GNode[], radii: number[], links: GLink[]) {
    const start = performance.now();
    const ids = nodes.map((n) => n.id);
    const cached = readCache(version, ids);
    const xy = cached ?? simulate(nodes, radii, links);
    this.setAttribute('data-layout', cached ? 'cache' : 'computed');
    this.setAttribute('data-layout-ms', String(round1(performance.now() - start)));
    if (!cached) writeCache(version, ids, xy);
    return new Map(ids.map((id, i) => [id, xy[i]]));
  }

  /** Nodes for the arrow keys: by side, then most documents in the window, then label. */
  private keyboardOrder() {
    const nodes = this.layout ? [...this.layout.nodes.values()] : [];
    return nodes.sort((a, b) => SIDES.indexOf(sideOf(a)) - SIDES.indexOf(sideOf(b))
      || this.count(b.id) - this.count(a.id) || a.label.localeCompare(b.label)).map((n) => n.id);
  }

  /** A node's links for the arrow keys: most documents in the window first, then the other end's label. */
  private linksFrom(id: string) {
    const layout = this.layout!;
    const other = (l: GLink) => layout.nodes.get(l.source === id ? l.target : l.source)!.label;
    const total = (l: GLink) => this.linkCount(l.id).ab + this.linkCount(l.id).ba;
    return [...(layout.linksOf.get(id) ?? [])].sort((a, b) => total(b) - total(a) || other(a).localeCompare(other(b)));
  }

  private count(id: string) {
    return this.active?.nodes?.[id] ?? 0;
  }

  private linkCount(id: string) {
    return this.active?.links?.[id] ?? NONE;
  }

  private t(key: string) {
    return this.labels?.[key] ?? '';
  }

  // ---- Size -----------------------------------------------------------------------------------

  /** Observes the drawing once it is (again) in the shadow root. */
  private watch() {
    const drawing = this.renderRoot?.querySelector('svg') ?? null;
    if (drawing && drawing !== this.watched) this.resizer.observe(drawing);
    this.watched = drawing;
  }

  /** Keeps labels and targets at a readable size in CSS pixels, whatever size the drawing is shown at. */
  private async measure() {
    const box = this.renderRoot.querySelector('svg')?.getBoundingClientRect();
    if (!this.layout || !box?.width || !box.height) return;
    const [, , width, height] = this.layout.viewBox;
    // The viewBox is fitted inside the box ("meet"): the tighter dimension sets the scale.
    this.scale = Math.round(Math.max(width / box.width, height / box.height) * 100) / 100;
    await this.updateComplete;
    if (!this.hasAttribute('data-ready')) this.setAttribute('data-drawn-ms', String(Math.round(performance.now())));
    this.toggleAttribute('data-ready', true);
  }

  // ---- Focus, keys and clicks -------------------------------------------------------------------

  private itemOf(target: EventTarget | null): Item | null {
    // A label or a touch target, drawn in a layer of its own, stands for its node.
    const stand = (target as Element | null)?.closest?.('[data-node]');
    if (stand) return { kind: 'node', id: stand.getAttribute('data-node') ?? '' };
    const g = (target as Element | null)?.closest?.('g.node, g.link');
    return g ? { kind: g.classList.contains('node') ? 'node' : 'link', id: g.getAttribute('data-id') ?? '' } : null;
  }

  private itemElement(id: string) {
    return this.renderRoot.querySelector<SVGGElement>(`g[data-id="${CSS.escape(id)}"]`);
  }

  /** The item with the tab stop: the last one focused, or the first node. */
  private tabbable() {
    const layout = this.layout!;
    return layout.nodes.has(this.current) || layout.links.has(this.current) ? this.current : this.order[0] ?? '';
  }

  private onFocusIn(e: FocusEvent) {
    const item = this.itemOf(e.target);
    if (!item) return;
    this.current = item.id;
    const link = this.layout!.links.get(item.id);
    if (!link) this.via = item.id;
    else if (this.via !== link.source && this.via !== link.target) this.via = link.source;
  }

  private onClick(e: MouseEvent) {
    const item = this.itemOf(e.target);
    if (!item) return;
    this.itemElement(item.id)?.focus();
    this.open(item);
  }

  private onKey(e: KeyboardEvent) {
    const item = this.itemOf(e.target);
    if (!item) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!e.repeat) this.open(item);
      return;
    }
    const next = item.kind === 'node' ? this.nodeKey(item.id, e.key) : this.linkKey(item.id, e.key);
    if (next) {
      e.preventDefault();
      this.itemElement(next)?.focus();
    }
  }

  /** Where a key leads from a node, if anywhere. */
  private nodeKey(id: string, key: string) {
    const order = this.order, n = order.length, i = order.indexOf(id);
    const moves: Record<string, () => string | undefined> = {
      ArrowRight: () => order[(i + 1) % n],
      ArrowLeft: () => order[(i - 1 + n) % n],
      Home: () => order[0],
      End: () => order[n - 1],
      ArrowDown: () => this.linksFrom(id)[0]?.id,
    };
    return moves[key]?.();
  }

  /** Where a key leads from a link, walking the links of the node it was reached from. */
  private linkKey(id: string, key: string) {
    const links = this.linksFrom(this.via), n = links.length, i = links.findIndex((l) => l.id === id);
    const moves: Record<string, () => string | undefined> = {
      ArrowRight: () => links[(i + 1) % n]?.id,
      ArrowLeft: () => links[(i - 1 + n) % n]?.id,
      ArrowUp: () => this.via,
      Escape: () => this.via,
    };
    return moves[key]?.();
  }

  private open(item: Item) {
    this.dispatchEvent(new CustomEvent('item-open', { detail: { kind: item.kind, id: item.id }, bubbles: true, composed: true }));
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  render() {
    const layout = this.layout;
    if (!layout) return nothing;
    const tabbable = this.tabbable();
    const fontSize = (this.kiosk ? 15 : 12) * this.scale;
    // The listeners are on a wrapper: in Chromium, a focus listener would make the <svg> itself focusable.
    return html`
      <p id="instructions" class="visually-hidden">${this.t('instructions')}</p>
      <div class="drawing" @keydown=${this.onKey} @click=${this.onClick} @focusin=${this.onFocusIn}>
        <svg viewBox=${layout.viewBox.join(' ')} role="group" aria-label=${this.t('graph')} aria-describedby="instructions"
             style="--unit: ${this.scale}px; font-size: ${fontSize}px">
          <g class="links">${repeat(layout.links.values(), (l) => l.id, (l) => this.renderLink(l, tabbable))}</g>
          <g class="hits" aria-hidden="true">${layout.drawOrder.map((n) => this.renderHit(n))}</g>
          <g class="nodes">${repeat(layout.drawOrder, (n) => n.id, (n) => this.renderNode(n, tabbable))}</g>
          <g class="labels" aria-hidden="true">${layout.drawOrder.map((n) => this.renderLabel(n))}</g>
        </svg>
      </div>
      ${this.renderLegend()}
    `;
  }

  private renderLink(link: GLink, tabbable: string) {
    const layout = this.layout!;
    const [x1, y1] = layout.pos.get(link.source)!;
    const [x2, y2] = layout.pos.get(link.target)!;
    const { ab, ba } = this.linkCount(link.id);
    const width = 1.5 + Math.sqrt(ab + ba) * 1.2;
    const selected = link.id === this.selected;
    // A selected node's links are drawn in full, even those without documents in the window.
    const shown = ab + ba > 0 || selected || link.source === this.selected || link.target === this.selected;
    const name = format(this.t('link'), layout.nodes.get(link.source)!.label, layout.nodes.get(link.target)!.label, ab, ba);
    return svg`<g class="link ${shown ? '' : 'inactive'} ${selected ? 'selected' : ''} ${link.relay ? 'relay' : ''}"
        role="button" data-id=${link.id} tabindex=${link.id === tabbable ? '0' : '-1'} aria-label=${name}
        aria-current=${selected ? 'true' : nothing}>
      <title>${name}</title>
      <line class="track" x1=${x1} y1=${y1} x2=${x2} y2=${y2} style="stroke-width: ${width + 8 * this.scale}px"></line>
      <line class="line" x1=${x1} y1=${y1} x2=${x2} y2=${y2} style="stroke-width: ${width}px"></line>
    </g>`;
  }

  private renderNode(node: GNode, tabbable: string) {
    const layout = this.layout!;
    const xy = layout.pos.get(node.id)!;
    const count = this.count(node.id);
    const r = radius(count);
    const selected = node.id === this.selected;
    const name = format(this.t('node'), node.label, count);
    return svg`<g class="node ${count ? '' : 'inactive'} ${selected ? 'selected' : ''}" role="button" data-id=${node.id}
        tabindex=${node.id === tabbable ? '0' : '-1'} aria-label=${name} aria-current=${selected ? 'true' : nothing}>
      <title>${name}</title>
      ${shape(node.body, xy, r + 3 * this.scale, 'ring')}
      ${shape(node.body, xy, r, `shape ${sideOf(node)}`)}
    </g>`;
  }

  /**
   * An invisible target around a node, of at least 24 CSS px across (44 in kiosk mode). Targets lie
   * under every node, so that a neighbour's target never covers a node.
   */
  private renderHit(node: GNode) {
    const [x, y] = this.layout!.pos.get(node.id)!;
    const r = this.kiosk ? Math.max(24, 23 * this.scale) : Math.max(radius(this.count(node.id)), 12 * this.scale);
    return svg`<circle class="hit" data-node=${node.id} cx=${x} cy=${y} r=${r}></circle>`;
  }

  /** A node's name, on the inner side of the node so that it stays inside the drawing. */
  private renderLabel(node: GNode) {
    const xy = this.layout!.pos.get(node.id)!;
    const count = this.count(node.id);
    // Names of people with no documents in the window would only crowd the drawing: their
    // title and accessible name still say who they are.
    if (!count && node.id !== this.selected) return nothing;
    const [left, , width] = this.layout!.viewBox;
    const end = xy[0] > left + width / 2;
    const gap = radius(count) + 4 * this.scale;
    return svg`<text class=${count || node.id === this.selected ? '' : 'inactive'} data-node=${node.id}
      x=${end ? xy[0] - gap : xy[0] + gap} y=${xy[1]} text-anchor=${end ? 'end' : 'start'}>${shortLabel(node.label)}</text>`;
  }

  private renderLegend() {
    const nodes = [...this.layout!.nodes.values()];
    const sides = SIDES.filter((side) => nodes.some((n) => sideOf(n) === side));
    const item = (cls: string, key: string) => html`<li><span class="swatch ${cls}"></span>${this.t(key)}</li>`;
    return html`<ul class="legend">
      ${sides.map((side) => item(side, `legend.${side}`))}
      ${nodes.some((n) => n.body) ? item('body', 'legend.body') : nothing}
      ${[...this.layout!.links.values()].some((l) => l.relay) ? item('relay', 'legend.relay') : nothing}
      ${item('other faded', 'legend.inactive')}
    </ul>`;
  }
}

customElements.define('cables-network', CablesNetwork);
