"""«Lịch sử thay đổi» in Vietnamese (issue 20): each change shows the change note its own version set,
or a neutral line, with its date and a link to the commit; no commit message reaches any file of
the built site (pages, open data, Atom, the removed-plans pages)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import copy_project, run_cli
from test_provenance import HOANG_HOP, REPO_URL, git

NEW_PLAN = "content/ke-hoach/2025/se-go.md"
# Commit messages as the people who keep a repository write them: none may be published.
MESSAGES = ("Initial import INTERNAL-ALPHA", "fix deadline per ticket INTERNAL-BRAVO",
            "typo INTERNAL-CHARLIE", "add plan INTERNAL-DELTA", "remove, wrong upload INTERNAL-ECHO")
# Quoted with an escape, as YAML allows: the page shows the value, not the source text.
NOTE = 'Sửa thời hạn "báo cáo" từ 05/11 thành 15/11.'


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    repo = copy_project(tmp_path_factory.mktemp("public-history"))
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_dir: site\n", f"site_dir: site\nrepo_url: {REPO_URL}\n"),
                      encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", MESSAGES[0], date="2025-02-01T09:00:00+07:00")
    plan = repo / HOANG_HOP
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        'topics: ["dân vận chính quyền"]\n', 'topics: ["dân vận chính quyền"]\nchange_note: "Sửa thời hạn \\"báo cáo\\" từ 05/11 thành 15/11."\n'),
        encoding="utf-8")
    git(repo, "commit", "-q", "-am", MESSAGES[1], date="2025-03-01T09:00:00+07:00")
    # A later edit keeps the note in the file: it is not this change's note.
    plan.write_text(plan.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", MESSAGES[2], date="2025-04-01T09:00:00+07:00")
    (repo / NEW_PLAN).write_text('---\ntitle: "Kế hoạch sẽ gỡ"\ndoc_type: "Kế hoạch"\nnumber: "98/KH-UBND"\n'
                                 'issuer: "UBND xã Thử"\nissued: 2025-03-01\n---\n\nNội dung.\n', encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", MESSAGES[3], date="2025-05-01T09:00:00+07:00")
    git(repo, "rm", "-q", NEW_PLAN)
    git(repo, "commit", "-q", "-m", MESSAGES[4], date="2025-06-01T09:00:00+07:00")
    result = run_cli("build", cwd=repo, env={"SOURCE_DATE_EPOCH": "1751328000"})
    assert result.returncode == 0, result.stdout + result.stderr
    return repo


def _history_items(page: str) -> list[str]:
    section = page[page.index('id="lich-su-thay-doi"'):]
    section = section[:section.index("</section>")]
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", item)).split()) for item in re.findall(r"<li>(.*?)</li>", section, re.S)]


def test_each_change_shows_its_own_note_or_a_neutral_line(repo):
    page = (repo / "site/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.html").read_text(encoding="utf-8")
    shorts = git(repo, "log", "--format=%h", "--", HOANG_HOP).split()
    assert _history_items(page) == [
        f"01/04/2025: Cập nhật nội dung ({shorts[0]})",
        f"01/03/2025: {NOTE} ({shorts[1]})",
        f"01/02/2025: Đăng lần đầu ({shorts[2]})",
    ]
    for full in git(repo, "log", "--format=%H", "--", HOANG_HOP).split():
        assert f'href="{REPO_URL}commit/{full}"' in page
    record = json.loads((repo / "site/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen/index.json").read_text(encoding="utf-8"))
    assert [(c["note"], c["text"]) for c in record["history"]["changes"]] == [
        (None, "Cập nhật nội dung"), (NOTE, NOTE), (None, "Đăng lần đầu")]
    assert all("message" not in c for c in record["history"]["changes"])


def test_no_commit_message_reaches_the_site(repo):
    site = repo / "site"
    leaks = []
    for file in site.rglob("*"):
        if file.is_file() and not file.relative_to(site).as_posix().startswith("pagefind/"):
            data = file.read_bytes()
            leaks += [f"{file.relative_to(site)}: {m}" for m in MESSAGES if m.split()[-1].encode() in data]
    assert leaks == []
    removed = (site / "go-bo/index.html").read_text(encoding="utf-8")
    assert "Kế hoạch sẽ gỡ" in removed and "01/06/2025" in removed
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "từ 05/11 thành 15/11." in feed and "Đăng lần đầu" in feed
