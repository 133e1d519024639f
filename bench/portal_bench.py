"""Portal benchmark (issue 22): M member provinces of N plans each, every member with its own data,
merged by one portal; prints one table.

    .venv/bin/python bench/portal_bench.py [--members 34] [--plans 3000] [--keep DIR]

Members: each a realistic corpus (bench/corpus.py, `--realistic`) of its own province and seed, so
that no two members publish the same plans; the pipeline checks and catalogues it and writes what a
member site publishes in `data/` (plans.json, directives.json), which is all a portal reads, so the
members' pages are not rendered. With --keep the members' data is made once and reused.
Portal: a project with the member file (README, «Cổng tổng hợp nhiều trang»), built with
`site-builder build`: wall time and peak memory of the whole process tree (bench/measure.py), pages,
national document pages, site size, the largest data file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import measure  # noqa: E402
import search_bench  # noqa: E402
from corpus import dir_size, make_project  # noqa: E402
from site_builder.stage.pipeline import load_site  # noqa: E402
from site_builder.model.settings import Settings
from site_builder.model.site_map import DIRECTIVES_JSON, PLANS_JSON  # noqa: E402

# The 34 provinces and cities since the 2025 merger.
PROVINCES = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
             "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
             "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
             "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
             "Cà Mau", "An Giang"]


def member_data(root: Path, index: int, plans: int) -> tuple[str, Path, float]:
    """(name, data folder, seconds to make it) of member `index`; reused when already made."""
    province = PROVINCES[index % len(PROVINCES)] + (f" {index // len(PROVINCES) + 1}" if index >= len(PROVINCES) else "")
    folder = root / "members" / f"{plans}-plans" / f"m{index:02d}"
    data = folder / "data"
    if (data / DIRECTIVES_JSON.rsplit("/", 1)[-1]).exists():
        return province, data, 0.0
    started = time.perf_counter()
    project = make_project(folder / "tmp", plans, seed=100 + index, realistic=True, province=province)
    content = load_site(Settings(project / "content", f"Tỉnh {province}", site_url=f"https://m{index:02d}.example.vn/"))
    if content.diagnostics.errors:
        raise SystemExit(f"member {index}: {content.diagnostics.errors[0]}")
    data.mkdir(parents=True, exist_ok=True)
    for path in (PLANS_JSON, DIRECTIVES_JSON):
        (data / path.rsplit("/", 1)[-1]).write_bytes(content.files[path])
    shutil.rmtree(folder / "tmp")
    return province, data, time.perf_counter() - started


def portal_project(root: Path, members: list[tuple[str, Path]]) -> Path:
    project = root / "portal"
    if project.exists():
        shutil.rmtree(project)
    (project / "content").mkdir(parents=True)
    for extra in ("gioi-thieu.md", "van-ban-can-cu.yml", "huong-dan/dang-van-ban.md"):
        (project / "content" / extra).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "content" / extra, project / "content" / extra)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("      plans_dir: ke-hoach\n", "      plans_dir: ke-hoach\n      portal: cong-thong-tin.yml\n")
    config = config.replace("  - Dữ liệu mở: du-lieu-mo/index.md\n", "  - Dữ liệu mở: du-lieu-mo/index.md\n"
                            "  - Văn bản chỉ đạo trên toàn quốc: toan-quoc/index.md\n"
                            "  - Các trang thành viên: toan-quoc/thanh-vien/index.md\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    sites = "".join(f"  - name: Tỉnh {name}\n    url: https://m{i:02d}.example.vn/\n    data: {data}\n"
                    for i, (name, data) in enumerate(members))
    (project / "cong-thong-tin.yml").write_text("sites:\n" + sites, encoding="utf-8")
    return project


def portal_queries(data: Path) -> list[str]:
    """As the issue's table: a phrase of common words, a topic, a directive, the newest plan's number of
    one member (unique: the checker refuses two plans of one number, issuer and year), a place."""
    found = json.loads((data / "plans.json").read_text(encoding="utf-8"))["plans"]
    newest = max((p for p in found if p.get("issued") and p.get("number")), key=lambda p: p["issued"])
    return ["dan van kheo", "chuyen doi so", "33/CT-TTg", newest["number"], "Hoang Hop"]


def run(root: Path, members: int, plans: int, search: bool = True) -> dict:
    made = [member_data(root, i, plans) for i in range(members)]
    project = portal_project(root, [(name, data) for name, data, _ in made])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(REPO)}
    wall, rss, by_program, status, err = measure.run([sys.executable, "-m", "site_builder.cli", "build"], project, env)
    if status != 0:
        raise SystemExit(f"portal build failed: {err}")
    site = project / "site"
    data_files = [p for p in (site / "data").rglob("*.json")]
    largest = max(data_files, key=lambda p: p.stat().st_size)
    asked = portal_queries(made[len(made) // 2][1])
    return {
        "search": search_bench.measure_queries(site, asked=asked) if search else [],
        "members": members, "plans": plans,
        "member_seconds": max(s for _, _, s in made),
        "member_data": sum(dir_size(d) for _, d, _ in made),
        "wall": wall, "rss": rss, "by_program": by_program,
        "pages": sum(1 for _ in site.rglob("index.html")),
        "national_pages": sum(1 for _ in (site / "toan-quoc").rglob("index.html")),
        "site": dir_size(site), "pagefind": dir_size(site / "pagefind") if (site / "pagefind").exists() else 0,
        "largest": (str(largest.relative_to(site)), largest.stat().st_size),
    }


def table(rows: list[dict]) -> str:
    lines = ["| portal | member data (largest member, s to make) | portal build | peak memory (by program) | pages "
             "(national) | site | search index | largest data file |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        programs = ", ".join(f"{name} {size / 2**30:.2f}" for name, size in sorted(r["by_program"].items(), key=lambda kv: -kv[1]))
        lines.append(
            f"| {r['members']} × {r['plans']:,} plans | {r['member_data'] / 2**20:,.0f} MB ({r['member_seconds']:.0f} s) "
            f"| {r['wall']:.0f} s | {r['rss'] / 2**30:.2f} GB ({programs}) | {r['pages']:,} ({r['national_pages']:,}) "
            f"| {r['site'] / 2**20:,.0f} MB | {r['pagefind'] / 2**20:,.0f} MB "
            f"| {r['largest'][0]} {r['largest'][1] / 2**20:,.1f} MB |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=34)
    parser.add_argument("--plans", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="make the members' data here once and reuse it")
    parser.add_argument("--no-search", action="store_true", help="build only; do not time queries in Chromium")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="portal-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        row = run(root, args.members, args.plans, not args.no_search)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(table([row]))
    if row["search"]:
        print(search_bench.table(row["search"]))
    print(json.dumps({k: v for k, v in row.items() if k not in ("by_program", "search")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
