"""A sixth table of numbers that are not targets, beside benefit_terms.RULES: the amount a grant pays
each beneficiary, read by the shape of the sentence rather than by the document's title, so a plan
that lays down a grant is read as a book of support rules is (screening's grant-amount):

- a schedule of amounts, one for each class, in the clause after whom it serves (对…的X，分别给予A、B、C),
  and any second schedule in the same grant (和N平方米…住房补贴): what a class is paid, never a total;
- a band (给予N-M万元, N—M元/人): the range a grant is sized in, whatever the dash;
- a grant paid once (一次性奖补N万元): paid to each who qualifies.

A fund the plan commits to as a whole (安排, 设立…资金) stays a target. Each rule is a
screening.Screen (name, pattern, reason, a sentence of our own it must match:
tests/domain/test_drafting_grant_terms.py). `screen` applies the table to a clause. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from targetctl.domain.drafting import grammar, screening
from targetctl.domain.drafting.grammar import T
from targetctl.domain.drafting.screening import Screen
from targetctl.domain.drafting.screening import screen_rule as _rule

_NUM = screening.DECIMAL
_DASH = r"[-－‐—–~～至]"
# an amount of money, single or a band; a list's last amount carries 元 for all (15万、25万元)
_ITEM = rf"{_NUM}(?:{_DASH}\d+(?:\.\d+)?)?[万亿]?元?"
_AMOUNT = rf"{_NUM}(?:{_DASH}\d+(?:\.\d+)?)?[万亿]?元"
_FUND = screening.FUND
# a total the plan pays out over its year (力争全年给予补贴5-8亿元) is what it commits to, as a fund is,
# unless the clause names whom each grant goes to (年内对首次入选的企业给予一次性奖励30万元)
_PAID_OUT = rf"{_FUND}|累计|共计|合计|总计|^(?![^，。；]*对)[^，。；]*?(?:全年|年内|今年|力争|确保)"
_GRANT = screening.GRANTS

RULES: tuple[Screen, ...] = (
    _rule(
        "grant-schedule",
        # the grant half of 对…的X，分别给予: the clause opens with it, or with the body that pays (省级);
        # a clause led by the classes (博士、硕士分别给予…) reads as what the plan commits to pay
        # or with 对 and the classes it serves (对…的企业分别给予)
        rf"(?:^|[，,])(?:[^，。；,\d]{{0,4}}?|对[^，。；\d]{{2,40}}?)分别(?:按[^，。；\d]{{0,16}}?)?给予[^，。；\d]{{0,12}}?"
        rf"(?P<mask>(?:{_ITEM}[、和或])+{_AMOUNT}"
        # a second schedule in the same grant (和N平方米、M平方米住房补贴), never a lone count after it
        # (…奖励并推动新增企业30家享受补贴: a target of its own)
        rf"(?:[^，。；\d]{{0,12}}?[和及](?:{_NUM}[^，。；\d、和或]{{0,6}}[、和或])+{_NUM}[^，。；\d]{{0,12}}?(?:{_GRANT}))?)",
        "a schedule of grants, one amount for each class (分别给予A、B万元): a support rule's term, not a target",
        "对新评定的星级企业，区级分别给予三星、二星、一星企业20万元、10万元、5万元奖励",
        hint="别",
        unless=_FUND,
    ),
    _rule(
        "grant-band",
        rf"给予[^，。；\d]{{0,12}}?(?P<mask>{_NUM}{_DASH}\d+(?:\.\d+)?[万亿]?元(?:/[\u4e00-\u9fff]{{1,2}})?)",
        "a band a grant is sized in (给予N-M万元): a support rule's term, not a target",
        "对通过复审的孵化器，给予5-10万元奖励",
        hint="给",
        unless=_PAID_OUT,
    ),
    _rule(
        "grant-alone",
        # a clause that is only the grant (…的企业，给予N万元资金支持): paid to each of the class before it
        # (a cap, 给予最高N万元, after a count the plan selects may be what it commits: left to the reader);
        # only where the sentence names the class (对…的企业，) or the text is a book of rules: after the
        # body that pays (市财政统筹安排，给予2亿元资金支持) it is the plan's own fund
        rf"^(?:并|再|可|均)?给予(?P<mask>{_AMOUNT})[^，。；\d]{{0,8}}$",
        "a grant alone in its clause, after the class it goes to (对…的企业，给予N万元资金支持): a rule's term",
        "给予80万元资金支持",
        hint="给",
        unless=_PAID_OUT,
        book=True,
    ),
    _rule(
        "grant-once",
        # the grant's money (一次性奖补资金N万元) is a total paid out, not what each one is paid
        rf"一次性(?:{_GRANT})(?:(?!资金|经费)[^，。；\d]){{0,4}}?(?P<mask>(?:{_ITEM}[、和或])*{_AMOUNT})",
        "a grant paid once to each who qualifies (一次性奖补N万元): a support rule's term, not a target",
        "对首次入选的企业给予一次性奖励30万元",
        hint="性",
        unless=_PAID_OUT,
    ),
)


def screen(clause: str, numbers: Sequence[T], book: bool = False) -> tuple[list[T], grammar.Rule | None]:
    """screening.screen_table of this table."""
    return screening.screen_table(RULES, clause, numbers, book)


__all__ = ["RULES", "screen"]
