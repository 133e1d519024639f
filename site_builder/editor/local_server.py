"""The web editor on an official's own computer (`site-builder serve --editor`): Decap's local server
(`decap-server`, pinned in package-lock.json) beside the preview, both on 127.0.0.1.

decap-server has no sign-in, and its `git` mode stages everything (`git add .`, a stray file included)
under the server's identity. So it runs in `fs` mode (it writes files, never commits) on a port of its
own, and this gate stands in front of it on the port the form knows (cms_config.LOCAL_SERVER_PORT):

- only the preview's own page may call it (Origin and Host are checked: another site open in the same
  browser, or a rebinding DNS name, is refused);
- after each save it checks the plan written, exactly as `site-builder check` does; a plan with errors is
  kept on disk (the preview shows its errors) but not committed, and the form says why;
- a clean save is committed with the official's own git identity, naming only the files that save wrote
  (`git commit -- FILES`: nothing else staged goes in); without git, or without an identity, it says in
  Vietnamese what to type.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from .cms_config import LOCAL_SERVER_PORT

DECAP_SERVER = Path("node_modules", "decap-server", "dist", "index.js")
_WRITES = ("persistEntry", "persistMedia", "deleteFile", "deleteFiles")


class EditorServerError(Exception):
    """The local server could not start (Vietnamese message)."""


@dataclass
class Saved:
    """What one save wrote, and what became of it."""

    paths: list[str]
    message: str
    problems: list[str] = field(default_factory=list)
    commit: str | None = None
    note: str = ""


def written_paths(action: str, params: dict) -> list[str]:
    """The repository paths a request of the form writes or deletes: the only ones ever committed.
    (A plan without a date has an empty year folder in its Decap path: «content/ke-hoach//x.md».)"""
    return [posixpath.normpath(p) for p in _named_paths(action, params)]


def _named_paths(action: str, params: dict) -> list[str]:
    if action == "persistEntry":
        files = params.get("dataFiles") or [params.get("entry") or {}]
        paths = [p for f in files for p in (f.get("path"), f.get("newPath")) if isinstance(p, str)]
        paths += [a["path"] for a in params.get("assets") or [] if isinstance(a.get("path"), str)]
        return paths
    if action == "persistMedia":
        return [params["asset"]["path"]] if isinstance((params.get("asset") or {}).get("path"), str) else []
    if action == "deleteFile":
        return [params["path"]] if isinstance(params.get("path"), str) else []
    if action == "deleteFiles":
        return [p for p in params.get("paths") or [] if isinstance(p, str)]
    return []


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)


def commit_saved(root: Path, paths: list[str], message: str) -> tuple[str | None, str]:
    """Commit exactly `paths` with the official's identity; (commit id, or None and what to do by hand)."""
    by_hand = ("Hãy tự ghi lại bằng git: git add -- " + " ".join(paths) + f' && git commit -m "{message}" -- '
               + " ".join(paths) + " && git push")
    if shutil.which("git") is None or _git(root, "rev-parse", "--git-dir").returncode != 0:
        return None, "Thư mục này không phải kho git. " + by_hand
    if not _git(root, "config", "user.email").stdout.strip():
        return None, ("git chưa biết tên và thư điện tử của bạn (git config user.name «Họ Tên»; "
                      "git config user.email «thư@điện.tử»). " + by_hand)
    existing = [p for p in paths if (root / p).exists()]
    gone = [p for p in paths if not (root / p).exists() and _git(root, "ls-files", "--error-unmatch", "--", p).returncode == 0]
    if existing:
        added = _git(root, "add", "--", *existing)
        if added.returncode != 0:
            return None, f"git add không chạy được ({added.stderr.strip()}). " + by_hand
    if not existing and not gone:
        return None, "Không có gì để ghi lại."
    done = _git(root, "commit", "--quiet", "-m", message, "--", *existing, *gone)
    if done.returncode != 0:
        text = (done.stdout + done.stderr).strip()
        if "nothing to commit" in text or "no changes added" in text:
            return None, "Tệp không thay đổi so với lần ghi trước."
        return None, f"git commit không chạy được ({text}). " + by_hand
    return _git(root, "rev-parse", "--short", "HEAD").stdout.strip(), ""


def _die_with_parent() -> None:
    """An unauthenticated file server must not outlive the command that started it, even one killed
    outright (Linux: the kernel ends the child when its parent dies; elsewhere `stop` alone does)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, said: deque, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            time.sleep(0.2)  # its last words, read by the draining thread
            raise EditorServerError("decap-server dừng ngay khi khởi động: " + "".join(said).strip()[-500:])
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise EditorServerError(f"decap-server không mở cổng {port} sau {seconds:.0f} giây.")


class LocalEditor:
    """decap-server (fs mode) on a private port and the gate on `port`, both bound to 127.0.0.1."""

    def __init__(self, root: Path, allowed_origins: list[str], *, port: int = LOCAL_SERVER_PORT,
                 check: Callable[[list[Path]], list[str]] | None = None, commit: bool = True,
                 report: Callable[[str], None] = print, node_modules: Path | None = None) -> None:
        self.root = Path(root).resolve()
        self.allowed = set(allowed_origins)
        self.port = port
        self.check = check
        self.commit = commit
        self.report = report
        self.node_modules = node_modules
        self.saved: list[Saved] = []
        self._process: subprocess.Popen | None = None
        self._said: deque[str] = deque(maxlen=20)
        self._httpd: ThreadingHTTPServer | None = None

    def _script(self) -> Path:
        for base in [self.root, *([self.node_modules.parent] if self.node_modules else [])]:
            if (base / DECAP_SERVER).is_file():
                return base / DECAP_SERVER
        raise EditorServerError("không tìm thấy decap-server (node_modules/decap-server); hãy chạy scripts/setup.")

    def start(self) -> "LocalEditor":
        node = shutil.which("node") or shutil.which("nodejs")
        if node is None:
            raise EditorServerError("không tìm thấy Node.js (lệnh node); hãy chạy scripts/setup.")
        inner = _free_port()
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PORT": str(inner), "BIND_HOST": "127.0.0.1", "MODE": "fs",
               "GIT_REPO_DIRECTORY": str(self.root), "LOG_LEVEL": "error", "ORIGIN": f"http://127.0.0.1:{self.port}"}
        self._process = subprocess.Popen([node, str(self._script())], env=env, cwd=self.root,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                         preexec_fn=_die_with_parent)
        # Drained all along, so that a talkative server never blocks on a full pipe; the tail explains a failed start.
        threading.Thread(target=lambda: self._said.extend(self._process.stderr), daemon=True).start()
        try:
            _wait_for(inner, self._process, self._said)
            self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), _gate(self, inner))
        except OSError as exc:
            self.stop()
            raise EditorServerError(f"không mở được cổng {self.port} trên 127.0.0.1: {exc.strerror or exc}") from None
        except EditorServerError:
            self.stop()
            raise
        self.port = self._httpd.server_address[1]
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
            self._process = None

    def after_write(self, action: str, params: dict) -> Saved:
        paths = written_paths(action, params)
        message = ((params.get("options") or {}).get("commitMessage") or "Cập nhật từ trang soạn thảo").strip()
        saved = Saved(paths, message)
        plans = [self.root / p for p in paths if p.endswith(".md") and (self.root / p).is_file()]
        if self.check is not None and plans:
            saved.problems = self.check(plans)
        if saved.problems:
            saved.note = "Đã lưu tệp nhưng chưa ghi lại vào git vì nội dung còn lỗi; sửa rồi lưu lại."
        elif self.commit:
            saved.commit, saved.note = commit_saved(self.root, paths, message)
        else:
            saved.note = ("Đã lưu. Để đăng: git add -- " + " ".join(paths) + f' && git commit -m "{message}" && git push')
        self.saved.append(saved)
        shown = ", ".join(paths)
        if saved.commit:
            self.report(f"Trang soạn thảo: đã lưu và ghi lại (commit {saved.commit}) {shown}. Để đăng lên trang web: git push")
        else:
            self.report(f"Trang soạn thảo: {shown}: {saved.note}")
            for line in saved.problems:
                self.report("  " + line)
        return saved


def _gate(editor: LocalEditor, inner: int):
    class Gate(BaseHTTPRequestHandler):
        def log_message(self, *args):  # the terminal is the official's: only what they must act on
            pass

        def _origin_ok(self) -> bool:
            host = self.headers.get("Host", "")
            return (self.headers.get("Origin") in editor.allowed
                    and host in (f"127.0.0.1:{editor.port}", f"localhost:{editor.port}"))

        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", self.headers.get("Origin", ""))
            self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type")
            self.send_header("Vary", "Origin")

        def _refuse(self) -> None:
            self.send_response(403)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write("Chỉ trang soạn thảo trên máy này mới được dùng máy chủ này.".encode())

        def do_OPTIONS(self):
            if not self._origin_ok():
                return self._refuse()
            self.send_response(204)
            self._cors()
            self.end_headers()

        def do_GET(self):
            self._refuse()

        def do_POST(self):
            if not self._origin_ok() or self.path != "/api/v1":
                return self._refuse()
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                request = json.loads(body)
                action, params = request.get("action"), request.get("params") or {}
            except (ValueError, AttributeError):
                action, params = None, {}
            forwarded = Request(f"http://127.0.0.1:{inner}/api/v1", data=body, method="POST",
                                headers={"Content-Type": "application/json", "Origin": f"http://127.0.0.1:{editor.port}"})
            try:
                with urlopen(forwarded, timeout=120) as answer:
                    status, data = answer.status, answer.read()
            except HTTPError as exc:
                status, data = exc.code, exc.read()
            except URLError as exc:
                status, data = 502, json.dumps({"error": f"decap-server không trả lời: {exc.reason}"}).encode()
            if status == 200 and action in _WRITES and isinstance(params, dict):
                saved = editor.after_write(action, params)
                if saved.problems:
                    # The form shows this text: it says the file is saved, not published, and why.
                    status = 422
                    data = json.dumps({"error": saved.note + " " + " ".join(saved.problems)}, ensure_ascii=False).encode()
            self.send_response(status)
            self._cors()
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Gate
