// Progressive enhancement only: every page works without JavaScript.
// Only the components the pages use are imported, so the bundle carries nothing else.
import {
  Button,
  Checkboxes,
  createAll,
  ErrorSummary,
  ExitThisPage,
  ServiceNavigation,
  SkipLink
} from 'govuk-frontend'

// sessionStorage: the words this tab searched for, by the digest of the pages they belong to;
// and those of a search just sent, until its first page takes them
const WORDS = 'app-words'
const SENT = 'app-words-sent'
// a professional's referral pack of the last results this tab showed (their token), so that
// the start page offers it and a new search from there keeps it
const PACK = 'app-pack'

// "Exit this page" (button or Shift pressed 3 times) replaces this page in the tab's history
// instead of adding the exit address after it, so Back does not return here. The rest is the
// component's own exitPage (govuk-frontend 6.3.0): hide the page, announce, leave.
ExitThisPage.prototype.exitPage = function () {
  if (!this.$updateSpan) return
  // this tab has left: a page of it that showed a search is never shown again (guard.js)
  try {
    window.sessionStorage.setItem('app-exited', '1')
    // the page Exit goes to, when it is one of the site's (a neutral one): shown (guard.js)
    window.sessionStorage.setItem('app-exit-to', this.$button.href)
    // and the words this tab typed, kept to put back into its own results' form, are gone
    window.sessionStorage.removeItem(WORDS)
    window.sessionStorage.removeItem(SENT)
    window.sessionStorage.removeItem(PACK)
  } catch (e) {}
  this.$updateSpan.textContent = ''
  document.body.classList.add('govuk-exit-this-page-hide-content')
  this.$overlay = document.createElement('div')
  this.$overlay.className = 'govuk-exit-this-page-overlay'
  this.$overlay.setAttribute('role', 'alert')
  document.body.appendChild(this.$overlay)
  this.$overlay.textContent = this.i18n.t('activated')
  window.location.replace(this.$button.href)
}

// A new search (or any form sent) after leaving: this tab may show searches again.
// (guard.js, loaded in the head, reloads pages brought back from the back-forward cache.)
document.addEventListener('submit', () => {
  try { window.sessionStorage.removeItem('app-exited') } catch (e) {}
})

// A results page never has the words and the place written into it: opened again from the
// browser's history, in another tab or on another profile, it must not show them. The tab that
// typed them keeps them in sessionStorage (this tab only, gone when it closes, never sent) and
// puts them back into the search form of the pages they were for, so that Back, a reload, a
// filter or the next page still show them for editing. Each such page carries a keyed digest
// of its search's words (data-app-search; directory/search_token.py, words_key), never the
// words. Without JavaScript the form says why it is empty, and keeps the search when left empty.
document.addEventListener('submit', (event) => {
  const form = event.target
  const q = form.querySelector('input[name="q"]')
  const where = form.querySelector('input[name="location"]')
  if (!q && !where) return
  const keep = form.querySelector('input[name="keep_words"]')
  try {
    window.sessionStorage.removeItem(SENT)
    // words left for the server to keep from the address: this tab does not know them
    if (keep && keep.value === '1' && !(q && q.value && where && where.value)) return
    const sent = { q: q ? q.value : '', location: where ? where.value : '', at: Date.now() }
    window.sessionStorage.setItem(SENT, JSON.stringify(sent))
  } catch (e) {}
})

function putWordsBack () {
  const note = document.querySelector('[data-app-search]')
  if (!note) return
  const key = note.getAttribute('data-app-search')
  let known = []
  try {
    known = JSON.parse(window.sessionStorage.getItem(WORDS) || '[]')
    const sent = JSON.parse(window.sessionStorage.getItem(SENT) || 'null')
    window.sessionStorage.removeItem(SENT)
    // the first page after this tab sent a search is that search's
    if (sent && Date.now() - sent.at < 60000) {
      known = [{ key, q: sent.q, location: sent.location }]
        .concat(known.filter((words) => words.key !== key)).slice(0, 10)
      window.sessionStorage.setItem(WORDS, JSON.stringify(known))
    }
  } catch (e) { return }
  const words = known.find((found) => found.key === key)
  const form = note.closest('form')
  if (!words || !form) return
  const fields = { q: words.q, location: words.location }
  for (const name in fields) {
    const input = form.querySelector('input[name="' + name + '"]')
    if (input && !input.value) input.value = fields[name] || ''
  }
  note.hidden = true
  // a professional's lasting link to this search: its address is written without the words
  const lasting = document.getElementById('lasting-link')
  if (lasting) {
    try {
      const link = new URL(lasting.value)
      if (words.q) link.searchParams.set('q', words.q)
      if (words.location) link.searchParams.set('location', words.location)
      lasting.value = link.toString()
    } catch (e) {}
  }
  // what the boxes show is the search: emptied on purpose, a box is empty
  const keep = form.querySelector('input[name="keep_words"]')
  if (keep) keep.value = '0'
}
putWordsBack()

function keepThePack () {
  try {
    const summary = document.querySelector('[data-app-pack]')
    if (summary) {
      const token = summary.getAttribute('data-app-pack')
      if (!token) { window.sessionStorage.removeItem(PACK); return }
      window.sessionStorage.setItem(PACK, JSON.stringify({
        t: token,
        count: summary.getAttribute('data-app-pack-count'),
        href: summary.getAttribute('data-app-pack-href')
      }))
      return
    }
    const notice = document.getElementById('pack-notice')
    const pack = JSON.parse(window.sessionStorage.getItem(PACK) || 'null')
    const form = document.querySelector('form.app-search-form')
    if (!notice || !pack || !form) return
    notice.querySelector('.app-pack-count').textContent = String(pack.count)
    notice.querySelector('.app-pack-open').setAttribute('href', pack.href)
    notice.hidden = false
    const carried = document.createElement('input')
    carried.type = 'hidden'
    carried.name = 't'
    carried.value = pack.t
    form.appendChild(carried)
  } catch (e) {}
}
keepThePack()

// (twenty-seventh walk-through F5) the referral pack's bare address (from the Menu, or typed)
// shows no services, as the pack is held in the results' address: the pack this tab holds
// (keepThePack) is opened at once, in the page's own language. Without JavaScript, or with no
// pack, the page says how to open one.
function openThePack () {
  try {
    if (!document.querySelector('[data-app-pack-empty]')) return
    const pack = JSON.parse(window.sessionStorage.getItem(PACK) || 'null')
    if (!pack || !pack.href || !Number(pack.count)) return
    const ids = new URL(pack.href, window.location.href).searchParams.getAll('id')
    if (!ids.length) return
    const query = new URLSearchParams(ids.map((id) => ['id', id]))
    window.location.replace(window.location.pathname + '?' + query.toString())
  } catch (e) {}
}
openThePack()

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
for (const Component of [Button, Checkboxes, ErrorSummary, ExitThisPage, ServiceNavigation, SkipLink]) {
  createAll(Component)
}
