#!/usr/bin/env python3
"""Turn the team's researched service records into the app's bundled listings (run by hand).

    python scripts/import_shared_services.py --shared PATH/TO/shared/data/services

The researched files hold facts with their sources; this script adds only the curation a person
did while reading them, written out below so it can be reviewed: which taxonomy terms fit each
record, and which councils an "area served" means (codes from bundled_data/gazetteer). It never
adds a phone number, address or website the researched record does not hold. Local records
without a way to reach the service (no website and no phone) or without an area are left out,
and the script says which.

Output: bundled_data/services/national-services.json and local-services.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directory.data import write_listings  # noqa: E402
from directory.model import validate_records  # noqa: E402

CSA_DIRECTORY = "https://www.csacentre.org.uk/find-a-support-service"
UNVERIFIED = (
    "Phone number seen only on third-party pages: confirm it on the organisation's own site."
)

# id -> curation for the 16 national services
NATIONAL: dict[str, dict] = {
    "nspcc-helpline": dict(
        support_types=["helpline", "information-advice"],
        audiences=["parents-carers", "family-friends", "professionals"],
        abuse_types=["child-sexual-abuse", "abuse-in-the-family"],
        delivery_modes=["phone", "email"],
        referral_routes=["self-referral"],
    ),
    "childline": dict(
        support_types=["helpline", "counselling-therapy"],
        audiences=["children-young-people"],
        abuse_types=["child-sexual-abuse", "abuse-in-the-family", "online-abuse"],
        delivery_modes=["phone", "online-chat"],
        referral_routes=["self-referral"],
        maximum_age=18,
    ),
    "napac": dict(
        support_types=["helpline"],
        audiences=["adult-survivors", "family-friends"],
        abuse_types=["child-sexual-abuse", "abuse-in-the-family"],
        delivery_modes=["phone"],
        referral_routes=["self-referral"],
        minimum_age=18,
    ),
    "stop-it-now": dict(
        support_types=["helpline", "information-advice"],
        audiences=[
            "people-worried-about-own-behaviour",
            "parents-carers",
            "family-friends",
            "professionals",
            "adult-survivors",
        ],
        abuse_types=["child-sexual-abuse", "abuse-in-the-family", "online-abuse"],
        delivery_modes=["phone", "online-chat", "email"],
        referral_routes=["self-referral"],
        languages=["English", "Welsh", "Interpreters for 200+ languages via LanguageLine"],
    ),
    "lucy-faithfull-foundation": dict(
        support_types=["family-support", "information-advice"],
        audiences=["parents-carers", "family-friends", "professionals"],
        abuse_types=["child-sexual-abuse", "online-abuse"],
        delivery_modes=["phone"],
    ),
    "rape-crisis-247": dict(
        support_types=["helpline"],
        audiences=["adult-survivors", "family-friends"],
        abuse_types=["child-sexual-abuse", "sexual-violence"],
        delivery_modes=["phone", "online-chat"],
        referral_routes=["self-referral"],
        minimum_age=16,
    ),
    "survivors-trust": dict(
        support_types=["helpline"],
        audiences=["adult-survivors", "family-friends", "professionals"],
        abuse_types=["child-sexual-abuse", "sexual-violence"],
        delivery_modes=["phone"],
        referral_routes=["self-referral"],
    ),
    "mosac": dict(
        support_types=[
            "helpline",
            "counselling-therapy",
            "support-groups",
            "advocacy-isva",
            "family-support",
        ],
        audiences=["parents-carers"],
        abuse_types=["child-sexual-abuse"],
        delivery_modes=["phone"],
    ),
    "victim-support": dict(
        support_types=["helpline", "information-advice"],
        audiences=["adult-survivors", "family-friends"],
        abuse_types=["any-crime"],
        delivery_modes=["phone", "online-chat"],
        referral_routes=["self-referral"],
        police_report_required=False,
    ),
    "survivorsuk": dict(
        support_types=["counselling-therapy"],
        audiences=["adult-survivors"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
        genders=["male"],
        delivery_modes=["phone"],
    ),
    "safeline-nmsh": dict(
        support_types=["helpline"],
        audiences=["adult-survivors", "family-friends"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
        genders=["male"],
        delivery_modes=["phone"],
        referral_routes=["self-referral"],
    ),
    "samaritans": dict(
        support_types=["helpline"],
        audiences=["children-young-people", "adult-survivors", "parents-carers", "family-friends"],
        abuse_types=["emotional-distress"],
        delivery_modes=["phone", "email", "face-to-face"],
        referral_routes=["self-referral"],
    ),
    "galop-rsa": dict(
        support_types=["helpline"],
        audiences=["adult-survivors"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
        genders=["lgbt"],
        delivery_modes=["phone"],
        referral_routes=["self-referral"],
    ),
    "nhs-sarcs": dict(
        support_types=["sarc"],
        audiences=["children-young-people", "adult-survivors"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
        delivery_modes=["face-to-face"],
        referral_routes=["self-referral"],
        police_report_required=False,
        # a finder for centres across England; Wales commissions its SARCs separately
        service_area=dict(countries=["England"], description="England (find the nearest centre)"),
    ),
    "csa-centre": dict(
        support_types=["information-advice"],
        audiences=["professionals"],
        abuse_types=["child-sexual-abuse", "abuse-in-the-family"],
        delivery_modes=[],
    ),
    "barnardos": dict(
        support_types=["family-support"],
        audiences=["children-young-people"],
        abuse_types=["child-sexual-abuse"],
        delivery_modes=[],
    ),
}

NORTH_WALES = ["W06000001", "W06000002", "W06000003", "W06000004", "W06000005", "W06000006"]
NE_YORKS = dict(regions=["North East", "Yorkshire and the Humber"])
SARC = dict(
    support_types=["sarc"], abuse_types=["sexual-violence"], delivery_modes=["face-to-face"]
)

# name -> curation for the local services that carry enough to help someone
LOCAL: dict[str, dict] = {
    "PSA Service (Post Sexual Abuse)": dict(
        area=dict(local_authorities=["E06000016", "E10000018", "E06000017"]),
        support_types=["family-support"],
        audiences=["children-young-people", "parents-carers"],
        abuse_types=["child-sexual-abuse"],
        maximum_age=25,
    ),
    "CASSVA (Counselling Adult Survivors of Sexual Violence and Abuse)": dict(
        area=dict(local_authorities=["E08000024"]),
        support_types=["counselling-therapy"],
        audiences=["adult-survivors"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
        referral_routes=["self-referral", "professional-referral"],
        minimum_age=18,
    ),
    "Reach counselling": dict(
        area=dict(local_authorities=["E08000021", "E08000024"]),
        support_types=["counselling-therapy"],
        audiences=["adult-survivors"],
        abuse_types=["sexual-violence"],
        minimum_age=16,
    ),
    "Stepping Stones North Wales": dict(
        area=dict(local_authorities=NORTH_WALES),
        support_types=["counselling-therapy"],
        audiences=["adult-survivors"],
        abuse_types=["child-sexual-abuse"],
    ),
    "Survivors Manchester": dict(
        area=dict(local_authorities=["E08000003"]),
        support_types=["counselling-therapy", "advocacy-isva", "support-groups"],
        audiences=["adult-survivors"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
        genders=["male"],
    ),
    "Herts Rape Crisis": dict(
        area=dict(local_authorities=["E10000015"]),
        audiences=["adult-survivors"],
        abuse_types=["sexual-violence", "child-sexual-abuse"],
    ),
    "Lancashire SAFE Centre (SARC)": dict(
        area=dict(local_authorities=["E10000017"]),
        audiences=["adult-survivors"],
        referral_routes=["self-referral"],
        **SARC,
    ),
    "Acer House SARC, North Yorkshire (adult and paediatric)": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "Casa Suite, Humber SARC": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "Hackenthorpe Lodge, Sheffield SARC": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "Newcastle Paediatric SARC": dict(area=NE_YORKS, audiences=["children-young-people"], **SARC),
    "SARC Teesside, Cleveland": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "The Angel Centre, Gateshead": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "The Bridgeway SARC": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "The Children's SARC, Sheffield": dict(
        area=NE_YORKS, audiences=["children-young-people"], **SARC
    ),
    "The Hazel Hurst Centre, Dewsbury SARC (adult and paediatric)": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
    "The Meadows, Durham SARC": dict(
        area=NE_YORKS, audiences=["adult-survivors", "children-young-people"], **SARC
    ),
}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


# national services whose sources say they help anywhere in the UK
UK_WIDE = {
    "nspcc-helpline",
    "childline",
    "napac",
    "stop-it-now",
    "lucy-faithfull-foundation",
    "samaritans",
}


def national_record(raw: dict) -> dict:
    cur = dict(NATIONAL[raw["id"]])
    uk_wide = raw["id"] in UK_WIDE
    area = cur.pop(
        "service_area",
        dict(
            national=True,
            uk_wide=uk_wide,
            description="Anywhere in the UK" if uk_wide else "Anywhere in England and Wales",
        ),
    )
    verify = []
    if not raw["phone_seen_on_cited_page"] and raw["phone"]:
        verify.append(UNVERIFIED)
    if raw["hours"] and ("unconfirmed" in raw["hours"] or "not confirmed" in raw["hours"]):
        verify.append("Opening hours not confirmed.")
    return dict(
        id=raw["id"],
        name=raw["name"],
        organisation=raw["organisation"],
        description=" ".join(x for x in (raw["serves"], raw["notes"]) if x),
        eligibility=raw["serves"],
        service_area=area,
        contact=dict(
            phone=raw["phone"],
            phone_verified=raw["phone_seen_on_cited_page"] or not raw["phone"],
            phone_notes=raw["phone_notes"],
            email=raw["email"],
            website=raw["website"] or None,
        ),
        opening_hours=raw["hours"],
        csa_centre_url=CSA_DIRECTORY,
        source_url=raw["source_url"],
        other_sources=raw.get("other_sources", []),
        last_checked=raw["recorded_on"],
        verify=verify,
        **cur,
    )


def local_record(raw: dict) -> dict:
    cur = dict(LOCAL[raw["name"]])
    area = dict(cur.pop("area"), description=raw["area_served"])
    verify = [raw["note"]]
    if raw.get("source_date"):
        verify.append(f"Source dated: {raw['source_date']}.")
    support = "; ".join(raw["support_types"])
    return dict(
        id=slug(raw["name"]),
        name=raw["name"],
        organisation=raw["organisation"],
        description=f"{support.capitalize()}. {raw['who_for']}.",
        eligibility=raw["who_for"],
        service_area=area,
        contact=dict(
            phone=raw["phone"],
            phone_notes=raw.get("phone_notes", ""),
            website=raw["website"] or None,
        ),
        csa_centre_url=CSA_DIRECTORY,
        source_url=raw["source_url"],
        other_sources=raw.get("other_sources", []),
        last_checked=raw["recorded_on"],
        verify=verify,
        **cur,
    )


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared services folder")
    parser.add_argument("--out", type=Path, default=ROOT / "bundled_data" / "services")
    args = parser.parse_args()

    national = read_jsonl(args.shared / "national-services.jsonl")
    local_raw = read_jsonl(args.shared / "local-services-seen.jsonl")

    local = []
    for raw in local_raw:
        if raw["name"] not in LOCAL:
            reason = "no area" if not raw["area_served"] else "no website or phone"
            print(f"left out: {raw['name']} ({reason})")
            continue
        local.append(local_record(raw))

    for name, records, about in (
        (
            "national-services.json",
            [national_record(r) for r in national],
            "National services: facts from each record's source_url, gathered on last_checked.",
        ),
        (
            "local-services.json",
            local,
            "Local services, not taken from the CSA Centre directory (whether it lists them is "
            "unknown); facts from each record's source_url, which may be old.",
        ),
    ):
        services, errors = validate_records(records, name)
        for err in errors:
            print(err, file=sys.stderr)
        if errors:
            return 1
        write_listings(args.out / name, services, about)
        print(f"wrote {len(services)} records to {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
