"""Entity-level metric computation on hand-made cases."""

from pathlib import Path

import pytest

from analysis.resume.ner.evaluate import evaluate, format_report, score_tag_sequences


def test_perfect_prediction_scores_one() -> None:
    gold = [["B-NAME", "E-NAME", "O", "S-ORG"]]
    report = score_tag_sequences(gold, gold)
    assert report.micro.f1 == 1.0
    assert report.token_accuracy == 1.0


def test_boundary_error_counts_as_one_false_positive_and_one_false_negative() -> None:
    gold = [
        ["B-ORG", "M-ORG", "E-ORG", "O", "B-TITLE", "E-TITLE"],
        ["B-NAME", "E-NAME", "O", "O"],
    ]
    pred = [
        ["B-ORG", "E-ORG", "O", "O", "B-TITLE", "E-TITLE"],  # ORG too short, TITLE right
        ["B-NAME", "E-NAME", "O", "S-LOC"],  # NAME right, spurious LOC
    ]
    report = score_tag_sequences(gold, pred)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (2, 2, 1)
    assert report.micro.precision == pytest.approx(2 / 4)
    assert report.micro.recall == pytest.approx(2 / 3)
    assert report.micro.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    org = report.per_type["ORG"]
    assert (org.tp, org.fp, org.fn, org.f1) == (0, 1, 1, 0.0)
    assert report.per_type["TITLE"].f1 == 1.0
    assert report.per_type["LOC"].precision == 0.0
    assert report.per_type["LOC"].support == 0
    assert report.token_accuracy == pytest.approx(7 / 10)


def test_type_mismatch_with_same_span_is_wrong() -> None:
    report = score_tag_sequences([["B-ORG", "E-ORG"]], [["B-LOC", "E-LOC"]])
    assert report.micro.tp == 0
    assert report.micro.f1 == 0.0


def test_length_mismatch_is_reported() -> None:
    with pytest.raises(ValueError, match="sentence 1"):
        score_tag_sequences([["O", "O"]], [["O"]])


def test_format_report_lists_types_and_micro_row() -> None:
    report = score_tag_sequences([["B-NAME", "E-NAME", "S-ORG"]], [["B-NAME", "E-NAME", "O"]])
    table = format_report(report)
    lines = table.splitlines()
    assert lines[0].split() == ["type", "prec", "recall", "F1", "gold", "pred", "tp"]
    name_row = next(line for line in lines if line.startswith("NAME"))
    assert name_row.split()[1:4] == ["100.00", "100.00", "100.00"]
    micro_row = next(line for line in lines if line.startswith("micro"))
    assert micro_row.split()[1:] == ["100.00", "50.00", "66.67", "2", "1", "1"]


class _AllOutside:
    """A fake tagger that never predicts an entity."""

    def tag(self, chars: object) -> list[str]:
        assert isinstance(chars, tuple)
        return ["O"] * len(chars)


def test_evaluate_reads_file_and_scores_tagger(tmp_path: Path) -> None:
    path = tmp_path / "tiny.bmes"
    path.write_text("张 B-NAME\n伟 E-NAME\n\n好 O\n", encoding="utf-8")
    report = evaluate(_AllOutside(), path)
    assert report.sentences == 2
    assert report.micro.fn == 1
    assert report.micro.f1 == 0.0
