// Build the front-end: compile our Sass (GOV.UK Frontend with our own font and colours),
// copy the GOV.UK Frontend JavaScript, and write every file with a content hash in its name
// plus static/build/manifest.json, so the app can serve them with long cache lifetimes.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

const govukJs = readFileSync(join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'govuk-frontend.min.js'))
const govukName = emit('govuk-frontend.js', govukJs)
const app = readFileSync(join(root, 'assets', 'js', 'app.mjs'), 'utf8')
  .replace("'./govuk-frontend.js'", `'./${govukName}'`)
emit('app.js', app)

writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(`built ${Object.keys(manifest).length} assets in static/build`)
