"""Where the content repository is browsed (MkDocs' `repo_url`) and how a commit of it is linked.

The integrity instructions tell readers to `git clone` the repository and check out the commit a
build came from, so the site must say which repository and link that commit. A site that does not
set `repo_url` is told so in the build output; in CI the address is known without it.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

# Hosts whose commit page is not at «<repo>/commit/<sha>» (GitHub, Gitea, Forgejo, Codeberg, sourcehut
# and Azure DevOps all use that form, so it is also the guess for a host not listed here).
_COMMIT_PATHS = {
    "gitlab": "-/commit/",  # gitlab.com and self-hosted GitLab, recognised by name
    "bitbucket.org": "commits/",
}

def missing(config_file: str) -> str:
    """The build output's line when no address is known, in the form of the content findings."""
    return (f"{config_file}:1: cảnh báo: repo_url: chưa có địa chỉ kho nội dung, nên trang «Dữ liệu mở» không chỉ "
            "được nơi lấy bản sao kho để kiểm tra, và mã commit không dẫn tới trang của commit đó. Hãy thêm dòng "
            "«repo_url: https://…» vào mkdocs.yml.")


def commit_path(repo_url: str) -> str:
    host = (urlsplit(repo_url).hostname or "").lower()
    for name, path in _COMMIT_PATHS.items():
        if host == name or ("." not in name and name in host.split(".")):
            return path
    return "commit/"


def commit_url(repo_url: str | None, commit: str | None) -> str | None:
    """The page of `commit` in the repository browsed at `repo_url`; None when either is unknown."""
    if not repo_url or not repo_url.strip() or not commit:
        return None
    base = repo_url.strip().rstrip("/")
    return f"{base}/{commit_path(base)}{commit}"


def ci_repo_url(env: dict[str, str] | None = None) -> str | None:
    """The repository's address as the CI that builds it states it (GitHub Actions, GitLab CI)."""
    env = os.environ if env is None else env
    server, name = env.get("GITHUB_SERVER_URL"), env.get("GITHUB_REPOSITORY")
    if server and name:
        return f"{server.rstrip('/')}/{name}"
    return env.get("CI_PROJECT_URL") or None


def repo_address(configured: str | None) -> str | None:
    """`repo_url` from mkdocs.yml, or else the one CI states."""
    return configured.strip() if configured and configured.strip() else ci_repo_url()
