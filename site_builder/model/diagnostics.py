"""Findings about content: what the checker prints and what fails a build."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(Enum):
    ERROR = "lỗi"
    WARNING = "cảnh báo"


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    severity: Severity = field(compare=False)
    field: str
    message: str

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        subject = f"{self.field}: " if self.field else ""
        return f"{where}: {self.severity.value}: {subject}{self.message}"


class Diagnostics:
    """Collects findings for one run; the order of reporting is path, then line."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def error(self, path: str, line: int, field_name: str, message: str) -> None:
        self.items.append(Diagnostic(path, line, Severity.ERROR, field_name, message))

    def warning(self, path: str, line: int, field_name: str, message: str) -> None:
        self.items.append(Diagnostic(path, line, Severity.WARNING, field_name, message))

    def extend(self, other: "Diagnostics") -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items)

    def code_quality(self) -> list[dict]:
        """Findings as a GitLab Code Quality report, so a merge request shows them on its lines."""
        import hashlib

        return [
            {
                "description": d.format(),
                "check_name": d.field or "noi-dung",
                "fingerprint": hashlib.sha256(d.format().encode("utf-8")).hexdigest(),
                "severity": "major" if d.severity is Severity.ERROR else "minor",
                "location": {"path": d.path, "lines": {"begin": max(d.line, 1)}},
            }
            for d in self.sorted()
        ]

    def summary(self, files: int) -> str:
        return (
            f"Đã kiểm tra {files} tệp: {len(self.errors)} lỗi, "
            f"{len(self.warnings)} cảnh báo."
        )
