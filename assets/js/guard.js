// Runs in the page's head, before anything is drawn, and needs no other script.
// After "Exit this page" (assets/js/app.mjs marks this tab as exited, in sessionStorage: no
// cookie, nothing sent), a page that showed a search (its <html> carries data-app-private,
// the address of a neutral page) is never shown again in this tab: when Back brings one back,
// from the server or from the back-forward cache, it is hidden at once and replaced by the
// neutral page. A new search (any form sent) clears the mark.
(function () {
  var KEY = 'app-exited'
  function exited () {
    try { return window.sessionStorage.getItem(KEY) === '1' } catch (e) { return false }
  }
  function hideAndLeave () {
    var root = document.documentElement
    var neutral = root.getAttribute('data-app-private')
    if (exited() && neutral) {
      root.classList.add('app-exited')
      window.location.replace(neutral)
      return true
    }
    return false
  }
  hideAndLeave()
  // a page that must open at its top ("This search has ended"), not where the page it stands
  // for was scrolled to
  var top = document.documentElement.hasAttribute('data-app-top')
  if (top && 'scrollRestoration' in window.history) window.history.scrollRestoration = 'manual'
  window.addEventListener('pageshow', function (event) {
    if (top) window.scrollTo(0, 0)
    if (hideAndLeave()) return
    // any page brought back from the back-forward cache is asked for again, so that a search
    // that has ended shows as ended and no form keeps what was typed in it
    if (event.persisted) window.location.reload()
  })
})()
