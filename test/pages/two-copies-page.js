// Both copies define the same tags; neither may throw, and the first registration stays.
const first = await import('/packages/widgets/dist/cdn/wijkwijzer.js');
const second = await import('/test/second-copy/wijkwijzer.js');

class FromFirstCopy extends first.WijkElement {}
class FromSecondCopy extends second.WijkElement {}
FromFirstCopy.define('wijk-copy-probe');
FromSecondCopy.define('wijk-copy-probe');

window.__probe.distinctCopies = first.WijkElement !== second.WijkElement;
window.__probe.firstCopyKept = customElements.get('wijk-copy-probe') === FromFirstCopy;
window.__probe.ready = true;
