// Progressive enhancement only: every page works without JavaScript.
import { initAll } from './govuk-frontend.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
