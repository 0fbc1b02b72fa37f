import { WijkTrustedInfo } from './trusted-info.ts';
import './define.ts';
import { runConformance } from '../base/testing/conformance.ts';

// The partner's file is optional: a failing one shows its notice beside the national pointers of the topic.
runConformance({
  tag: 'wijk-trusted-info',
  cdnFile: 'trusted-info.js',
  source: '/packages/widgets/src/trusted-info/testing/local-pointers.json',
  sourceText: 'Buurtkamer Selwerd',
  otherSource: '/packages/widgets/src/trusted-info/testing/local-pointers-other.json',
  otherText: 'Wijkteam Vinkhuizen',
  attributes: { topic: 'eenzaamheid' },
  defineAgain: () => WijkTrustedInfo.define('wijk-trusted-info'),
});
