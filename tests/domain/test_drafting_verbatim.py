"""A draft read from a text in other characters quotes the text's own characters (our own
sentences)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.drafting.draft import DraftExclusion
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.verbatim import in_own_characters
from targetctl.domain.sources import normalise

OWN = "某某縣2024年民生實事\n一、交通出行\n全縣新增停車位500個以上，\n建成充電樁100個。\n"
READ = "某某县2024年民生实事\n一、交通出行\n全县新增停车位500个以上，\n建成充电桩100个。\n"


def test_every_quote_and_the_title_are_given_back_in_the_texts_own_characters() -> None:
    draft = extract(READ, default_year=2024)
    assert draft.targets
    in_own_characters(draft, READ, OWN)
    assert draft.title == "某某縣2024年民生實事"
    quotes = [t.quote for t in draft.targets] + [x.quote for x in draft.excluded]
    quotes += [p.quote for p in draft.all_programmes() if p.quote]
    for quote in quotes:
        assert normalise(quote) in normalise(OWN), quote
    assert any("停車位" in t.quote for t in draft.targets)
    # names stay as read: the grammar's words
    assert any("停车位" in t.title for t in draft.targets)


def test_a_quote_over_a_line_break_keeps_its_white_space() -> None:
    draft = extract(READ, default_year=2024)
    for t in draft.targets:
        t.quote = "新增停车位500个以上，\n建成充电桩"
    in_own_characters(draft, READ, OWN)
    assert {t.quote for t in draft.targets} == {"新增停車位500個以上，\n建成充電樁"}


def test_a_quote_read_alike_in_two_places_quotes_each_place_in_its_own_characters() -> None:
    # 理髮 and 理發 (a typo) are both 理发 as read: each clause is quoted, neither left unmapped
    own = "某某縣2024年民生實事\n新建理髮店10個，新建理發店10個。\n"
    read = "某某县2024年民生实事\n新建理发店10个，新建理发店10个。\n"
    draft = extract(read, default_year=2024)
    assert [t.quote for t in draft.targets] == ["新建理发店10个"] * 2
    in_own_characters(draft, read, own)
    assert sorted(t.quote for t in draft.targets) == ["新建理發店10個", "新建理髮店10個"]


@given(st.lists(st.sampled_from(["理髮店", "理發店", "新建", "10個", "，", "。", "\n", " "]), max_size=30), st.data())
def test_every_quote_given_back_stands_in_the_text(pieces: list[str], data: st.DataObject) -> None:
    own = "".join(pieces)
    read = own.replace("髮", "发").replace("發", "发").replace("個", "个")
    plain = normalise(read)
    draft = extract("某某县民生实事\n", default_year=2024)
    quotes = []
    for _ in range(data.draw(st.integers(0, 6))):
        a = data.draw(st.integers(0, len(plain)))
        b = data.draw(st.integers(a, len(plain)))
        quotes.append(plain[a:b])
    draft.excluded = [DraftExclusion(q, "test") for q in quotes]
    in_own_characters(draft, read, own)
    for x, q in zip(draft.excluded, quotes, strict=True):
        assert normalise(x.quote) in normalise(own) and len(normalise(x.quote)) == len(q)
