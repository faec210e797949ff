"""What a refresh would change: added, changed (field by field), vanished, reappeared, retired."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from ..model import ListingStatus, Service
from ..textsafety import for_terminal

# fields that change on every run and say nothing about the service
IGNORED = {"last_checked"}


@dataclass
class Change:
    id: str
    name: str
    kind: str  # added | changed | vanished | reappeared | retired
    fields: dict[str, dict[str, object]] = field(default_factory=dict)  # name -> {old, new}


@dataclass
class Diff:
    changes: list[Change] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def counts(self) -> dict[str, int]:
        kinds = ("added", "changed", "vanished", "reappeared", "retired")
        return {k: len(self.of_kind(k)) for k in kinds}

    @property
    def empty(self) -> bool:
        return not self.changes

    def to_json(self) -> str:
        return json.dumps(
            {"counts": self.counts, "changes": [asdict(c) for c in self.changes]},
            indent=2,
            ensure_ascii=False,
            default=str,
        )

    def table(self) -> str:
        """A plain-text table for the terminal."""
        if self.empty:
            return "No changes."
        rows = [("change", "id", "name", "fields")]
        for c in self.changes:
            # listing text is shown escaped: a name may hold terminal escapes
            name, fields = for_terminal(c.name[:40]), for_terminal(", ".join(c.fields)[:60])
            rows.append((c.kind, for_terminal(c.id), name, fields))
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
            for row in rows
        ]
        lines.insert(1, "  ".join("-" * w for w in widths))
        summary = ", ".join(f"{n} {k}" for k, n in self.counts.items() if n)
        return "\n".join(lines) + f"\n\n{summary}"


def compare(old: dict[str, Service], new: dict[str, Service]) -> Diff:
    diff = Diff()
    for sid, service in new.items():
        before = old.get(sid)
        if before is None:
            diff.changes.append(Change(sid, service.name, "added"))
            continue
        if before.not_seen_since and not service.not_seen_since:
            diff.changes.append(Change(sid, service.name, "reappeared"))
            continue
        if not before.not_seen_since and service.not_seen_since:
            diff.changes.append(Change(sid, service.name, "vanished"))
            continue
        if (
            before.status != ListingStatus.CLOSED
            and service.status == ListingStatus.CLOSED
            and service.not_seen_since
        ):
            diff.changes.append(Change(sid, service.name, "retired"))
            continue
        a = before.model_dump(mode="json")
        b = service.model_dump(mode="json")
        fields = {k: {"old": a[k], "new": b[k]} for k in b if k not in IGNORED and a.get(k) != b[k]}
        if fields:
            diff.changes.append(Change(sid, service.name, "changed", fields))
    return diff
