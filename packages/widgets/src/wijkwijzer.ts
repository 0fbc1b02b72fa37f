/**
 * CDN build: one `<script type="module" src="…/wijkwijzer.js">` registers every widget.
 */
import './initiative-finder/define.ts';
import './learning-module/define.ts';
import './trusted-info/define.ts';
import './practice-search/define.ts';

export * from './index.ts';
