"""The dates a copying site records beside a document: the signing date its record gives
(成文日期：2022-04-18) and the day it posted the page (发布时间：…, a date alone on its line). Pure."""

from __future__ import annotations

import datetime as dt
import re

from targetctl.domain.drafting.periods import signing_date

SITE_DATE = re.compile(r"^\d{4}[\-./]\d{1,2}[\-./]\d{1,2}$")
SITE_TIME = re.compile(r"^\d{4}[年\-./]\d{1,2}[月\-./]\d{1,2}日?\d{1,2}[时:]\d{1,2}分?(?::\d{1,2})?$")
POSTED = re.compile(r"^[【\[]?(?:发布日期|发布时间|时间|日期)[】\]]?[:：]|(?:发布日期|发布时间)[:：]")
_META_SIGNED = re.compile(r"^[【\[]?(?:成文日期|发文日期|公布日期)[】\]]?[:：]?(?P<date>.*)$")
# the same field inside a byline (索引号:… 成文日期:2019-05-06 发布日期:…), whose spaces may be gone:
# its date is the one right after it, never the posting date further on
_SIGNED_FIELD = re.compile(r"(?:成文日期|发文日期)[:：]\s*(?P<date>\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|[^:：]{4,16}?日)")
_NUMERIC_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)[年\-./](?P<m>\d{1,2})[月\-./](?P<d>\d{1,2})")


def recorded(line: str) -> dt.date | None:
    """The signing date a site's record gives (成文日期：2022-04-18, 【公布日期】2020.01.17)."""
    m = _META_SIGNED.match(line) or _SIGNED_FIELD.search(line)
    if not m:
        return None
    written = signing_date(m["date"])
    if written is not None:
        return written
    n = _NUMERIC_DATE.search(m["date"])
    try:
        return dt.date(int(n["y"]), int(n["m"]), int(n["d"])) if n else None
    except ValueError:
        return None


def posted(line: str) -> dt.date | None:
    """The day a site posted the page: a date alone on its line, or in its 发布日期/时间 line."""
    posted = POSTED.search(line)
    if not (SITE_DATE.match(line) or SITE_TIME.match(line) or posted):
        return None
    n = _NUMERIC_DATE.search(line, posted.end() if posted else 0)
    try:
        return dt.date(int(n["y"]), int(n["m"]), int(n["d"])) if n else None
    except ValueError:
        return None
