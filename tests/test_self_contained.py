"""A fresh clone has everything its tests, benchmarks and build read (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import READ_GUARD, REPO, SEED_FILES, SEEDS
from self_contained import ReadGuard, escapes


def test_no_code_builds_a_path_outside_the_repository():
    assert escapes(REPO) == []


def test_the_seed_sources_are_fixtures_of_the_repository():
    assert SEEDS.is_relative_to(REPO)
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(SEED_FILES)
    readme = (SEEDS / "README.md").read_text(encoding="utf-8")
    for seed, published in SEED_FILES.items():
        assert seed in readme and published in readme


def test_the_read_guard_is_on_in_this_run(tmp_path):
    beside = Path(READ_GUARD.outside) / "khong-co-trong-kho.txt"
    with pytest.raises(PermissionError, match="ngoài kho"):
        beside.read_text()
    READ_GUARD.refused.remove(str(beside))  # refused on purpose; the run must not fail for it


# The team's folder is spelt in pieces, so that this file is not itself a way out.
UP, TEAM = "..", "sha" + "red"
ESCAPING = {
    "tests/conftest.py": 'from pathlib import Path\nSEEDS = Path(__file__).resolve().parent.parent.parent / "x"\n',
    "tests/a.py": 'from pathlib import Path\nREPO = Path(__file__).resolve().parents[1]\nOUT = REPO.parent\n',
    "bench/b.py": 'from pathlib import Path\nHERE = Path(__file__).parent\nX = HERE / ".." / ".." / "seeds"\n',
    "site_builder/c.py": f'open("{UP}/{TEAM}/seeds/000.txt")\n',
    "tests/d.py": f'from pathlib import Path\nREPO = Path(__file__).parent.parent\nX = REPO.parent / "{TEAM}"\n',
    "scripts/e": f'#!/usr/bin/env bash\ncd "$(dirname "$0")/.."\ncat {UP}/{TEAM}/seeds/x\n',
    "scripts/f": '#!/usr/bin/env bash\ncd "$(dirname "$0")/../.."\n',
}
STAYING = {
    "tests/conftest.py": 'from pathlib import Path\nREPO = Path(__file__).resolve().parent.parent\nX = REPO / "content"\n',
    "bench/b.py": 'from pathlib import Path\nREPO = Path(__file__).resolve().parents[1]\nHREF = "../../van-ban/"\n',
    "site_builder/sub/c.py": 'from pathlib import Path\nTOP = Path(__file__).parents[2]\n',
    "scripts/e": '#!/usr/bin/env bash\ncd "$(dirname "$0")/.."\nexec .venv/bin/python -m pytest "$@"\n',
}


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_the_code_reader_finds_each_way_out(tmp_path):
    found = escapes(_tree(tmp_path / "ra", ESCAPING))
    assert {line.split(":")[0] for line in found} == set(ESCAPING)
    assert escapes(_tree(tmp_path / "o", STAYING)) == []


def test_the_read_guard_refuses_only_what_lies_beside_the_repository(tmp_path):
    guard = ReadGuard(Path("/nha/kho"))
    guard.allowed, guard.home = ("/nha/.venv-chung",), "/khac"
    assert guard.forbidden(f"/nha/{TEAM}/seeds/000.txt")
    assert guard.forbidden("/nha/kho-khac/x")  # a sibling whose name starts like the repository's
    assert not guard.forbidden("/nha/kho/tests/fixtures/seeds/000.txt")
    assert not guard.forbidden("/nha/.venv-chung/lib/x.py")
    assert not guard.forbidden("/usr/lib/python3/x.py")  # not beside the repository at all
    guard.home = "/nha"  # a clone in the home folder: its caches are the machine's, not the team's
    assert not guard.forbidden("/nha/.cache/pip/x")
    assert guard.forbidden(f"/nha/{TEAM}/x")
    clone = ReadGuard(Path("/tam/moi/kho"))  # cloned into the temporary folder, as in issue 14's proof
    clone.allowed, clone.home = ("/tam",), "/khac"
    assert clone.forbidden(f"/tam/moi/{TEAM}/seeds/000.txt")
    assert not clone.forbidden("/tam/pytest-of-root/x")  # not beside the repository
