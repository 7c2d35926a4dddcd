"""The Chinese review page (`--lang zh draft --review`, `--lang zh trace --format html`): every
reason and review mark that `draft` wrote is shown in Chinese; a reason a person wrote by hand is
shown as written."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import Run, edit

ENGLISH = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,})+")  # two English words in a row

# our own notice forwarding a plan, in the grammar of real ones: furniture, a review section,
# targets, a congress ordinal, a count of the work, a support rule's grant, a past figure
NOTICE = """某县人民政府办公室文件
某政办发〔2025〕8号
某县人民政府办公室关于印发《某县全民健身提升行动方案（2025—2027年）》的通知
各乡镇人民政府，县直各单位：
现将《某县全民健身提升行动方案（2025—2027年）》印发给你们，请认真贯彻执行。
某县人民政府办公室
2025年3月10日
某县全民健身提升行动方案（2025—2027年）
一、工作回顾
2024年以来，全县累计建成健身步道120公里。
二、主要目标
到2027年，全县人均体育场地面积达到2.8平方米，经常参加体育锻炼人数比例达到40%以上。
新建社区健身中心10个，体育产业总规模年均增长10%。
深入学习贯彻党的二十届三中全会精神，重点做好以下5个方面工作。
三、保障措施
对新建的健身中心，给予最高20万元一次性奖励。
全县体育彩票销售额较上年增长8%。
"""


class Said(HTMLParser):
    """What a page says of its clauses and entries: each clause's title, each excluded clause's
    reason (small.why), each review mark (li) and each entry's review cell."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[str] = []
        self.why: list[str] = []
        self.marks: list[str] = []
        self.cells: list[str] = []
        self.kinds: list[str] = []
        self._in: str | None = None
        self._tds = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "span" and (found.get("class") or "").startswith("c "):
            self.titles.append(found.get("title") or "")
        elif tag == "small":
            self._in, self.why = "why", [*self.why, ""]
        elif tag == "li":
            self._in, self.marks = "li", [*self.marks, ""]
        elif tag == "tr":
            self._tds = 0
        elif tag == "td":
            self._tds += 1
            if self._tds == 2:  # the kind column
                self._in, self.kinds = "kind", [*self.kinds, ""]
            if self._tds == 5:  # the review column
                self._in, self.cells = "td", [*self.cells, ""]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("small", "li", "td"):
            self._in = None

    def handle_data(self, data: str) -> None:
        target = {"why": self.why, "li": self.marks, "td": self.cells, "kind": self.kinds}.get(self._in or "")
        if target is not None:
            target[-1] += data


def _said(page: str) -> Said:
    said = Said()
    said.feed(page)
    return said


def test_the_chinese_page_shows_every_reason_and_mark_in_chinese(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    result = run("--lang", "zh", "draft", "notice.txt", "--id", "fit", "--review", "r.html")
    assert result.exit_code == 0, result.stderr
    said = _said((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert len(said.why) >= 8 and said.marks  # reasons and marks were written
    english = [t for t in [*said.titles, *said.why, *said.marks, *said.cells] if ENGLISH.search(t)]
    assert english == []
    assert "公文格式要素：成文日期" in said.titles
    assert set(said.kinds) == {"数量", "增长"}  # each entry's kind too
    assert any("背景信息" in w or "以往成绩" in w for w in said.why)
    # Chinese punctuation after Chinese words: the heading, the counts and each review mark
    shown = re.sub(r"<[^>]+>", "", (tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "起草结果核对：" in shown and "数值目标：" in shown
    assert re.findall(r"[\u4e00-\u9fff）]: ", shown) == []
    plan = (tmp_path / "plans" / "fit.yaml").read_text(encoding="utf-8")
    assert "document furniture: 成文日期 (date of signing)" in plan  # the plan keeps what draft wrote


def test_the_english_page_is_unchanged(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    assert run("draft", "notice.txt", "--id", "fit", "--review", "r.html").exit_code == 0
    said = _said((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert "document furniture: 成文日期 (date of signing)" in said.titles
    assert set(said.kinds) == {"quantity", "growth"}


def test_a_reason_written_by_hand_is_shown_as_written(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    assert run("draft", "notice.txt", "--id", "fit").exit_code == 0
    plan = tmp_path / "plans" / "fit.yaml"
    edit(
        plan,
        'reason: "document furniture: 成文日期 (date of signing)"',
        'reason: "signed by the office, checked by hand"',
    )
    page = run("--plans", "plans", "--lang", "zh", "trace", "--format", "html")
    assert page.exit_code == 0, page.stderr
    said = _said(page.stdout)
    assert "signed by the office, checked by hand" in said.titles
    assert "公文格式要素：发文字号" in said.titles  # what draft wrote is still in Chinese
    text = run("--plans", "plans", "--lang", "zh", "trace")
    assert "signed by the office, checked by hand" in text.stdout and "公文格式要素：发文字号" in text.stdout
