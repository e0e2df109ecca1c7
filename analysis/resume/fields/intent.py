"""Job intention: expected position, expected salary and expected cities."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.resume.fields.entities import clamp, within
from analysis.resume.fields.labels import LabelHit
from analysis.resume.fields.salary import parse_salary
from analysis.resume.fields.text import Line
from analysis.resume.fields.work import TITLE
from analysis.resume.types import EntityLike, FieldSource, FieldValue, SalaryRange

CITIES = frozenset(
    (
         "北京", "上海", "广州", "深圳", "天津", "重庆", "杭州", "南京", "苏州", "武汉", "成都",
         "西安", "长沙", "郑州", "青岛", "济南", "宁波", "厦门", "福州", "合肥", "无锡", "东莞",
         "佛山", "珠海", "中山", "惠州", "大连", "沈阳", "长春", "哈尔滨", "石家庄", "太原",
         "呼和浩特", "南昌", "南宁", "昆明", "贵阳", "海口", "三亚", "兰州", "西宁", "银川",
         "乌鲁木齐", "拉萨", "常州", "南通", "徐州", "扬州", "温州", "嘉兴", "绍兴", "金华",
         "台州", "烟台", "潍坊", "泉州", "漳州", "芜湖", "洛阳", "宜昌", "襄阳", "株洲", "湘潭",
         "岳阳", "绵阳", "柳州", "桂林", "保定", "唐山", "廊坊", "秦皇岛", "香港", "澳门",
         "台北", "雄安", "昆山", "义乌", "江门", "汕头", "湛江", "肇庆", "镇江", "泰州", "盐城",
         "淮安", "连云港", "湖州", "舟山", "丽水", "衢州",
    )
)  # fmt: skip
CITIES_EN = {
    "beijing": "北京", "shanghai": "上海", "guangzhou": "广州", "shenzhen": "深圳",
    "hangzhou": "杭州", "nanjing": "南京", "suzhou": "苏州", "wuhan": "武汉", "chengdu": "成都",
    "xi'an": "西安", "xian": "西安", "tianjin": "天津", "chongqing": "重庆", "hong kong": "香港",
    "remote": "远程",
}  # fmt: skip
_CITY_SPLIT = re.compile(r"[/、,，;；|]+|或|及|和")


def find_position(
    lines: list[Line], hits: list[LabelHit], intent_lines: list[Line]
) -> FieldValue[str] | None:
    """期望职位 / 求职意向 value; else a job title in the intention section."""
    for hit in hits:
        if hit.key == "position":
            value = re.split(r"[,，;；]", hit.value)[0].strip()
            if 2 <= len(value) <= 40:
                return FieldValue(value, 0.92, FieldSource.RULE)
    for line in intent_lines:
        if ":" in line.text:
            continue
        match = TITLE.search(line.text)
        if match and len(match.group(0)) >= 3:
            return FieldValue(match.group(0), 0.6, FieldSource.RULE)
    return None


def find_salary(hits: list[LabelHit]) -> FieldValue[SalaryRange] | None:
    """期望薪资 value parsed to a monthly CNY range."""
    for hit in hits:
        if hit.key == "salary":
            parsed = parse_salary(hit.value)
            if parsed is not None:
                return parsed
    return None


def find_cities(
    hits: list[LabelHit], entities: Sequence[EntityLike]
) -> tuple[FieldValue[str], ...]:
    """Cities named in 期望城市 / 工作地点; dictionary cities first, NER LOC as a fallback."""
    found: dict[str, FieldValue[str]] = {}
    for hit in hits:
        if hit.key != "city":
            continue
        for token in _CITY_SPLIT.split(hit.value):
            cities = [_city(token)] if _city(token) else [_city(w) for w in token.split()]
            for city in cities:
                if city and city not in found:
                    found[city] = FieldValue(city, 0.92, FieldSource.DICTIONARY)
        if not found:
            end = hit.value_start + len(hit.value)
            for entity in within(entities, "LOC", hit.value_start, end):
                name = entity.text.strip()
                found.setdefault(
                    name, FieldValue(name, clamp(entity.confidence * 0.85), FieldSource.NER)
                )
    return tuple(found.values())


def _city(token: str) -> str | None:
    token = token.strip()
    if not token:
        return None
    lowered = token.lower()
    if lowered in CITIES_EN:
        return CITIES_EN[lowered]
    name = re.sub(r"(?:市|地区)$", "", token)
    # "杭州市西湖区" -> 杭州
    for size in (4, 3, 2):
        if name[:size] in CITIES:
            return name[:size]
    return None
