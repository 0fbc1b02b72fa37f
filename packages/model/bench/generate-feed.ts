/**
 * Writes a large synthetic feed for benchmarks and load tests.
 * Usage: node packages/model/bench/generate-feed.ts --count 10000 [--out file.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateInitiativeFeed } from '../src/validate.ts';
import { syntheticFeed } from './synthetic-feed.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, out: { type: 'string' } } });
const demo = validateInitiativeFeed(JSON.parse(readFileSync(new URL('../../content/feeds/demo-initiatives.json', import.meta.url), 'utf8')));
if (!demo.valid) throw new Error('the demo feed does not validate');
const feed = syntheticFeed(demo.value, Number(values.count));
const json = JSON.stringify(feed);
if (values.out) writeFileSync(values.out, json);
else process.stdout.write(json);
console.error(`${feed.services.length} services, ${(json.length / 1_048_576).toFixed(1)} MB${values.out ? ` → ${values.out}` : ''}`);
