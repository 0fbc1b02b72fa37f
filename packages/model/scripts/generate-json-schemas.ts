/**
 * Writes a JSON Schema file for each content type from the valibot schemas, so editors can
 * check content as authors type. Never edit the generated files; change the schemas.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { goodPracticeSchema } from '../src/good-practice.ts';
import { initiativeFeedSchema } from '../src/initiative-feed.ts';
import { learningModuleSchema } from '../src/learning-module.ts';
import { trustedPointerListSchema } from '../src/trusted-pointer.ts';
import { principleListSchema } from '../src/principle.ts';

const SCHEMA_BASE_URL = 'https://wijkwijzer.nl/schemas/';

const schemas: Record<string, { schema: GenericSchema; title: string }> = {
  'initiative-feed': { schema: initiativeFeedSchema, title: 'Wijkwijzer initiative feed (Open Referral HSDS 3 subset)' },
  'good-practice': { schema: goodPracticeSchema, title: 'Wijkwijzer good practice' },
  'learning-module': { schema: learningModuleSchema, title: 'Wijkwijzer learning module' },
  'trusted-pointers': { schema: trustedPointerListSchema, title: 'Wijkwijzer trusted-information pointers' },
  principles: { schema: principleListSchema, title: 'Wijkwijzer: the 7 principles' },
};

const outputDirectory = new URL('../schemas/', import.meta.url);
await mkdir(outputDirectory, { recursive: true });
for (const [name, { schema, title }] of Object.entries(schemas)) {
  // Custom checks (unique ids, time order) have no JSON Schema form; the CLI still enforces them.
  const jsonSchema = { $id: `${SCHEMA_BASE_URL}${name}.schema.json`, title, ...toJsonSchema(schema, { errorMode: 'ignore' }) };
  await writeFile(new URL(`${name}.schema.json`, outputDirectory), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  console.log(`wrote schemas/${name}.schema.json`);
}
