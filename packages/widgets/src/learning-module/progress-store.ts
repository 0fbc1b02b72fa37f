/**
 * Keeps a learner's progress in this browser's localStorage, never anywhere else. When storage
 * is full or blocked (private mode, a strict browser, a sandboxed frame) it keeps working in
 * memory and says so, once.
 */
export type SaveResult = 'saved' | 'memory';

export class ProgressStore {
  private readonly memory = new Map<string, string>();
  /** True once storage has failed; the widget tells the learner. */
  inMemoryOnly = false;

  private storage(): Storage | undefined {
    try {
      return window.localStorage;
    } catch {
      // Reading localStorage itself throws when the browser blocks storage.
      this.inMemoryOnly = true;
      return undefined;
    }
  }

  read(key: string): unknown {
    const text = this.memory.get(key) ?? this.tryRead(key);
    if (text === undefined || text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }

  private tryRead(key: string): string | null | undefined {
    try {
      return this.storage()?.getItem(key);
    } catch {
      this.inMemoryOnly = true;
      return undefined;
    }
  }

  write(key: string, value: unknown): SaveResult {
    const text = JSON.stringify(value);
    if (!this.inMemoryOnly) {
      try {
        const storage = this.storage();
        if (storage) {
          storage.setItem(key, text);
          this.memory.delete(key);
          return 'saved';
        }
      } catch {
        // QuotaExceededError: keep what the learner did rather than lose it.
        this.inMemoryOnly = true;
      }
    }
    this.memory.set(key, text);
    return 'memory';
  }

  remove(key: string): void {
    this.memory.delete(key);
    try {
      this.storage()?.removeItem(key);
    } catch {
      this.inMemoryOnly = true;
    }
  }
}

export function storageKeyFor(moduleId: string): string {
  return `wijkwijzer:learning-module:${moduleId}`;
}
