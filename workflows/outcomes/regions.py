"""Region (大区) of a Chinese city or province, for the fairness analysis only."""

from __future__ import annotations

# Provinces and municipalities by region (the usual seven-region split plus 港澳台及海外).
_PROVINCES = {
    "华北": ("北京", "天津", "河北", "山西", "内蒙古"),
    "东北": ("辽宁", "吉林", "黑龙江"),
    "华东": ("上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"),
    "华中": ("河南", "湖北", "湖南"),
    "华南": ("广东", "广西", "海南"),
    "西南": ("重庆", "四川", "贵州", "云南", "西藏"),
    "西北": ("陕西", "甘肃", "青海", "宁夏", "新疆"),
    "港澳台及海外": ("香港", "澳门", "台湾"),
}
# Large cities named without their province.
_CITIES = {
    "石家庄": "河北", "太原": "山西", "呼和浩特": "内蒙古", "沈阳": "辽宁", "大连": "辽宁",
    "长春": "吉林", "哈尔滨": "黑龙江", "南京": "江苏", "苏州": "江苏", "无锡": "江苏",
    "杭州": "浙江", "宁波": "浙江", "合肥": "安徽", "福州": "福建", "厦门": "福建",
    "南昌": "江西", "济南": "山东", "青岛": "山东", "郑州": "河南", "武汉": "湖北",
    "长沙": "湖南", "广州": "广东", "深圳": "广东", "东莞": "广东", "佛山": "广东",
    "珠海": "广东", "南宁": "广西", "海口": "海南", "成都": "四川", "贵阳": "贵州",
    "昆明": "云南", "拉萨": "西藏", "西安": "陕西", "兰州": "甘肃", "西宁": "青海",
    "银川": "宁夏", "乌鲁木齐": "新疆",
}  # fmt: skip
_BY_PROVINCE = {p: region for region, ps in _PROVINCES.items() for p in ps}


def region_of(place: str) -> str:
    """The region of a city or province name ("" when unknown)."""
    text = place.strip()
    if not text:
        return ""
    for name, province in _CITIES.items():
        if text.startswith(name):
            return _BY_PROVINCE[province]
    for province, region in _BY_PROVINCE.items():
        if text.startswith(province):
            return region
    return ""
