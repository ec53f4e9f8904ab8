// Bundles the map view's page script (client/src/map/webview/main.ts) for the browser into
// dist/mapView.js. Separate from esbuild.mjs until the lead folds this entry into it:
//   { entryPoints: { mapView: 'client/src/map/webview/main.ts' }, outdir: 'dist', bundle: true,
//     platform: 'browser', format: 'iife', target: 'es2022' }
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
await esbuild.build({
  entryPoints: { mapView: 'client/src/map/webview/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
});
