/**
 * The details dialog as a step in the browser's history: Back (the phone's back gesture above
 * all) closes the details instead of leaving the partner's page; closing the details otherwise
 * takes that step back out, so the history holds no dead entries.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The key in `history.state` that marks an entry as "this finder's details are open". */
const STATE_KEY = 'wijkDetail';

export class DetailHistory implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly close: () => void;
  /** What the entry this finder pushed says, while it is the current one. */
  private pushed?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, close: () => void) {
    this.host = host;
    this.close = close;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The details opened: a history entry to go Back from. */
  opened(id: string): void {
    // Two finders on one page: each marks its own entries.
    this.pushed = `${this.host.id || 'finder'}:${id}`;
    const state: unknown = window.history.state;
    window.history.pushState({ ...(state && typeof state === 'object' ? state : {}), [STATE_KEY]: this.pushed }, '');
  }

  /** The details closed by the resident (button, Escape): take the entry out again. */
  closed(): void {
    if (this.pushed === undefined) return;
    const ours = (window.history.state as Record<string, unknown> | null)?.[STATE_KEY] === this.pushed;
    this.pushed = undefined;
    if (ours) window.history.back();
  }

  private readonly onPopState = (): void => {
    if (this.pushed === undefined) return;
    if ((window.history.state as Record<string, unknown> | null)?.[STATE_KEY] === this.pushed) return;
    // Back from the details' entry: close them, without stepping back again.
    this.pushed = undefined;
    this.close();
  };
}
