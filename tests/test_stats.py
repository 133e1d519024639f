"""The statistics page: charts drawn at build time as inline SVG, with text alternatives."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from site_builder.render.stats_page import bar_chart


def test_bar_chart_is_valid_svg_with_escaped_labels():
    svg = bar_chart("x", "Tiêu đề <b>", [("Ủy ban <script>", 3), ("Khác & nữa", 1)], "Mô tả")
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "x-title x-desc"
    labels = [t.text for t in root.iter() if t.tag in ("text", f"{ns}text")]
    assert "Ủy ban <script>" in labels and "3" in labels  # text, not markup
    widths = [float(r.get("width").rstrip("%")) for r in root.iter() if r.tag in ("rect", f"{ns}rect")]
    assert widths[0] > widths[1] > 0


def test_stats_page_on_the_seed_site(seed_site):
    html = (seed_site / "thong-ke" / "index.html").read_text(encoding="utf-8")
    charts = re.findall(r'<svg class="sb-chart".*?</svg>', html, re.S)
    assert len(charts) == 4
    for chart in charts:
        assert "<title id=" in chart and "<desc id=" in chart  # text alternative for screen readers
    assert "<script" not in "".join(charts)
    # The numbers behind the first chart, as a table: five plans in all.
    first = html.split("Bảng số liệu", 1)[1].split("</table>", 1)[0]
    assert sum(int(n) for n in re.findall(r"<tr><td>[^<]*</td><td>(\d+)</td></tr>", first)) == 5
    assert "Thống kê" in (seed_site / "index.html").read_text(encoding="utf-8")  # in the navigation
