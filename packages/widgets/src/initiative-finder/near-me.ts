/**
 * "Near me", only after the resident asks: the browser's geolocation or a postcode looked up in
 * the partner's own table. The position is used in the browser and never sent anywhere.
 */
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
