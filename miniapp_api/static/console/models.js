// Competency models: the list, the starter library to copy, and the model form
// (dimensions with weights and 1-5 behaviourally anchored levels).

import { api } from "/static/console/api.js";
import { errorBox, field, h, input, lines, page, textarea, toast } from "/static/console/ui.js";

const LABELS = ["不足", "待提升", "合格", "良好", "卓越"];

export async function modelsView(ctx) {
  const [models, starters] = await Promise.all([api("/api/console/models"), api("/api/console/starters")]);
  const list = models.length
    ? h(
        "ul",
        { class: "list" },
        models.map((m) =>
          h(
            "li",
            { class: "card row" },
            h("div", {}, h("a", { href: `#/models/${m.id}`, class: "job-title" }, m.name), h("p", { class: "muted" }, `${m.dimensions} 个维度 · ${m.jobs} 个岗位使用`)),
          ),
        ),
      )
    : h("p", { class: "card muted" }, "还没有能力模型：从下方模板库复制一个开始。");
  const library = h(
    "div",
    { class: "starter-grid" },
    starters.map((s) => {
      const name = input("name", `${s.name}（副本）`, { "aria-label": `${s.name}的新名称` });
      const copy = h("button", { class: "btn", type: "button", dataset: { starter: s.key } }, "复制并编辑");
      copy.addEventListener("click", async () => {
        try {
          const made = await api(`/api/console/starters/${s.key}/copy`, { method: "POST", body: { name: name.value } });
          toast(`已复制为「${made.name}」`);
          ctx.go(`#/models/${made.id}`);
        } catch (err) {
          toast(err.message, "danger");
        }
      });
      return h("div", { class: "card starter" }, h("h3", {}, s.name), h("p", { class: "muted" }, s.description), h("p", { class: "dims" }, s.dimensions.join(" · ")), name, copy);
    }),
  );
  return page(
    "能力模型",
    h("div", { class: "actions" }, h("a", { class: "btn primary", href: "#/models/new" }, "新建空白模型")),
    list,
    h("h2", {}, "模板库"),
    library,
  );
}

function emptyDimension() {
  return {
    code: "",
    name: "",
    weight: 0,
    description: "",
    levels: LABELS.map((label, i) => ({ level: i + 1, label, indicators: [], description: "" })),
  };
}

function dimensionBlock(d, index, onRemove) {
  const levels = d.levels.map((lv) =>
    h(
      "div",
      { class: "level", dataset: { level: lv.level } },
      h("span", { class: "level-num" }, `${lv.level} 级`),
      input("label", lv.label, { "aria-label": `${lv.level} 级名称`, class: "level-label" }),
      textarea("indicators", lv.indicators.join("\n"), { rows: 2, "aria-label": `${lv.level} 级行为指标`, placeholder: "行为指标，每行一条" }),
      input("example", lv.description, { "aria-label": `${lv.level} 级示例`, placeholder: "示例（选填）" }),
    ),
  );
  const remove = h("button", { type: "button", class: "btn ghost small" }, "删除维度");
  remove.addEventListener("click", onRemove);
  return h(
    "fieldset",
    { class: "dimension card", dataset: { index } },
    h("legend", {}, d.name || "新维度"),
    h(
      "div",
      { class: "grid" },
      field("名称", input("name", d.name)),
      field("编码", input("code", d.code, { placeholder: "如 communication" }), "小写字母、数字、下划线"),
      field("权重（%）", input("weight", Math.round(d.weight * 1000) / 10, { type: "number", step: 0.1, min: 0 })),
    ),
    field("说明", input("description", d.description)),
    h("div", { class: "levels" }, levels),
    remove,
  );
}

function readDimension(block) {
  const get = (name) => block.querySelector(`[name="${name}"]`);
  return {
    name: get("name").value,
    code: get("code").value.trim(),
    weight: (Number(get("weight").value) || 0) / 100,
    description: get("description").value,
    levels: [...block.querySelectorAll(".level")].map((lv) => ({
      level: Number(lv.dataset.level),
      label: lv.querySelector('[name="label"]').value,
      indicators: lines(lv.querySelector('[name="indicators"]').value),
      description: lv.querySelector('[name="example"]').value,
    })),
  };
}

export async function modelFormView(ctx, modelId) {
  const model = modelId
    ? await api(`/api/console/models/${modelId}`)
    : { name: "", description: "", requirements: {}, dimensions: [emptyDimension()] };
  const dims = h("div", { id: "dimensions" });
  const total = h("p", { class: "weight-total", id: "weight-total" });
  const refreshTotal = () => {
    const sum = [...dims.children].reduce((acc, b) => acc + readDimension(b).weight, 0);
    total.textContent = `权重合计 ${(sum * 100).toFixed(1)}%`;
    total.classList.toggle("bad", Math.abs(sum - 1) > 0.005);
  };
  const add = (d) => {
    const block = dimensionBlock(d, dims.children.length, () => {
      block.remove();
      refreshTotal();
    });
    dims.append(block);
  };
  model.dimensions.forEach(add);
  dims.addEventListener("input", refreshTotal);
  refreshTotal();
  const addBtn = h("button", { type: "button", class: "btn" }, "添加维度");
  addBtn.addEventListener("click", () => add(emptyDimension()));
  const errors = h("div", { id: "form-errors" });
  const form = h(
    "form",
    { class: "form", id: "model-form", novalidate: true },
    h("div", { class: "card" }, field("模型名称", input("model_name", model.name)), field("说明", textarea("model_description", model.description))),
    dims,
    h("div", { class: "actions" }, addBtn, total),
    errors,
    h("div", { class: "actions" }, h("button", { class: "btn primary", type: "submit" }, "保存模型"), h("a", { class: "btn ghost", href: "#/models" }, "返回")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      name: form.elements.model_name.value,
      description: form.elements.model_description.value,
      requirements: model.requirements || {},
      dimensions: [...dims.children].map(readDimension),
    };
    errors.replaceChildren();
    try {
      const saved = await api(modelId ? `/api/console/models/${modelId}` : "/api/console/models", { method: modelId ? "PUT" : "POST", body });
      toast("能力模型已保存");
      ctx.go(`#/models/${saved.id}`);
    } catch (err) {
      errors.replaceChildren(errorBox(err));
    }
  });
  return page(modelId ? `能力模型 · ${model.name}` : "新建能力模型", form);
}
