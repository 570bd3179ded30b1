# fzlib — 乡镇法治政府建设台账 → 年度报告。`make` 或 `make help` 列出全部目标。
.DEFAULT_GOAL := help
SHELL := /bin/bash
# A recipe that fails leaves no target behind that a later `make` would take for done.
.DELETE_ON_ERROR:

YEAR ?= 2024
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Installed package sets, one stamp each: the report's own, then what tests and the lab add.
REPORT_DEPS := $(VENV)/.installed-report
TEST_DEPS := $(VENV)/.installed-test
LAB_DEPS := $(VENV)/.installed-lab
COUNTY_DEPS := $(VENV)/.installed-county
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock
# Compiled modules are kept (__pycache__, ignored by git) even where the environment turns them off:
# without them every test process and kernel compiles fzlib again and pytest rewrites every test
# module's asserts again (9 of the 54 s of `make test-fast` measured on 2026-12-02).
export PYTHONDONTWRITEBYTECODE :=

PREV := $(shell echo $$(($(YEAR) - 1)))
MANIFEST := data/processed/$(YEAR)/manifest.json
# The previous year is cleaned too when its ledgers exist, for the year-on-year comparison.
PREV_MANIFEST := $(if $(wildcard data/raw/$(PREV)/*),data/processed/$(PREV)/manifest.json)
REPORT := reports/$(YEAR)/法治政府建设报告-$(YEAR).html
# A year's raw folder, as make sees it: a stamp of its file names, sizes and SHA-256, rewritten only
# when they change (deleted, renamed, added with an old mtime: all rebuild; a touch does not).
RAW_STAMP = build/stamps/raw-$(1).txt
CODE := $(shell find fzlib -name '*.py' -o -name '*.yaml' -o -name '*.css' -o -name '*.j2' | sed 's/ /\\ /g')
# A town's own report wording and layout (report/outline.yaml, report/sentences.yaml) and ledger kinds.
OWN := $(wildcard report/*.yaml specs/*.yaml)

.PHONY: eval-check help setup report clean-data indicators templates accept test test-fast test-explore lint format bench bench-scale lab sample lock distclean browser county county-sample

help: ## 列出全部目标（默认）
	@echo "用法：make <目标> [YEAR=2024]"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "需要 Python 3.11 或更高版本（当前：$$($(PYTHON) --version)）。可用 make PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	@# fzlib itself is used in place (like an editable install, without building anything).
	$(PY) -c 'import site, sys; open(site.getsitepackages()[0] + "/fzlib-dev.pth", "w").write(sys.argv[1] + "\n")' "$(CURDIR)"

$(REPORT_DEPS): requirements/report.in requirements.lock | $(PY)
	$(PIP_INSTALL) -r requirements/report.in
	@touch $@

# The tests run the county on a local Dask cluster too: they need the county's packages.
$(TEST_DEPS): requirements/test.in $(REPORT_DEPS) $(COUNTY_DEPS)
	$(PIP_INSTALL) -r requirements/test.in
	@touch $@

$(COUNTY_DEPS): requirements/county.in $(REPORT_DEPS)
	$(PIP_INSTALL) -r requirements/county.in
	@touch $@

$(LAB_DEPS): requirements/lab.in $(REPORT_DEPS)
	$(PIP_INSTALL) -r requirements/lab.in
	@touch $@

setup: $(REPORT_DEPS) ## 创建 .venv 并安装生成报告所需的锁定版本依赖

build/stamps/raw-%.txt: | $(REPORT_DEPS)
	@$(PY) -m fzlib stamp --year $* --out $@

# Each run refreshes the stamps of the year and the year before (a stamp is rewritten only when the
# folder's content changed), before make compares any times: a rule could not do this, as make
# takes a prerequisite whose recipe ran for changed even when the file was left as it was.
ifneq ($(wildcard $(REPORT_DEPS)),)
ifeq ($(filter help lock distclean,$(MAKECMDGOALS)),)
REFRESHED := $(shell $(PY) -m fzlib stamp --year $(YEAR) --out $(call RAW_STAMP,$(YEAR)) \
  $(if $(PREV_MANIFEST),&& $(PY) -m fzlib stamp --year $(PREV) --out $(call RAW_STAMP,$(PREV))))
endif
endif

.SECONDEXPANSION:
data/processed/%/manifest.json: $$(call RAW_STAMP,$$*) $$(wildcard params/$$*.yaml) $(CODE) $(OWN)
	$(PY) -m fzlib clean --year $*

$(REPORT): $(MANIFEST) $(PREV_MANIFEST) params/$(YEAR).yaml $(CODE) $(OWN)
	$(PY) -m fzlib report --year $(YEAR) $(if $(STRICT),--strict)

# A year without its parameters (the report needs the town's name, targets and subsidy standard): make would
# only say "No rule to make target"; this says what to do. An existing file is never remade.
params/%.yaml:
	@echo "错误：找不到参数文件 $@。$(if $(wildcard params/*.yaml),请复制 $(lastword $(sort $(wildcard params/*.yaml))) 为 $@，把其中的 year 改为 $*，,请按 README 的“Adding a year”一节新建该文件，)按本年情况修改乡镇名称、目标值和补贴标准后重新运行。" >&2; exit 1

clean-data: $(MANIFEST) ## 清洗 YEAR 年的台账（写入 data/processed/YEAR）

report: $(REPORT) ## 生成 YEAR 年的报告（需要时自动安装、清洗）；STRICT=1 时有错误即不生成
	@echo "报告：$(abspath $(REPORT))"

indicators: $(MANIFEST) ## 显示 YEAR 年的各项指标
	$(PY) -m fzlib indicators --year $(YEAR)

county: $(COUNTY_DEPS) ## 汇总全县各乡镇（data/raw/county/YEAR/ 下每镇一个文件夹）；WORKERS=N 进程数，DASK=tcp://… 用 Dask 集群
	$(PY) -m fzlib county --year $(YEAR) $(if $(WORKERS),--workers $(WORKERS)) $(if $(DASK),--dask $(DASK))

county-sample: $(REPORT_DEPS) ## 生成示例县：旺草镇的 YEAR 年示例和两个虚构乡镇，放入 data/raw/county/YEAR/
	$(PY) -m fzlib sample --year $(YEAR) --out data/raw/county/$(YEAR)/旺草镇
	$(PY) -m fzlib sample --year $(YEAR) --town 洋川镇 --seed 1
	$(PY) -m fzlib sample --year $(YEAR) --town 郑场镇 --seed 2

templates: $(REPORT_DEPS) ## 按台账定义生成空白台账模板（每种台账一个 .xlsx，写入 build/templates/）
	$(PY) -m fzlib template --year $(YEAR) --out build/templates

accept: $(REPORT_DEPS) ## 把 YEAR 年问题清单中写了“同意”的建议登记到 params/YEAR.yaml
	$(PY) -m fzlib accept --year $(YEAR)

browser: ## 确认浏览器测试所需的 Chromium 已安装（root 用户自动安装 Debian 的 chromium）
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "正在安装浏览器测试所需的 Chromium（Debian 软件包 chromium）……"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "浏览器测试需要 Chromium：请管理员运行 sudo apt-get install chromium，然后重新运行 make test。" >&2; exit 1; \
	  fi; }

# The property tests draw the same examples on every run of test and test-fast, so a red run is a change's doing,
# never a draw's luck; test-explore draws new ones (ten times as many, a new seed each run) to look for what the
# fixed draw misses, and prints the seed that reproduces a failure.
SEED ?= 0
PROPERTY_TESTS = never_raise or read_in_plain_python or found_alike or scanned_for_what
PROPERTIES = tests/test_cleaners.py tests/test_engine_properties.py tests/test_privacy.py tests/test_check_verify.py \
  tests/test_hostile_inputs.py
test: $(TEST_DEPS) browser ## 运行全部测试（含报告生成和浏览器测试）
	$(PY) -m pytest --hypothesis-seed=$(SEED)

test-fast: $(TEST_DEPS) ## 快速测试：各层的规格，小输入；不生成报告、不用浏览器、不跑整镇台账（两个进程并行）
	FZLIB_FAST=1 $(PY) -m pytest -m "not slow" -n 2 --dist loadgroup --durations=5 --hypothesis-seed=$(SEED)

test-explore: $(TEST_DEPS) ## 性质测试换新的随机样例（十倍数量）；失败时打印可复现的种子：make test-explore SEED=…
	@seed=$$([ "$(origin SEED)" = file ] && date +%s || echo $(SEED)); echo "种子 seed=$$seed"; \
	FZLIB_EXPLORE=1 $(PY) -m pytest $(PROPERTIES) -n 2 -k "$(PROPERTY_TESTS)" \
	  --hypothesis-seed=$$seed || { echo "复现：make test-explore SEED=$$seed" >&2; exit 1; }

lint: $(TEST_DEPS) ## 代码检查与格式检查（ruff）
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(TEST_DEPS) ## 按 ruff 统一代码格式
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(TEST_DEPS) ## 性能基准：与同次运行的基线对比，打印倍数，写出 build/bench.json
	$(PY) -m benchmarks

TOWNS ?= 15,60,150
bench-scale: $(TEST_DEPS) ## 县级汇总的规模测试：TOWNS=15,150,1500 个乡镇的用时、每镇用时、峰值内存，1 与 2 个进程
	$(PY) -m benchmarks.scale --towns $(TOWNS)

lab: $(LAB_DEPS) ## 打开 JupyterLab 和探索笔记本（可直接 import fzlib）
	$(VENV)/bin/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/explore.ipynb

sample: $(REPORT_DEPS) ## 重新生成示例台账（2023、2024，结果每次相同）
	$(PY) -m fzlib sample --year 2023
	$(PY) -m fzlib sample --year 2024

lock: ## 按 requirements/*.in 重新解析并锁定依赖版本（维护者用）
	rm -rf build/lockenv && $(PYTHON) -m venv build/lockenv
	build/lockenv/bin/pip install --quiet -r requirements/report.in -r requirements/test.in -r requirements/lab.in -r requirements/county.in
	build/lockenv/bin/pip freeze --exclude-editable | grep -v '^fzlib' > requirements.lock
	rm -rf build/lockenv

distclean: ## 删除 .venv、清洗结果和报告（原始台账不动）
	rm -rf $(VENV) data/processed/*/ reports build

eval-check: $(REPORT_DEPS) ## 用真实报告语料评估 check：按类别打印召回率和精确率（开发集、留出集）
	$(PY) -m fzlib.check.evaluate
