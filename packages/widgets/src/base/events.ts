/**
 * Base for every event a widget fires: it bubbles and crosses shadow roots (`composed`),
 * so the host page hears it on the widget or any ancestor; `detail` is typed per event.
 */
export class WijkEvent<TDetail> extends Event {
  readonly detail: TDetail;

  constructor(type: `wijk-${string}`, detail: TDetail, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}
