// The small part of d3-force's API that cables-network uses.
declare module 'd3-force' {
  export interface SimulationNodeDatum {
    index?: number;
    x?: number;
    y?: number;
    vx?: number;
    vy?: number;
  }
  export interface SimulationLinkDatum<N extends SimulationNodeDatum> {
    source: N | string;
    target: N | string;
  }
  export type Accessor<T, R> = (datum: T, index: number, data: T[]) => R;
  export interface Force<N extends SimulationNodeDatum> {
    (alpha: number): void;
  }
  export interface Simulation<N extends SimulationNodeDatum> {
    force(name: string, force: Force<N>): this;
    stop(): this;
    tick(iterations?: number): this;
  }
  export interface ForceLink<N extends SimulationNodeDatum, L extends SimulationLinkDatum<N>> extends Force<N> {
    id(id: Accessor<N, string>): this;
    distance(distance: number | Accessor<L, number>): this;
    strength(strength: number | Accessor<L, number>): this;
  }
  export interface ForceStrength<N extends SimulationNodeDatum> extends Force<N> {
    strength(strength: number | Accessor<N, number>): this;
  }
  export function forceSimulation<N extends SimulationNodeDatum>(nodes?: N[]): Simulation<N>;
  export function forceLink<N extends SimulationNodeDatum, L extends SimulationLinkDatum<N>>(links?: L[]): ForceLink<N, L>;
  export function forceManyBody<N extends SimulationNodeDatum>(): ForceStrength<N>;
  export function forceCollide<N extends SimulationNodeDatum>(radius?: number | Accessor<N, number>): Force<N>;
  export function forceX<N extends SimulationNodeDatum>(x?: number | Accessor<N, number>): ForceStrength<N>;
  export function forceY<N extends SimulationNodeDatum>(y?: number | Accessor<N, number>): ForceStrength<N>;
}
