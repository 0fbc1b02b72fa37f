// Proves the accessibility assertion used throughout is live: it must fail on a known violation.
import { expect, fixture, html } from '@open-wc/testing';

describe('axe-core assertion', () => {
  it('rejects a button without an accessible name and accepts one with a name', async () => {
    const broken = await fixture(html`<div><button></button></div>`);
    await expect(broken).not.to.be.accessible();
    const fixed = await fixture(html`<div><button>Zoeken</button></div>`);
    await expect(fixed).to.be.accessible();
  });
});
