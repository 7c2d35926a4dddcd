"""A draft read from a text in other characters quotes the text's own characters (our own
sentences)."""

from __future__ import annotations

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
