"""Which pages a `mkdocs serve` rebuild must render again (issue 9: an official who saves one plan
sees it within seconds, not after the whole site is rebuilt).

On a dirty rebuild (`site-builder serve`, or `mkdocs serve --dirty`) MkDocs renders and writes only
the files whose `is_modified()` is true, and for a generated file that is always true. The plugin
knows what every page is made of: a generated page's or file's content; for a page written by an
official, its text and everything the plugin adds to it (the plan's panel, citation targets). Each
gets a fingerprint; a file whose fingerprint and output are as the last successful build left them
is told unmodified. What the fingerprints cannot see (templates, mkdocs.yml, the day) is the
`context`: when it moves, everything is rendered again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from mkdocs.structure.files import File, Files


def fingerprint(*parts) -> str:
    """A digest of text, bytes and JSON-like values (sets and paths are read as text)."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes):
            data = part
        elif isinstance(part, str):
            data = part.encode("utf-8", "surrogatepass")
        else:
            data = json.dumps(part, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _unchanged() -> bool:
    return False


class OutputCache:
    def __init__(self) -> None:
        self._context: object = None
        self._prints: dict[str, str] = {}  # src_uri → fingerprint, as last written
        self._outputs: dict[str, str] = {}  # src_uri → abs_dest_path, as last written
        self._pending: tuple[object, dict[str, str], dict[str, str]] | None = None

    def skip_unchanged(self, files: Files, prints: dict[str, str], context: object) -> int:
        """Tell MkDocs which of `files` it need not render or write again; remove the outputs of
        files that are gone since the last build. Returns how many files will be written."""
        if context != self._context:
            self._prints, self._outputs = {}, {}
        outputs: dict[str, str] = {}
        written = 0
        for file in files:
            print_ = prints.get(file.src_uri)
            if print_ is None:
                continue  # theme files, attachments: MkDocs compares their times itself
            outputs[file.src_uri] = file.abs_dest_path
            if self._prints.get(file.src_uri) == print_ and os.path.isfile(file.abs_dest_path):
                file.is_modified = _unchanged  # read by MkDocs' dirty build for this File only
            else:
                written += 1
        kept = set(outputs.values())
        for src_uri, dest in self._outputs.items():
            if src_uri not in outputs and dest not in kept:
                _remove(Path(dest))
        self._pending = (context, prints, outputs)
        return written

    def commit(self) -> None:
        """The build succeeded: what it wrote is what the next one compares with."""
        if self._pending is not None:
            self._context, self._prints, self._outputs = self._pending
            self._pending = None

    def forget(self) -> None:
        """The build failed: some outputs may be half done, so the next build writes everything."""
        self._context, self._prints, self._outputs, self._pending = None, {}, {}, None


def _remove(dest: Path) -> None:
    try:
        dest.unlink()
        dest.parent.rmdir()  # a page's folder, when it held only that page
    except OSError:
        pass


def content_print(file: File) -> str | None:
    """The fingerprint of a generated file (its content), None for a file read from disk."""
    if not file.generated_by:
        return None
    content = file.content_bytes
    return fingerprint(content)
