import { LitElement, css, html, nothing } from 'lit';

/**
 * The kiosk's caretaker, present on every kiosk page.
 *
 * - After `idleSeconds` without a touch, key or wheel (not counting time while the map plays
 *   or a video or sound plays), it asks "Still exploring?" with a large "Keep exploring"
 *   button and a countdown of `countdownSeconds`; when that runs out, the browser goes to
 *   `resetUrl`, where the server forgets the visitor, closes the session and sends the kiosk
 *   back to its attract loop.
 * - Every `heartbeatSeconds` it asks `aliveUrl` which server start it is talking to; if the
 *   server has restarted since the page was made, the kiosk starts afresh the same way.
 * - Links that would leave the exhibit (other sites, downloads, new windows) do nothing.
 *
 * In `attract` mode (the attract loop itself) there is nobody to ask: only the heartbeat runs.
 */
type Labels = Record<string, string>;

export class CablesKioskIdle extends LitElement {
  static properties = {
    idleSeconds: { type: Number, attribute: 'idle-seconds' },
    countdownSeconds: { type: Number, attribute: 'countdown-seconds' },
    heartbeatSeconds: { type: Number, attribute: 'heartbeat-seconds' },
    bootId: { type: String, attribute: 'boot-id' },
    aliveUrl: { type: String, attribute: 'alive-url' },
    resetUrl: { type: String, attribute: 'reset-url' },
    attract: { type: Boolean },
    labels: { type: Object },
    remaining: { state: true },
  };

  idleSeconds = 90;
  countdownSeconds = 20;
  heartbeatSeconds = 15;
  bootId = '';
  aliveUrl = 'kiosk/alive';
  resetUrl = 'kiosk/reset';
  attract = false;
  labels: Labels = {};
  /** Seconds left on the countdown, or -1 while nobody is being asked. */
  remaining = -1;

  private lastActivity = Date.now();
  private askedAt = 0;
  private ticker = 0;
  private heart = 0;
  private resetting = false;

  static styles = css`
    :host { display: contents; }
    .backdrop {
      position: fixed; inset: 0; z-index: 10000;
      display: grid; place-items: center;
      background: rgba(15, 13, 11, 0.72);
    }
    .dialog {
      box-sizing: border-box;
      width: min(44rem, 92vw);
      padding: clamp(1.5rem, 4vw, 3rem);
      border-radius: 1rem;
      background: var(--cables-paper-raised, #fffdf8);
      color: var(--cables-ink, #1f1c18);
      text-align: center;
      font-family: var(--cables-font-ui, system-ui, sans-serif);
      box-shadow: 0 1rem 3rem rgba(0, 0, 0, 0.4);
    }
    h2 { font-size: clamp(1.75rem, 3.5vw, 2.75rem); margin: 0 0 0.75rem; }
    p { font-size: clamp(1.1rem, 2vw, 1.5rem); margin: 0 0 1.5rem; line-height: 1.4; }
    .count {
      display: block; font-size: clamp(3rem, 8vw, 6rem); font-weight: 700; line-height: 1;
      margin: 0 0 1.5rem; color: var(--cables-stamp, #8a2a22); font-variant-numeric: tabular-nums;
    }
    button {
      min-height: 5rem; min-width: min(24rem, 80vw); padding: 0 2rem;
      font: inherit; font-size: clamp(1.4rem, 2.6vw, 2rem); font-weight: 600;
      border: none; border-radius: 0.75rem; cursor: pointer;
      background: var(--cables-stamp, #8a2a22); color: var(--lumo-primary-contrast-color, #fff);
    }
    button:focus-visible { outline: 4px solid var(--cables-focus, #1d4f91); outline-offset: 4px; }
  `;

  private readonly onActivity = () => {
    if (this.remaining < 0) this.lastActivity = Date.now();
  };

  private readonly onClick = (e: MouseEvent) => {
    const link = e.composedPath().find((n) => (n as HTMLElement).tagName === 'A') as HTMLAnchorElement | undefined;
    if (!link || !link.getAttribute('href')) return;
    let leaves = link.hasAttribute('download') || link.target === '_blank';
    try {
      leaves ||= new URL(link.href, location.href).origin !== location.origin;
    } catch {
      leaves = true;
    }
    if (leaves) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  connectedCallback() {
    super.connectedCallback();
    this.lastActivity = Date.now();
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
      document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
    document.addEventListener('click', this.onClick, { capture: true });
    this.ticker = window.setInterval(() => this.tick(), 1000);
    this.startHeartbeat();
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('heartbeatSeconds') && changed.get('heartbeatSeconds') !== undefined) this.startHeartbeat();
  }

  private startHeartbeat() {
    clearInterval(this.heart);
    this.heart = window.setInterval(() => this.checkServer(), Math.max(1, this.heartbeatSeconds) * 1000);
  }

  disconnectedCallback() {
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
      document.removeEventListener(type, this.onActivity, { capture: true });
    }
    document.removeEventListener('click', this.onClick, { capture: true });
    clearInterval(this.ticker);
    clearInterval(this.heart);
    super.disconnectedCallback();
  }

  /** Is something playing that the visitor is watching? Then they are not idle. */
  private busy(): boolean {
    const maps = Array.from(document.querySelectorAll('cables-front-map')) as any[];
    if (maps.some((m) => m.playing === true)) return true;
    const media = Array.from(document.querySelectorAll('video, audio')) as HTMLMediaElement[];
    return media.some((m) => !m.paused && !m.ended);
  }

  private tick() {
    if (this.attract || this.resetting) return;
    const now = Date.now();
    if (this.remaining < 0) {
      if (this.busy()) { this.lastActivity = now; return; }
      if (now - this.lastActivity >= this.idleSeconds * 1000) this.ask(now);
      return;
    }
    const left = Math.ceil(this.countdownSeconds - (now - this.askedAt) / 1000);
    this.remaining = Math.max(0, left);
    if (left <= 0) this.reset();
  }

  private ask(now: number) {
    this.askedAt = now;
    this.remaining = this.countdownSeconds;
    this.dispatchEvent(new CustomEvent('idle-asked'));
    this.updateComplete.then(() => (this.renderRoot.querySelector('button') as HTMLButtonElement | null)?.focus());
  }

  private keepExploring() {
    this.remaining = -1;
    this.lastActivity = Date.now();
  }

  /** Start afresh: a real page load, so that the browser drops everything the visit built up. */
  private reset() {
    if (this.resetting) return;
    this.resetting = true;
    window.location.replace(this.resetUrl);
  }

  private async checkServer() {
    if (this.resetting || !this.bootId) return;
    try {
      const response = await fetch(this.aliveUrl, { cache: 'no-store', credentials: 'same-origin' });
      if (!response.ok) return;
      const alive = await response.json();
      if (alive && alive.boot && alive.boot !== this.bootId) this.reset();
    } catch {
      // The server is down or restarting: keep asking until it answers.
    }
  }

  private t(key: string, fallback: string) {
    return this.labels?.[key] ?? fallback;
  }

  render() {
    if (this.remaining < 0) return nothing;
    const text = this.t('explain', 'This screen will start afresh for the next visitor in {0} seconds.')
      .replace('{0}', String(this.remaining));
    return html`
      <div class="backdrop" @pointerdown=${() => this.keepExploring()}>
        <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="q" aria-describedby="d"
             @pointerdown=${(e: Event) => e.stopPropagation()}>
          <h2 id="q">${this.t('question', 'Still exploring?')}</h2>
          <span class="count" aria-hidden="true">${this.remaining}</span>
          <p id="d">${text}</p>
          <button type="button" @click=${() => this.keepExploring()}>${this.t('keep', 'Keep exploring')}</button>
        </div>
      </div>`;
  }
}

customElements.define('cables-kiosk-idle', CablesKioskIdle);
