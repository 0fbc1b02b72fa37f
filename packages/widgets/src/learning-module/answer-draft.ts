/**
 * What the learner has ticked or typed on a step but not yet checked or saved. It is screen
 * state: the session only hears of an answer when it is checked, or of a reflection after a
 * pause in typing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answer, Step } from '@wijkwijzer/model';

const REFLECTION_SAVE_DELAY_MS = 400;

export class AnswerDraft implements ReactiveController {
  /** Options ticked for a new answer; `undefined` shows the stored answer. */
  ticked: string[] | undefined;
  private reflection?: { stepId: string; text: string };
  private timer?: ReturnType<typeof setTimeout>;
  private readonly host: ReactiveControllerHost;
  private readonly onPause: () => void;

  /** `onPause` saves the reflection when the learner stops typing for a moment. */
  constructor(host: ReactiveControllerHost, onPause: () => void) {
    this.host = host;
    this.onPause = onPause;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Ticks or unticks an option; changing a checked answer starts again from what it ticked. */
  tick(step: Step, optionId: string, checked: boolean, stored: Answer | undefined): void {
    const ticked = this.ticked ?? (stored?.kind === 'choice' ? stored.selected : []);
    const others = ticked.filter((id) => id !== optionId);
    this.ticked = step.kind !== 'multiple_choice' ? [optionId] : checked ? [...others, optionId] : others;
    this.host.requestUpdate();
  }

  type(stepId: string, text: string): void {
    this.reflection = { stepId, text };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.onPause, REFLECTION_SAVE_DELAY_MS);
  }

  /** The reflection typed since the last save, if any; it is then no longer a draft. */
  takeReflection(): { stepId: string; text: string } | undefined {
    clearTimeout(this.timer);
    const reflection = this.reflection;
    this.reflection = undefined;
    return reflection;
  }

  /** Forgets everything not yet saved (a new screen, or starting over). */
  clear(): void {
    this.ticked = undefined;
    this.takeReflection();
  }

  /** The answer the step shows: what is being typed, else the stored answer unless a new one is being ticked. */
  shownAnswer(stepId: string, stored: Answer | undefined): Answer | undefined {
    if (this.reflection?.stepId === stepId) return { kind: 'reflection', text: this.reflection.text };
    return this.ticked ? undefined : stored;
  }
}
