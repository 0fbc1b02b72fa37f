/**
 * Code that README.md gives partners, for the learning house's guides to show as is: one text,
 * so the guide and the README cannot drift apart.
 */
import readme from '../../../README.md?raw';

/** The anti-flash CSS of README.md's "Embedding a widget" section. */
export function readmeAntiFlashCss(): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Embedding a widget'));
  const css = section?.match(/```css\n([\s\S]*?)```/)?.[1];
  if (!css) throw new Error('README.md: no css block in the section "Embedding a widget"');
  return css.trimEnd();
}
