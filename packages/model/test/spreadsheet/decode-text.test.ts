import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSpreadsheetText } from '../../src/spreadsheet/decode-text.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeSpreadsheetText', () => {
  it('reads bytes that are not UTF-8 as Windows-1252, including 0x80–0x9F', () => {
    // "Café € 2,50 – Šaban’s Ÿ ï": é E9, € 80, – 96, Š 8A, ’ 92, Ÿ 9F, ï EF.
    const decoded = decodeSpreadsheetText(bytes('Caf', [0xe9], ' ', [0x80], ' 2,50 ', [0x96], ' ', [0x8a], 'aban', [0x92], 's ', [0x9f], ' ', [0xef]));
    assert.deepEqual(decoded, { text: 'Café € 2,50 – Šaban’s Ÿ ï', encoding: 'windows-1252', byteOrderMark: false, warnings: [] });
  });

  it('warns when bytes are undefined in Windows-1252', () => {
    const decoded = decodeSpreadsheetText(bytes('naam', [0x81, 0x8d]));
    assert.equal(decoded.encoding, 'windows-1252');
    assert.match(decoded.warnings[0]!.message.en, /not UTF-8 and has characters that Windows-1252 does not know/);
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    assert.deepEqual(decodeSpreadsheetText(bytes('Café مركز')), { text: 'Café مركز', encoding: 'utf-8', byteOrderMark: false, warnings: [] });
    assert.deepEqual(decodeSpreadsheetText(bytes([0xef, 0xbb, 0xbf], 'Café')), { text: 'Café', encoding: 'utf-8', byteOrderMark: true, warnings: [] });
  });

  it('reads Excel\'s "Unicode text" (UTF-16 with a byte-order mark)', () => {
    const text = 'naam\torganisatie\nCafé\tمركز\n';
    assert.deepEqual(decodeSpreadsheetText(Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')])), { text, encoding: 'utf-16le', byteOrderMark: true, warnings: [] });
  });

  it('warns about text that was converted twice ("CafÃ©")', () => {
    const decoded = decodeSpreadsheetText(bytes('CafÃ© Oost'));
    assert.equal(decoded.encoding, 'utf-8');
    assert.match(decoded.warnings[0]!.message.en, /converted twice/);
  });
});
