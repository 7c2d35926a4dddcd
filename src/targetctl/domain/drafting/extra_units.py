"""Units the extractor reads beside quantities' own list: measure words of things plans count,
electric power and energy, and units written in Latin letters. A unit read here is declared in the
drafted plan where the registry (domain/units.py) lacks it. Pure data."""

from __future__ import annotations

EXTRA_UNITS: list[str] = [
    "吉瓦",
    "兆瓦时",
    "万千瓦时",
    "标方",
    "幢",
    "眼",
    "孔",
    "羽",
    "尾",
    "亩次",
    "例",  # cases: 免费手术2000例
    "枪",  # charging connectors: 累计建成充电设施25万枪
    "组",  # sets of lamps, batteries, units: 安装路灯6000组 (grammar.NOUN_AFTER_MEASURE: never 组织)
    "架次",
    "批次",  # lots checked or certified: 赋码出证60万批次
    "毫秒",  # a network's delay: 时延10毫秒以内
    "担",  # 50 kg, as tobacco and tea are bought: 收购烟叶12万担 (grammar.NOUN_AFTER_MEASURE: never 担保)
    "周",  # weeks a procedure takes: 压缩至3周以内 (grammar.NOUN_AFTER_MEASURE: never 周边, 周期, 周年)
    "千升",  # liquor and milk by volume: 年产白酒25万千升
    "剂次",  # doses given: 接种疫苗10万剂次
    "剂",  # doses: 推广冻精20万剂
    "枚",  # embryos, eggs, medals: 胚胎移植1000枚
    "羊单位",  # livestock counted in sheep units: 450万羊单位
    "微克",  # a concentration: 每立方米36微克
    "班次",
    "车次",
    "航次",
    # measure words of products, courses, plots, lines and wells
    "款",
    "门",
    "幅",
    "轮",
    "块",
    "口",
    "份",
    "万标方",
    "分/千瓦时",  # a price cut in cents a kilowatt-hour (工业平均电价再降0.1分/千瓦时)
    # electric power: a substation's or a grid link's apparent power, energy stored (not 千伏: a
    # voltage names a class of line or substation, 750千伏…输变电工程)
    "千伏安",
    "兆伏安",
    "吉瓦时",
    "太瓦时",
    # units written in Latin letters
    "GW",
    "MW",
    "kW",
    "kWh",
    "MWh",
    "GWh",
    "TEU",
    "km",
    "Mbps",
    "Gbps",
]


__all__ = ["EXTRA_UNITS"]
