import type { FinderFilters } from '@wijkwijzer/model';
import { WijkEvent } from '../base/events.ts';

/** Fired after the resident's search or filters changed and the list was updated. */
export class WijkSearchEvent extends WijkEvent<{ filters: FinderFilters; resultCount: number }> {
  constructor(detail: { filters: FinderFilters; resultCount: number }) {
    super('wijk-search', detail);
  }
}

/** Fired when the resident opens the details of an initiative. */
export class WijkSelectEvent extends WijkEvent<{ id: string; name: string }> {
  constructor(detail: { id: string; name: string }) {
    super('wijk-select', detail);
  }
}

// On the widget (HTMLElementEventMap) and, since the events bubble and are composed, on any
// ancestor, `document` and `window` (GlobalEventHandlersEventMap, which their maps extend).
declare global {
  interface HTMLElementEventMap {
    'wijk-search': WijkSearchEvent;
    'wijk-select': WijkSelectEvent;
  }
  interface GlobalEventHandlersEventMap {
    'wijk-search': WijkSearchEvent;
    'wijk-select': WijkSelectEvent;
  }
}
