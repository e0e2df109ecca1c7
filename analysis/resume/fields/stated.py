"""Skills and certificates as the resume states them in their own sections or labelled lines,
with an open vocabulary: dictionary names where an item is known, the item's words otherwise."""

from __future__ import annotations

import re
from functools import cache

from analysis.resume.fields.certificates_data import CERTIFICATES
from analysis.resume.fields.dictionary import DictionaryMatcher
from analysis.resume.fields.labels import LabelHit
from analysis.resume.fields.sections import Section
from analysis.resume.fields.skills import certificate_matcher, skill_matcher
from analysis.resume.fields.skills_data import ALL_SKILLS
from analysis.resume.fields.text import Line
from analysis.resume.types import FieldSource, FieldValue

_LABELLED = re.compile(
    r"^\s*(?P<label>专业技能|技能特长|个人技能|技能|技术栈|掌握技能|Skills|Technical Skills"
    r"|证书|资格证书|获得证书|所获证书|证书资质|Certificates|Certifications|Certification)"
    r"\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_CERT_LABEL = re.compile(r"证书|资质|cert", re.IGNORECASE)
_SPLIT = re.compile(r"[、，,;；/|｜]+|\s{2,}|\t")
_BULLET = re.compile(r"^\s*(?:[•·●■◆▪\-*]|\d{1,2}[.、)）])\s*")
_LEAD = re.compile(
    r"^(?:能够?熟练(?:使用|掌握|运用)?|熟练(?:使用|掌握|运用)?|精通|熟悉|掌握|了解|擅长|会使用|能使用|具备)"
)
_PAREN = re.compile(r"[（(][^（()）]{0,20}[）)]")
_CERT_LIKE = re.compile(
    r"证|资格|认证|执照|驾照|职称|CET|TEM|雅思|托福|IELTS|TOEFL|N[1-5]$|[一二三四五六七八九十1-9]级"
    r"|等级|甲等|乙等|(?:师|员)$|PMP|CPA|ACCA|CFA",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u4e00-\u9fa5]")


def _width(text: str) -> int:
    return sum(2 if _CJK.match(ch) else 1 for ch in text)


def _joined(lines: list[str]) -> list[str]:
    """Undo the wrapping of a list that ran over several lines of a narrow column: a full
    line ending without a separator continues on the next."""
    out: list[str] = []
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        wraps = (
            out
            and not _BULLET.match(text)
            and not _LEAD.match(text)
            and not _BULLET.match(out[-1])
            and _width(out[-1]) >= 24
            and out[-1][-1] not in "、，,;；/|。.:："
        )
        if wraps:
            out[-1] += text
        else:
            out.append(text)
    return out


def _canonical(item: str, matcher: DictionaryMatcher) -> str:
    # Only a whole-item alias is renamed: "人力资源管理师三级" keeps its level.
    found = matcher.find(item)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(item):
        return found[0].canonical
    # OCR confuses I, l, 1 and | ("llustrator", "IIlustrator"): compare with them folded.
    return _ocr_folded(matcher is certificate_matcher()).get(_fold_ocr(item), item)


def _fold_ocr(text: str) -> str:
    return re.sub(r"[Il1|]+", "l", text).lower().replace(" ", "")


@cache
def _ocr_folded(certificates: bool) -> dict[str, str]:
    entries = CERTIFICATES if certificates else ALL_SKILLS
    return {
        _fold_ocr(alias): canonical
        for canonical, aliases in entries.items()
        for alias in (canonical, *aliases)
        if len(alias) >= 4
    }


def _items(text: str) -> list[str]:
    text = _BULLET.sub("", text)
    out = []
    for part in _SPLIT.split(_PAREN.sub("", text)):
        item = _LEAD.sub("", part.strip(" 。.;；:："))
        words = item.split()
        if (2 <= len(item) <= 25 and len(words) <= 4) or (len(item) == 1 and item.isupper()):
            out.append(item)
    return out


def stated_items(
    lines: list[Line], sections: list[Section], hits: list[LabelHit]
) -> tuple[tuple[FieldValue[str], ...], tuple[FieldValue[str], ...]]:
    """(skills, certificates) listed in skills / certificates sections and labelled lines."""
    labelled = {hit.line_index for hit in hits}
    skills: dict[str, FieldValue[str]] = {}
    certs: dict[str, FieldValue[str]] = {}
    groups: list[tuple[str, list[str]]] = []
    for section in sections:
        if section.kind in ("skills", "certificates", "languages"):
            # A labelled line ("意向城市：广州") is another block that lost its heading.
            body = [
                line.text
                for line in lines[section.first_line : section.end_line]
                if line.index not in labelled
            ]
            plain = [t for t in body if not _LABELLED.match(t)]
            groups.append((section.kind, _joined(plain)))
    for line in lines:
        match = _LABELLED.match(line.text)
        if match:
            kind = "certificates" if _CERT_LABEL.search(match.group("label")) else "skills"
            groups.append((kind, [match.group("rest")]))
    for kind, texts in groups:
        for text in texts:
            for item in _items(text):
                is_cert = kind == "certificates" or (
                    kind != "languages"
                    and (certificate_matcher().find(item) or _CERT_LIKE.search(item))
                )
                if is_cert:
                    name = _canonical(item, certificate_matcher())
                    certs.setdefault(name, FieldValue(name, 0.95, FieldSource.SECTION))
                else:
                    name = _canonical(item, skill_matcher())
                    skills.setdefault(name, FieldValue(name, 0.95, FieldSource.SECTION))
    return tuple(skills.values()), tuple(certs.values())


def merged(
    stated: tuple[FieldValue[str], ...], found: tuple[FieldValue[str], ...]
) -> tuple[FieldValue[str], ...]:
    """Stated items first, then dictionary finds from elsewhere in the text."""
    names = {item.value for item in stated}
    return stated + tuple(item for item in found if item.value not in names)
