"""Competency models in the console: list, read, create, edit, copy from the starter library.

A model is valid when it has 1-12 dimensions with distinct codes, positive weights summing to
1 (100%), and every dimension describes each level 1-5 (a label and at least one indicator).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from analysis.matching import parse_requirements
from analysis.matching.requirements import RequirementsError
from workflows.console.access import ConsoleViewer, audit_change, require_configure
from workflows.console.library import STARTERS, dimension_spec, starter
from workflows.errors import ConflictError, NotFoundError, ValidationFailedError
from workflows.jobs.models import CompetencyModel, Dimension, Job, RubricLevel

LEVELS = (1, 2, 3, 4, 5)
MAX_DIMENSIONS = 12
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


@dataclass(frozen=True, slots=True)
class LevelForm:
    """One anchored level: its number, label, behavioural indicators and an example."""

    level: int
    label: str
    indicators: list[str]
    description: str = ""


@dataclass(frozen=True, slots=True)
class DimensionForm:
    """One dimension as the form sends it."""

    code: str
    name: str
    weight: float
    description: str = ""
    levels: list[LevelForm] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ModelForm:
    """A whole competency model as the form sends it."""

    name: str
    description: str = ""
    requirements: dict[str, Any] = field(default_factory=dict)
    dimensions: list[DimensionForm] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ModelSummary:
    """A model in the list: name, how many dimensions, how many jobs use it."""

    id: int
    name: str
    description: str
    dimensions: int
    jobs: int


@dataclass(frozen=True, slots=True)
class ModelDetail:
    """A model with its dimensions and levels, ready for the form."""

    id: int
    name: str
    description: str
    requirements: dict[str, Any]
    dimensions: list[DimensionForm]


@dataclass(frozen=True, slots=True)
class StarterSummary:
    """A starter-library entry as the console lists it."""

    key: str
    name: str
    description: str
    dimensions: list[str]


def validate_model(form: ModelForm) -> list[str]:
    """Every problem of the form, in Chinese (empty: valid)."""
    errors: list[str] = []
    if not form.name.strip():
        errors.append("请填写模型名称")
    if not 1 <= len(form.dimensions) <= MAX_DIMENSIONS:
        errors.append(f"能力维度需为 1 到 {MAX_DIMENSIONS} 个")
    codes: set[str] = set()
    for d in form.dimensions:
        label = d.name.strip() or d.code or "未命名维度"
        if not _CODE.match(d.code):
            errors.append(f"维度「{label}」的编码需为小写字母开头的字母、数字或下划线")
        elif d.code in codes:
            errors.append(f"维度编码「{d.code}」重复")
        codes.add(d.code)
        if not d.name.strip():
            errors.append(f"维度「{d.code}」缺少名称")
        if d.weight <= 0:
            errors.append(f"维度「{label}」的权重需大于 0")
        by_level = {lv.level: lv for lv in d.levels}
        if sorted(by_level) != list(LEVELS) or len(d.levels) != len(LEVELS):
            errors.append(f"维度「{label}」需描述 1 到 5 级，每级一条")
            continue
        for n in LEVELS:
            lv = by_level[n]
            if not lv.label.strip() or not [i for i in lv.indicators if i.strip()]:
                errors.append(f"维度「{label}」第 {n} 级缺少名称或行为指标")
    total = sum(d.weight for d in form.dimensions)
    if form.dimensions and abs(total - 1.0) > 0.005:
        errors.append(f"各维度权重之和需为 100%，当前为 {total * 100:.1f}%")
    if form.requirements:
        try:
            parse_requirements(form.requirements)
        except RequirementsError as exc:
            errors.append(f"简历要求格式不正确：{exc}")
    return errors


def _check(form: ModelForm) -> None:
    errors = validate_model(form)
    if errors:
        raise ValidationFailedError("competency model invalid", user_message="；".join(errors))


async def list_models() -> list[ModelSummary]:
    """Every competency model, newest first, with dimension and job counts."""
    models = await CompetencyModel.all().order_by("-id").prefetch_related("dimensions")
    used: dict[int, int] = {}
    for model_id in await Job.filter(competency_model_id__not_isnull=True).values_list(
        "competency_model_id", flat=True
    ):
        used[int(model_id)] = used.get(int(model_id), 0) + 1  # type: ignore[call-overload]
    return [
        ModelSummary(m.id, m.name, m.description, len(m.dimensions), used.get(m.id, 0))
        for m in models
    ]


def list_starters() -> list[StarterSummary]:
    """The starter library."""
    return [
        StarterSummary(s.key, s.name, s.description, [dimension_spec(c)["name"] for c in s.weights])
        for s in STARTERS
    ]


async def get_model(model_id: int) -> ModelDetail:
    """A model with its dimensions and levels; NotFoundError when gone."""
    model = await CompetencyModel.get_or_none(id=model_id).prefetch_related("dimensions__levels")
    if model is None:
        raise NotFoundError(f"model {model_id}", user_message="找不到该能力模型")
    dims = [
        DimensionForm(
            d.code,
            d.name,
            d.weight,
            d.description,
            [
                LevelForm(lv.level, lv.label, list(lv.indicators), lv.description)
                for lv in sorted(d.levels, key=lambda x: x.level)
            ],
        )
        for d in sorted(model.dimensions, key=lambda x: x.id)
    ]
    return ModelDetail(model.id, model.name, model.description, dict(model.requirements), dims)


async def _name_free(name: str, model_id: int | None) -> None:
    clash = await CompetencyModel.filter(name=name.strip()).exclude(id=model_id or 0).exists()
    if clash:
        raise ConflictError(
            f"model name {name!r} taken", user_message=f"已有名为「{name}」的能力模型"
        )


async def _write_dimensions(model: CompetencyModel, form: ModelForm, conn: Any) -> None:
    await Dimension.filter(competency_model_id=model.id).using_db(conn).delete()
    for d in form.dimensions:
        dim = await Dimension.create(
            using_db=conn,
            competency_model=model,
            code=d.code,
            name=d.name.strip(),
            description=d.description.strip(),
            weight=d.weight,
        )
        for lv in d.levels:
            await RubricLevel.create(
                using_db=conn,
                dimension=dim,
                level=lv.level,
                label=lv.label.strip(),
                description=lv.description.strip(),
                indicators=[i.strip() for i in lv.indicators if i.strip()],
            )


async def create_model(viewer: ConsoleViewer, form: ModelForm) -> ModelDetail:
    """Create a valid model (audited)."""
    await require_configure(viewer)
    _check(form)
    await _name_free(form.name, None)
    async with in_transaction() as conn:
        model = await CompetencyModel.create(
            using_db=conn,
            name=form.name.strip(),
            description=form.description.strip(),
            requirements=form.requirements,
        )
        await _write_dimensions(model, form, conn)
    await audit_change(
        viewer, "model.created", "competency_model", model.id, dimensions=len(form.dimensions)
    )
    return await get_model(model.id)


async def update_model(viewer: ConsoleViewer, model_id: int, form: ModelForm) -> ModelDetail:
    """Replace a model's fields and dimensions (audited)."""
    await require_configure(viewer)
    _check(form)
    model = await CompetencyModel.get_or_none(id=model_id)
    if model is None:
        raise NotFoundError(f"model {model_id}", user_message="找不到该能力模型")
    await _name_free(form.name, model_id)
    async with in_transaction() as conn:
        model.name = form.name.strip()
        model.description = form.description.strip()
        model.requirements = form.requirements
        await model.save(using_db=conn)
        await _write_dimensions(model, form, conn)
    await audit_change(
        viewer, "model.updated", "competency_model", model.id, dimensions=len(form.dimensions)
    )
    return await get_model(model.id)


def starter_form(key: str, name: str = "") -> ModelForm:
    """The form of a starter-library model (to edit before saving)."""
    entry = starter(key)
    if entry is None:
        raise NotFoundError(f"starter {key}", user_message="模板库中没有该模型")
    dims = []
    for code, weight in entry.weights.items():
        spec = dimension_spec(code)
        levels = [
            LevelForm(lv["level"], lv["label"], lv["indicators"], lv["description"])
            for lv in spec["levels"]
        ]
        dims.append(DimensionForm(code, spec["name"], weight, spec["description"], levels))
    return ModelForm(name or entry.name, entry.description, dict(entry.requirements), dims)


async def copy_starter(viewer: ConsoleViewer, key: str, name: str) -> ModelDetail:
    """Create a new model from a starter-library entry under the given name (audited)."""
    form = starter_form(key, name.strip())
    detail = await create_model(viewer, form)
    await audit_change(viewer, "model.copied", "competency_model", detail.id, starter=key)
    return detail
