import { WijkTrustedInfo } from './trusted-info.ts';

WijkTrustedInfo.define('wijk-trusted-info');

declare global {
  interface HTMLElementTagNameMap {
    'wijk-trusted-info': WijkTrustedInfo;
  }
}
