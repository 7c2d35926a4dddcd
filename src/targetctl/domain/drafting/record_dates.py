"""The dates a copying site records beside a document: the signing date its record gives
(成文日期：2022-04-18) and the day it posted the page (发布时间：…, a date alone on its line). Pure."""

from __future__ import annotations

import datetime as dt
import re

from targetctl.domain.drafting.periods import signing_date

# a site's date of posting on a line of its own: 2022-03-13
SITE_DATE = re.compile(r"^\d{4}[\-./]\d{1,2}[\-./]\d{1,2}$")
SITE_TIME = re.compile(r"^\d{4}[年\-./]\d{1,2}[月\-./]\d{1,2}日?\d{1,2}[时:]\d{1,2}分?(?::\d{1,2})?$")
# first on its line, or a field inside a byline (作者:… 发布时间:… 来源:…), whose spaces are gone
POSTED = re.compile(r"^[【\[]?(?:发布日期|发布时间|时间|日期)[】\]]?[:：]|(?:发布日期|发布时间)[:：]")
_META_SIGNED = re.compile(r"^[【\[]?(?:成文日期|发文日期|公布日期)[】\]]?[:：]?(?P<date>.*)$")
# the same field inside a byline (索引号:… 成文日期:2019-05-06 发布日期:…), whose spaces may be gone:
# its date is the one right after it, never the posting date further on
_SIGNED_FIELD = re.compile(r"(?:成文日期|发文日期)[:：]\s*(?P<date>\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|[^:：]{4,16}?日)")
_NUMERIC_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)[年\-./](?P<m>\d{1,2})[月\-./](?P<d>\d{1,2})")


def stamped(line: str) -> bool:
    """Whether `line` is a site's date of posting alone (2022-03-13, 2022-03-13 09:30)."""
    return SITE_DATE.match(line) is not None or SITE_TIME.match(line) is not None


def recorded(line: str) -> dt.date | None:
    """The signing date a site's record gives (成文日期：2022-04-18, 【公布日期】2020.01.17)."""
    m = _META_SIGNED.match(line) or _SIGNED_FIELD.search(line)
    if not m:
        return None
    written = signing_date(m["date"])
    if written is not None:
        return written
    return _numeric_date(m["date"])


def posted(line: str) -> dt.date | None:
    """The day a site posted the page: a date alone on its line, or in its 发布日期/时间 line."""
    field = POSTED.search(line)
    if not (stamped(line) or field):
        return None
    return _numeric_date(line, field.end() if field else 0)


def _numeric_date(text: str, start: int = 0) -> dt.date | None:
    """The first date written in digits in `text` from `start` (2022-04-18, 2020年1月17日), if a real one."""
    n = _NUMERIC_DATE.search(text, start)
    try:
        return dt.date(int(n["y"]), int(n["m"]), int(n["d"])) if n else None
    except ValueError:
        return None
