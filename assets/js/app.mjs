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

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
for (const Component of [Button, Checkboxes, ErrorSummary, ExitThisPage, ServiceNavigation, SkipLink]) {
  createAll(Component)
}
