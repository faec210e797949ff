"""A professional's referral pack as its page shows it (directory/referral.py makes its rows)."""

from __future__ import annotations

import datetime as dt

from .. import referral
from ..model import Service
from . import i18n
from .i18n import gettext
from .listing_text import name_in_language, source_date_text, status_text, who_text


def pack_row(service: Service) -> dict[str, str]:
    """A referral pack's row for the page (directory/referral.py), its dates written as the
    pages write them ("25 November 2026", "June 2023"; in Welsh on a Welsh page). The CSV keeps
    ISO dates, which spreadsheets sort. Its Status carries the warnings the card gives
    (``status_text``), marked as the card marks them."""
    # (thirty-second walk-through F5) whom it is for as its card says it ("Adults; age policy
    # not stated"), not its raw audiences: the pack said "Children and young people" for a
    # centre whose card said its ages are not stated
    cells = referral.row(
        service,
        gettext,
        name_in_language(service),
        status=status_text(service),
        who=who_text(service),
    )
    cells["Checked by us"] = i18n.long_date(service.last_checked)
    cells["Source date"] = source_date_text(service) or cells["Source date"]
    return cells


def today_text() -> str:
    """Today's date as the pages write it, for a printed page ("5 December 2026")."""
    return i18n.long_date(dt.date.today())
