"""Read a content file: decode it, split the YAML front-matter from the body, keep line numbers.

Nothing here knows what the fields mean (that is `validate`); this module only turns bytes into
plain Python values and remembers where each key was written, so every later message can name
the file and line an official has to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..model.diagnostics import Diagnostics
from ..model.text import nfc

FENCE = "---"
FENCE_END = ("---", "...")


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text: `2025-02-30` must become our message, not a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml reads front-matter several times faster (the largest part of checking 10,000 plans); the
# same resolvers, so the same nodes. Its error messages are worded otherwise: a file it refuses is
# read again by the pure-Python loader, whose messages are the ones translated below.
_FastLoader: type = _Loader
if getattr(yaml, "__with_libyaml__", False):
    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        pass

    _FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


@dataclass
class RawDocument:
    """A content file as written: front-matter values, their lines, and the body."""

    path: str  # as shown in messages (relative to the working directory when possible)
    rel: str  # POSIX path relative to the content root, e.g. "ke-hoach/2025/x.md"
    meta: dict[str, Any]
    lines: dict[str, int]  # "locality.province" -> 1-based line of that key or item
    body: str
    body_line: int  # 1-based line where the body starts
    source: str  # the whole normalised file (NFC, LF) as MkDocs should see it
    has_front_matter: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    # "tasks.0.id" -> "1.10": plain scalars YAML read as something else than text (numbers, yes/no),
    # as written, so a message can say `id: "1.10"` rather than the float 1.1 YAML made of it.
    written: dict[str, str] = field(default_factory=dict)

    def line_of(self, dotted: str) -> int:
        """Line of a key; falls back to its parent key, then to the front-matter's first line."""
        while dotted:
            if dotted in self.lines:
                return self.lines[dotted]
            dotted = dotted.rpartition(".")[0]
        return 1


def decode(data: bytes, path: str, diags: Diagnostics) -> str | None:
    """Bytes → normalised text (UTF-8, BOM removed, LF line ends, NFC), or None after an error."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        diags.error(
            path,
            line,
            "",
            f"tệp không phải mã UTF-8 (byte 0x{data[exc.start]:02X} không hợp lệ). "
            "Hãy mở tệp và lưu lại với mã hoá UTF-8 (ví dụ trong Notepad: Lưu thành… → Mã hoá: UTF-8).",
        )
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        diags.error(path, line, "", "tệp chứa ký tự rỗng (NUL): đây có vẻ là tệp nhị phân, không phải văn bản.")
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text and not text.endswith("\n"):
        # MkDocs only sees a closing "---" as such when a newline follows it.
        text += "\n"
    return nfc(text)


def split(text: str) -> tuple[str | None, int, str, int]:
    """(front-matter text or None, its first line, body, body's first line).

    Returns front-matter None when the file does not start with a fence, and raises
    `_Unclosed` when it opens one without closing it.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        return None, 0, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip() in FENCE_END:
            return "\n".join(lines[1:i]), 2, "\n".join(lines[i + 1 :]), i + 2
    raise _Unclosed()


class _Unclosed(Exception):
    pass


def parse_yaml(fm_text: str, first_line: int, path: str, diags: Diagnostics, top: str = "mapping",
               written: dict[str, str] | None = None):
    """YAML text → (values, lines) or None after an error; duplicate keys are errors.

    `top` is the shape the document must have: a "mapping" (front-matter) or a "list" (data files).
    `written`, when given, receives the text of every plain scalar that YAML did not read as text
    (see `RawDocument.written`).
    """
    problem = _scan_problem(fm_text)
    if problem is not None:
        diags.error(path, first_line + problem[0], "", problem[1])
        return None
    try:
        try:
            node = yaml.compose(fm_text, Loader=_FastLoader)
        except yaml.YAMLError:
            node = yaml.compose(fm_text, Loader=_Loader)  # raises again, in the words we translate
    except yaml.MarkedYAMLError as exc:
        unclosed = _unclosed_quote_line(fm_text)
        if unclosed is not None:
            # YAML only notices a missing closing quote lines later; point at where it opened.
            diags.error(path, first_line + unclosed, "", "front-matter không đúng cú pháp YAML: chuỗi mở ngoặc kép nhưng không đóng trên cùng dòng.")
            return None
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        diags.error(path, line, "", f"front-matter không đúng cú pháp YAML: {_yaml_problem(exc, fm_text)}")
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML parse error is marked
        diags.error(path, first_line, "", f"front-matter không đúng cú pháp YAML: {exc}")
        return None
    if node is None:
        return ({}, {}) if top == "mapping" else ([], {})
    if top == "list" and not isinstance(node, yaml.SequenceNode):
        diags.error(path, first_line + node.start_mark.line, "", "tệp phải là một danh sách, mỗi mục bắt đầu bằng «- ».")
        return None
    if top == "mapping" and not isinstance(node, yaml.MappingNode):
        diags.error(
            path,
            first_line + node.start_mark.line,
            "",
            "front-matter phải là danh sách các cặp «tên trường: giá trị» (ví dụ «title: \"…\"»).",
        )
        return None
    lines: dict[str, int] = {}
    ok = [True]
    value = _convert(node, "", first_line, lines, path, diags, ok, _Loader(""), {} if written is None else written)
    return (value, lines) if ok[0] else None


# Front-matter needs a few levels (tasks → a task → its updates → an update); PyYAML composes and we
# convert nested values recursively, so hundreds of "[" would end in a RecursionError.
MAX_DEPTH = 20
_OPENS = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
_CLOSES = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _scan_problem(fm_text: str) -> tuple[int, str] | None:
    """(0-based line, message) of the first alias or of nesting deeper than MAX_DEPTH, found by the
    scanner, which neither expands nor recurses."""
    depth = 0
    try:
        for token in yaml.scan(fm_text, Loader=_FastLoader):
            if isinstance(token, yaml.AliasToken):
                # Aliases are never needed in front-matter, and nested ones expand exponentially.
                return token.start_mark.line, "front-matter không được dùng bí danh YAML («*tên»); hãy ghi thẳng giá trị."
            depth += isinstance(token, _OPENS) - isinstance(token, _CLOSES)
            if depth > MAX_DEPTH:
                return token.start_mark.line, (f"front-matter lồng nhau quá {MAX_DEPTH} cấp (danh sách trong danh sách …); "
                                               "hãy viết lại trường này cho đơn giản.")
    except yaml.YAMLError:
        return None  # the parser reports the syntax error with its own line
    return None


def _unclosed_quote_line(fm_text: str) -> int | None:
    """0-based line whose double-quoted value never closes, if any."""
    for number, line in enumerate(fm_text.split("\n")):
        _, sep, value = line.partition(": ")
        value = (value if sep else line.lstrip().removeprefix("- ")).strip()
        if value.startswith('"') and (value.replace('\\"', "").count('"') % 2 == 1):
            return number
    return None


def _yaml_problem(exc: yaml.MarkedYAMLError, fm_text: str) -> str:
    problem = (exc.problem or "").strip()
    mark = exc.problem_mark
    if mark is not None:
        bad_line = fm_text.split("\n")[mark.line] if mark.line < fm_text.count("\n") + 1 else ""
        if "\t" in bad_line[: mark.column + 1] or "found character '\\t'" in problem:
            return "có ký tự Tab; YAML chỉ cho phép thụt lề bằng dấu cách."
    translations = {
        "mapping values are not allowed here": "dấu hai chấm đặt sai chỗ; nếu giá trị có dấu «:», hãy đặt nó trong ngoặc kép.",
        "could not find expected ':'": "thiếu dấu «:» sau tên trường.",
        "found unexpected end of stream": "chuỗi trong ngoặc kép chưa được đóng.",
        "expected <block end>, but found": "thụt lề không thống nhất.",
        "found character that cannot start any token": "có ký tự không được phép ở đầu giá trị; hãy đặt giá trị trong ngoặc kép.",
        "found undefined alias": "dùng bí danh (*) chưa được định nghĩa.",
        "while scanning a quoted scalar": "chuỗi trong ngoặc kép chưa được đóng.",
    }
    for english, vietnamese in translations.items():
        if problem.startswith(english) or (exc.context or "").startswith(english):
            return vietnamese
    return f"không đọc được ({problem or exc.context})."


def _convert(node, dotted: str, first_line: int, lines, path, diags, ok, loader, written, shown: str = ""):
    """`dotted` keys the line map («tasks.0»); `shown` is the same path as messages give it, a list's items
    counted from 1 as people count («tasks.1»)."""
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = first_line + key_node.start_mark.line
            if not isinstance(key_node, yaml.ScalarNode):
                diags.error(path, line, shown, "tên trường phải là một chữ đơn, không phải danh sách hay nhóm.")
                ok[0] = False
                continue
            key = str(key_node.value)
            if (problem := unwritable(key)) is not None:
                diags.error(path, line, shown, f"tên trường {problem}")
                ok[0] = False
                continue
            name = f"{dotted}.{key}" if dotted else key
            shown_name = f"{shown}.{key}" if shown else key
            if key in result:
                diags.error(
                    path,
                    line,
                    shown_name,
                    f"trường bị khai báo hai lần (lần đầu ở dòng {lines[name]}); hãy xoá một dòng.",
                )
                ok[0] = False
                continue
            lines[name] = line
            result[key] = _convert(value_node, name, first_line, lines, path, diags, ok, loader, written, shown_name)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            name = f"{dotted}.{i}" if dotted else str(i)  # a data file's items: "0", "0.symbol"
            shown_name = f"{shown}.{i + 1}" if shown else str(i + 1)
            lines[name] = first_line + item.start_mark.line
            items.append(_convert(item, name, first_line, lines, path, diags, ok, loader, written, shown_name))
        return items
    if (problem := unwritable(node.value)) is not None:  # a "\x1b" or "\ud800" escape in quotes
        diags.error(path, first_line + node.start_mark.line, shown, f"giá trị {problem}")
        ok[0] = False
        return None
    if not node.style and node.tag != "tag:yaml.org,2002:str":  # plain: None in PyYAML, "" in libyaml
        written[dotted] = node.value
    try:
        return loader.construct_object(node)
    except (yaml.YAMLError, ValueError) as exc:
        diags.error(path, first_line + node.start_mark.line, shown, f"giá trị không đọc được: {exc}")
        ok[0] = False
        return None


# What no page, feed or calendar should carry, and what an official cannot see in an editor: control
# characters besides tab and line feed (pasted text has some), the line separators YAML counts as
# line breaks (so every later line number would be off), the controls that reverse the direction of
# text (a title could read other than it is), and half of a UTF-16 pair (no encoding can write it).
# They are errors rather than removed: the site must show what the file holds, which is what the
# repository and the published checksums vouch for.
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def unwritable(text: str) -> str | None:
    """"có ký tự …" saying which unwritable character `text` holds, or None."""
    found = _UNWRITABLE.search(text)
    if found is None:
        return None
    char = found[0]
    kind = ("nửa cặp UTF-16, không phải một ký tự" if "\ud800" <= char <= "\udfff" else
            "đổi hướng chữ" if "\u202a" <= char <= "\u2069" else "điều khiển, không hiện được")
    return f"có ký tự {kind} (U+{ord(char):04X}, «\\u{ord(char):04x}»); hãy xoá ký tự này."


def without_unwritable(text: str) -> str:
    """`text` without unwritable characters: for what cannot be fixed any more (git history), where
    an error would stop every build to come."""
    return _UNWRITABLE.sub("", text)


def unwritable_lines(text: str, path: str, diags: Diagnostics, limit: int = 10) -> bool:
    """Report the first `limit` lines of `text` that hold an unwritable character; True if any does."""
    if _UNWRITABLE.search(text) is None:
        return False
    found = [(number, problem) for number, line in enumerate(text.split("\n"), 1) if (problem := unwritable(line))]
    for number, problem in found[:limit]:
        diags.error(path, number, "", f"dòng này {problem}")
    return True


# The largest text file the site takes. The seed plans are 10-19 KB and a plan with its annexes a few
# hundred KB; at 1 MB checking and building one plan still take seconds. Larger text is not a plan
# typed by an official (a pasted database, a generated list), and belongs in an attachment.
MAX_FILE_BYTES = 1 << 20


def too_large(size: int, path: str, diags: Diagnostics) -> bool:
    if size <= MAX_FILE_BYTES:
        return False
    diags.error(path, 0, "", f"tệp lớn hơn {MAX_FILE_BYTES >> 20} MB, mức tối đa của một văn bản; phụ lục dài (danh "
                "sách, bảng số liệu) hãy đính kèm dạng PDF hoặc bảng tính (attachments).")
    return True


def read_text_file(path: Path, shown: str, diags: Diagnostics) -> bytes | None:
    """The bytes of a content file no larger than MAX_FILE_BYTES, or None after a message."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        diags.error(shown, 0, "", f"không đọc được tệp: {exc.strerror or exc}.")
        return None
    return None if too_large(len(data), shown, diags) else data


def load(path: Path, rel: str, shown: str, diags: Diagnostics) -> RawDocument | None:
    """Read one content file; every problem goes to `diags`, and None means it cannot be used."""
    data = read_text_file(path, shown, diags)
    if data is None:
        return None
    text = decode(data, shown, diags)
    if text is None or unwritable_lines(text, shown, diags):
        return None
    try:
        fm_text, fm_line, body, body_line = split(text)
    except _Unclosed:
        diags.error(
            shown,
            1,
            "",
            "front-matter mở bằng «---» ở dòng 1 nhưng không có dòng «---» đóng lại.",
        )
        return None
    if fm_text is None:
        return RawDocument(shown, rel, {}, {}, body, body_line, text, has_front_matter=False)
    written: dict[str, str] = {}
    parsed = parse_yaml(fm_text, fm_line, shown, diags, written=written)
    if parsed is None:
        return None
    meta, lines = parsed
    return RawDocument(shown, rel, meta, lines, body, body_line, text, written=written)
