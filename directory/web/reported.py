"""What the public is told about listings with open reports, wherever a listing's number is
shown: its page, the results cards, the "Talk to someone now" box, Get help now, the footer's
helplines, the referral pack (page, print and CSV) and the JSON API (issue 29).

A listing with an open report that its number does not work, or that it closed or moved, gets
a short neutral line; once ``reports.UNLINK_AFTER`` independent reports say the number does
not work, the number is no longer offered as a link to call (nor as a callable number in the
API) until a maintainer resolves them. The set of reported listings is read from the state
database once a request, in one indexed query, and only by a page that shows a listing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from flask import Blueprint, current_app, has_request_context
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field

from ..feedback import reports
from ..feedback.db import StateUnavailable
from ..model import Service
from . import i18n

bp = Blueprint("reported", __name__)
_KEY = "directory.reported"
NONE = reports.Notice()
S = TypeVar("S", bound=Service)


class Reported(BaseModel):
    """What people told us about a listing that a maintainer has not looked at yet (absent,
    ``null``, while nobody has)."""

    model_config = ConfigDict(title="Reported")

    number_may_have_changed: bool = Field(
        description="Someone told us the number may not work: check with the service."
    )
    closed_reported: bool = Field(
        description="Someone told us the service may have closed or moved: check with it."
    )
    number_not_callable: bool = Field(
        description=f"{reports.UNLINK_AFTER} or more people told us the number does not work:"
        " the listing's contact.phone_verified is false until a maintainer checks it."
    )


def _read() -> dict[str, reports.Notice]:
    try:
        return reports.open_notices(Path(current_app.config["DIRECTORY_STATE_PATH"]))
    except StateUnavailable:
        current_app.logger.warning("the state database could not be read")
        return {}


def notices() -> dict[str, reports.Notice]:
    """Every listing with an open report the public is told about: read once a request."""
    if not has_request_context():
        return {}
    return i18n.once_a_request(_KEY, _read)


def notice(service_id: str) -> reports.Notice:
    return notices().get(service_id, NONE)


def as_reported(service: S) -> S:
    """The service as the public is shown it: its number not offered as one to call once
    enough people said it does not work (the same listing object otherwise)."""
    found = notices()
    if not found or not found.get(service.id, NONE).unlink_number:
        return service
    if not service.contact.callable_phone:
        return service
    contact = service.contact.model_copy(update={"phone_verified": False})
    return service.model_copy(update={"contact": contact})


def all_as_reported(services: Iterable[S]) -> list[S]:
    return [as_reported(s) for s in services]


def reported_json(service_id: str) -> Reported | None:
    """The API's ``reported`` field of a listing."""
    found = notice(service_id)
    if found == NONE:
        return None
    return Reported(
        number_may_have_changed=found.number_doubted,
        closed_reported=found.closed_doubted,
        number_not_callable=found.unlink_number,
    )


def reported_text(service: Service) -> str:
    """The neutral line for a listing, in the page's language ("" when there is none)."""
    found = notice(service.id)
    if found.closed_doubted:
        return i18n.gettext(
            "Someone told us this service may have closed or moved: check with the service."
        )
    if found.number_doubted:
        return i18n.gettext("Someone told us this number may have changed: check with the service.")
    return ""


@bp.app_template_global()
def reported_line(service: Service, inline: bool = False) -> Markup:
    """The neutral line as HTML: a paragraph on a card, a span in a list of lines to call."""
    text = reported_text(service)
    if not text:
        return Markup("")
    if inline:
        return Markup(' <span class="app-reported app-contact__item">{}</span>').format(text)
    return Markup('<p class="govuk-inset-text app-reported">{}</p>').format(text)
