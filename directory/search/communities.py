"""(w49adult, check50 F6) A community within a wider one. SignHealth's service, made for Deaf
people and British Sign Language users, and Respond, made for people with learning
disabilities or autism, are also listed for disabled people. "wheelchair user abused by family
member" named disabled people, and SignHealth's Deaf service was the first card: a service for
Deaf people leads only when the words or a filter say Deaf or BSL, and one for people with
learning disabilities only when they say that.

The search's taxonomy (``Columns.taxonomy``, what a concept's codes meet) counts such a service
for the wider community no longer; the "Who is this for" filter (``Columns.values``) still
shows it to someone who ticks "Disabled people"."""

from __future__ import annotations

import numpy as np

#: a wider community -> the communities within it whose services it does not meet by itself
WITHIN = {"disabled": ("deaf-bsl", "learning-disability")}


def within_named(community: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The community codes' masks over services (``community``, left as it is), with each wider
    community's (``WITHIN``) not holding the services for a community within it."""
    found = dict(community)
    for wider, narrower in WITHIN.items():
        if wider not in found:
            continue
        within = [found[code] for code in narrower if code in found]
        if within:
            found[wider] = found[wider] & ~np.logical_or.reduce(within)
    return found
