// Writes the widgets' reference tables (attributes, properties, events, parts, tokens, states)
// into README.md between the reference markers, from custom-elements.json, so the README never
// says something the code does not. `node packages/widgets/scripts/readme-reference.mjs --check`
// exits 1 when the README is out of date (the test command runs that check).
import { readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = new URL('../custom-elements.json', import.meta.url);
const README = new URL('../../../README.md', import.meta.url);
const START = '<!-- reference:start (generated from custom-elements.json by packages/widgets/scripts/readme-reference.mjs; do not edit) -->';
const END = '<!-- reference:end -->';

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function referenceMarkdown(manifest) {
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const sections = [];
  for (const d of declarations) {
    const lines = [`#### \`<${d.tagName}>\``, '', cell(d.summary ?? d.description), ''];
    const attributes = new Map((d.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]));
    const fields = (d.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly);
    if (fields.length > 0) {
      lines.push('| attribute | property | type | default | what it does |', '| --- | --- | --- | --- | --- |');
      for (const field of fields) {
        const attribute = attributes.get(field.name);
        lines.push(
          `| ${attribute ? `\`${attribute.name}\`` : '—'} | \`${field.name}\` | ${cell(field.type?.text && `\`${field.type.text}\``)} | ${cell(field.default && `\`${field.default}\``)} | ${cell(field.description)} |`,
        );
      }
      lines.push('');
    }
    const table = (title, items, name = (item) => `\`${item.name}\``) => {
      if (!items?.length) return;
      lines.push(`| ${title} | what it is |`, '| --- | --- |');
      for (const item of items) lines.push(`| ${name(item)} | ${cell(item.description)} |`);
      lines.push('');
    };
    table('event', d.events, (event) => `\`${event.name}\`${event.type?.text ? ` (\`${event.type.text}\`)` : ''}`);
    table('part', d.cssParts);
    table('custom state', d.cssStates, (state) => `\`:state(${state.name})\``);
    table('token', d.cssProperties, (token) => `\`${token.name}\`${token.default ? ` (default \`${token.default}\`)` : ''}`);
    sections.push(lines.join('\n').trimEnd());
  }
  return `${START}\n\n${sections.join('\n\n')}\n\n${END}`;
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const readme = readFileSync(README, 'utf8');
const start = readme.indexOf('<!-- reference:start');
const end = readme.indexOf(END);
if (start < 0 || end < 0) {
  console.error('README.md has no reference markers');
  process.exit(1);
}
const next = `${readme.slice(0, start)}${referenceMarkdown(manifest)}${readme.slice(end + END.length)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md reference tables are out of date: run node packages/widgets/scripts/readme-reference.mjs');
    process.exit(1);
  }
  console.log('README.md reference tables match custom-elements.json');
} else {
  writeFileSync(README, next);
  console.log('README.md reference tables written from custom-elements.json');
}
