"""Every address of the built site is claimed once. MkDocs writes the files of one address in turn,
so a second page or file there silently replaces the first (page 2 of the deadlines hidden by a
province named «Trang 2», an official's `data/plans.csv` by the generated one), and a path used both
as a file and as a folder ends the build in an OSError. The URL scheme avoids the clashes it can
foresee (`paths.unreserved`); this check makes any other one an error naming both claimants.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..model.diagnostics import Diagnostics
from ..model.paths import page_url


def output_of(src_uri: str) -> str:
    """The file MkDocs writes for a source path (directory URLs): a page's index.html, any other file as is."""
    return page_url(src_uri) + "index.html" if src_uri.endswith(".md") else src_uri


@dataclass(frozen=True)
class Claim:
    output: str  # path of the written file, from the site's root
    who: str  # Vietnamese, for messages: "trang tự tạo «nam/index.md»", "tệp «content/x.md»"
    shown: str | None = None  # the content file to report at; None for what the site generates


def _address(output: str) -> str:
    return "/" + output.removesuffix("index.html")


def check_claims(claims: list[Claim], generated_at: str, diags: Diagnostics) -> None:
    """Report a second claim of one output, and an output below another one (a file used as a folder).
    An error is reported at the content file involved, or at `generated_at` when the site made both."""
    owners: dict[str, Claim] = {}

    def clash(first: Claim, second: Claim, problem) -> None:
        at = second if second.shown else first if first.shown else None
        name = {id(c): "tệp này" if c is at else c.who for c in (first, second)}
        text = problem(name[id(first)], name[id(second)])
        if at is not None:
            diags.error(at.shown, 1, "", f"{text}; hãy đổi tên hoặc chuyển tệp này.")
        else:
            diags.error(generated_at, 0, "", f"{text}; đây là lỗi của site-builder, hãy báo cho "
                        "người phát triển.")

    for claim in claims:
        first = owners.setdefault(claim.output, claim)
        if first is not claim:
            clash(first, claim, lambda a, b, out=claim.output: f"{b} có cùng địa chỉ «{_address(out)}» với {a}")
    for output, claim in owners.items():
        folder = posixpath.dirname(output)
        while folder:
            if folder in owners:
                clash(owners[folder], claim, lambda a, b, f=folder: f"«/{f}» vừa là {a} vừa là thư mục chứa {b}")
                break
            folder = posixpath.dirname(folder)
