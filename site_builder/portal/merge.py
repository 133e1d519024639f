"""A portal: national pages built from the data of many independently built sites (issue 9).

Each province builds and hosts its own site; its `site/data/` folder (plans.json, directives.json,
manifest.json) is fetched before the portal's build into a local folder, and a member file that
officials edit names them:

    sites:
      - name: Tỉnh Thanh Hóa
        url: https://thanhhoa.example.vn/
        data: ../thanh-hoa/site/data

This module reads and checks that file (an error in it stops the build), reads each member's data
(portal_data: untrusted, so its problems are warnings and what cannot be used is left out), then
merges the cited documents across members, their facts settled by portal_facts. Identity is the one `identity` gives inside a site: symbol + year for nationally
unique issuers, symbol + year + issuing body otherwise; a body that a member could not place stays
private to that member, and a body below a province ("UBND huyện Yên Định") is told apart by the
province of the plans that cite it. Plain Python, no MkDocs; `portal_pages` renders the pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..catalog.directives import CitedDocument, assign_slugs
from ..catalog.registry import RegistryEntry
from ..load.frontmatter import parse_yaml
from ..model.diagnostics import Diagnostics
from ..model.identity import PRIVATE_BODY, DocumentKey, is_private_body, names_province, normalise_name
from ..model.json_files import json_bytes
from ..model.paths import name_slug, page_url
from ..model.site_map import PORTAL_JSON, national_document_page, national_member_page, portal_member_json
from ..publish.exports import Column
from ..render.html_blocks import web_url
from .facts import registry_facts, settle
from .member_data import (Entry, Member, NationalDocument, Portal, PortalPlan, SiteCiting, load_member,  # noqa: F401
                          read_file)

# Fields of one member site, with the explanation messages and the README use.
MEMBER_FIELDS = {
    "name": "Tên trang thành viên như người dân biết, ví dụ «Tỉnh Thanh Hóa».",
    "url": "Địa chỉ gốc của trang thành viên: http:// hoặc https://, kết thúc bằng «/».",
    "data": "Thư mục chứa bản sao thư mục data/ của trang đó (plans.json, directives.json), tính từ thư mục "
            "của tệp này; tải về trước khi xây dựng (khi xây dựng không dùng mạng).",
}
TOP_KEYS = {"sites"}
def load_portal(path: Path, diags: Diagnostics, show: Callable[[Path], str] = str,
                registry: list[RegistryEntry] = ()) -> Portal | None:
    """Read the member file at `path` and every member's data, and merge them with the facts of the
    portal's own `registry`; None after an error in the member file (each reported in `diags` with
    file, line and field). A member's data is untrusted: its problems are warnings, and what cannot be
    used is left out (portal_data). `show` turns a path into its shown form."""
    shown = show(path)
    errors_before = len(diags.errors)
    read = read_file(path, shown, diags, "không tìm thấy tệp danh sách trang thành viên mà tùy chọn «portal» của plugin "
                     "site-builder trong mkdocs.yml chỉ đến (đường dẫn tính từ thư mục của mkdocs.yml).")
    parsed = parse_yaml(read[0], 1, shown, diags) if read is not None else None
    if parsed is None:
        return None
    values, lines = parsed
    for key in values:
        if key not in TOP_KEYS:
            diags.error(shown, lines.get(key, 1), key, "trường không có trong danh sách trang thành viên; chỉ dùng «sites».")
    sites = values.get("sites")
    if not isinstance(sites, list):
        diags.error(shown, lines.get("sites", 1), "sites", "phải có «sites»: danh sách các trang thành viên, mỗi trang gồm "
                    + ", ".join(MEMBER_FIELDS) + " (xem README, «Cổng tổng hợp nhiều trang»).")
        return None
    if not sites:
        diags.warning(shown, lines.get("sites", 1), "sites", "chưa có trang thành viên nào; các trang toàn quốc sẽ trống.")
    members = _members(sites, lines, path.parent, shown, diags, show)
    if len(diags.errors) > errors_before:
        return None
    _name_pages(members)
    entries, records = [], []
    files_read = 1
    for index, member in enumerate(members):
        loaded = load_member(index, member, diags, show, records)
        files_read += len(member.sha256)
        entries += loaded
    return Portal(members, merge(members, entries, registry), files_read, records)


def _members(sites: list, lines: dict[str, int], base: Path, shown: str, diags: Diagnostics,
             show: Callable[[Path], str]) -> list[Member]:
    members: list[Member] = []
    seen: dict[tuple[str, str], int] = {}
    for i, item in enumerate(sites):
        # `keyed` finds a line in the line map (counted from 0); `where` names the site as people count, from 1.
        keyed, where, line = f"sites.{i}", f"sites.{i + 1}", lines.get(f"sites.{i}", 1)
        if not isinstance(item, dict):
            diags.error(shown, line, where, "mỗi trang thành viên phải là một nhóm trường: " + ", ".join(MEMBER_FIELDS) + ".")
            continue
        ok = True
        for key in item:
            if key not in MEMBER_FIELDS:
                diags.error(shown, lines.get(f"{keyed}.{key}", line), f"{where}.{key}",
                            "trường không có ở một trang thành viên; chỉ dùng: " + ", ".join(MEMBER_FIELDS) + ".")
                ok = False
        values = {}
        for key, help_text in MEMBER_FIELDS.items():
            value = item.get(key)
            at = lines.get(f"{keyed}.{key}", line)
            if value is None or (isinstance(value, str) and not value.strip()):
                diags.error(shown, line, f"{where}.{key}", f"thiếu trường «{key}». {help_text}")
                ok = False
            elif not isinstance(value, str):
                diags.error(shown, at, f"{where}.{key}", f"phải là một chuỗi. {help_text}")
                ok = False
            else:  # characters no page can show were refused as the YAML was read (frontmatter.unwritable)
                values[key] = " ".join(value.split())
        url = values.get("url")
        if url is not None and (web_url(url) != url or not url.endswith("/")):
            diags.error(shown, lines.get(f"{keyed}.url", line), f"{where}.url",
                        f"«{url}» phải là địa chỉ http:// hoặc https:// kết thúc bằng «/» (địa chỉ gốc của trang).")
            ok = False
        folder = _folder(base, values["data"]) if "data" in values else None
        if folder is not None and not folder.is_dir():
            diags.error(shown, lines.get(f"{keyed}.data", line), f"{where}.data",
                        f"không tìm thấy thư mục dữ liệu «{values['data']}» ({show(folder)}): hãy tải thư mục site/data/ "
                        "của trang này về trước khi xây dựng.")
            ok = False
        for key in ("name", "url"):
            if key in values:
                first = seen.setdefault((key, normalise_name(values[key])), line)
                if first != line:
                    diags.error(shown, lines.get(f"{keyed}.{key}", line), f"{where}.{key}",
                                f"«{values[key]}» đã có ở trang thành viên khai báo tại dòng {first}.")
                    ok = False
        if ok:
            members.append(Member(values["name"], url, folder, line))
    return members


def _name_pages(members: list[Member]) -> None:
    """Each member's slug: its name's, numbered in the member file's order when two names slug alike
    («Tỉnh A», «Tinh A»), so a member added later never takes an earlier one's address."""
    taken: set[str] = set()
    for member in members:
        slug = candidate = name_slug(member.name)
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{slug}-{number}"
        taken.add(candidate)
        member.slug = candidate


def has_page(national: NationalDocument) -> bool:
    """Whether a document gets a national page: the portal's registry knows it, or plans of two members
    or more cite it. A document of one member alone is that member's own (most local documents are):
    its page on that member's site says all a national page would, so the portal lists it on the
    member's page and links there; at 34 provinces that is most of 180,000 pages (issue 22)."""
    return national.doc.in_registry or len(national.sites) >= 2


def _folder(base: Path, data: str) -> Path:
    """The member's data folder; a path the system cannot look up (too long, a loop of links, a
    character it refuses) is a folder that is not there, which the caller reports."""
    try:
        return (base / data).resolve()
    except (OSError, RuntimeError, ValueError):
        return base / data


# -- merging ------------------------------------------------------------------------------------
def _key(entry: Entry, members: list[Member]) -> DocumentKey:
    """The identity across sites. A body a member could not place stays that member's own. A body
    below a province is named without it ("UBND huyện Yên Định"; every province has its districts and
    communes, and names repeat): it is the one in the province of the plans that cite it, and stays
    the member's own when they name no single province."""
    if entry.symbol.national:
        return DocumentKey(entry.symbol.text, entry.year, None)
    own = members[entry.member].url
    body = normalise_name(entry.body_key) if entry.body_key else None
    if body is None or is_private_body(body):
        body = f"{body or PRIVATE_BODY} · {own}"
    elif not names_province(body):
        provinces = {normalise_name(p.locality.province) for p in entry.citing if p.locality.province}
        body = f"{body} @ {provinces.pop()}" if len(provinces) == 1 else f"{body} · {own}"
    return DocumentKey(entry.symbol.text, entry.year, body)


def merge(members: list[Member], entries: list[Entry], registry: list[RegistryEntry] = ()) -> list[NationalDocument]:
    """One national document per identity; a citation without a year joins the dated one when all
    members together know only one year for that symbol and body (as `DirectiveIndex` does in a site).
    Its facts are settled by `portal_facts` from the portal's `registry` and what the members say."""
    keyed = [(entry, _key(entry, members)) for entry in entries]
    years: dict[tuple[str, str | None], set[int]] = {}
    for _, key in keyed:
        if key.year is not None:
            years.setdefault((key.symbol, key.body), set()).add(key.year)
    documents: dict[DocumentKey, NationalDocument] = {}
    said: dict[DocumentKey, list[Entry]] = {}
    for entry, key in sorted(keyed, key=lambda pair: pair[0].member):
        known = years.get((key.symbol, key.body), set())
        if key.year is None and len(known) == 1:
            key = DocumentKey(key.symbol, next(iter(known)), key.body)
        national = documents.get(key)
        if national is None:
            national = documents[key] = NationalDocument(CitedDocument(key, entry.symbol, "Văn bản"))
        said.setdefault(key, []).append(entry)
        site = national.sites.setdefault(entry.member, SiteCiting(members[entry.member]))
        if entry.url is not None and site.document_url is None:
            site.document_url = members[entry.member].url + entry.url
        if entry.published is not None and site.published_url is None:
            site.published_url = members[entry.member].url + entry.published
        for plan in entry.citing:
            earlier = site.plans.get(plan.url)
            if earlier is None or (plan.implements and not earlier.implements):
                site.plans[plan.url] = plan
    facts = registry_facts(list(registry))
    for key, national in documents.items():
        settle(national, said[key], facts.get(key), members)
    assign_slugs([n.doc for n in documents.values()])
    return sorted(documents.values(), key=lambda n: (-n.citing, n.doc.symbol.text, n.doc.year or 0, n.doc.key.body or ""))


# -- data/portal.json ---------------------------------------------------------------------------
# Tables that both write data/portal.json and document it (portal_pages), so the two cannot disagree.
PLAN_COLUMNS: tuple[Column, ...] = (
    Column("url", "Địa chỉ đầy đủ của trang kế hoạch, trên trang thành viên.", lambda p: p.url),
    Column("title", "Trích yếu.", lambda p: p.title),
    Column("number", "Số, ký hiệu (dạng chuẩn khi có); null khi văn bản chưa có số.", lambda p: p.number),
    Column("issuer", "Cơ quan ban hành.", lambda p: p.issuer),
    Column("issued", "Ngày ban hành (NĂM-THÁNG-NGÀY, có thể thiếu ngày hoặc tháng); null khi không rõ.",
           lambda p: p.issued.iso() if p.issued else None),
    Column("locality", "Địa bàn {province, district, commune} như kế hoạch ghi.",
           lambda p: {"province": p.locality.province, "district": p.locality.district, "commune": p.locality.commune}),
    Column("implements", "true khi kế hoạch thực hiện văn bản (không chỉ trích dẫn).", lambda p: p.implements),
)
SITE_COLUMNS: tuple[Column, ...] = (
    Column("name", "Tên trang thành viên.", lambda s: s.member.name),
    Column("url", "Địa chỉ gốc của trang thành viên.", lambda s: s.member.url),
    Column("document_url", "Trang của văn bản này trên trang thành viên; null khi dữ liệu không ghi.",
           lambda s: s.document_url),
    Column("published_url", "Trang của chính văn bản này trên trang thành viên (trang thành viên đăng toàn văn); null "
           "khi trang đó không đăng hoặc dữ liệu không ghi.", lambda s: s.published_url),
    Column("citing", "Số kế hoạch của trang thành viên trích dẫn văn bản.", lambda s: len(s.plans)),
    Column("implementing", "Số kế hoạch của trang thành viên thực hiện văn bản.", lambda s: s.implementing),
)
DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("url", "Trang tổng hợp của văn bản trên cổng này, tính từ gốc trang web; null khi văn bản không có trang "
           "toàn quốc: chỉ kế hoạch của một trang thành viên trích dẫn và văn bản không có trong danh mục văn bản căn cứ "
           "của cổng (văn bản được liệt kê ở trang của trang thành viên đó trên cổng, dẫn đến trang của nó trên trang "
           "thành viên).", lambda n, members: page_url(national_document_page(n)) if has_page(n) else None),
    Column("symbol", "Số, ký hiệu viết theo dạng chuẩn (ví dụ «33/CT-TTg»).", lambda n, members: n.doc.symbol.text),
    Column("type", "Loại văn bản (Chỉ thị, Nghị quyết, Kết luận …).", lambda n, members: n.doc.type),
    Column("year", "Năm ban hành; null khi không rõ.", lambda n, members: n.doc.year),
    Column("date", "Ngày ban hành (NĂM-THÁNG-NGÀY, có thể thiếu ngày hoặc tháng); null khi không rõ.",
           lambda n, members: n.doc.date),
    Column("body", "Tên cơ quan ban hành.", lambda n, members: n.doc.body),
    Column("body_key", "Mã cơ quan ban hành dùng để phân biệt văn bản cùng số của hai cơ quan: null với văn bản của "
           "cơ quan trung ương (số, ký hiệu và năm đã đủ xác định văn bản, nên mọi trang thành viên được gộp chung); "
           "văn bản của địa phương chỉ được gộp khi mã này trùng nhau. Cơ quan dưới cấp tỉnh (huyện, xã …) được ghi kèm "
           "tỉnh của các kế hoạch trích dẫn («ubnd huyện … @ tỉnh»), vì tên huyện, xã có thể trùng ở hai tỉnh; văn bản "
           "mà trang thành viên chưa xác định được cơ quan ban hành («" + PRIVATE_BODY + " …»), hoặc của cơ quan dưới "
           "cấp tỉnh mà các kế hoạch trích dẫn không cùng một tỉnh, chỉ thuộc trang đó (mã kết thúc bằng «· địa chỉ "
           "trang»).", lambda n, members: n.doc.key.body),
    Column("title", "Trích yếu theo danh mục văn bản căn cứ của cổng; văn bản của địa phương không có trong danh mục thì "
           "trích yếu mà mọi trang thành viên ghi giống nhau; null khi không có (xem member_facts).",
           lambda n, members: n.doc.title),
    Column("official_url", "Địa chỉ toàn văn chính thức theo danh mục văn bản căn cứ của cổng (không bao giờ lấy từ dữ "
           "liệu của trang thành viên); null khi không có.", lambda n, members: n.doc.official_url),
    Column("in_registry", "true khi văn bản có trong danh mục văn bản căn cứ của cổng.",
           lambda n, members: n.doc.in_registry),
    Column("member_facts", "Những gì các trang thành viên ghi về văn bản (type, title, body, date) mà cổng không lấy làm "
           "thông tin của văn bản, vì văn bản của trung ương không có trong danh mục của cổng hoặc các trang ghi khác "
           "nhau: {trường: [{value, sites}]}, sites là tên các trang ghi giá trị đó.",
           lambda n, members: {fact: [{"value": v, "sites": names} for v, names in values]
                               for fact, values in n.claims.items()}),
    Column("citing", "Tổng số kế hoạch trích dẫn văn bản, trên mọi trang thành viên.", lambda n, members: n.citing),
    Column("implementing", "Tổng số kế hoạch thực hiện văn bản, trên mọi trang thành viên.",
           lambda n, members: n.implementing),
    Column("sites", "Các trang thành viên có kế hoạch trích dẫn văn bản, theo thứ tự trong danh sách trang thành viên; "
           "mỗi trang gồm: " + ", ".join(c.name for c in SITE_COLUMNS) + ". Các kế hoạch đó ở tệp dữ liệu của từng "
           "trang thành viên (trường data của members).",
           lambda n, members: [{c.name: c.value(s) for c in SITE_COLUMNS} for s in n.by_site()]),
    Column("not_citing", "Tên các trang thành viên chưa có kế hoạch nào trích dẫn văn bản.",
           lambda n, members: [m.name for m in n.not_citing(members)]),
)
MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("name", MEMBER_FIELDS["name"], lambda m: m.name),
    Column("url", MEMBER_FIELDS["url"], lambda m: m.url),
    Column("plans", "Số kế hoạch trong plans.json của trang.", lambda m: m.plans),
    Column("documents", "Số văn bản được trích dẫn trong directives.json của trang.", lambda m: m.documents),
    Column("built_at", "Thời điểm trang thành viên xây dựng dữ liệu (ISO 8601, theo data/manifest.json); null khi không rõ.",
           lambda m: m.built_at),
    Column("sha256", "Mã SHA-256 của từng tệp dữ liệu đã dùng ({tên tệp: mã}), để đối chiếu với tệp trên trang thành viên.",
           lambda m: dict(m.sha256)),
    Column("problem", "Lý do dữ liệu của trang không được dùng trong lần xây dựng này (tệp thiếu, hỏng hoặc vượt giới "
           "hạn); null khi dữ liệu được dùng.", lambda m: m.problem),
    Column("skipped", "Số mục hỏng trong dữ liệu của trang đã bị bỏ qua (mỗi mục có một cảnh báo khi xây dựng cổng).",
           lambda m: m.skipped),
    Column("page", "Trang của trang thành viên trên cổng này (các văn bản kế hoạch của trang đó trích dẫn), tính từ "
           "gốc trang web; null khi dữ liệu của trang không được dùng lần này.",
           lambda m: page_url(national_member_page(m)) if m.problem is None else None),
    Column("data", "Tệp dữ liệu của trang thành viên trên cổng này: mọi kế hoạch của trang đó trích dẫn từng văn bản, "
           "tính từ gốc trang web; null khi dữ liệu của trang không được dùng lần này.",
           lambda m: portal_member_json(m) if m.problem is None else None),
)
# One member's data file (portal_member_json): each document its plans cite, with those plans.
_SITE_HELP = {c.name: c.help for c in SITE_COLUMNS}
MEMBER_DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("symbol", "Số, ký hiệu viết theo dạng chuẩn.", lambda n, s: n.doc.symbol.text),
    Column("year", "Năm ban hành; null khi không rõ.", lambda n, s: n.doc.year),
    Column("body_key", "Mã cơ quan ban hành, như trường body_key của văn bản trong data/portal.json (cùng symbol, year "
           "và body_key là cùng một văn bản).", lambda n, s: n.doc.key.body),
    Column("national_url", "Trang toàn quốc của văn bản trên cổng này; null khi văn bản không có trang toàn quốc.",
           lambda n, s: page_url(national_document_page(n)) if has_page(n) else None),
    Column("document_url", _SITE_HELP["document_url"], lambda n, s: s.document_url),
    Column("published_url", _SITE_HELP["published_url"], lambda n, s: s.published_url),
    Column("citing", _SITE_HELP["citing"], lambda n, s: len(s.plans)),
    Column("implementing", _SITE_HELP["implementing"], lambda n, s: s.implementing),
    Column("plans", "Các kế hoạch đó, mỗi kế hoạch gồm: " + ", ".join(c.name for c in PLAN_COLUMNS) + ".",
           lambda n, s: [{c.name: c.value(p) for c in PLAN_COLUMNS} for p in s.sorted_plans()]),
)
MEMBER_TOP_FIELDS: tuple[tuple[str, str], ...] = (
    ("generated", "Thời điểm xây dựng cổng (ISO 8601)."),
    ("member", "Tên trang thành viên."),
    ("url", "Địa chỉ gốc của trang thành viên."),
    ("count", "Số văn bản mà kế hoạch của trang thành viên trích dẫn."),
    ("documents", "Các văn bản đó, theo thứ tự của data/portal.json; mỗi văn bản gồm: "
     + ", ".join(c.name for c in MEMBER_DOCUMENT_COLUMNS) + "."),
)
TOP_FIELDS: tuple[tuple[str, str], ...] = (
    ("generated", "Thời điểm xây dựng cổng (ISO 8601)."),
    ("site", "Tên cổng."),
    ("members", "Các trang thành viên, mỗi trang gồm: " + ", ".join(c.name for c in MEMBER_COLUMNS) + "."),
    ("count", "Số văn bản sau khi gộp."),
    ("documents", "Các văn bản được trích dẫn, gộp từ mọi trang thành viên, văn bản được trích dẫn nhiều nhất trước; "
     "mỗi văn bản gồm: " + ", ".join(c.name for c in DOCUMENT_COLUMNS) + "."),
)


def portal_files(portal: Portal, site_name: str, built_at: str) -> dict[str, bytes]:
    """data/portal.json (the members and every merged document, with counts per member) and one file per
    member with its citing plans: a single file of every plan of every document was 500 MB at 34
    provinces, more than a browser or a journalist's laptop opens (issue 22)."""
    files = {PORTAL_JSON: json_bytes({
        "generated": built_at,
        "site": site_name,
        "members": [{c.name: c.value(m) for c in MEMBER_COLUMNS} for m in portal.members],
        "count": len(portal.documents),
        "documents": [{c.name: c.value(n, portal.members) for c in DOCUMENT_COLUMNS} for n in portal.documents],
    })}
    for index, member in enumerate(portal.members):
        if member.problem is not None:
            continue
        cited = [(n, n.sites[index]) for n in portal.cited_by(index)]
        files[portal_member_json(member)] = json_bytes({
            "generated": built_at, "member": member.name, "url": member.url, "count": len(cited),
            "documents": [{c.name: c.value(n, s) for c in MEMBER_DOCUMENT_COLUMNS} for n, s in cited],
        })
    return files
