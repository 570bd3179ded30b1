# fzlib — 乡镇法治政府建设台账 → 年度报告。`make` 或 `make help` 列出全部目标。
.DEFAULT_GOAL := help
SHELL := /bin/bash

YEAR ?= 2024
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

PREV := $(shell echo $$(($(YEAR) - 1)))
MANIFEST := data/processed/$(YEAR)/manifest.json
# The previous year is cleaned too when its ledgers exist, for the year-on-year comparison.
PREV_MANIFEST := $(if $(wildcard data/raw/$(PREV)/*),data/processed/$(PREV)/manifest.json)
REPORT := reports/$(YEAR)/法治政府建设报告-$(YEAR).html
CODE := $(shell find fzlib -name '*.py' -o -name '*.yaml' -o -name '*.css' -o -name '*.j2' | sed 's/ /\\ /g')
# A year's raw ledgers as prerequisites; files with spaces in their names stay one prerequisite each.
raw_files = $(shell find data/raw/$(1) -type f ! -name '.*' 2>/dev/null | sed 's/ /\\ /g')

.PHONY: help setup report clean-data indicators test bench lab sample lock distclean

help: ## 列出全部目标（默认）
	@echo "用法：make <目标> [YEAR=2024]"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

setup: $(STAMP) ## 创建 .venv 并安装锁定版本的依赖

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "需要 Python 3.11 或更高版本（当前：$$($(PYTHON) --version)）。可用 make PYTHON=python3.11"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@# fzlib itself is used in place (like an editable install, without building anything).
	$(PY) -c 'import site, sys; open(site.getsitepackages()[0] + "/fzlib-dev.pth", "w").write(sys.argv[1] + "\n")' "$(CURDIR)"
	@touch $@

.SECONDEXPANSION:
data/processed/%/manifest.json: $(STAMP) $$(call raw_files,$$*) $$(wildcard params/$$*.yaml) $(CODE)
	$(PY) -m fzlib clean --year $*

$(REPORT): $(MANIFEST) $(PREV_MANIFEST) notebooks/report.ipynb params/$(YEAR).yaml $(CODE)
	$(PY) -m fzlib report --year $(YEAR)

clean-data: $(MANIFEST) ## 清洗 YEAR 年的台账（写入 data/processed/YEAR）

report: $(REPORT) ## 生成 YEAR 年的 HTML 报告（需要时自动安装、清洗）
	@echo "报告：$(abspath $(REPORT))"

indicators: $(MANIFEST) ## 显示 YEAR 年的各项指标
	$(PY) -m fzlib indicators --year $(YEAR)

test: $(STAMP) ## 运行全部测试
	$(PY) -m pytest

bench: $(STAMP) ## 性能基准：与同次运行的基线对比，打印倍数
	$(PY) -m fzlib.bench

lab: $(STAMP) ## 打开 JupyterLab 和探索笔记本（可直接 import fzlib）
	$(VENV)/bin/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/explore.ipynb

sample: $(STAMP) ## 重新生成示例台账（2023、2024，结果每次相同）
	$(PY) -m fzlib sample --year 2023
	$(PY) -m fzlib sample --year 2024

lock: ## 按 requirements.in 重新解析并锁定依赖版本（维护者用）
	rm -rf build/lockenv && $(PYTHON) -m venv build/lockenv
	build/lockenv/bin/pip install --quiet -r requirements.in
	build/lockenv/bin/pip freeze --exclude-editable | grep -v '^fzlib' > requirements.lock
	rm -rf build/lockenv

distclean: ## 删除 .venv、清洗结果和报告（原始台账不动）
	rm -rf $(VENV) data/processed/*/ reports build

.PHONY: eval-check
eval-check: $(STAMP) ## 用真实报告语料评估 check：按类别打印召回率和精确率（开发集、留出集）
	$(PY) -m fzlib.check.evaluate
