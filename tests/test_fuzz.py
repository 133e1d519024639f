"""Fuzzing the front-matter loader and the whole check of one file: whatever bytes an official's
editor saves, the result is findings, never an exception."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_builder.model.diagnostics import Diagnostics
from site_builder.load.frontmatter import load
from site_builder.check.validate import validate_plan

_KEYS = ["title", "doc_type", "number", "issuer", "issued", "locality", "signer", "recipients", "topics",
         "implements", "attachments", "status", "tasks", "x"]
_yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
              st.sampled_from(["2025-02-30", "2025-01", "2025", "33/CT-TTg", "-", "~", "*a", "&a", "!!python/object:os.system", "'", '"'])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(_KEYS + ["name", "file"]), inner, max_size=3)),
    max_leaves=8,
)


def _check_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.md"
        path.write_bytes(data)
        diags = Diagnostics()
        raw = load(path, "ke-hoach/x.md", "x.md", diags)
        if raw is not None:
            validate_plan(raw, diags, dt.date(2026, 1, 1), path)
        for d in diags.items:
            assert d.format().startswith("x.md")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes(data):
    _check_bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_after_a_fence(text):
    _check_bytes(("---\n" + text).encode("utf-8", errors="surrogatepass") if "\ud800" not in text else b"---\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(_KEYS), _yaml_values, max_size=6), st.text(max_size=100))
def test_any_front_matter_structure(meta, body):
    import yaml

    try:
        front = yaml.safe_dump(meta, allow_unicode=True)
    except yaml.YAMLError:
        return
    _check_bytes(f"---\n{front}---\n{body}".encode("utf-8", errors="replace"))
