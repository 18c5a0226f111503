// GOV.UK Frontend's components (service navigation toggle, error summary focus, skip link).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()
