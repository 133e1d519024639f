"""The web editor end to end (issue 18): `site-builder serve --editor` in a throw-away git repository,
the real Decap form in headless Chromium, and what lands in git."""

from __future__ import annotations

import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from conftest import copy_project, run_cli

playwright_sync = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox"]
SCREENSHOTS = os.environ.get("EDITOR_SCREENSHOTS")  # a folder: write the guide's screenshots there
SEED = "content/ke-hoach/2025/hoang-hop-dan-van-chinh-quyen.md"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout


def _wait(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read()
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer")


@pytest.fixture
def editor(tmp_path):
    project = copy_project(tmp_path / "kho")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "config", "user.name", "Cán bộ Xã Thử")
    _git(project, "config", "user.email", "canbo@xathu.example.vn")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "Nội dung ban đầu")
    (project / "ghi-chu-rieng.txt").write_text("không phải của trang soạn thảo\n", encoding="utf-8")  # stray
    preview, gate = _port(), _port()
    process = subprocess.Popen([sys.executable, "-m", "site_builder.cli", "serve", "--editor", "-a", f"127.0.0.1:{preview}",
                                "--editor-port", str(gate)], cwd=project, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        _wait(f"http://127.0.0.1:{preview}/admin/config.yml", process)
        yield project, f"http://127.0.0.1:{preview}", gate, process
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def tab():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is required: apt-get install -y chromium")
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.hosts = []  # of every request, a blob: or data: URL being of the page itself
        page.on("request", lambda r: page.hosts.append("data" if r.url.startswith("data:")
                                                        else urlsplit(r.url.removeprefix("blob:")).hostname))
        yield page
        browser.close()


def _sign_in(tab, base: str) -> None:
    tab.goto(base + "/admin/")
    tab.get_by_role("button", name="Đăng nhập").click()
    tab.get_by_text("Bộ sưu tập").wait_for()


def _field(scope, name: str, nth: int = -1):
    """An input of a field named `name` (Decap ids are «name-field-N», N counting up as widgets are made): the
    newest one unless told, which is the item just added even when other groups of the form come after it."""
    found = scope.locator(f"input[id^='{name}-field-'], textarea[id^='{name}-field-']")
    if nth >= 0:
        return found.nth(nth)
    ids = [i for i in found.evaluate_all("els => els.map(e => e.id)") if i.rsplit("-", 1)[-1].isdigit()]
    return scope.locator(f"[id='{max(ids, key=lambda i: int(i.rsplit('-', 1)[1]))}']") if ids else found.last


def _add_item(tab, label: str, value: str | None = None):
    tab.get_by_role("button", name=f"Add {label}").last.click()
    if value is not None:
        _field(tab, "item").fill(value)


def _publish(tab) -> None:
    tab.get_by_role("button", name="Công bố").first.click()
    tab.get_by_text("Công bố ngay").click()
    try:
        tab.get_by_text("Đã công bố").first.wait_for(timeout=30_000)
    except Exception:
        tab.screenshot(path="/tmp/edshots/fail.png", full_page=True)
        text = tab.inner_text("body")
        print("\n".join(l for l in text.splitlines() if any(w in l.lower() for w in ("lỗi", "bắt buộc", "không thể", "error", "failed", "phải", "chưa"))))
        raise


def _shot(tab, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(Path(SCREENSHOTS) / name))


PLAN = {
    "title": "Thực hiện công tác chuyển đổi số năm 2025",
    "doc_type": "Kế hoạch",
    "number": "/KH-UBND",
    "issuer": "UBND xã Hoằng Hợp",
    "issued": "2025-01",
    "place": "Hoằng Hợp",
    "change_note": "Đăng lần đầu từ trang soạn thảo.",
    "status_reason": "",
    "description": "Kế hoạch chuyển đổi số của xã năm 2025.",
}
BODY = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;\n\n## I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao chất lượng phục vụ Nhân dân."


def _choose(tab, field: str, option: str) -> None:
    """A Decap select (react-select): type the option, take it."""
    _field(tab, field).click()
    tab.get_by_text(option, exact=True).last.click()


def _fill_task(tab, n: int, task: dict) -> None:
    tab.get_by_role("button", name="Add nhiệm vụ").click()
    for name in ("id", "task", "section", "due"):
        if name in task:
            _field(tab, name).fill(task[name])
    for lead in task.get("lead", []):
        _add_item(tab, "đơn vị chủ trì", lead)
    for support in task.get("support", []):
        _add_item(tab, "đơn vị phối hợp", support)
    if "status" in task:
        _choose(tab, "status", task["status"])
    if "progress" in task:
        _field(tab, "progress").fill(str(task["progress"]))
    for update in task.get("updates", []):
        tab.get_by_role("button", name="Add cập nhật").last.click()
        _field(tab, "date").fill(update["date"])
        _field(tab, "note").fill(update["note"])


def test_a_new_plan_from_the_form_is_committed_checked_and_built(editor, tab, tmp_path):
    project, base, gate, process = editor
    head = _git(project, "rev-parse", "HEAD").strip()
    _sign_in(tab, base)
    tab.get_by_text("Thực hiện công tác Dân vận chính quyền năm 2025").wait_for()
    _shot(tab, "soan-thao-danh-sach.png")
    tab.goto(base + "/admin/#/collections/ke-hoach/new")
    _field(tab, "title").wait_for()
    for name, value in PLAN.items():
        if value:
            _field(tab, name, 0).fill(value)
    _field(tab, "province").fill("Thanh Hóa")
    _field(tab, "district").fill("Hoằng Hóa")
    _field(tab, "commune").fill("Hoằng Hợp")
    _field(tab, "name").fill("Lê Văn Phượng")
    _field(tab, "title", 1).fill("Chủ tịch")  # the signer's
    _field(tab, "authority").fill("TM. Ủy ban nhân dân")
    _field(tab, "title", 0).scroll_into_view_if_needed()
    _shot(tab, "soan-thao-bieu-mau.png")
    for label, values in (("nơi nhận", ["UBND huyện (b/c)", "Lưu: VT"]), ("chủ đề", ["chuyển đổi số"]),
                          ("thực hiện văn bản", ["33/CT-TTg"]), ("căn cứ", ["10/2022/QH15"])):
        for value in values:
            _add_item(tab, label, value)
    # The signed scan, uploaded through the media library.
    scan = tmp_path / "Bản ký số 12.pdf"
    scan.write_bytes(b"%PDF-1.4\n% ban ky\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    tab.get_by_role("button", name="Add tệp đính kèm").click()
    tab.get_by_role("button", name="Chọn một tập tin").click()
    tab.locator("input[type=file]").last.set_input_files(str(scan))
    tab.get_by_role("button", name="Lấy những cái đã chọn").click()
    tab.locator("input[id^='title-field-']").last.fill("Bản có chữ ký và dấu")
    _fill_task(tab, 1, {"id": "1", "task": "Triển khai kế hoạch đến toàn thể cán bộ.", "section": "III.1",
                        "lead": ["Văn phòng HĐND và UBND"], "support": ["Công an xã", "MTTQ xã"],
                        "due": "2025-09", "status": "đang thực hiện", "progress": 40,
                        "updates": [{"date": "2025-06-02", "note": "Đã tổ chức hội nghị triển khai."}]})
    _fill_task(tab, 2, {"id": "bao-cao", "task": "Báo cáo kết quả thực hiện.", "due": "trước ngày 05/11 hằng năm",
                        "lead": ["Công chức Văn hóa - Xã hội"]})
    tab.get_by_role("button", name="Add chỉ tiêu").click()
    _field(tab, "id").fill("ct-1")
    _field(tab, "target").fill("100% hồ sơ được tiếp nhận trực tuyến.")
    tab.locator("[contenteditable=true]").last.click()
    tab.keyboard.insert_text(BODY)
    _publish(tab)

    # One commit, by the official, with exactly the plan and its scan; the stray file is left alone.
    assert _git(project, "rev-parse", "HEAD~1").strip() == head
    author = _git(project, "log", "-1", "--format=%an <%ae>|%s").strip()
    assert author.startswith("Cán bộ Xã Thử <canbo@xathu.example.vn>|Đăng kế hoạch «"), author
    changed = sorted(_git(project, "show", "--name-only", "--format=", "HEAD").split())
    plan = "content/ke-hoach/2025/thuc-hien-cong-tac-chuyen-doi-so-nam-2025.md"
    assert changed == ["content/ke-hoach/2025/ban-ky-so-12.pdf", plan], changed
    assert "?? ghi-chu-rieng.txt" in _git(project, "status", "--porcelain")

    text = (project / plan).read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert list(front)[:6] == ["title", "doc_type", "number", "issuer", "issued", "place"]
    assert 'number: "/KH-UBND"' in text and 'issued: "2025-01"' in text
    assert front["locality"] == {"province": "Thanh Hóa", "district": "Hoằng Hóa", "commune": "Hoằng Hợp"}
    assert front["signer"] == {"name": "Lê Văn Phượng", "title": "Chủ tịch", "authority": "TM. Ủy ban nhân dân"}
    assert front["recipients"] == ["UBND huyện (b/c)", "Lưu: VT"]
    assert front["attachments"] == [{"file": "ban-ky-so-12.pdf", "title": "Bản có chữ ký và dấu"}]
    assert front["tasks"][0] == {"id": "1", "task": "Triển khai kế hoạch đến toàn thể cán bộ.", "section": "III.1",
                                 "lead": ["Văn phòng HĐND và UBND"], "support": ["Công an xã", "MTTQ xã"],
                                 "due": "2025-09", "status": "đang thực hiện", "progress": 40,
                                 "updates": [{"date": datetime.date(2025, 6, 2), "note": "Đã tổ chức hội nghị triển khai."}]}
    assert "  - date: 2025-06-02\n" in text  # a full date unquoted, as officials write it
    assert front["tasks"][1]["due"] == "trước ngày 05/11 hằng năm"
    assert front["targets"] == [{"id": "ct-1", "target": "100% hồ sơ được tiếp nhận trực tuyến."}]
    # Keys in the field table's order at every level, as `site-builder new` and the guide write them.
    assert list(front) == ["title", "doc_type", "number", "issuer", "issued", "place", "locality", "signer", "recipients",
                           "topics", "implements", "basis", "attachments", "change_note", "description", "tasks", "targets"]
    assert list(front["tasks"][0]) == ["id", "task", "section", "lead", "support", "due", "status", "progress", "updates"]
    assert text.endswith("---\n\n" + BODY + "\n")


    checked = run_cli("check", plan, cwd=project)
    assert checked.returncode == 0 and " 0 lỗi" in checked.stdout, checked.stdout
    built = run_cli("build", "-d", str(tmp_path / "site"), cwd=project)
    assert built.returncode == 0, built.stdout + built.stderr
    page = (tmp_path / "site/ke-hoach/2025/thuc-hien-cong-tac-chuyen-doi-so-nam-2025/index.html").read_text(encoding="utf-8")
    assert "Triển khai kế hoạch đến toàn thể cán bộ." in page and "ban-ky-so-12.pdf" in page
    assert set(tab.hosts) <= {"127.0.0.1", "data"} and len(tab.hosts) >= 10, set(tab.hosts)


@pytest.mark.parametrize("seed", [SEED, "content/ke-hoach/chua-ro-nam/van-phong-ubnd-tinh-dan-van-tinh-hinh-moi.md"])
def test_editing_a_seed_plan_title_changes_that_line_only(editor, tab, seed):
    """The second seed writes `lead:` as one text and a deadline as a group {repeat, by}, which the form
    shows as a list and a text box, and has no blank line after its front-matter: all kept as they were."""
    project, base, gate, process = editor
    before = (project / seed).read_text(encoding="utf-8")
    old = yaml.safe_load(before.split("---\n")[1])["title"]
    _sign_in(tab, base)
    tab.goto(base + "/admin/#/collections/ke-hoach/entries/" + seed.removeprefix("content/ke-hoach/").removesuffix(".md"))
    title = _field(tab, "title", 0)
    title.wait_for()
    assert title.input_value() == old
    title.fill(old + " (sửa đổi)")
    if seed == SEED:
        _shot(tab, "soan-thao-sua.png")
    _publish(tab)
    assert _git(project, "log", "-1", "--format=%s").startswith("Cập nhật kế hoạch «")
    assert _git(project, "show", "--name-only", "--format=", "HEAD").split() == [seed]
    diff = [line for line in _git(project, "show", "--format=", "--unified=0", "HEAD").splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert diff == [f'-title: "{old}"', f'+title: "{old} (sửa đổi)"'], diff
    assert set(tab.hosts) <= {"127.0.0.1", "data"}, set(tab.hosts)


def _post(gate: int, origin: str, payload: dict) -> tuple[int, dict]:
    request = urllib.request.Request(f"http://127.0.0.1:{gate}/api/v1", data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json", "Origin": origin}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as exc:
        body = exc.read()
        try:
            return exc.code, json.loads(body)
        except ValueError:
            return exc.code, {"text": body.decode()}


def test_the_local_server_answers_the_preview_only_and_commits_only_checked_plans(editor):
    project, base, gate, process = editor
    head = _git(project, "rev-parse", "HEAD").strip()
    plan = "content/ke-hoach/2025/thu.md"
    bad = {"action": "persistEntry", "params": {"branch": "main", "dataFiles": [
        {"path": plan, "slug": "2025/thu", "raw": '---\ntitle: "Thử"\ndoc_type: "Kế hoạch"\n---\n\nNội dung.\n'}],
        "assets": [], "options": {"collectionName": "ke-hoach", "commitMessage": "Đăng kế hoạch «thu»",
                                          "useWorkflow": False, "status": "draft"}}}
    # Another site open in the same browser cannot write through it.
    status, _ = _post(gate, "http://evil.example", bad)
    assert status == 403 and not (project / plan).exists()
    # A plan the checker refuses (no issuer) is saved for the preview to show, but not committed.
    status, answer = _post(gate, base, bad)
    assert status == 422 and "issuer" in answer["error"] and "chưa ghi lại vào git" in answer["error"], answer
    assert (project / plan).exists() and _git(project, "rev-parse", "HEAD").strip() == head
    # Fixed, it is committed alone: neither the stray file nor one staged by hand goes in.
    (project / "content/gioi-thieu.md").write_text("---\ntitle: Giới thiệu\n---\n\nSửa tay.\n", encoding="utf-8")
    _git(project, "add", "content/gioi-thieu.md")
    good = json.loads(json.dumps(bad))
    good["params"]["dataFiles"][0]["raw"] = good["params"]["dataFiles"][0]["raw"].replace(
        'doc_type: "Kế hoạch"\n', 'doc_type: "Kế hoạch"\nissuer: "UBND xã Thử"\n')
    status, _ = _post(gate, base, good)
    assert status == 200
    assert _git(project, "show", "--name-only", "--format=", "HEAD").split() == [plan]
    status_lines = _git(project, "status", "--porcelain").splitlines()
    assert "M  content/gioi-thieu.md" in status_lines and "?? ghi-chu-rieng.txt" in status_lines
