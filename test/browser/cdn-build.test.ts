/**
 * The CDN build as a partner loads it: under a strict Content-Security-Policy, and twice on
 * one page. Pages come from /test/pages/, which the test server serves with the policy.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Probe {
  states?: string[];
  requested?: string[];
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

  describe('loader.js, the autoloader', () => {
    type SizeReport = Record<string, { initialFiles: string[] }>;
    const report = async () => (await (await fetch('/packages/widgets/dist/cdn/size-report.json')).json()) as SizeReport;

    it('loads the three resident widgets, each working, with every shared file downloaded once', async () => {
      const { probe } = await openPage('/test/pages/loader.html?widgets=initiative-finder,learning-module,trusted-info');
      expect(probe.errors).to.deep.equal([]);
      expect(probe.states).to.deep.equal(['ready', 'ready', 'ready']);
      const requested = probe.requested!;
      expect(requested.length, 'no file twice').to.equal(new Set(requested).size);
      const expected = (await report())['page with all three widgets']!.initialFiles;
      expect([...requested].sort()).to.deep.equal([...expected].sort());
      expect(requested.some((file) => file.startsWith('chunk-'))).to.equal(true);
    });

    it('loads, for a page with one widget, only that widget and the shared code it needs', async () => {
      const { probe } = await openPage('/test/pages/loader.html?widgets=trusted-info');
      expect(probe.errors).to.deep.equal([]);
      expect(probe.states).to.deep.equal(['ready']);
      const expected = (await report())['page with trusted-info']!.initialFiles;
      expect([...probe.requested!].sort()).to.deep.equal([...expected].sort());
      expect(probe.requested).to.not.include('initiative-finder.js');
      expect(probe.requested).to.not.include('wijkwijzer.js');
    });

    it('works from the package’s bare URL on a CDN (its unpkg/jsdelivr default file), loading the widgets from its dist/cdn/', async () => {
      const { probe } = await openPage('/test/pages/loader.html?widgets=trusted-info&bare=1');
      expect(probe.errors).to.deep.equal([]);
      expect(probe.states).to.deep.equal(['ready']);
      expect(probe.requested).to.include('trusted-info.js');
    });

    it('works from an old-style classic <script src>, and says how to load it as a module', async () => {
      const { probe, window: page } = await openPage('/test/pages/loader.html?widgets=initiative-finder&classic=1');
      expect(probe.errors).to.deep.equal([]);
      expect(probe.states).to.deep.equal(['ready']);
      expect(page.document.querySelector('script[src$="loader.js"]')!.getAttribute('type')).to.equal(null);
    });
  });
});
