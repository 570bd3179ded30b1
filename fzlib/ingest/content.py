"""Judging a column by its cells: how well its values fit a field (dates, numbers, a vocabulary, yes/no, document numbers), for columns whose header alone does not decide.

Each judgement looks at up to `SAMPLE` distinct values of the column, weighted by how often they
occur, through the very cleaners that will clean the column, and gives the share of filled cells
that fit (0–1). Shares are cached per column and field type, so a table is judged at most once
per kind of field.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners import CLEANERS
from fzlib.ingest.cleaners.categories import CROSSES, TICKS, Vocabulary, named_within, vocabulary_of, yes_no_of
from fzlib.ingest.privacy import (
    COMPOUND_SURNAMES,
    HAN_NAME,
    MASKED_GIVEN,
    NOT_NAMES,
    ORGANISATION,
    PERSON_SURNAMES,
    distinct_texts,
    is_full_name,
    split_names,
)
from fzlib.spec import FieldSpec

SAMPLE = 200
# A document or case number: digits with 号, a bracketed year, or a letter code (旺草罚字〔2024〕3号, XF2024001).
_DOC_NO = re.compile(r"\d.*号|[〔\[(（【]\s*\d{4}\s*[〕\])）】]|^[A-Za-z]{1,8}[-\d]|^\d{1,6}$")
# Bare digits (3, 012): a case number some registers keep, and every running number (编号 1, 2, 3) too.
_BARE_NO = re.compile(r"^\d{1,6}$")
# A code of more digits than any running number of a sheet reaches (a platform's 案件编号 20240012, 370812202400001):
# a number formed by a system, whatever its title. Only where columns titled alike for a case number are weighed
# (`rank`): alone, a column of them may be phones or ID numbers as well.
_DIGIT_CODE = re.compile(r"^\d{7,20}$")
_ID = re.compile(r"^\d{15}$|^\d{17}[\dXx]$")
_PHONE = re.compile(r"^\+?[\d\-— ]{7,16}$")
# A date inside a longer text: 云溪街检〔2024〕3号 2024.3.5, 2024年3月5日\n文号.
EMBEDDED_DATE = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|\d{4}[./\-]\d{1,2}[./\-]\d{1,2})(?![\d号])")
_NUMERIC = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:[%％]|[人件次元个条起份场户项]|人次)?$")
# A count given as a range: 2-3, 3～5次.
_RANGE = re.compile(r"^\d+(?:\.\d+)?\s*[-~～—–至到]\s*\d+(?:\.\d+)?\s*(?:[人件次元个条起份场户项]|人次)?$")
MONTH_LABEL = re.compile(r"^(?:\d{4}年)?\d{1,2}月份?$")
# The first name a cell of people gives (张三, 张三、李四, 张三（男，45岁）, 欧阳娜 13912345678): up to its first separator.
_FIRST_PERSON = re.compile(r"^[^、，,；;/／\\|()（）\[\]【】\s\d]+")
# Two counts typed in one cell, as a title joining two counts asks (实考/应考: 8/9).
PAIR = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)\s*$")


def _bare_yes_no(text: str) -> bool:
    """是, 否, 有, 无 as written, no qualifier: an answer read for certain, never one assumed from more words."""
    answer, assumed = yes_no_of(text)
    return answer is not None and not assumed


class ColumnContent:
    """A column's filled cells, as distinct values with their counts, and the shares that fit."""

    def __init__(self, cells: pd.Series, year: int | None = None):
        # Plain numpy and builtins: a column is looked at for every field of every kind tried.
        cells = cells.to_numpy(dtype=object)
        self.year = year
        self._cache: dict = {}
        codes, uniques = pd.factorize(cells)  # NA: -1
        if all(type(u) is str for u in uniques):
            # Text cells only (the usual column): each distinct text is looked at once. (Cells of other types
            # may be equal without being the same text, 1 and 1.0: they are told apart one by one below.)
            keep = np.fromiter(map(_filled, uniques), dtype=bool, count=len(uniques))
            taken = codes >= 0
            taken[taken] = keep[codes[taken]]
            values, codes = cells[taken], codes[taken]
            # Codes number the texts in order of appearance: renumbered without the blank ones, they stay so.
            codes = np.cumsum(keep)[codes] - 1 if len(codes) else codes
        else:
            present = np.flatnonzero(~pd.isna(cells))
            values = cells[present[np.fromiter(map(_filled, cells[present]), dtype=bool, count=len(present))]]
            codes = pd.factorize(np.array(list(map(str, values)), dtype=object))[0] if len(values) else values
        self.filled = len(values)
        if not self.filled:
            self.raw, self.weights = pd.Series([], dtype=object), np.zeros(0)
            return
        counts = np.bincount(codes)
        order = np.argsort(-counts, kind="stable")[:SAMPLE]
        first = np.unique(codes, return_index=True)[1]  # codes number the texts in order of appearance
        self.raw = pd.Series(values[first[order]], dtype=object)
        self.weights = counts[order] / counts[order].sum()

    def _share(self, ok: np.ndarray) -> float:
        return float(self.weights[np.asarray(ok, dtype=bool)].sum()) if self.filled else 0.0

    @cached_property
    def texts(self) -> list[str]:
        return [unicodedata.normalize("NFKC", str(x)).strip() for x in self.raw]

    def organisations(self) -> float:
        """The share of cells naming an organisation (旺草镇人民政府, 综合行政执法队), not a person."""
        if "organisation" not in self._cache:
            self._cache["organisation"] = self._share([bool(ORGANISATION.search(t)) for t in self.texts])
        return self._cache["organisation"]

    def dates(self) -> float:
        if "date" not in self._cache:
            res = CLEANERS["date"](self.raw, year=self.year)
            self._cache["date"] = self._share(res.values.notna().to_numpy())
        return self._cache["date"]

    def numbers(self) -> float:
        if "number" not in self._cache:
            res = CLEANERS["number"](self.raw)
            self._cache["number"] = self._share(res.values.notna().to_numpy())
        return self._cache["number"]

    def numeric_text(self) -> float:
        """Share of plain counts (12, 3人, 96.3%), as statistics tables hold."""
        return self._share(
            [isinstance(x, (int, float)) or bool(_NUMERIC.match(t)) for x, t in zip(self.raw, self.texts)]
        )

    def ticks(self) -> float:
        """Share of tick marks, crosses and counts (what a tick matrix or wide log holds). A bare 是 or 否 is
        a mark too: some offices type 是 in the column of the service rendered where others draw √."""
        return self._share(
            [
                t in TICKS or t in CROSSES or bool(_NUMERIC.match(t) or _RANGE.match(t)) or _bare_yes_no(t)
                for t in self.texts
            ]
        )

    def yes_no(self) -> float:
        return self._share([yes_no_of(t)[0] is not None for t in self.texts])

    def vocabulary(self, vocab: Vocabulary, key: str) -> float:
        if key not in self._cache:
            self._cache[key] = self._share(_names_a_value(vocab, self.texts))
        return self._cache[key]

    def vocabulary_beyond(self, vocab: Vocabulary, key: str, own: Vocabulary) -> float:
        """Share of cells naming a value of `vocab` beyond `own`'s: 化解中 in a 化解结果 column is the status's own word,
        whatever a platform's stage vocabulary also calls it. A cell the two vocabularies read alike (处置中, 已移交司法所:
        化解中 and 已上报 either way) says nothing of which column is which, so it is left out of the base too: a 办理状态
        of 已办结 / 处置中 / 已上报 is all stage, a 化解结果 of 已化解 / 已移交司法所 none. Counted against, such cells had
        left 办理状态 taken for the 化解状态 (its 已办结 read 已化解) or the two columns undecided (渝坪镇's 化解结果 with
        its 已移交司法所). A column of nothing but such cells is measured as before: every cell of `vocab` but `own`'s
        own words."""
        key = f"beyond:{key}"
        if key not in self._cache:
            own_words = set(own.targets)
            readings = [vocab.resolve(t)[0] for t in self.texts]
            literal = np.array([t in own_words for t in self.texts], dtype=bool)
            alike = np.array([r in own_words for r in readings], dtype=bool) | literal
            named = np.array([r is not None for r in readings], dtype=bool)
            base = 1.0 - self._share(alike)
            if base > 1e-9:
                self._cache[key] = self._share(named & ~alike) / base
            else:
                self._cache[key] = self._share(named & ~literal)
        return self._cache[key]

    def named_within(self, vocabulary: dict[str, list[str]], key: str) -> float:
        """Share of cells naming one value of the vocabulary among their other words (spec `within`)."""
        key = f"within:{key}"
        if key not in self._cache:
            named = named_within(pd.Series(self.texts, dtype=object), vocabulary)
            self._cache[key] = self._share(named.notna().to_numpy())
        return self._cache[key]

    def doc_numbers(self) -> float:
        return self._share([bool(_DOC_NO.search(t)) for t in self.texts])

    def formed_numbers(self) -> float:
        """Share of cells formed as a document number is (号, a bracketed year, a letter code) or as a system's code of
        digits (`_DIGIT_CODE`), not bare digits a running number has too."""
        return self._share(
            [(bool(_DOC_NO.search(t)) and not _BARE_NO.match(t)) or bool(_DIGIT_CODE.match(t)) for t in self.texts]
        )

    def embedded_dates(self) -> float:
        """Share of cells holding a full date beside other text (文书号及日期 in one cell)."""
        return self._share(
            [bool(EMBEDDED_DATE.search(t)) and bool(EMBEDDED_DATE.sub("", t).strip()) for t in self.texts]
        )

    def pairs(self) -> float:
        return self._share([bool(PAIR.match(t)) for t in self.texts])

    def months(self) -> float:
        return self._share([bool(MONTH_LABEL.match(t.replace(" ", ""))) for t in self.texts])

    def people(self) -> float:
        """Share of cells naming a person (a common surname and one to three more characters, 张某 alike) or an
        organisation, first: what a column of parties, applicants or officers holds — not a multiple choice of
        matters (土地, 赡养┋债务) that a column titled like nothing known may hold too."""
        if "people" not in self._cache:
            self._cache["people"] = self._share([_names_someone(t) for t in self.texts])
        return self._cache["people"]

    def persons(self) -> float:
        """Share of cells naming people (王建国, 李某, 陈丽、张敏), never an organisation: who handled or attended."""
        if "persons" not in self._cache:
            self._cache["persons"] = self._share([_names_a_person(t) for t in self.texts])
        return self._cache["persons"]

    def contradicts(self, field: FieldSpec) -> bool:
        """Whether the cells say the column is not the field, whatever its title: people's names under a field of
        free text naming no person (an office, a place, a title: 承办人 王建国 is no 执法单位, though its title is
        close to 承办单位)."""
        step = field.steps[0] if field.steps else "text"
        return step == "text" and not field.personal and self.persons() >= 0.5

    def words(self) -> float:
        """Share of text that is not a number, date or tick: names, titles, summaries."""
        return self._share(
            [not _NUMERIC.match(t) and t not in TICKS and not EMBEDDED_DATE.fullmatch(t) for t in self.texts]
        )

    def fit(self, field: FieldSpec, vocab: Vocabulary | None = None) -> float:
        """How well the column's cells fit the field, 0–1."""
        if not self.filled:
            return 0.0
        step = field.steps[0] if field.steps else "text"
        if step == "date":
            return self.dates()
        if step in ("number", "integer"):
            return self.numbers()
        if step == "category" and vocab is not None:
            return self.vocabulary(vocab, field.vocabulary_name or field.name)
        if step == "yes_no":
            return self.yes_no()
        if step == "case_no":
            return self.doc_numbers()
        if step == "id_number":
            return self._share([bool(_ID.match(t)) for t in self.texts])
        if step == "phone":
            return self._share([bool(_PHONE.match(t)) for t in self.texts])
        if field.personal == "name":
            return self.people()
        return self.words()

    def rank(self, field: FieldSpec, vocab: Vocabulary | None = None) -> float:
        """How well the cells fit the field, to choose between columns titled alike for it (编号 beside 卷宗号):
        as `fit`, but a case number formed as offices form one outranks bare digits, which a running number
        has too (typed as numbers or as text: the same column saved as CSV must be chosen alike)."""
        score = self.fit(field, vocab)
        if self.filled and field.steps and field.steps[0] == "case_no":
            # A system's code of digits is a case number here, among columns titled for one (鲁桥镇's 案件编号
            # 370812202400001 had scored nothing and lost to the 决定书文号 beside it, blank for a case not decided).
            codes = self._share([bool(_DOC_NO.search(t)) or bool(_DIGIT_CODE.match(t)) for t in self.texts])
            return (codes + self.formed_numbers()) / 2
        return score


# Per vocabulary, whether a text names one of its values: the same category words come back in every table a
# kind is tried on, and in every town of a county (two lookups in five, in generated towns), and resolving one (its
# core, branches, what it holds) costs more than looking it up. Keyed by the vocabulary object, built once per
# distinct content (vocabulary_of): a town's own words make another vocabulary, with answers of its own. Bounded in
# all (free text is new in every town): emptied when full.
_NAMED: dict[Vocabulary, dict[str, bool]] = {}
_NAMED_MOST = 200_000
_named_count = 0


def _names_a_value(vocab: Vocabulary, texts: list[str]) -> list[bool]:
    """Per text, whether the vocabulary reads a value in it (`Vocabulary.resolve`), remembered per vocabulary."""
    global _named_count
    if _named_count + len(texts) > _NAMED_MOST:
        _NAMED.clear()
        _named_count = 0
    memo = _NAMED.setdefault(vocab, {})
    out = []
    for t in texts:
        named = memo.get(t)
        if named is None:
            named = memo[t] = vocab.resolve(t)[0] is not None
            _named_count += 1
        out.append(named)
    return out


def fits(cells: pd.Series, field: FieldSpec, year: int | None = None) -> float:
    """How well a column's cells fit a field, 0–1, through the field's own vocabulary (if any)."""
    vocab = vocabulary_of({k: list(v) for k, v in field.vocabulary.items()}) if field.vocabulary else None
    return ColumnContent(cells, year).fit(field, vocab)


def _names_someone(text: str) -> bool:
    """Whether a cell starts with a person's name or names an organisation or a placeholder (本人, 不详).

    >>> [_names_someone(t) for t in ("张三", "欧阳娜、李四", "王某某", "刘*", "旺草镇人民政府", "不详", "王五（男，45岁）")]
    [True, True, True, True, True, True, True]
    >>> [_names_someone(t) for t in ("土地", "赡养┋债务┋噪音", "邻里纠纷", "A.已化解", "2024-03-05", "张")]
    [False, False, False, False, False, False]
    """
    if ORGANISATION.search(text) or text in NOT_NAMES:
        return True
    first = _FIRST_PERSON.match(text)
    name = first.group() if first else ""
    surname = 2 if name[:2] in COMPOUND_SURNAMES else 1 if name[:1] in PERSON_SURNAMES else 0
    given = name[surname:]
    return bool(surname) and (MASKED_GIVEN.match(given) is not None or (1 <= len(given) <= 3 and given.isalpha()))


def _names_a_person(text: str) -> bool:
    """Whether a cell starts with a person's name, not an organisation's nor a placeholder.

    >>> [_names_a_person(t) for t in ("王建国", "李某", "陈丽、张敏", "综合行政执法队", "不详", "应急办", "邻里纠纷")]
    [True, True, True, False, False, False, False]
    """
    return not ORGANISATION.search(text) and text not in NOT_NAMES and _names_someone(text)


_LIST_SEPARATORS = re.compile(r"[、，,；;/／\\|\s]+")


def people_among_choices(table: pd.DataFrame, fields: tuple[FieldSpec, ...]) -> set[str]:
    """People a clerk wrote where a choice belongs (参学人员 王建国、陈丽娟 in place of 班子成员): the pieces of a
    vocabulary field's cells that are no word of its vocabulary and read as a person's full name. They are the
    year's names as those of the personal fields are, so the unknown value is masked wherever it would leave.

    >>> from fzlib.spec import FieldSpec
    >>> audience = FieldSpec(name="audience", title="对象", steps=("category",), vocabulary={"领导干部": ("班子成员",)})
    >>> cells = ["领导干部", "王建国、陈丽娟、郗翊衡", "高某", "党员、团员", None]
    >>> sorted(people_among_choices(pd.DataFrame({"audience": cells}), (audience,)))
    ['王建国', '郗翊衡', '陈丽娟']
    """
    found: set[str] = set()
    for field in fields:
        if not field.vocabulary or field.personal or field.name not in table:
            continue
        given = distinct_texts(table[field.name])
        if not given:  # a column no sheet had: no choice written
            continue
        words = set(field.vocabulary) | {v for variants in field.vocabulary.values() for v in variants}
        for value in given:
            if value in words:
                continue
            pieces = [p for p in _LIST_SEPARATORS.split(value) if p and p not in words]
            named = [p for p in pieces if is_full_name(p)]
            # A list mostly of names is a list of people: a rarer surname in it (郗翊衡) is a name too.
            if named and len(pieces) > 1 and 2 * len(named) >= len(pieces):
                named = [p for p in pieces if HAN_NAME.fullmatch(p) and not ORGANISATION.search(p)]
            found |= {n for p in named for n in split_names(p)}
    return found


def _filled(x) -> bool:
    return not (x is None or (isinstance(x, str) and not x.strip()))
