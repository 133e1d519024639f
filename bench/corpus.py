"""A realistic synthetic corpus for benchmarks: N plans made of the seed plans' sentences, with
varied communes, provinces, numbers, dates and citations of shared and local documents, and
optionally a git history (several commits per plan).

    from corpus import make_project
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROVINCES = ["Thanh Hóa", "Quảng Ngãi", "Hải Phòng", "Nghệ An", "Đắk Lắk", "Lào Cai", "Cà Mau", "Đồng Tháp",
             "Quảng Trị", "Bắc Ninh", "Hà Tĩnh", "Điện Biên", "Lâm Đồng", "An Giang", "Tây Ninh", "Gia Lai"]
COMMUNE_PARTS = ["Hoằng", "Đông", "Tân", "Phú", "Xuân", "Quảng", "Nghĩa", "Vĩnh", "Đức", "Hòa", "An", "Bình",
                 "Thịnh", "Hưng", "Long", "Thạnh", "Mỹ", "Cẩm", "Kim", "Trung"]
CITED = ["33/CT-TTg", "16/CT-TTg", "114-KL/TW", "25-NQ/TW", "120-KL/TW", "01-CT/TW", "10/2022/QH15",
         "61/2018/NĐ-CP", "3177/QĐ-UBND", "88-KH/HU", "23-CT/TW", "04/2021/NĐ-CP"]


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((REPO / "content" / "ke-hoach").rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for line in body.splitlines():
            line = line.strip("-# ").strip()
            sentences += [s.strip() for s in re.split(r"(?<=[.;:])\s+", line) if len(s.split()) >= 6]
    return sentences


def plan_text(rng: random.Random, i: int, sentences: list[str], province: str | None = None) -> tuple[str, str]:
    province = _province(rng, province)
    commune = " ".join(rng.sample(COMMUNE_PARTS, 2))
    year = rng.choice([2023, 2024, 2025])
    number = i + 1  # unique: the checker rejects two plans with one number, issuer and year
    cites = rng.sample(CITED, 3)
    front = (
        "---\n"
        f'title: "Thực hiện công tác dân vận chính quyền xã {commune} năm {year} (bản {i})"\n'
        'doc_type: "Kế hoạch"\n'
        f'number: "{number}/KH-UBND"\n'
        f'issuer: "UBND xã {commune}"\n'
        f"issued: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
        f'locality: {{province: "{province}", commune: "{commune}"}}\n'
        "---\n\n"
    )
    parts = [f"Thực hiện Chỉ thị số {cites[0]} và Kết luận số {cites[1]}; căn cứ văn bản số {cites[2]}, "
             f"Ủy ban nhân dân xã {commune}, tỉnh {province} ban hành kế hoạch như sau:"]
    for section in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"):
        parts.append(f"## {section}")
        parts += [" ".join(rng.sample(sentences, 3)) for _ in range(rng.randint(4, 9))]
    return f"ke-hoach/{year}/xa-{i:05d}.md", front + "\n\n".join(parts) + "\n"


DAN_VAN_SHARE = 12  # in the realistic corpus, one plan in this many is about dân vận (the seeds' topic)


def topic_plan_text(rng: random.Random, i: int, sentences: list[str], province: str | None = None) -> tuple[str, str]:
    """A plan of the realistic corpus: dân vận (the seeds' sentences) one time in DAN_VAN_SHARE, else
    one of the sixteen other topics of bench/topics.py, each with its own vocabulary."""
    from topics import ALL_TOPICS, topic_plan

    if rng.randrange(DAN_VAN_SHARE) == 0:
        return plan_text(rng, i, sentences, province)
    province = _province(rng, province)
    commune = " ".join(rng.sample(COMMUNE_PARTS, 2))
    year = rng.choice([2023, 2024, 2025])
    title, paragraphs, keywords = topic_plan(rng, i, rng.choice(ALL_TOPICS), {"xa": commune, "tinh": province, "nam": str(year)})
    front = (
        "---\n"
        f'title: "{title} (bản {i})"\n'
        'doc_type: "Kế hoạch"\n'
        f'number: "{i + 1}/KH-UBND"\n'
        f'issuer: "UBND xã {commune}"\n'
        f"issued: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
        f'locality: {{province: "{province}", commune: "{commune}"}}\n'
        f"topics: [{', '.join(repr(k).replace(chr(39), chr(34)) for k in keywords)}]\n"
        "---\n\n"
    )
    return f"ke-hoach/{year}/xa-{i:05d}.md", front + "\n\n".join(paragraphs) + "\n"


def _province(rng: random.Random, fixed: str | None) -> str:
    drawn = rng.choice(PROVINCES)  # drawn even when fixed, so that the rest of a corpus stays the same
    return fixed or drawn


def make_project(root: Path, n: int, seed: int = 4, realistic: bool = False, province: str | None = None) -> Path:
    """N plans: the worst case (every plan made of the seed plans' sentences, so a word like «dân» or
    «vận» is on every page) or, with `realistic`, many topics each with its own vocabulary. With
    `province`, every plan is of that province (one member site of a portal)."""
    project = root / "project"
    (project / "content").mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    for extra in ("gioi-thieu.md", "van-ban-can-cu.yml", "huong-dan/dang-van-ban.md"):  # what mkdocs.yml's nav names
        if (REPO / "content" / extra).exists():
            (project / "content" / extra).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(REPO / "content" / extra, project / "content" / extra)
    rng = random.Random(seed)
    sentences = seed_sentences()
    make = topic_plan_text if realistic else plan_text
    for i in range(n):
        rel, text = make(rng, i, sentences, province)
        (project / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / "content" / rel).write_text(text, encoding="utf-8")
    return project


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())




def add_history(project: Path, commits: int, seed: int = 4) -> None:
    """A git history of `commits` commits: the plans added in batches, then edits with change notes."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}
    git = lambda *a: subprocess.run(["git", "-C", str(project), *a], check=True, capture_output=True, env=env)  # noqa: E731
    git("init", "-q", "-b", "main")
    plans = sorted((project / "content" / "ke-hoach").rglob("*.md"))
    batches = max(1, commits // 3)
    size = max(1, len(plans) // batches)
    git("add", "mkdocs.yml", "content/gioi-thieu.md")
    git("commit", "-q", "-m", "Khởi tạo")
    done = 1
    for start in range(0, len(plans), size):
        git("add", *[str(p.relative_to(project)) for p in plans[start:start + size]])
        git("commit", "-q", "-m", f"Đăng kế hoạch {start + 1}–{start + size}")
        done += 1
    rng = random.Random(seed)
    while done < commits:
        plan = rng.choice(plans)
        text = plan.read_text(encoding="utf-8")
        plan.write_text(text.replace("---\n\n", f'change_note: "Sửa lần {done}"\n---\n\n', 1)
                        if "change_note" not in text else text + f"\nBổ sung lần {done}.\n", encoding="utf-8")
        git("commit", "-q", "-am", f"Sửa kế hoạch {plan.stem} (lần {done})")
        done += 1
