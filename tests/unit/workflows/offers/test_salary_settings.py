"""The offers settings section: env parsing, validation, and thresholds reaching the suggestion."""

from __future__ import annotations

import pytest

from settings import SettingsError, load_settings
from workflows.offers.salary import bands_from, suggest_salary
from workflows.offers.service import thresholds


def test_default_bands_come_from_the_environment_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_OFFERS_SALARY_BANDS", '{"中级": [12000, 18000]}')
    monkeypatch.setenv("DINGHIRE_OFFERS_APPROVER_MODE", "AND")
    s = load_settings(strict=False)
    assert s.offers.salary_bands == {"中级": [12000, 18000]}
    assert s.offers.approver_mode == "AND"
    assert bands_from({}, s.offers.salary_bands)["中级"].maximum == 18000
    assert s.masked()["dingtalk"]["offer_process_code"] == ""


def test_inverted_thresholds_are_named_by_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_OFFERS_JUNIOR_BELOW", "90")
    with pytest.raises(SettingsError) as err:
        load_settings(strict=False)
    assert "DINGHIRE_OFFERS" in str(err.value)


def test_configured_thresholds_change_the_level(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGHIRE_OFFERS_JUNIOR_BELOW", "60")
    monkeypatch.setenv("DINGHIRE_OFFERS_INTERVIEW_WEIGHT", "1")
    s = load_settings(strict=False)
    bands = bands_from({"初级": [1000, 2000], "中级": [2000, 3000]}, None)
    got = suggest_salary(bands, interview_score=65, match_score=None, thresholds=thresholds(s))
    assert got.level == "中级"
    assert any("低于 60 为初级" in r for r in got.reasons)
