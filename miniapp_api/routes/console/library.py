"""Console API: competency models, the starter library, questions, sets, Excel in and out."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from miniapp_api.deps import ServicesDep
from miniapp_api.routes.console.deps import Viewer, as_json
from miniapp_api.routes.console.schemas import CopyIn, ModelIn, QuestionIn, SetIn
from miniapp_api.schemas import ERRORS
from workflows.console import competency, question_excel, question_sets, questions
from workflows.jobs.models import QuestionType

router = APIRouter(prefix="/api/console", tags=["console"], responses=ERRORS)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/models", summary="Competency models")
async def list_models(viewer: Viewer) -> JSONResponse:
    return as_json(await competency.list_models())


@router.get("/models/{model_id}", summary="One competency model with its levels")
async def get_model(model_id: int, viewer: Viewer) -> JSONResponse:
    return as_json(await competency.get_model(model_id))


@router.post("/models", status_code=201, summary="Create a competency model (audited)")
async def create_model(body: ModelIn, viewer: Viewer) -> JSONResponse:
    return as_json(await competency.create_model(viewer, body.form()), 201)


@router.put("/models/{model_id}", summary="Replace a competency model (audited)")
async def update_model(model_id: int, body: ModelIn, viewer: Viewer) -> JSONResponse:
    return as_json(await competency.update_model(viewer, model_id, body.form()))


@router.get("/starters", summary="The starter library of competency models")
async def starters(viewer: Viewer) -> JSONResponse:
    return as_json(competency.list_starters())


@router.post("/starters/{key}/copy", status_code=201, summary="Copy a starter model (audited)")
async def copy_starter(key: str, body: CopyIn, viewer: Viewer) -> JSONResponse:
    return as_json(await competency.copy_starter(viewer, key, body.name), 201)


@router.get("/questions", summary="Bank questions, filtered")
async def list_questions(
    viewer: Viewer, q: str = "", type: QuestionType | None = None
) -> JSONResponse:
    return as_json(await questions.list_questions(search=q, kind=type))


@router.post("/questions/check", summary="The compliance verdict of a draft question")
async def check_question(body: QuestionIn, viewer: Viewer) -> JSONResponse:
    return as_json(questions.check_form(body.form()))


@router.post("/questions", status_code=201, summary="Add a compliant question (audited)")
async def create_question(body: QuestionIn, viewer: Viewer) -> JSONResponse:
    return as_json(await questions.create_question(viewer, body.form()), 201)


@router.put("/questions/{question_id}", summary="Edit a question (audited)")
async def update_question(question_id: int, body: QuestionIn, viewer: Viewer) -> JSONResponse:
    return as_json(await questions.update_question(viewer, question_id, body.form()))


@router.delete("/questions/{question_id}", status_code=204, summary="Delete an unused question")
async def delete_question(question_id: int, viewer: Viewer) -> Response:
    await questions.delete_question(viewer, question_id)
    return Response(status_code=204)


@router.get("/questions.xlsx", summary="The question bank as Excel (the import's columns)")
async def export_questions(viewer: Viewer) -> Response:
    data = await question_excel.export_questions(viewer)
    disposition = "attachment; filename=questions.xlsx; filename*=UTF-8''" + _quoted(
        question_excel.EXPORT_FILE_NAME
    )
    return Response(
        data,
        media_type=XLSX,
        headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
    )


def _quoted(name: str) -> str:
    return quote(name)


@router.post(
    "/imports",
    summary="Import an Excel file (questions, candidates or salary bands): validated, all or "
    "nothing; the raw file is the body",
)
async def import_file(
    request: Request,
    viewer: Viewer,
    deps: ServicesDep,
    file_name: str = Query(max_length=255),
) -> JSONResponse:
    data = await request.body()
    result = await question_excel.import_file(
        viewer, data, file_name, vault=deps.vault, bus=deps.bus
    )
    body = {
        "ok": result.ok,
        "kind": result.kind.value,
        "kind_label": result.kind_label,
        "rows": result.rows,
        "created": result.created,
        "updated": result.updated,
        "applications_opened": result.applications_opened,
        "question_set": result.question_set,
        "errors": result.errors,
        "warnings": result.warnings,
    }
    return as_json(body, 200 if result.ok else 422)


@router.get("/sets", summary="Question sets")
async def list_sets(viewer: Viewer) -> JSONResponse:
    return as_json(await question_sets.list_sets())


@router.get("/sets/{set_id}", summary="One question set with its slots and time")
async def get_set(set_id: int, viewer: Viewer) -> JSONResponse:
    return as_json(await question_sets.get_set(set_id))


@router.post("/sets", status_code=201, summary="Create a question set (audited)")
async def create_set(body: SetIn, viewer: Viewer) -> JSONResponse:
    detail = await question_sets.save_set(
        viewer, None, name=body.name, description=body.description, question_ids=body.question_ids
    )
    return as_json(detail, 201)


@router.put("/sets/{set_id}", summary="Replace a question set (audited)")
async def update_set(set_id: int, body: SetIn, viewer: Viewer) -> JSONResponse:
    detail = await question_sets.save_set(
        viewer,
        set_id,
        name=body.name,
        description=body.description,
        question_ids=body.question_ids,
    )
    return as_json(detail)


@router.get("/sets/{set_id}/preview", summary="The set drawn as a candidate would see it")
async def preview_set(set_id: int, viewer: Viewer, years: float | None = None) -> JSONResponse:
    return as_json(await question_sets.preview_set(set_id, years_experience=years))
