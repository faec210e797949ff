// Build the front-end: compile our Sass (GOV.UK Frontend with our own font and colours),
// keep only the rules whose classes the pages can use (PurgeCSS, see keepUsed),
// bundle only the GOV.UK Frontend components' JavaScript the pages use (esbuild, minified),
// and write every file with a content hash in its name plus static/build/manifest.json, so the
// app can serve them with long cache lifetimes. Each file is also written precompressed
// (.gz and .br, best compression, done once here instead of on every request), which
// WhiteNoise serves to browsers that accept them.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import { PurgeCSS } from 'purgecss'
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

// Where the pages' classes can come from: our templates and Python (markup written there), the
// GOV.UK Frontend macros they call (found in the Python package in .venv, with the macros those
// call) and our JavaScript, alone and bundled with GOV.UK Frontend's (which adds classes as
// pages run).
function pageSources (script) {
  const read = (folder, kind) => readdirSync(folder, { recursive: true })
    .filter(name => kind.test(name))
    .map(name => readFileSync(join(folder, name), 'utf8'))
  const ours = [
    ...read(join(root, 'templates'), /\.html$/),
    ...read(join(root, 'directory'), /\.py$/),
    ...read(join(root, 'assets', 'js'), /\.m?js$/)
  ]
  const lib = join(root, '.venv', 'lib')
  const [macros] = existsSync(lib)
    ? readdirSync(lib).map(v => join(lib, v, 'site-packages', 'govuk_frontend_jinja', 'templates'))
      .filter(existsSync)
    : []
  if (!macros) {
    throw new Error('GOV.UK Frontend Jinja macros not found in .venv: run scripts/setup-env first')
  }
  const called = []
  const seen = new Set()
  const queue = [...ours]
  while (queue.length) {
    for (const [, component] of queue.pop().matchAll(/components\/([a-z-]+)\/macro\.html/g)) {
      if (seen.has(component)) continue
      seen.add(component)
      const text = readFileSync(join(macros, 'components', component, 'macro.html'), 'utf8')
      called.push(text)
      queue.push(text)
    }
  }
  return [...ours, ...called, script]
}

// GOV.UK Frontend's compiled components include every variant and every override class
// (govuk-!-margin-bottom-0...): about 35% of app.css is rules for classes no page can have
// (issue 24: first visit <= 30 KB). A class is kept when any source names it whole, or starts
// with a part a source completes at run time ('govuk-tag--{{ colour }}', "'filter-' ~ field").
async function keepUsed (css, script) {
  const texts = pageSources(script)
  const completed = new Set()
  for (const text of texts) {
    for (const m of text.matchAll(/([A-Za-z0-9_!-]*[A-Za-z0-9_!](?:--|-|__))(?=\$?\{|["']\s*[~+])/g)) {
      completed.add(m[1])
    }
  }
  const escape = s => s.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&')
  const [result] = await new PurgeCSS().purge({
    content: texts.map(raw => ({ raw, extension: 'html' })),
    css: [{ raw: css }],
    // class names with "!" in them (govuk-!-margin-bottom-0) are whole words here
    defaultExtractor: text => text.match(/[A-Za-z0-9_!-]+/g) || [],
    safelist: { standard: [...completed].map(part => new RegExp(`^${escape(part)}`)) }
  })
  return result.css
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
const script = bundle.outputFiles[0].contents
emit('app.js', script)

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

for (const entry of ['app', 'print']) {
  let css = sass.compile(join(root, 'assets', 'scss', `${entry}.scss`), {
    loadPaths: [join(root, 'node_modules')],
    style: 'compressed',
    quietDeps: true
  }).css
  if (entry === 'app') css = await keepUsed(css, Buffer.from(script).toString('utf8'))
  if (/GDS Transport|\.woff2?\b/.test(css)) {
    throw new Error(`${entry}.css refers to the GDS Transport font: it must not be fetched`)
  }
  emit(`${entry}.css`, css)
}

writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(`built ${Object.keys(manifest).length} assets in static/build`)
