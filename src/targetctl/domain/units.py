"""The vocabulary of units: an open registry of Chinese unit words with English labels and
magnitudes (万, 亿, 千). A unit is written as the plan writes it (家, 万户, 亿美元,
吨标准煤/万元); the older English keys (people, km2, 10k-yuan …) keep working. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

# The keys of the first plan files: (Chinese label, English label, base unit, scale).
KEYS: dict[str, tuple[str, str, str, int]] = {
    "people": ("人", "people", "人", 1),
    "projects": ("个", "projects", "个", 1),
    "items": ("项", "items", "项", 1),
    "parks": ("个", "parks", "个", 1),
    "enterprises": ("家", "enterprises", "家", 1),
    "percent": ("%", "%", "%", 1),
    "km2": ("平方公里", "km²", "平方公里", 1),
    "mu": ("亩", "mu", "亩", 1),
    "yuan": ("元", "yuan", "元", 1),
    "10k-yuan": ("万元", "10k yuan", "元", 10_000),
    "100m-yuan": ("亿元", "100m yuan", "元", 100_000_000),
}

# Base units people write in Chinese plans, with an English label.
BASES: dict[str, str] = {
    "人": "people",
    "名": "people",
    "位": "people",
    "人次": "person-times",
    "家次": "enterprise-times",
    "户次": "household-times",
    "车次": "vehicle trips",
    "架次": "flights",
    "艘次": "vessel trips",
    "人年": "person-years",
    "个": "units",
    "家": "enterprises",
    "户": "households",
    "件": "items",
    "项": "items",
    "座": "facilities",
    "所": "institutions",
    "处": "sites",
    "条": "lines",
    "台": "machines",
    "套": "sets",
    "辆": "vehicles",
    "艘": "vessels",
    "张": "beds",
    "床": "beds",
    "次": "times",
    "起": "incidents",  # 安全事故零发生: what the kind `zero` counts
    "例": "cases",  # 重大疫情: cases
    "批": "batches",
    "只": "units",
    "头": "head",
    "株": "plants",
    "棵": "trees",
    "篇": "articles",
    "部": "units",
    "元": "yuan",
    "美元": "US dollars",
    "欧元": "euros",
    "公里": "km",
    "千米": "km",
    "米": "m",
    "平方米": "m²",
    "平方公里": "km²",
    "公顷": "ha",
    "亩": "mu",
    "立方米": "m³",
    "吨": "tonnes",
    "千克": "kg",
    "公斤": "kg",
    "吨标准煤": "tonnes of standard coal",
    "吨标煤": "tonnes of standard coal",
    "标准煤": "standard coal",
    "千瓦": "kW",
    "千瓦时": "kWh",
    "度": "kWh",
    "兆瓦": "MW",
    "微克/立方米": "µg/m³",
    "标箱": "TEU",
    "标台": "standard buses",
    "枪": "charging connectors",  # 充电设施N万枪
    "天": "days",
    "小时": "hours",
    "年": "years",
    "岁": "years",
    "分钟": "minutes",
    "%": "%",
    "‰": "‰",
    "个百分点": "percentage points",
    "百分点": "percentage points",
    "倍": "times",
}

MAGNITUDES: dict[str, int] = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}
_MAGNITUDE_EN = {
    10**2: "hundred",
    10**3: "thousand",
    10**4: "10k",
    10**5: "100k",
    10**6: "million",
    10**7: "10 million",
    10**8: "100m",
    10**9: "billion",
    10**10: "10 billion",
    10**11: "100 billion",
    10**12: "trillion",
}


@dataclass(frozen=True)
class UnitInfo:
    """What a unit name means: labels, the base unit it counts and how many of them one is."""

    name: str
    zh: str
    en: str
    base: str
    scale: Decimal
    known: bool = True


def _part(word: str) -> tuple[str, str, Decimal] | None:
    """One side of a compound unit: (base, English label, scale), or None if unknown."""
    if word in BASES:
        return word, BASES[word], Decimal(1)
    for prefix, scale in MAGNITUDES.items():
        if word.startswith(prefix) and word[len(prefix) :] in BASES:
            base = word[len(prefix) :]
            size = _MAGNITUDE_EN.get(scale, f"{scale:,}")
            return base, f"{size} {BASES[base]}", Decimal(scale)
    return None


def describe(unit: str, declared: Mapping[str, object] | None = None) -> UnitInfo:
    """The registry's view of `unit`; a plan's own declarations (with .zh and .en) come first."""
    if declared and unit in declared:
        decl = declared[unit]
        zh = str(getattr(decl, "zh", None) or unit)
        return UnitInfo(unit, zh, str(getattr(decl, "en", None) or zh), unit, Decimal(1))
    if unit in KEYS:
        zh, en, base, size = KEYS[unit]
        return UnitInfo(unit, zh, en, base, Decimal(size))
    parts = [_part(unit)] if unit in BASES else [_part(w) for w in unit.split("/")] if unit.count("/") <= 1 else [None]
    if all(p is not None for p in parts):
        found = [p for p in parts if p is not None]
        if len(found) == 1:
            base, en, scale = found[0]
            return UnitInfo(unit, unit, en, base, scale)
        (nb, ne, ns), (db, de, ds) = found
        return UnitInfo(unit, unit, f"{ne}/{de}", f"{nb}/{db}", ns / ds)
    return UnitInfo(unit, unit, unit, unit, Decimal(1), known=False)


# the registry's English counts said of one ("1 incident"); a plan's own labels are kept as written
SINGULAR = {
    "people": "person",
    "person-times": "person-time",
    "person-years": "person-year",
    "units": "unit",
    "enterprises": "enterprise",
    "households": "household",
    "items": "item",
    "facilities": "facility",
    "institutions": "institution",
    "sites": "site",
    "lines": "line",
    "machines": "machine",
    "sets": "set",
    "vehicles": "vehicle",
    "vessels": "vessel",
    "beds": "bed",
    "times": "time",
    "incidents": "incident",
    "cases": "case",
    "batches": "batch",
    "plants": "plant",
    "trees": "tree",
    "articles": "article",
    "days": "day",
    "tonnes": "tonne",
    "US dollars": "US dollar",
    "euros": "euro",
}


def unit_label(unit: str, lang: str = "en", declared: Mapping[str, object] | None = None, one: bool = False) -> str:
    """The unit's label in `lang`; in English, said of one (`one`) where the registry gave it."""
    info = describe(unit, declared)
    if lang == "zh":
        return info.zh
    mine = bool(declared) and unit in (declared or {})
    return SINGULAR.get(info.en, info.en) if one and not mine else info.en


def same_base(written: str, unit: str, declared: Mapping[str, object] | None = None) -> Decimal | None:
    """How many of `unit` one `written` unit is (万户 in 户 → 10000), or None if they measure
    different things. An empty `written` is the target's own unit."""
    if not written:
        return Decimal(1)
    target = describe(unit, declared)
    for candidate in (written, written.lower()):
        info = describe(candidate)
        if info.known and _same(info.base, target.base):
            return info.scale / target.scale
    low = written.lower()
    labels = {target.name.lower(), target.zh, target.en.lower(), target.en.lower().rstrip("s")}
    return Decimal(1) if low in labels or low.rstrip("s") in labels else None


def _same(a: str, b: str) -> bool:
    people = {"人", "名", "位"}
    return a == b or (a in people and b in people) or {a, b} <= {"千米", "公里"}
