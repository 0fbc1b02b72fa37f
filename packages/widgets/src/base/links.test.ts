import { expect } from '@open-wc/testing';
import { mailtoHref, telHref, webHref } from './links.ts';

describe('telHref', () => {
  const dutchNumbers: [written: string, href: string][] = [
    ['050 123 4567', 'tel:0501234567'],
    ['050-1234567', 'tel:0501234567'],
    ['(050) 123 45 67', 'tel:0501234567'],
    ['+31 50 123 4567', 'tel:+31501234567'],
    // The (0) is dialled only from inside the Netherlands; after +31 it makes a wrong number.
    ['+31 (0)50 123 4567', 'tel:+31501234567'],
    ['+31(0)50-1234567', 'tel:+31501234567'],
    ['0031 (0)50 123 4567', 'tel:+31501234567'],
    ['0031 50 1234567', 'tel:+31501234567'],
    ['0800-0113', 'tel:08000113'],
    ['0800 1322', 'tel:08001322'],
    ['113', 'tel:113'],
    ['112', 'tel:112'],
  ];
  for (const [written, href] of dutchNumbers) {
    it(`calls ${written} as ${href}`, () => {
      expect(telHref(written)).to.equal(href);
    });
  }

  it('gives no link for text that is not a number', () => {
    for (const junk of ['bel ons', '', '12', '+', 'javascript:alert(1)', '050+1234567', undefined]) {
      expect(telHref(junk), String(junk)).to.equal(undefined);
    }
  });
});

describe('webHref', () => {
  it('lets http and https pages through', () => {
    expect(webHref('https://www.example.nl/hulp')).to.equal('https://www.example.nl/hulp');
    expect(webHref('http://example.nl')).to.equal('http://example.nl/');
  });

  it('gives no link for other schemes, relative or broken addresses', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hoi', 'ftp://example.nl', '/hulp', 'http://[', '', undefined]) {
      expect(webHref(url), String(url)).to.equal(undefined);
    }
  });
});

describe('mailtoHref', () => {
  it('makes a mailto link for an address', () => {
    expect(mailtoHref('info@buurthuis.nl')).to.equal('mailto:info@buurthuis.nl');
  });

  it('gives no link for text that is not one address', () => {
    for (const email of ['info@buurthuis', 'info buurthuis@nl.nl', 'a@b.nl?cc=c@d.nl', 'mailto:info@buurthuis.nl', '', undefined]) {
      expect(mailtoHref(email), String(email)).to.equal(undefined);
    }
  });
});
