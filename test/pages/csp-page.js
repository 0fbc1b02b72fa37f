// Uses the base exactly as the CDN build ships it: styles, language, view states, loading JSON.
import { WijkElement, loadJson } from '/packages/widgets/dist/cdn/wijkwijzer.js';

class CspProbe extends WijkElement {
  static properties = { viewState: { state: true } };

  constructor() {
    super();
    this.viewState = { kind: 'loading' };
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      await loadJson('/test/fixtures/does-not-exist.json');
    } catch (error) {
      this.viewState = this.errorStateFor(error);
    }
  }

  renderContent() {
    return this.renderViewState(this.viewState);
  }
}
CspProbe.define('wijk-csp-probe');

const probe = document.querySelector('wijk-csp-probe');
await customElements.whenDefined('wijk-csp-probe');
while (probe.viewState.kind !== 'error') await new Promise((resolve) => setTimeout(resolve, 20));
await probe.updateComplete;
window.__probe.definedWidgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('wijk-')).length;
window.__probe.ready = true;
