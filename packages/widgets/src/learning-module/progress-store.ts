/**
 * Keeps a learner's progress in this browser's localStorage, never anywhere else. Every save
 * reads what is stored first and merges per step, so two tabs of one module never undo each
 * other. When storage is full or blocked (private mode, a strict browser, a sandboxed frame)
 * it keeps working in memory. So it does when the learner chooses not to keep progress here
 * (a shared computer): every save then erases this module's key from storage.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  hasSetAside,
  mergeWithStored,
  readStoredProgress,
  storedRecord,
  LearningSession,
  type LearningModule,
  type Progress,
  type SessionOptions,
  type SetAside,
  type StoredProgress,
} from '@wijkwijzer/model';

export type SaveResult = 'saved' | 'memory';

export interface Saved {
  result: SaveResult;
  /** This tab's progress with what another tab stored merged in. */
  progress: Progress;
  setAside: SetAside;
}

export class ProgressStore {
  private readonly memory = new Map<string, string>();
  /** True once storage has failed; the widget tells the learner. */
  inMemoryOnly = false;
  /** False once the learner chose not to keep progress on this device, for the rest of the visit. */
  kept = true;

  private storage(): Storage | undefined {
    try {
      return window.localStorage;
    } catch {
      // Reading localStorage itself throws when the browser blocks storage.
      this.inMemoryOnly = true;
      return undefined;
    }
  }

  read(key: string): StoredProgress {
    return readStoredProgress(parse(this.memory.get(key) ?? this.tryRead(key)));
  }

  /** Read, merge per step, write. */
  save(key: string, progress: Progress): Saved {
    const merged = mergeWithStored(progress, parse(this.memory.get(key) ?? this.tryRead(key)));
    return { result: this.write(key, merged.record), progress: merged.progress, setAside: merged.setAside };
  }

  /** Writes without merging: starting over erases what is stored, set-aside parts too. */
  replace(key: string, progress: Progress): SaveResult {
    return this.write(key, storedRecord(progress));
  }

  private tryRead(key: string): string | null | undefined {
    try {
      return this.storage()?.getItem(key);
    } catch {
      this.inMemoryOnly = true;
      return undefined;
    }
  }

  private write(key: string, value: unknown): SaveResult {
    const text = JSON.stringify(value);
    if (!this.inMemoryOnly) {
      try {
        const storage = this.storage();
        if (storage && this.kept) {
          storage.setItem(key, text);
          this.memory.delete(key);
          return 'saved';
        }
        storage?.removeItem(key);
      } catch {
        // QuotaExceededError: keep what the learner did rather than lose it.
        this.inMemoryOnly = true;
      }
    }
    this.memory.set(key, text);
    return 'memory';
  }
}

function parse(text: string | null | undefined): unknown {
  if (text === undefined || text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function storageKeyFor(moduleId: string): string {
  return `wijkwijzer:learning-module:${moduleId}`;
}

/**
 * Keeps a learning session in step with storage: read when a module opens, merged and written
 * on every save, and merged with what another tab writes (the browser's `storage` event, which
 * reaches only the other tabs). Says once when storage fails and once when part of what is
 * stored cannot be read here.
 */
export class ProgressSync implements ReactiveController {
  session?: LearningSession;
  /** Part of the stored progress is kept but cannot be shown: the learner is told, once. */
  showSetAsideNotice = false;
  private toldAboutSetAside = false;
  private toldAboutMemory = false;
  private readonly store = new ProgressStore();
  private readonly host: ReactiveControllerHost;
  private readonly onMemoryOnly: () => void;

  /** `onMemoryOnly` tells the learner, once, that progress cannot be kept on this device. */
  constructor(host: ReactiveControllerHost, onMemoryOnly: () => void) {
    this.host = host;
    this.onMemoryOnly = onMemoryOnly;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  get inMemoryOnly(): boolean {
    return this.store.inMemoryOnly;
  }

  get kept(): boolean {
    return this.store.kept;
  }

  /** The learner's choice: keep progress on this device, or keep it in memory and erase it there (on this save). */
  keep(kept: boolean): void {
    this.store.kept = kept;
    this.save();
  }

  open(module: LearningModule, options: SessionOptions): LearningSession {
    const stored = this.store.read(storageKeyFor(module.id));
    this.session = new LearningSession(module, stored.progress, options);
    this.noticeSetAside(stored.setAside);
    return this.session;
  }

  /** Read, merge per step, write; the session then shows what other tabs stored too. */
  save(): void {
    if (!this.session) return;
    const saved = this.store.save(storageKeyFor(this.session.module.id), this.session.progress);
    this.session.replaceProgress(saved.progress);
    this.noticeSetAside(saved.setAside);
    if (saved.result === 'memory' && this.kept && !this.toldAboutMemory) {
      this.toldAboutMemory = true;
      this.onMemoryOnly();
    }
    this.host.requestUpdate();
  }

  /** Erases the progress, in storage too, without merging back what was stored. */
  startOver(): void {
    if (this.session) this.store.replace(storageKeyFor(this.session.module.id), this.session.startOver().progress);
    this.host.requestUpdate();
  }

  private noticeSetAside(setAside: SetAside): void {
    if (this.toldAboutSetAside || !hasSetAside(setAside)) return;
    this.toldAboutSetAside = true;
    this.showSetAsideNotice = true;
  }

  private readonly onStorage = (event: StorageEvent): void => {
    const session = this.session;
    // A removed key (another tab cleared storage) erases nothing here: this tab's next save restores it.
    // Not kept here: what other tabs store stays out of this tab too.
    if (!session || !this.kept || event.key !== storageKeyFor(session.module.id) || event.newValue === null || !isLocalStorage(event.storageArea)) return;
    const stored = readStoredProgress(parse(event.newValue));
    if (!stored.progress) return;
    session.mergeIn(stored.progress);
    this.noticeSetAside(stored.setAside);
    this.host.requestUpdate();
  };
}

function isLocalStorage(area: Storage | null): boolean {
  try {
    return area !== null && area === window.localStorage;
  } catch {
    return false;
  }
}
