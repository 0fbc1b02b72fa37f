/**
 * Bytes of a CSV file → text. Dutch Excel saves "CSV (puntkomma's)" in Windows-1252 and
 * "CSV UTF-8" with a byte-order mark; "Unicode-tekst" is UTF-16 with a byte-order mark.
 *
 * The rule is the WHATWG one, not a statistical detector: a byte-order mark decides; else bytes
 * that are valid UTF-8 are UTF-8; else Windows-1252. Detectors (chardet, jschardet) guess from
 * letter statistics, which a spreadsheet of a few short rows does not have: on such samples they
 * answer ISO-8859-2 or -9 with low confidence, which turns ï into ď and loses €. Windows-1252
 * text with accents is practically never valid UTF-8, so this rule is right for exactly the files
 * partners send, and it runs the same in a browser (no Node APIs, no dependency).
 */
import type { SpreadsheetProblem } from './problem.ts';
import { fileProblem } from './problem.ts';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  byteOrderMark: boolean;
  warnings: SpreadsheetProblem[];
}

/** Windows-1252's bytes 0x80–0x9F; the other bytes mean the same code point as in Latin-1. */
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** Bytes that Windows-1252 leaves undefined: a file with them was written in another code page. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** "CafÃ©": UTF-8 that was read as Windows-1252 once and saved as UTF-8 again. */
const DOUBLE_ENCODED = /Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â‚¬/;

export function decodeSpreadsheetText(bytes: Uint8Array): DecodedText {
  const warnings: SpreadsheetProblem[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', byteOrderMark: true, warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', byteOrderMark: true, warnings };
  const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // ignoreBOM: the mark is taken off below, so it is reported rather than silently eaten.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(byteOrderMark ? bytes.subarray(3) : bytes);
    if (DOUBLE_ENCODED.test(text)) {
      warnings.push(fileProblem({
        nl: 'Sommige letters lijken verminkt (zoals "Ã©" in plaats van "é"). Het bestand is waarschijnlijk twee keer omgezet. Sla het opnieuw op als "CSV UTF-8".',
        en: 'Some letters look garbled (such as "Ã©" instead of "é"). The file was probably converted twice. Save it again as "CSV UTF-8".',
      }));
    }
    return { text, encoding: 'utf-8', byteOrderMark, warnings };
  } catch {
    if (bytes.some((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte))) {
      warnings.push(fileProblem({
        nl: 'Het bestand is geen UTF-8 en heeft tekens die Windows-1252 niet kent. Controleer letters met accenten, of sla het bestand op als "CSV UTF-8".',
        en: 'The file is not UTF-8 and has characters that Windows-1252 does not know. Check accented letters, or save the file as "CSV UTF-8".',
      }));
    }
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', byteOrderMark: false, warnings };
  }
}
