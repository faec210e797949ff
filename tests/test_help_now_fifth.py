"""Get help now after the fifth walk-through (F9): "For adults abused as children" is led by
lines for sexual abuse, and NAPAC is there with its number once its listing has a confirmed one;
the line listed under "For parents" as The Lucy Faithfull Foundation calls the number its own
listing gives."""

from __future__ import annotations

from directory.web.talk import help_now_groups


def survivors_group(services):
    return next(lines for code, lines in help_now_groups(services) if code == "survivors")


def test_a_domestic_abuse_line_does_not_lead_adults_abused_as_children(directory):
    lines = survivors_group(directory.national_lines)
    assert lines[0].id == "rape-crisis-247"
    callable_ids = [s.id for s in lines if s.contact.callable_phone]
    about_sexual_abuse = [
        s.id
        for s in lines
        if s.contact.callable_phone
        and {"child-sexual-abuse", "sexual-violence"} & set(s.abuse_types)
    ]
    # every line to call about sexual abuse before a line for other abuse (or any crime)
    assert callable_ids[: len(about_sexual_abuse)] == about_sexual_abuse, callable_ids


def test_napac_with_a_confirmed_number_shows_it_before_a_domestic_abuse_line(directory):
    services = list(directory.national_lines)
    napac = next(s for s in services if s.id == "napac")
    numbered = napac.model_copy(
        update={
            "contact": napac.contact.model_copy(
                update={"phone": "0808 801 0331", "phone_verified": True}
            )
        }
    )
    services = [numbered if s.id == "napac" else s for s in services]
    ids = [s.id for s in survivors_group(services)]
    assert "napac" in ids
    assert ids.index("napac") < ids.index("national-domestic-abuse-helpline"), ids
    assert ids.index("napac") < ids.index("victim-support"), ids


def test_the_lucy_faithfull_line_for_parents_is_its_own_listings_number(directory, by_id):
    """Its listing gives 0808 1000 900 (the Stop It Now helpline it runs): shown as listed."""
    groups = dict(help_now_groups(directory.national_lines))
    lucy = next(s for s in groups["worried-about-a-child"] if s.id == "lucy-faithfull-foundation")
    assert lucy.contact.phone == by_id["lucy-faithfull-foundation"].contact.phone
