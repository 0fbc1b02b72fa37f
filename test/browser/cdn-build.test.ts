/**
 * The CDN build as a partner loads it: under a strict Content-Security-Policy, and twice on
 * one page. Pages come from /test/pages/, which the test server serves with the policy.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Probe {
  violations: { directive: string; blocked: string; source: string }[];
  errors: string[];
  ready?: boolean;
  definedWidgets?: number;
  distinctCopies?: boolean;
  firstCopyKept?: boolean;
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; probe: Probe; window: Window & { __inlineScriptRan?: boolean } }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.title = path;
  document.body.append(frame);
  const pageWindow = () => frame.contentWindow as (Window & { __probe?: Probe }) | null;
  await waitUntil(() => pageWindow()?.__probe?.ready || (pageWindow()?.__probe?.errors.length ?? 0) > 0, `${path} did not finish`, {
    timeout: 8000,
  });
  return { frame, probe: pageWindow()!.__probe!, window: pageWindow()! };
}

describe('CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works under default-src \'self\' without a single CSP violation of its own', async () => {
    const { frame, probe, window: page } = await openPage('/test/pages/csp.html');
    expect(probe.errors).to.deep.equal([]);
    // The page's own inline script is the one thing the policy must block: the policy is on.
    expect(page.__inlineScriptRan).to.equal(undefined);
    expect(probe.violations.map((violation) => violation.blocked)).to.deep.equal(['inline']);

    const element = frame.contentDocument!.querySelector('wijk-csp-probe')!;
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('404');
    // Styles arrived through constructable stylesheets, which the policy allows.
    expect(frame.contentWindow!.getComputedStyle(alert).borderInlineStartWidth).to.not.equal('0px');
  });

  it('can be loaded twice on one page without throwing', async () => {
    const { probe } = await openPage('/test/pages/two-copies.html');
    expect(probe.errors).to.deep.equal([]);
    expect(probe.distinctCopies).to.equal(true);
    expect(probe.firstCopyKept).to.equal(true);
  });
});
