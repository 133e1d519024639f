"""Plans deleted from the repository do not vanish: a "Văn bản đã gỡ bỏ" page lists them, and
each keeps a page with its last version, marked as removed."""

from __future__ import annotations

from ..check.markdown_limits import check_markdown_limits
from ..check.safety import scan
from ..load.frontmatter import MAX_FILE_BYTES, parse_yaml, split
from ..load.history import History, Removal
from ..model.diagnostics import Diagnostics
from ..model.paths import link, md_escape, slugify, unreserved
from ..model.site_map import REMOVED
from .labels import day_label
from .listings import GeneratedPage, front_matter, paginate
from .page_templates import PageTemplates


def removed_pages(removals: list[Removal], history: History) -> dict[int, str]:
    """The page of each removal (by `id`): its path's slug. Paths may slug alike («a b.md», «a-b.md»):
    the one removed first keeps the slug, a later one gets "-2", "-3" …, so no address ever changes."""
    taken: set[str] = set()
    pages = {}
    for removal in sorted(removals, key=lambda r: (r.change.date, r.path)):
        base = unreserved(slugify((history.rel_of(removal.path) or removal.path).removesuffix(".md")))
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        pages[id(removal)] = f"go-bo/{slug}/index.md"
    return pages


def _last_version(removal: Removal) -> tuple[dict, str]:
    """Front-matter and body of the last version, read leniently: it is history, not new input, but it
    was committed without the checker, so it is read as strictly (no YAML alias may expand, no
    nesting is deep enough to recurse for ever); what cannot be read is shown as text."""
    try:
        fm, fm_line, body, _ = split(removal.last_source.replace("\r\n", "\n"))
    except Exception:  # an old version may be broken in any way; show it as text
        return {}, removal.last_source
    parsed = parse_yaml(fm, fm_line, removal.path, Diagnostics()) if fm else ({}, {})
    if parsed is None:
        return {}, removal.last_source
    return (parsed[0] if isinstance(parsed[0], dict) else {}), body


def _text(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    return " ".join(str(value).split()) if value not in (None, "") else None


def render_removed(history: History, plans_dir: str, templates: PageTemplates | None = None) -> list[GeneratedPage]:
    prefix = history.content_prefix + plans_dir.strip("/") + "/"
    removals = [r for r in history.removed if r.path.startswith(prefix) and r.path.endswith(".md")]
    intro = (
        "Các văn bản từng được công khai trên trang này và đã bị gỡ khỏi kho dữ liệu. "
        "Mỗi văn bản vẫn xem được ở phiên bản cuối cùng, kèm ngày gỡ và mã lần thay đổi để đối chiếu trong kho dữ liệu."
    )
    pages = []
    rows = []  # (title, page, number, issuer, day, change); links are made per listing page
    addresses = removed_pages(removals, history)
    for removal in removals:
        if len(removal.last_source.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
            # Nor one the checker would refuse for its size: it was committed without the checker.
            meta, body = {}, f"*Nội dung phiên bản này không được hiển thị vì tệp lớn hơn {MAX_FILE_BYTES >> 20} MB.*\n"
        else:
            meta, body = _last_version(removal)
            if not check_markdown_limits(body, 1, removal.path, Diagnostics()):  # the build would fail on it
                body = "*Nội dung phiên bản này không được hiển thị vì văn bản lồng nhau quá sâu hoặc có đoạn quá dài.*\n"
        if any(f.error for f in scan(body)) or any(f.error for f in scan(str(meta.get("title", "")))):
            # A version the checker would refuse (a secrecy mark) is never republished, even as history.
            body = "*Nội dung phiên bản này không được hiển thị vì văn bản có dấu độ mật.*\n"
        title = _text(meta, "title") or (history.rel_of(removal.path) or removal.path)
        src = addresses[id(removal)]
        change = removal.change
        rows.append((md_escape(title), src, md_escape(_text(meta, "number") or "—"), md_escape(_text(meta, "issuer") or "—"),
                     day_label(change.date), f"`{change.short}`"))
        banner = (
            f'!!! warning "Văn bản đã gỡ bỏ"\n\n'
            f"    Văn bản này đã bị gỡ khỏi kho dữ liệu ngày {day_label(change.date)} "
            f"(lần thay đổi `{change.short}`). "
            f"Dưới đây là phiên bản cuối cùng (lần thay đổi `{removal.last_commit[:7]}`), giữ lại để đối chiếu. "
            f"[Danh sách văn bản đã gỡ bỏ]({link(src, REMOVED)}).\n"
        )
        facts = [(k, _text(meta, f)) for k, f in (("Số, ký hiệu", "number"), ("Cơ quan ban hành", "issuer"), ("Ngày ban hành", "issued"))]
        facts_md = "\n".join(f"- **{k}:** {md_escape(v)}" for k, v in facts if v)
        # Not marked html_blocks.RAW_BLOCKS_MARK: the body is an official's Markdown, to be read as on
        # a plan page, raw HTML included (markdown_ext.GeneratedBlocks).
        pages.append(GeneratedPage(src, "\n".join([
            front_matter(f"{title} (đã gỡ bỏ)", "Phiên bản cuối cùng của một văn bản đã gỡ bỏ."),
            f"# {md_escape(title)}\n", banner, facts_md + "\n" if facts_md else "", body,
        ])))

    def table(chunk, here: str) -> str:
        return ("| Văn bản (phiên bản cuối) | Số, ký hiệu | Cơ quan ban hành | Ngày gỡ | Lần thay đổi |\n|---|---|---|---|---|\n"
                + "\n".join(f"| [{t}]({link(here, src)}) | {number} | {issuer} | {day} | {change} |"
                             for t, src, number, issuer, day, change in chunk) + "\n")

    if not history.available:
        empty = f"*Không có lịch sử thay đổi ({md_escape(history.reason or '')}), nên không xác định được văn bản đã gỡ.*\n"
    else:
        empty = "Chưa có văn bản nào bị gỡ bỏ.\n"
    return paginate(REMOVED, rows, table, title="Văn bản đã gỡ bỏ", description=intro,
                    head=lambda here: f"# Văn bản đã gỡ bỏ\n\n{intro}\n", empty=empty, templates=templates) + pages
