// CDN build: one self-contained, minified ES module that registers every widget.
import { build } from 'esbuild';

const result = await build({
  entryPoints: { wijkwijzer: 'src/wijkwijzer.ts' },
  outdir: 'dist/cdn',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: 'tsconfig.build.json',
  // The production build of Lit: no dev-mode warnings on partners' pages.
  conditions: ['production'],
  metafile: true,
  logLevel: 'warning',
});
for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
  if (file.endsWith('.js')) console.log(`${file}: ${(bytes / 1024).toFixed(1)} kB (minified)`);
}
