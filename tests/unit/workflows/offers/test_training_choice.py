"""Which dimensions a new hire's training targets."""

from __future__ import annotations

from workflows.offers.training import weakest_dimensions


def _dim(code: str, score: float | None) -> dict[str, object]:
    return {"code": code, "name": code, "score": score}


def test_up_to_three_dimensions_under_the_requirement_weakest_first() -> None:
    dims = [_dim("a", 5.9), _dim("b", 2.0), _dim("c", 4.0), _dim("d", 5.0), _dim("e", 8.0)]
    assert [d["code"] for d in weakest_dimensions(dims, [], 6.0)] == ["b", "c", "d"]


def test_fewer_than_two_under_the_requirement_gives_the_two_lowest() -> None:
    dims = [_dim("a", 9.0), _dim("b", 7.5), _dim("c", 5.0), _dim("d", 8.0)]
    assert [d["code"] for d in weakest_dimensions(dims, [], 6.0)] == ["c", "b"]


def test_not_assessed_dimensions_are_never_chosen() -> None:
    dims = [_dim("a", None), _dim("b", 1.0), _dim("c", 2.0), _dim("d", 3.0)]
    listed = [{"code": "b", "name": "b", "reason": "证据不足"}]
    assert [d["code"] for d in weakest_dimensions(dims, listed, 6.0)] == ["c", "d"]
