"""Regions for the fairness analysis: cities and provinces map to their 大区; unknown is empty."""

from __future__ import annotations

import pytest

from workflows.outcomes.demographics import age_band
from workflows.outcomes.regions import region_of


@pytest.mark.parametrize(
    ("place", "region"),
    [
        ("杭州", "华东"),
        ("深圳市南山区", "华南"),
        ("北京", "华北"),
        ("四川省绵阳市", "西南"),
        ("哈尔滨", "东北"),
        ("乌鲁木齐", "西北"),
        ("香港", "港澳台及海外"),
        ("", ""),
        ("新加坡", ""),
    ],
)
def test_region_of(place: str, region: str) -> None:
    assert region_of(place) == region


def test_age_bands_follow_the_notice() -> None:
    assert [age_band(y, 2026) for y in (1992, 1991, 1982, 1981, None)] == [
        "35岁以下",
        "35-44岁",
        "35-44岁",
        "45岁及以上",
        None,
    ]
