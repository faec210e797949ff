// Runs in the page's head, before anything is drawn, and needs no other script.
// After "Exit this page" (assets/js/app.mjs marks this tab as exited, in sessionStorage: no
// cookie, nothing sent), no page of the site that this tab had shown is shown again: every page
// carries data-app-private (the address of a neutral page, "This search has ended"). When Back,
// Forward or a reload brings one back, from the server or from the back-forward cache, it is
// hidden at once and replaced by the neutral page: a service page (Childline's) tells what was
// looked at as much as the results do. A page opened afresh from a link or the address bar
// (data-app-private-back: the start, service and help pages) is shown: someone chose to go
// there; a page that showed a search never is. A new search (any form sent) clears the mark.
(function () {
  var KEY = 'app-exited'
  var root = document.documentElement
  function exited () {
    try { return window.sessionStorage.getItem(KEY) === '1' } catch (e) { return false }
  }
  function broughtBack () {
    try {
      var entries = window.performance.getEntriesByType('navigation')
      if (entries && entries.length) return entries[0].type !== 'navigate'
      return window.performance.navigation.type !== 0
    } catch (e) { return true }
  }
  function hideAndLeave (persisted) {
    var neutral = root.getAttribute('data-app-private')
    if (!exited() || !neutral) return false
    try { if (window.sessionStorage.getItem('app-exit-to') === window.location.href) return false } catch (e) {}
    if (root.hasAttribute('data-app-private-back') && !persisted && !broughtBack()) return false
    root.classList.add('app-exited')
    window.location.replace(neutral)
    return true
  }
  var left = hideAndLeave(false)
  // a page that must open at its top ("This search has ended"), not where the page it stands
  // for was scrolled to
  var top = root.hasAttribute('data-app-top')
  if (top && 'scrollRestoration' in window.history) window.history.scrollRestoration = 'manual'
  window.addEventListener('pageshow', function (event) {
    if (top) window.scrollTo(0, 0)
    if (left) return
    if (hideAndLeave(event.persisted)) return
    // any page brought back from the back-forward cache is asked for again, so that a search
    // that has ended shows as ended and no form keeps what was typed in it
    if (event.persisted) window.location.reload()
  })
})()
