/**
 * CDN build: one `<script type="module" src="…/wijkwijzer.js">` registers every widget.
 * Each widget's define module is imported here as it lands (see the widget issues).
 */
export * from './base/index.ts';
