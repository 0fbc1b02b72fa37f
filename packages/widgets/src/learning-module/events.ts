import type { LearningStatement } from '@wijkwijzer/model';
import { WijkEvent } from '../base/events.ts';

/**
 * A learning event shaped like an xAPI statement with a cmi5 verb (initialized, progressed,
 * answered, completed, passed, failed, terminated), for the host page's LMS or intranet.
 */
export class WijkStatementEvent extends WijkEvent<LearningStatement> {
  constructor(statement: LearningStatement) {
    super('wijk-statement', statement);
  }
}

// On the widget (HTMLElementEventMap) and, since the events bubble and are composed, on any
// ancestor, `document` and `window` (GlobalEventHandlersEventMap, which their maps extend).
declare global {
  interface HTMLElementEventMap {
    'wijk-statement': WijkStatementEvent;
  }
  interface GlobalEventHandlersEventMap {
    'wijk-statement': WijkStatementEvent;
  }
}
