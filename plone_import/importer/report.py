"""The import report: counts by outcome and type, failures with their JSON path, what did not map.

Printed as a summary at the end of a run and written as JSON or CSV (one row per failure,
unmapped item and broken reference) with ``--report``.
"""

import csv
import json
from collections import Counter, defaultdict

OUTCOMES = ("created", "updated", "unchanged", "skipped", "failed")


class Report:
    def __init__(self, dry_run=False):
        self.dry_run = dry_run
        self.read = 0
        self.by_type = defaultdict(Counter)  # plone type → outcome → count
        self.failures = []  # {"json_path", "uid", "type", "reason"}
        self.unmapped_types = Counter()
        self.unmapped_fields = Counter()
        self.unmapped_blocks = Counter()
        self.unmapped_other = Counter()  # relations, roles, criteria, side files…
        self.broken_references = []  # {"json_path", "uid", "reference"}
        self.notes = Counter()
        self.side = Counter()  # side-file entries applied
        self.elapsed = 0.0
        self.index_seconds = 0.0

    def counters_snapshot(self):
        names = ("unmapped_fields", "unmapped_blocks", "unmapped_other", "notes")
        return {name: Counter(getattr(self, name)) for name in names}

    def restore_counters(self, snapshot):
        for name, counter in snapshot.items():
            setattr(self, name, counter)

    def count(self, plone_type, outcome):
        self.by_type[plone_type or "?"][outcome] += 1

    def fail(self, json_path, uid, plone_type, reason):
        self.count(plone_type, "failed")
        self.failures.append(
            {"json_path": json_path, "uid": uid or "", "type": plone_type or "", "reason": reason}
        )

    def broken(self, json_path, uid, reference):
        self.broken_references.append({"json_path": json_path, "uid": uid, "reference": reference})

    def totals(self):
        totals = Counter()
        for counts in self.by_type.values():
            totals.update(counts)
        return {outcome: totals.get(outcome, 0) for outcome in OUTCOMES}

    @property
    def failed(self):
        return bool(self.failures)

    def as_dict(self):
        return {
            "dry_run": self.dry_run,
            "read": self.read,
            "totals": self.totals(),
            "by_type": {name: dict(counts) for name, counts in sorted(self.by_type.items())},
            "failures": self.failures,
            "unmapped": {
                "types": dict(self.unmapped_types),
                "fields": dict(self.unmapped_fields),
                "blocks": dict(self.unmapped_blocks),
                "other": dict(self.unmapped_other),
            },
            "broken_references": self.broken_references,
            "side_files": dict(self.side),
            "notes": dict(self.notes),
            "elapsed_seconds": round(self.elapsed, 2),
            "search_index_seconds": round(self.index_seconds, 2),
        }

    def write(self, path):
        path = str(path)
        if path.endswith(".csv"):
            self._write_csv(path)
        else:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(self.as_dict(), handle, ensure_ascii=False, indent=2)

    def _write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["kind", "json_path", "uid", "type", "detail"])
            for name, counts in sorted(self.by_type.items()):
                for outcome, number in counts.items():
                    writer.writerow(["count", "", "", name, f"{outcome}={number}"])
            for failure in self.failures:
                writer.writerow(
                    [
                        "failed",
                        failure["json_path"],
                        failure["uid"],
                        failure["type"],
                        failure["reason"],
                    ]
                )
            for kind, counter in (
                ("unmapped_type", self.unmapped_types),
                ("unmapped_field", self.unmapped_fields),
                ("unmapped_block", self.unmapped_blocks),
                ("unmapped", self.unmapped_other),
            ):
                for name, number in counter.items():
                    writer.writerow([kind, "", "", name, number])
            for ref in self.broken_references:
                writer.writerow(
                    ["broken_reference", ref["json_path"], ref["uid"], "", ref["reference"]]
                )

    def summary_lines(self):
        totals = self.totals()
        head = "Dry run (nothing written): " if self.dry_run else ""
        lines = [
            head
            + f"{self.read} items read, "
            + ", ".join(f"{number} {outcome}" for outcome, number in totals.items())
            + f" in {self.elapsed:.1f} s"
            + (f" (search index: {self.index_seconds:.1f} s)" if self.index_seconds else "")
        ]
        for name, counts in sorted(self.by_type.items()):
            lines.append(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for label, counter in (
            ("Unmapped types", self.unmapped_types),
            ("Unmapped fields", self.unmapped_fields),
            ("Unmapped blocks", self.unmapped_blocks),
            ("Not mapped", self.unmapped_other),
            ("Side files", self.side),
            ("Notes", self.notes),
        ):
            if counter:
                lines.append(f"{label}: " + ", ".join(f"{k} ({v})" for k, v in counter.items()))
        if self.broken_references:
            lines.append(f"Broken references: {len(self.broken_references)}")
        for failure in self.failures[:50]:
            lines.append(f"FAILED {failure['json_path']} {failure['uid']}: {failure['reason']}")
        if len(self.failures) > 50:
            lines.append(f"… and {len(self.failures) - 50} more failures (see --report)")
        return lines
