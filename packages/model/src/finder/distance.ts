/** Distances between points on Earth, for "near me"; computed in the browser, nothing is sent. */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceInKm(from: Coordinates, to: Coordinates): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A partner's postcode table: four-digit postcode area → its centre. */
export type PostcodeTable = Record<string, [latitude: number, longitude: number]>;

export function coordinatesOfPostcode(table: PostcodeTable, postcode: string): Coordinates | undefined {
  const digits = /^\s*(\d{4})/.exec(postcode)?.[1];
  const centre = digits ? table[digits] : undefined;
  return centre ? { latitude: centre[0], longitude: centre[1] } : undefined;
}
