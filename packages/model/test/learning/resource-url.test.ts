import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { moduleResourceUrl } from '../../src/learning/resource-url.ts';

const MODULE = 'https://partner.example/leren/modules/buren.json';

describe('where a module’s images load from', () => {
  it('resolves paths against the module file', () => {
    assert.equal(moduleResourceUrl('images/buren.png', MODULE), 'https://partner.example/leren/modules/images/buren.png');
    assert.equal(moduleResourceUrl('../plaatjes/wijk.png', MODULE), 'https://partner.example/leren/plaatjes/wijk.png');
    assert.equal(moduleResourceUrl('/images/wijk.png', MODULE), 'https://partner.example/images/wijk.png');
  });

  it('never takes an address starting with // (or a slash and a backslash) for a file of the module', () => {
    for (const address of ['//other.example/x.png', ' //other.example/x.png', '\\\\other.example/x.png', '/\\other.example/x.png', '/\t/other.example/x.png', '//user@other.example/x.png']) {
      assert.equal(moduleResourceUrl(address, MODULE), undefined, address);
    }
    assert.equal(moduleResourceUrl('//partner.example/images/x.png', MODULE), 'https://partner.example/images/x.png', 'the module’s own site');
  });

  it('allows another site only when the address says so with http(s)', () => {
    assert.equal(moduleResourceUrl('https://cdn.example/x.png', MODULE), 'https://cdn.example/x.png');
    assert.equal(moduleResourceUrl('http://cdn.example/x.png', MODULE), 'http://cdn.example/x.png');
    for (const address of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'java\tscript:alert(1)', 'ftp://other.example/x.png', 'https://']) {
      assert.equal(moduleResourceUrl(address, MODULE), undefined, address);
    }
  });

  it('gives nothing for a module without a usable address', () => {
    assert.equal(moduleResourceUrl('images/x.png', 'not a url'), undefined);
  });
});
