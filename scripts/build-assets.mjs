// Build the front-end: compile our Sass (GOV.UK Frontend with our own font and colours),
// bundle only the GOV.UK Frontend components' JavaScript the pages use (esbuild, minified),
// and write every file with a content hash in its name plus static/build/manifest.json, so the
// app can serve them with long cache lifetimes. Each file is also written precompressed
// (.gz and .br, best compression, done once here instead of on every request), which
// WhiteNoise serves to browsers that accept them.
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import * as sass from 'sass'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'static', 'build')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const manifest = {}
function emit (logical, contents) {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 10)
  const dot = logical.lastIndexOf('.')
  const name = `${logical.slice(0, dot)}.${hash}${logical.slice(dot)}`
  writeFileSync(join(out, name), contents)
  writeFileSync(join(out, `${name}.gz`), gzipSync(contents, { level: 9 }))
  writeFileSync(join(out, `${name}.br`), brotliCompressSync(contents, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(contents)
    }
  }))
  manifest[logical] = name
  return name
}

for (const entry of ['app', 'print']) {
  const css = sass.compile(join(root, 'assets', 'scss', `${entry}.scss`), {
    loadPaths: [join(root, 'node_modules')],
    style: 'compressed',
    quietDeps: true
  }).css
  if (/GDS Transport|\.woff2?\b/.test(css)) {
    throw new Error(`${entry}.css refers to the GDS Transport font: it must not be fetched`)
  }
  emit(`${entry}.css`, css)
}

// one small module: our enhancements plus the few components' classes it imports (the whole
// govuk-frontend bundle was 47 KB for six components)
const bundle = buildSync({
  entryPoints: [join(root, 'assets', 'js', 'app.mjs')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  legalComments: 'none',
  write: false,
  logLevel: 'warning'
})
emit('app.js', bundle.outputFiles[0].contents)

// a tiny classic script for the page's head, run before the page is drawn (after "Exit this
// page", a page that showed a search is not shown again: see the file)
const guard = buildSync({
  entryPoints: [join(root, 'assets', 'js', 'guard.js')],
  bundle: false,
  minify: true,
  format: 'iife',
  target: ['es2015'],
  legalComments: 'none',
  write: false,
  logLevel: 'warning'
})
emit('guard.js', guard.outputFiles[0].contents)

writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(`built ${Object.keys(manifest).length} assets in static/build`)
