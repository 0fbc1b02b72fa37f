import { expect, fixture, html } from '@open-wc/testing';
import { WijkTestElement } from './testing/test-elements.ts';

WijkTestElement.define('wijk-test-element');

describe('sharedStyles box model', () => {
  let pageStyle: HTMLStyleElement;
  beforeEach(() => {
    // Older host pages still reset every element to the browser default.
    pageStyle = document.createElement('style');
    pageStyle.textContent = '* { box-sizing: content-box; }';
    document.head.append(pageStyle);
  });
  afterEach(() => pageStyle.remove());

  it('keeps a full-width search field inside its column when the page sets content-box on everything', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="width: 200px"><wijk-test-element></wijk-test-element></div>`);
    const element = column.querySelector<WijkTestElement>('wijk-test-element')!;
    await element.updateComplete;
    // The shared rules give a text field width 100% plus padding and a border, as in the finder.
    const field = document.createElement('input');
    field.type = 'search';
    element.shadowRoot!.append(field);

    expect(field.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right);
    expect(getComputedStyle(field).boxSizing).to.equal('border-box');
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).boxSizing).to.equal('border-box');
  });
});
