/**
 * "Near me", only after the resident asks: the browser's geolocation or a postcode looked up in
 * the partner's own table. The position is used in the browser and never sent anywhere.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coordinatesOfPostcode, type Coordinates, type PostcodeTable } from '@wijkwijzer/model';
import { loadJson } from '../base/load-json.ts';

export type NearMeFailure = 'denied' | 'unavailable';

export function currentPosition(): Promise<Coordinates> {
  return new Promise((resolve, reject: (reason: NearMeFailure) => void) => {
    if (!('geolocation' in navigator)) {
      reject('unavailable');
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      (error) => reject(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      // A neighbourhood-level position is enough, and kinder to batteries.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  });
}

function isPostcodeTable(value: unknown): value is PostcodeTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) => Array.isArray(entry) && entry.length === 2 && entry.every((n) => typeof n === 'number' && Number.isFinite(n)),
  );
}

/** Loads the partner's postcode table once, when the resident first types a postcode. */
export class PostcodeLookup {
  private table: Promise<PostcodeTable | undefined> | undefined;
  private readonly source: () => string | PostcodeTable | undefined;

  constructor(source: () => string | PostcodeTable | undefined) {
    this.source = source;
  }

  async find(postcode: string): Promise<Coordinates | undefined> {
    this.table ??= this.loadTable();
    const table = await this.table;
    return table ? coordinatesOfPostcode(table, postcode) : undefined;
  }

  private async loadTable(): Promise<PostcodeTable | undefined> {
    const source = this.source();
    if (typeof source !== 'string') return source;
    try {
      // A table that never arrives must not leave the postcode field waiting for good.
      const data = await loadJson(new URL(source, document.baseURI), AbortSignal.timeout(15_000));
      return isPostcodeTable(data) ? data : undefined;
    } catch {
      this.table = undefined; // try again next time
      return undefined;
    }
  }
}

export type NearMeStatus = 'off' | 'locating' | 'on' | NearMeFailure | 'unknownPostcode';

interface NearMeOptions {
  /** The partner's postcode table, or its URL. */
  postcodes: () => string | PostcodeTable | undefined;
  /** The position to sort by changed. */
  changed: () => void;
  /** Says a message to screen readers, by its key. */
  announce: (key: string) => void;
}

/**
 * "Near me" for the finder: where the resident is (once they asked), how far along asking is,
 * and a call to `changed` whenever the position to sort by changes.
 */
export class NearMeController implements ReactiveController {
  status: NearMeStatus = 'off';
  private position: Coordinates | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly postcodes: PostcodeLookup;
  private readonly changed: () => void;
  private readonly announce: (key: string) => void;

  constructor(host: ReactiveControllerHost, { postcodes, changed, announce }: NearMeOptions) {
    this.host = host;
    this.postcodes = new PostcodeLookup(postcodes);
    this.changed = changed;
    this.announce = announce;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The position to sort by, only while "near me" is on. */
  get near(): Coordinates | undefined {
    return this.status === 'on' ? this.position : undefined;
  }

  async useMyLocation(): Promise<void> {
    this.set('locating');
    this.announce('finder:near.locating');
    try {
      this.position = await currentPosition();
      this.set('on');
      this.changed();
    } catch (failure) {
      this.set(failure as NearMeFailure);
      this.announce(`finder:near.${failure as NearMeFailure}`);
    }
  }

  async usePostcode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('postcode') as HTMLInputElement;
    const coordinates = await this.postcodes.find(input.value);
    if (!coordinates) {
      this.set('unknownPostcode');
      this.announce('finder:near.postcodeUnknown');
      return;
    }
    this.position = coordinates;
    this.set('on');
    this.changed();
  }

  stop(): void {
    this.position = undefined;
    this.set('off');
    this.changed();
  }

  private set(status: NearMeStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
