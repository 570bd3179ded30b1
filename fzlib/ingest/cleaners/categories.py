"""Cleaners of controlled values: a vocabulary's categories and yes/no, recognised by evidence."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners.cells import (
    BOOL,
    EMPTY_BOXES,
    STRING,
    Uniques,
    cleaned,
    na_strings,
    normalise,
    raw_text,
    retyped_values,
    text_cells,
)
from fzlib.ingest.cleaners.characters import fold, slip_readings
from fzlib.ingest.cleaners.numbers import without_trailing_count
from fzlib.ingest.cleaners.registry import Cleaned, register
from fzlib.spec import SEVERAL_JOIN

# A qualifier in brackets after (or before) the value: 检查（日常）, 是（副镇长）, 【主动】.
_QUALIFIER = re.compile(r"[（(【\[〔][^（）()【】\[\]〔〕]*[）)】\]〕]")
_BRACKETS = re.compile(r"[（(【\[〔）)】\]〕]")
# Quotation marks round a term (“以案定补”, 《》): they mark it, they are not part of it.
QUOTES = re.compile(r"[\"'“”‘’《》「」『』〈〉]")
# A listed variant this long, found inside a value, tells its canonical value.
MIN_VARIANT_INSIDE = 3
# A variant written after an ellipsis (…融媒) is the word a name ends with: a county's 融媒体中心 calls itself 鲁阳融媒,
# 巫山融媒. A name of at most NAME_BEFORE_ENDING characters before the word, naming no value of its own, is the value
# (the word alone is a variant as any). Too short to be looked for inside a text (MIN_VARIANT_INSIDE), it is looked
# for only at a text's end, and only where nothing else names a value.
NAME_ENDING = "…"
NAME_BEFORE_ENDING = 8
# What joins the values of a list written in one cell: 行政检查、行政处罚; 检查/处罚; 领导干部和法律明白人; and the
# answers of a multi-choice question as online forms export them (问卷星 ┋, others |).
_LIST_JOINS = re.compile(r"[、，,;；/／+＋|｜┋]|和|及|与")
# Words that deny what follows or precedes them (化解不成功, 没有化解, 尚未调解成功), longest first,
# and the perfective 已 that an affirmed value carries (已化解 against 未化解).
# 失败 ends a value as 不成功 does (化解失败): it denies what stands before it.
_DENIALS = re.compile("没有|无法|未能|尚未|暂未|不能|失败|[未不没无非否]")
_PERFECTIVE = re.compile("已")
# What joins the levels of a value a system writes as a path in its tree of kinds (行政处罚-简易程序,
# 行政检查＞日常检查): the first level is the kind, the rest a refinement under it. Not a list join: "/" and
# "、" join values side by side.
_TREE_JOINS = re.compile(r"\s*[-－—–>＞›»]\s*")
# The joins only a tree of columns uses (a site's 栏目 path): a level after one is always under the one before.
_TREE_ARROWS = re.compile(r"[>＞›»]")
_OTHER = re.compile("其[他它]")
# An online form's 其他 option with what the person typed beside it: 其他〖宅基地纠纷〗 (问卷星), 其他(信访接待),
# 其他：参加会议. The typed words are the answer; the bare 其他 only when they name no value.
_OTHER_TYPED = re.compile(
    r"(?P<word>其[他它])\s*(?:[〖【\[(（「](?P<inside>[^〖〗【】]+)[〗】\])）」]|[:：](?P<after>.+))"
)
# A value saying its matter is still going on (调解中, 正在化解), or that it is over (已调解, 调解完毕):
# the nearest value of the other kind is not offered (已调解 is no 调解中).
_ONGOING = re.compile("中$|正在|进行")
_OVER = re.compile("^已|完毕|完成|结束|结案")
# Punctuation a clerk leaves at either end of a value (已化解。, ，已化解): no part of it.
_STRAY_STOPS = re.compile(r"^[。．.，,、；;！!？?：:]+|[。．.，,、；;！!？?：:]+$")
# A value said to hold in part (部分化解, 基本履行, 初步调解): never suggested as the whole value.
_PARTLY = re.compile(r"部分|基本|初步|大部")
# A document named by its title in a service's cell (审查《土地流转合同》, 出具《关于某事项的法律意见书》): the title
# is the object's own name, its last word the kind of document; the service is read with that word alone.
_BOOK_TITLE = re.compile(r"《([^《》]*)》")
_DOCUMENT_WORD = re.compile(
    r"(?:法律意见书|意见书|规范性文件|村规民约|居民公约|合同书?|协议书?|章程|方案|办法|细则|规定|制度|通知|公告|决定|文件)$"
)


# The same document named without the quotes, between the verb and its kind (审查土地流转合同, 审核村规民约2件, 出具关于某事项的
# 法律意见书), as a counsel's log writes it in a hurry (the count after it is the quantity's, fzlib/specs/counsel.yaml):
# read with the verb and the kind alone, a village's rules, a plan or a notice being a 文件 (审核文件). Only a verb of
# the service and a reading the vocabulary lists: 起草土地流转合同 is still the office's to say (drafting is no review).
_UNQUOTED_DOCUMENT = re.compile(
    r"(?P<verb>审查|审核|出具)(?P<name>.*?)"
    r"(?P<word>法律意见书|规范性文件|村规民约|居民公约|合同书?|协议书?|章程|方案|办法|细则|规定|制度|通知|公告|决定|文件)"
)
# The document first and the review after (村规民约审核, 土地流转合同审查), as the vocabulary's 合同审查 and 规范性文件审核
# are written: the same review. Only 审查 and 审核 (nothing is 法律意见书出具).
_DOCUMENT_REVIEWED = re.compile(
    r"(?P<name>.*?)"
    r"(?P<word>规范性文件|村规民约|居民公约|合同书?|协议书?|章程|方案|办法|细则|规定|制度|通知|公告|决定|文件)"
    r"(?P<verb>审查|审核)"
)
_DOCUMENT_KIND = {"合同书": "合同", "协议书": "协议", "规范性文件": "规范性文件", "法律意见书": "法律意见书"}


def _unquoted_document(text: str) -> str | None:
    """The service a text names with its document's own name left in (审查土地流转合同 → 审查合同), or None.

    >>> [_unquoted_document(t) for t in ("审查土地流转合同2份", "审核村规民约", "出具关于征地补偿的法律意见书", "法律咨询")]
    ['审查合同', '审核文件', '出具法律意见书', None]
    >>> [_unquoted_document(t) for t in ("村规民约审核", "土地流转合同审查2份", "合同审查", "起草村规民约")]
    ['审核文件', '审查合同', '审查合同', None]
    """
    plain = without_trailing_count(text)
    m = _UNQUOTED_DOCUMENT.fullmatch(plain) or _DOCUMENT_REVIEWED.fullmatch(plain)
    if m is None or not m["name"] and m["word"] in _DOCUMENT_KIND:
        return None
    word = m["word"]
    kind = _DOCUMENT_KIND.get(word, word if word in ("合同", "协议") else "文件")
    return m["verb"] + kind


def is_other(text: str) -> bool:
    """Whether a value is the bare 其他 (其它) every classification ends with."""
    return bool(_OTHER.fullmatch(text.strip()))


def _document_word(m: re.Match) -> str:
    word = _DOCUMENT_WORD.search(m.group(1).strip())
    return word.group(0) if word else ""


def _affirmed(text: str) -> str:
    """A value with its denials and 已 taken out: 化解不成功 → 化解成功, 未化解 → 化解."""
    return _PERFECTIVE.sub("", _DENIALS.sub("", text))


_SPACES = re.compile(r"\s+")  # compiled once: keys and cores are made per distinct text


def _denies(text: str) -> bool:
    return bool(_DENIALS.search(text))


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """Key for the forgiving match: full NFKC (brackets too), case-folded, no whitespace, traditional characters in
    their simplified form (調解成功 is 调解成功: pasted from another document, not another value)."""
    return fold(_SPACES.sub("", unicodedata.normalize("NFKC", text).casefold()))


def core(text: str) -> str:
    """A value without what offices add around it: qualifiers in brackets, quotes, spaces and a
    trailing 类. A value written only in brackets keeps what is inside.

    >>> [core(t) for t in ["检查（日常）", "“行政确认类”", "是 (副镇长)", "（口头）", "类"]]
    ['检查', '行政确认', '是', '口头', '类']
    """
    t = QUOTES.sub("", text)
    stripped = _QUALIFIER.sub("", t)
    if not stripped.strip():
        stripped = _BRACKETS.sub("", t)
    stripped = _SPACES.sub("", stripped)
    return stripped[:-1] if len(stripped) > 2 and stripped.endswith("类") else stripped


# A mark alone in a cell. A register kept in Word ticks its boxes (☑, or ■ filled) in one column per option
# (已化解 | 化解中 | 未化解), leaving □ in the others: a filled box is a tick, an empty one says no as a cross does.
# A phone's keyboard and its emoji add their own: 🗸 (a light tick), ✕ ✖ ❌ ❎ ☓ (crosses).
TICKS = frozenset("√✓✔☑■▣◼✅🗸")
# A cell of a 是否 question's two answers and nothing else (是 否, 是否, 否/是): a form printed with both, neither ticked (its
# boxes lost: an old Word form's check boxes, a picture of a tick), or the question copied down. It had been 未化解 by
# its 否 read as a denial of 是 (vocab.assumed), a dispute counted unresolved that no one said was.
_BOTH_ANSWERS = re.compile(r"\s*(?:是[\s/、，,|｜]*否|否[\s/、，,|｜]*是)\s*")
_LOGICAL_YES = ("TRUE", "True", "true")
_LOGICAL_NO = ("FALSE", "False", "false")
CROSSES = frozenset("×✗✘☒✕✖❌❎☓") | frozenset(EMPTY_BOXES)


class Vocabulary:
    """A vocabulary (canonical → variants) and the three ways a written value reaches a canonical
    value: as written (or a listed variant), after `core`, or by containing exactly one canonical
    value and no negation. Only the first is certain; the others are assumptions worth a note."""

    def __init__(self, vocabulary: dict[str, list[str]]):
        canon = [str(c) for c in vocabulary]
        # The words names end with (…融媒): the word is a form as any, its ending kept apart (`_by_name_ending`).
        self.name_endings = [
            (_key(str(v)[len(NAME_ENDING) :]), c)
            for c in canon
            for v in vocabulary.get(c) or []
            if str(v).startswith(NAME_ENDING) and len(str(v)) > len(NAME_ENDING)
        ]
        forms = [[c, *(str(v).removeprefix(NAME_ENDING) for v in (vocabulary.get(c) or []))] for c in canon]
        flat = pd.Series([f for fs in forms for f in fs], dtype=STRING)
        # One normalisation over every form at once (a Series per value costs more than the rest).
        normed = normalise(flat).to_numpy(dtype=object, na_value=None)
        self.exact: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        self.targets: list[str] = []
        at = 0
        for c, fs in zip(canon, forms):
            c_norm = normed[at]
            target = c if c_norm is None else c_norm
            self.targets.append(target)
            for form in [*(x for x in normed[at : at + len(fs)] if x is not None), *fs]:
                self.exact.setdefault(form, target)
            for form in fs:
                self.loose.setdefault(_key(form), target)
            at += len(fs)
        # A 是否 question (是否化解, 是否调解成功) answered with a tick or a cross: the vocabulary's 是 or 否,
        # in a vocabulary without those answers nothing. Read only in a column already taken for the field
        # (clean_category), never as evidence that a column is it: any 是否 column is ticked (是否重大纠纷).
        # So is Excel's logical value (TRUE / FALSE: a check box linked to its cell, a new Excel's or WPS's check box
        # cell, a system's export of a yes/no field), whatever its case: it had been "不在规定选项中", the office told
        # to register TRUE as its own word for 已化解.
        answers = (("是", (*TICKS, *_LOGICAL_YES)), ("否", (*CROSSES, *_LOGICAL_NO)))
        self.marks = {m: self.exact[a] for a, ms in answers if a in self.exact for m in ms}
        self.canonical_keys = [(_key(t), t) for t in self.targets]
        # What `_inside` looks for in a text, by first character, each with its place in the order the canonical
        # keys and then the long variants are tried: a text is searched only for the keys starting with one of its
        # characters (a large vocabulary's every variant had been tried on every text of every table).
        self._by_first: dict[str, list[tuple[int, str, str]]] = {}
        tried = [*((k, t) for k, t in self.canonical_keys if k)]
        tried += [(k, t) for k, t in self.loose.items() if len(k) >= MIN_VARIANT_INSIDE]
        for at, (k, t) in enumerate(tried):
            self._by_first.setdefault(k[0], []).append((at, k, t))
        # The canonical value that denies another (调解不成功 of 调解成功, 未化解 of 已化解, 未履行 of
        # 已履行): the same words once the denial and 已 are taken out.
        denying = {_affirmed(t): t for t in self.targets if _denies(t)}
        self.denied = {t: denying[_affirmed(t)] for t in self.targets if not _denies(t) and _affirmed(t) in denying}
        # The word several canonical values end with (治安案件 of 涉黄治安案件, 涉赌治安案件, 其他治安案件), and its tails
        # (案件): the kind of thing they all are, longest first (see `_named_before`).
        shared: dict[str, set[str]] = {}
        for t in self.targets:
            for n in range(MIN_VARIANT_INSIDE, len(t)):
                shared.setdefault(t[-n:], set()).add(t)
        endings = {e for e, ts in shared.items() if len(ts) >= 2}
        self.endings = sorted({e[-n:] for e in endings for n in range(2, len(e) + 1)}, key=len, reverse=True)
        # The same of the variants as written (房屋宅基地纠纷, 婚姻家庭纠纷 of values written without 纠纷): a text near a
        # value only by such a word is no evidence of it (`_alike_by_ending_only`).
        for k, t in self.loose.items():
            for n in range(2, len(k)):
                shared.setdefault(k[-n:], set()).add(t)
        said = {e for e, ts in shared.items() if len(ts) >= 2}
        self.said_endings = sorted({e[-n:] for e in said for n in range(2, len(e) + 1)}, key=len, reverse=True)
        self._said_words = frozenset(self.said_endings)
        # Their lengths, shortest first: a text is cut only where one of them may end it (`_said_with`).
        self._said_lengths = sorted({len(w) for w in self.said_endings})
        # Per canonical value, the keys of its forms (`_said_with`).
        self.forms_of: dict[str, list[str]] = {}
        for k, t in self.loose.items():
            self.forms_of.setdefault(t, []).append(k)

    @staticmethod
    def key(text: str) -> str:
        """`_key` of one text: titles and values are keyed one by one."""
        return _key(text)

    def certain(self, text: str) -> str | None:
        return self.exact.get(text) or self.loose.get(self.key(text))

    def assumed(self, text: str) -> str | None:
        """The canonical value a text stands for by evidence, or None. A value denying a canonical
        value (化解不成功, 没有化解) stands for the canonical value that denies it, if there is one."""
        if _BOTH_ANSWERS.fullmatch(text):
            return None  # the question's two answers printed, neither marked: no denial of 是 by its 否
        if _BOOK_TITLE.search(text):
            # The words of a title never decide (审查《法律咨询服务合同》 is a review, not a consultation).
            named = self.assumed(_BOOK_TITLE.sub(_document_word, text))
            if named is not None:
                return named
        plain = _unquoted_document(core(text))
        if plain is not None and (named := self.certain(plain)) is not None:
            return named
        other = _OTHER_TYPED.fullmatch(text.strip())
        if other:
            typed = (other["inside"] or other["after"]).strip()
            return self.certain(typed) or self.assumed(typed) or self.certain(other["word"])
        c = core(text)
        if not c:
            return None
        found = self.certain(c) or self._named_before(c) or self._said_with(c)
        if found:
            return found
        branch = self._branch(c)
        if branch is not None:
            return branch
        inside = self._inside(c)  # first: 没收违法所得 and 非法 hold 没 and 非 without denying anything
        if inside is None and not _denies(c):
            return self._bracketed(text) or self._by_name_ending(c)
        if inside is not None or not _denies(c) or self._two_values(c):
            return inside
        affirmed = _affirmed(c)
        said = self.certain(affirmed) or self._inside(affirmed) if affirmed else None
        return self.denied.get(said) if said else None

    def _by_name_ending(self, c: str) -> str | None:
        """The value a name ends with the word of (鲁阳融媒: …融媒 of 媒体报道), where the name before the word names no
        value of its own (网站 of 网站发布 would) and is a name's length.

        >>> v = Vocabulary({"媒体报道": ["…融媒", "融媒体"], "政府网站": ["网站"]})
        >>> [v._by_name_ending(t) for t in ("鲁阳融媒", "网站融媒", "融媒", "一个很长很长的单位名称的融媒")]
        ['媒体报道', None, None, None]
        """
        key = self.key(c)
        for ending, target in self.name_endings:
            name = key[: -len(ending)]
            if key.endswith(ending) and 0 < len(name) <= NAME_BEFORE_ENDING:
                if self.certain(name) is None and self._inside(name) is None:
                    return target
        return None

    def suggestion(self, text: str, key: str) -> str | None:
        """The nearest canonical value to an unknown text, never one that says the opposite, and none for a text
        naming two values (书面口头: the nearer of the two is no reading of it)."""
        if self._two_values(core(text)):
            return None
        close = difflib.get_close_matches(key, list(self.loose), n=1, cutoff=0.6)
        if not close or self._alike_by_ending_only(key, close[0]) or _slipped_and_lengthened(key, close[0]):
            return None
        target, said = self.loose[close[0]], core(text)
        if _denies(said) != _denies(target):
            return None
        if (_ONGOING.search(said) and _OVER.search(target)) or (_OVER.search(said) and _ONGOING.search(target)):
            return None
        if _PARTLY.search(said) and not _PARTLY.search(target):
            return None  # 部分化解 is no 已化解: accepted, the suggestion would count it resolved
        return target

    def slipped(self, text: str) -> str | None:
        """The one canonical value a text stands for once a slip of hand typing is undone (以化解, 己化解 → 已化解;
        调节成功 → 调解成功; fzlib/specs/characters.yaml), or None: none, or two different values, are no reading.
        A reading must be a value or variant as written (but for a stray stop after it: 以化解。): found by evidence
        inside longer words it would read phrases as slips (化解终结 is no 化解中 with 结 after it).

        >>> v = Vocabulary({"已化解": [], "化解中": [], "未化解": []})
        >>> v.slipped("以化解。"), v.slipped("化解终"), v.slipped("化解终结"), v.slipped("已处理")
        ('已化解', '化解中', None, None)
        """
        readings = slip_readings(_STRAY_STOPS.sub("", core(text)))
        found = {v for v in map(self.certain, readings) if v is not None}
        return found.pop() if len(found) == 1 else None

    def _alike_by_ending_only(self, key: str, near: str) -> bool:
        """Whether a text is near a value only by the word they both end with (吸毒治安案件 and 涉黄治安案件 share 治安案件):
        offered as the nearest, and accepted, it would count another offence as a 涉黄 case. A slip in the words
        before it (涉皇治安案件) is still near.

        >>> v = Vocabulary({"涉黄治安案件": [], "其他治安案件": ["盗窃"]})
        >>> v._alike_by_ending_only("吸毒治安案件", "涉黄治安案件"), v._alike_by_ending_only("涉皇治安案件", "涉黄治安案件")
        (True, False)

        So is a word its variants end with (房屋租赁纠纷 shares 房屋 and 纠纷 with 房屋宅基地纠纷: a lease is no homestead).

        >>> v = Vocabulary({"房屋宅基地": ["房屋宅基地纠纷"], "婚姻家庭": ["婚姻家庭纠纷"]})
        >>> v._alike_by_ending_only("房屋租赁纠纷", "房屋宅基地纠纷"), v._alike_by_ending_only("婚姻家廷纠纷", "婚姻家庭纠纷")
        (True, False)
        """
        for ending in map(self.key, self.said_endings):
            if key.endswith(ending) and near.endswith(ending):
                before, near_before = key[: -len(ending)], near[: -len(ending)]
                return not difflib.get_close_matches(before, [near_before], n=1, cutoff=0.5)
        return False

    def _named_before(self, c: str) -> str | None:
        """The value a text names before the word its kind of values ends with: a police register writes the offence
        and then 治安案件 or 案件 (盗窃治安案件, 赌博案件), where the vocabulary lists the offence (盗窃 of 其他治安案件). Only a
        value as written or listed, and one that itself ends with that word: 盗窃治安案件 is no 家暴告诫书.

        >>> v = Vocabulary({"涉赌治安案件": ["赌博"], "其他治安案件": ["盗窃"], "家暴告诫书": ["告诫书"]})
        >>> v._named_before("盗窃治安案件"), v._named_before("赌博案件"), v._named_before("告诫书案件")
        ('其他治安案件', '涉赌治安案件', None)
        """
        for ending in self.endings:
            if len(c) > len(ending) and c.endswith(ending):
                named = self.certain(c[: -len(ending)])
                return named if named is not None and named.endswith(ending) else None
        return None

    def _said_with(self, c: str) -> str | None:
        """The value a text names by a listed form of it followed by the word its other forms are said with, a word the
        vocabulary's values share (纠纷 of 邻里纠纷, 土地纠纷): 林地纠纷 is 林地, listed, said with 纠纷 as 山林土地纠纷 is
        (ledger-kinds: variants add or drop 纠纷). Only where that value has a form ending with the word.

        >>> v = Vocabulary({"山林土地": ["山林土地纠纷", "林地", "土地纠纷"], "邻里": ["邻里纠纷"], "其他": []})
        >>> v._said_with("林地纠纷"), v._said_with("用水纠纷"), v._said_with("林地争议")
        ('山林土地', None, None)
        """
        key = self.key(c)
        # Cut only at the said words' lengths, not at every length: a cell of 120,000 characters had been cut (and
        # each stem hashed) 120,000 times.
        for n in self._said_lengths:
            if n >= len(key) - 1:
                break
            stem, word = key[:-n], key[-n:]
            if word not in self._said_words or (named := self.loose.get(stem)) is None:
                continue
            if any(f.endswith(word) and f != word for f in self.forms_of.get(named, ())):
                return named
        return None

    def _branch(self, c: str) -> str | None:
        """The value a path in a system's tree of kinds names by its first level (行政许可-一般程序 is a
        行政许可, although 一般程序 alone would name a penalty's procedure), with nothing after it that
        denies it (化解-未成功 is no 化解). A leading code (01-调解成功) is no level: its value is after it.
        A later level that is itself another canonical value (行政检查-行政处罚) is a second value side by
        side, not a refinement: none is chosen; 其他 under a level is that level's other kinds. A later level
        naming another value, in a site's tree of columns (joined by >) or with the first level's words in it, is
        a thing of its own kept under that level (依申请公开>依申请公开指南, 依申请公开＞政府信息公开指南: the
        column's guide to applying, no application): the deepest such level decides.

        >>> v = Vocabulary({"依申请公开": ["依申请"], "公开指南": ["依申请公开指南", "政府信息公开指南"]})
        >>> v._branch("依申请公开>政府信息公开指南"), v._branch("依申请公开-依申请公开指南")
        ('公开指南', '公开指南')
        """
        levels = [p for p in _TREE_JOINS.split(c) if p]
        if len(levels) < 2:
            return None
        head = self.certain(levels[0])
        if head is None or any(_denies(p) and not self.certain(p) for p in levels[1:]):
            return None
        under, tree = self.key(levels[0]), _TREE_ARROWS.search(c) is not None
        for level in reversed(levels[1:]):
            named = self.certain(level)
            if named is not None and named != head and (tree or (under and under in self.key(level))):
                return named
        if len(self._canonical_levels(levels)) > 1:
            return None
        return head

    def _canonical_levels(self, levels: list[str]) -> list[str]:
        """The distinct canonical values among a path's levels written as such (其他 under a level is no
        value of its own): two of them are two values side by side (行政检查-行政处罚)."""
        canonical = dict(self.canonical_keys)
        named = (canonical.get(self.key(p)) for p in levels if not _OTHER.match(p))
        return list(dict.fromkeys(t for t in named if t))

    def _bracketed(self, text: str) -> str | None:
        """The one canonical value the words in a value's brackets name, where the words outside them name
        none: a case type written as the article of the law with the offence after it (违反《治安管理处罚法》
        第六十六条（卖淫、嫖娼）). Two brackets naming two values name none.

        >>> Vocabulary({"涉黄治安案件": ["卖淫、嫖娼"], "涉赌治安案件": ["赌博"]})._bracketed("第七十条（赌博）")
        '涉赌治安案件'
        """
        said = set()
        for inner in _QUALIFIER.findall(QUOTES.sub("", text)):
            words = inner[1:-1].strip()
            found = (self.certain(words) or self._inside(words)) if words and not _denies(words) else None
            if found is not None:
                said.add(found)
        return said.pop() if len(said) == 1 else None

    def _two_values(self, c: str) -> bool:
        """Whether a text names two canonical values, one of them perhaps inside the other's words (调解不成功，后
        调解成功): taking its denial out would leave one value where the clerk wrote two."""
        rest, found = self.key(c), 0
        for k, _ in sorted(self.canonical_keys, key=lambda kt: -len(kt[0])):
            if k and k in rest:
                rest, found = rest.replace(k, "\x00"), found + 1
        return found >= 2

    def _inside(self, c: str) -> str | None:
        """The one canonical value (or long variant) a text holds, with nothing that may deny it."""
        key = self.key(c)
        # Canonical values inside it, and listed variants long enough to say something (融媒体 in
        # 县融媒体中心; not 成功, which 不成功 holds too).
        hits = [(k, t) for _, k, t in sorted(h for ch in set(key) for h in self._by_first.get(ch, ()) if h[1] in key)]
        # The longest wins where one form is part of another found with it.
        hits = [(k, t) for k, t in hits if not any(k != k2 and k in k2 for k2, _ in hits)]
        if len({t for _, t in hits}) != 1:
            return None
        rest = key
        for k, _ in hits:
            rest = rest.replace(k, "")
        if len(_TREE_JOINS.split(c)) < 2 and any(k in rest for k, _ in self.canonical_keys if k):
            # Another value besides it, once it is taken out (调解不成功，后调解成功): two values. In a path
            # (政府信息公开>依申请公开>依申请公开指南) a level above may name a value: the deepest one found decides.
            return None
        if self._names_another(rest, hits[0][1]):
            return None
        return None if _denies(rest) else hits[0][1]  # what is left beside it may deny it (不予许可)

    def _names_another(self, rest: str, found: str) -> bool:
        """Whether the words left beside a value found inside a text name something else: the noun other values end
        with and the one found does not (治安案件 in 告诫书治安案件: a public-order case or a warning, the text says
        both). The value is then no reading of it. (Another value's short word beside it, 涉赌 in 涉赌告诫书, is not
        taken so: 其他 in 其他规范性文件 is such a word too, and qualifies the value.)

        >>> v = Vocabulary({"家暴告诫书": ["告诫书"], "涉赌治安案件": ["涉赌"], "其他治安案件": ["盗窃"]})
        >>> [v._names_another(r, "家暴告诫书") for r in ("治安案件", "出具", "首次")]
        [True, False, False]
        """
        return any(e in rest and not found.endswith(e) for e in self.endings if len(e) >= MIN_VARIANT_INSIDE)

    def several(self, text: str) -> list[str]:
        """The distinct canonical values a text names side by side (行政检查、行政处罚; 检查/处罚), or [].
        A record holds one value: none of them is chosen, nor offered as the nearest."""
        parts = [p for p in _LIST_JOINS.split(core(text)) if p]
        if len(parts) < 2:
            # Joined by a dash, only values written as such are side by side: 行政许可-一般程序 is a path.
            levels = [p for p in _TREE_JOINS.split(core(text)) if p]
            named = self._canonical_levels(levels)
            return named if len(levels) >= 2 and len(named) == len(levels) and len(named) >= 2 else []
        named = list(dict.fromkeys(self.resolve(p)[0] for p in parts))
        return named if None not in named and len(named) >= 2 else []

    def resolve(self, text: str) -> tuple[str | None, bool]:
        """(canonical value or None, whether it was assumed rather than written)."""
        found = self.certain(text)
        if found:
            return found, False
        found = self.assumed(text) or self.agreeing(text)
        return found, found is not None

    def agreeing(self, text: str) -> str | None:
        """The one value a list's parts all name (警告┋罚款, 警告、罚款: a decision's penalties, each a 行政处罚), or
        None: parts naming different values (行政检查、行政处罚) or a part naming none are no value."""
        parts = [p for p in _LIST_JOINS.split(core(text)) if p]
        if len(parts) < 2:
            return None
        named = {self.certain(p) or self.assumed(p) for p in parts}
        return named.pop() if len(named) == 1 and None not in named else None


# A name of the form 对<what>的<act> (a power of a 赋权事项清单: 对未取得乡村建设规划许可证进行建设的处罚): the act is
# the words after the last 的, qualifiers in brackets aside; what the act is done to may name other values.
_ACT_OF_NAME = re.compile(r"的([^的]+)$")


def _named(text: str, words: list[tuple[str, str]]) -> set[str]:
    return {value for word, value in words if word and word in text}


def named_within(raw: pd.Series, vocabulary: dict[str, list[str]]) -> pd.Series:
    """The value of a vocabulary each cell names among its other words (达成口头协议 → 口头), NA where it names
    none or several: a field read from another field's cells (spec `within`), the longest word first. A cell
    naming several, written 对…的<act>, names what its act names (对未取得许可证进行建设的处罚 → 处罚).

    >>> forms = {"口头": ["口头协议"], "书面": ["书面协议", "协议书"]}
    >>> named_within(pd.Series(["达成口头协议", "达成书面协议", "未达成协议", None, "口头协议并制作协议书"]), forms).tolist()
    ['口头', '书面', <NA>, <NA>, <NA>]
    >>> acts = {"行政处罚": ["处罚"], "行政许可": ["许可"], "行政检查": ["检查"]}
    >>> named_within(pd.Series(["对未取得许可证进行建设的处罚", "对许可事项的检查（日常）", "许可证核发"]), acts).tolist()
    ['行政处罚', '行政检查', '行政许可']
    """
    words = [(_key(w), value) for value, variants in vocabulary.items() for w in (value, *variants) if w]
    out = []
    for cell in raw.to_numpy(dtype=object):
        text = _key(str(cell)) if cell is not None and cell == cell else ""
        found = _named(text, words)
        if len(found) > 1 and (act := _ACT_OF_NAME.search(_key(core(str(cell))))):
            found = _named(act.group(1), words)
        out.append(found.pop() if len(found) == 1 else None)
    return pd.Series(out, index=raw.index, dtype="string")


def listed(vocab: Vocabulary, text: str, among: tuple[str, ...]) -> str | None:
    """The value of `among` a cell listing several of the vocabulary's values stands for: the first of
    `among` it lists, when every part of the list is a value (行政执法人员、法律明白人 → 法律明白人). A list of
    values none of `among` is for certain none of them, all a figure asks: it takes its first value (a session
    for 村（社区）干部 and 镇机关干部 is not one for 法律明白人). None where a part is unknown.

    >>> v = vocabulary_of({"法律明白人": [], "行政执法人员": ["执法人员"], "领导干部": []})
    >>> [listed(v, t, ("法律明白人",)) for t in ["行政执法人员、法律明白人", "领导干部和执法人员", "法律明白人、村民"]]
    ['法律明白人', '领导干部', None]
    """
    named = vocab.several(text)
    wanted = [vocab.certain(a) or a for a in among]
    return next((w for w in wanted if w in named), named[0] if named else None)


@lru_cache(maxsize=256)
def _slipped_and_lengthened(key: str, near: str) -> bool:
    """Whether a text is near a value only by a character changed and words added at once: a slip changes a character
    (婚姻家廷纠纷), a short form leaves words out (来访 of 群众来访), but 网上信访 is neither of 上海市信访局 (网 for 海, and
    市 and 局 besides): offered and accepted, an item received online had counted as assigned by a province.

    >>> _slipped_and_lengthened("网上信访", "上海市信访局"), _slipped_and_lengthened("婚姻家廷纠纷", "婚姻家庭纠纷")
    (True, False)
    >>> _slipped_and_lengthened("来访", "群众来访"), _slipped_and_lengthened("房屋宅基纠纷", "房屋宅基地纠纷")
    (False, False)
    """
    missing = sum((Counter(key) - Counter(near)).values())
    added = sum((Counter(near) - Counter(key)).values())
    return missing >= 1 and added >= 2


def _vocabulary(items: tuple) -> Vocabulary:
    return Vocabulary({c: list(v) for c, v in items})


def vocabulary_of(vocabulary: dict[str, list[str]]) -> Vocabulary:
    """The `Vocabulary` of a canonical → variants mapping, built once per distinct mapping."""
    return _vocabulary(tuple((str(c), tuple(str(x) for x in (v or ()))) for c, v in vocabulary.items()))


def _decoded(texts: np.ndarray, legend: dict[str, str]) -> np.ndarray:
    """Texts that are a legend's codes (1, 1.0) replaced by its words; the others as they are."""
    out = texts.copy()
    for i, t in enumerate(texts):
        if t is not None:
            code = t.strip().removesuffix(".0")
            code = code.upper() if len(code) == 1 and code.isascii() else code  # a letter code in either case
            if code in legend:
                out[i] = legend[code]
    return out


@register("category")
def clean_category(
    raw: pd.Series,
    *,
    vocabulary: dict[str, list[str]] | None = None,
    legend: dict[str, str] | None = None,
    among: tuple[str, ...] = (),
    ambiguous: dict[str, list[str]] | None = None,
    several: bool = False,
) -> Cleaned:
    """Map values onto a vocabulary (canonical → variants). A word declared `ambiguous` (终结 of a case: the
    investigation's end or the case's) is never read as any of its values: ``vocab.ambiguous``, its readings as
    detail. A value recognised only by evidence
    (a qualifier in brackets, a 类 suffix, one canonical value inside it) is mapped with the code
    ``vocab.assumed`` and the value taken as detail; unknown values stay, flagged ``vocab.unknown``
    with the nearest canonical value as detail. Where the field declares `among`, a cell listing
    several values takes the first of them it names (`listed`), as assumed. Where the field declares `several`
    (a record may really hold several values: an item published on two channels), such a cell is all of them,
    joined by 、 in the vocabulary's order, with no code (`vocab.assumed` where a part was assumed).

    >>> channels = {"政府网站": ["网站"], "政务公开栏": ["公开栏"]}
    >>> res = clean_category(pd.Series(["政务公开栏、政府网站", "网站/公开栏"]), vocabulary=channels, several=True)
    >>> res.values.tolist(), res.codes.tolist()
    (['政府网站、政务公开栏', '政府网站、政务公开栏'], [<NA>, <NA>])

    >>> vocab = {"行政许可": ["许可", "行政许可类"], "行政处罚": ["处罚"], "行政检查": ["检查"]}
    >>> raw = pd.Series(["许可", " 行政处罚 ", "检查（日常）", "开展行政检查", "处罚决定", "非行政许可"], dtype=object)
    >>> res = clean_category(raw, vocabulary=vocab)
    >>> res.values.tolist()
    ['行政许可', '行政处罚', '行政检查', '行政检查', '处罚决定', '非行政许可']
    >>> res.codes.tolist()
    [<NA>, <NA>, 'vocab.assumed', 'vocab.assumed', 'vocab.unknown', 'vocab.unknown']
    >>> res.detail.tolist()[2:5]
    ['行政检查', '行政检查', '行政处罚']
    """
    vocab = vocabulary_of(vocabulary or {})
    _, _, text, errors = text_cells(raw)
    u = Uniques(text)
    # Plain dict look-ups over the uniques: Series.map(dict) would build a pyarrow index,
    # which rejects the lone surrogates real files contain.
    texts = u.values.to_numpy(dtype=object, na_value=None)
    # A value retyped in its cell (调解不成功→调解成功) is its new value: the old one holds two values, of which
    # the first found would be the one the clerk replaced.
    texts, retyped = retyped_values(texts)
    if legend:  # codes the header explains (1是0否): read as the words they stand for
        texts = _decoded(texts, legend)
    # One text at a time: a column's distinct texts are few, and four pandas string methods cost more than they do.
    keys_u = [None if t is None else _key(t) for t in texts]
    mapped = np.array(
        [
            None if t is None else vocab.exact.get(t, vocab.loose.get(k, vocab.marks.get(t.strip())))
            for t, k in zip(texts, keys_u)
        ],
        dtype=object,
    )
    codes_u = na_strings(len(texts))
    detail = na_strings(len(texts))
    readings = {_key(w): "、".join(v) for w, v in (ambiguous or {}).items()}
    for i in np.flatnonzero(pd.notna(texts) & pd.isna(mapped)):
        if keys_u[i] in readings:  # two readings: the office says which, no guess is made
            codes_u[i], detail[i] = "vocab.ambiguous", readings[keys_u[i]]
            continue
        if _BOTH_ANSWERS.fullmatch(texts[i]) and "是" in vocab.exact and "否" in vocab.exact:
            codes_u[i], detail[i] = "vocab.several", f"{vocab.exact['是']}、{vocab.exact['否']}"
            continue
        offence = _offence_not_cited(vocab, texts[i])
        if offence is not None:  # the article cited names another value than the words written: the words win
            mapped[i], codes_u[i], detail[i] = offence, "vocab.citation_differs", offence
            continue
        both = vocab.several(texts[i]) if several else []
        if both:  # values one record may hold side by side: all of them, in the vocabulary's order
            mapped[i] = SEVERAL_JOIN.join(t for t in vocab.targets if t in both)
            if any(vocab.certain(p) is None for p in _LIST_JOINS.split(core(texts[i])) if p):
                codes_u[i], detail[i] = "vocab.assumed", mapped[i]
            continue
        guess = (
            vocab.assumed(texts[i]) or vocab.agreeing(texts[i]) or (listed(vocab, texts[i], among) if among else None)
        )
        if guess is not None:
            mapped[i], codes_u[i], detail[i] = guess, "vocab.assumed", guess
            continue
        named = vocab.several(texts[i])
        if named:
            codes_u[i], detail[i] = "vocab.several", "、".join(named)
            continue
        slip = vocab.slipped(texts[i])
        if slip is not None:  # a slip of hand typing (以化解, 调节成功): read, and the reading said with its cell
            mapped[i], codes_u[i], detail[i] = slip, "vocab.slip", slip
            continue
        codes_u[i] = "vocab.unknown"
        detail[i] = vocab.suggestion(texts[i], keys_u[i])
    noted = retyped & pd.isna(codes_u) & pd.notna(mapped)
    codes_u[noted], detail[noted] = "value.retyped", mapped[noted]
    unknown = np.isin(codes_u, ["vocab.unknown", "vocab.several", "vocab.ambiguous"])
    values = np.where(unknown, texts, mapped)
    codes = u.spread(codes_u)
    codes[pd.notna(errors)] = errors[pd.notna(errors)]
    return cleaned(raw.index, pd.Series(u.spread(values), dtype=STRING), codes, u.spread(detail))


# A law's article cited in a value (违反《中华人民共和国治安管理处罚法》第七十条第一款): the law's name, the article.
_NUMERAL = "零〇一二两三四五六七八九十百千0-9"
_CITATION = re.compile(
    rf"(?:违反)?《?(?:中华人民共和国)?([\u4e00-\u9fff]{{2,24}}?法)》?(第[{_NUMERAL}]+条)(?:第[{_NUMERAL}]+款)?(?:第[{_NUMERAL}]+项)?"
)
_CITATION_PUNCTUATION = re.compile(r"^[\s，,。；;：:、（）()【】\[\]]+|[\s，,。；;：:、（）()【】\[\]]+$")


def _offence_not_cited(vocab: Vocabulary, text: str) -> str | None:
    """The value the words beside a cited article name, where the article (listed as a variant with its law's name:
    治安管理处罚法第六十六条) names another: the words are what the clerk copied from the decision, the same in every
    revision of the law, where an article's number is easily mistyped or renumbered (the 2025 revision). None where
    there is no listed article, no words beside it, or the two agree.

    >>> v = Vocabulary({"涉黄": ["卖淫", "治安管理处罚法第六十六条"], "涉赌": ["赌博", "治安管理处罚法第七十条"]})
    >>> _offence_not_cited(v, "违反《治安管理处罚法》第六十六条（赌博）"), _offence_not_cited(v, "治安管理处罚法第六十六条 卖淫")
    ('涉赌', None)
    """
    m = _CITATION.search(text)
    if m is None:
        return None
    law = m.group(1)
    cited = next((v for k in range(len(law) - 1) if (v := vocab.certain(law[k:] + m.group(2)))), None)
    if cited is None:
        return None
    rest = _CITATION_PUNCTUATION.sub("", _BRACKETS.sub(" ", text[: m.start()] + " " + text[m.end() :]))
    said = (vocab.certain(rest) or vocab.assumed(rest)) if rest else None
    return said if said is not None and said != cited else None


# A register may answer its 是否 question with the question's own verb: 出庭 / 未出庭 (是否出庭),
# 失联 / 无法联系 (是否取得联系), or with how contact was made: 电话联系, 见面 (见面核查情况). 未… is
# read by its leading character below; 无 alone is a placeholder, so 无法… is listed.
# A call register's outcomes of a call that reached no one (是否取得联系).
_CALL_FAILED = frozenset(
    ["无人接听", "电话无人接听", "未接听", "未接通", "无法接通", "关机", "停机", "空号", "拒接", "拒接电话"]
)
_YES_NO = {
    **dict.fromkeys(["是", "有", "y", "yes", *TICKS, "1", "true", "已", "对", "出庭", "到庭"], True),
    **dict.fromkeys(["见面", "电话联系", "微信联系", "视频联系"], True),
    **dict.fromkeys(
        ["否", "n", "no", *CROSSES, "0", "false", "未", "没有", "失联", "联系不上", "无法联系", "无法取得联系"], False
    ),
    **dict.fromkeys(_CALL_FAILED, False),
}
# Words of an outcome, not of an act: 未成功 and 未果 deny whatever the question asks (是否化解, 是否劝阻).
_OUTCOMES = ("成功", "果")
# The first character of a qualified answer: 是（电话）, 已取得联系, 未联系上.
_LEADING = {"是": True, "已": True, "否": False, "未": False}
# A way contact was made, beside a meeting denied (未见面（在外务工，电话联系）, 未见面，已电话联系): the
# person was reached, not met. 见面核查情况 is read as 是否取得联系, so the answer is 是.
_REACHED = frozenset(
    ["电话联系", "微信联系", "视频联系", "电话核查", "视频核查", "电话沟通", "已联系", "联系上", "见面", "见面核查"]
)
_PARTS = re.compile(r"[，,；;。：:（）()\[\]【】\s]+")
# Who appeared, answering a 是否出庭 question: the leader (镇长出庭, 分管副镇长到庭) is 是; an agent sent
# in the leader's place (委托律师出庭, 律师代理, 律师 李某) is 否; an answer naming both, or denying the
# agent (未委托律师), is neither.
_APPEARED = re.compile("(?:出庭|到庭|应诉)$")
_AGENT = re.compile("委托|律师|代理")
_LEADER = re.compile("长|书记|负责人|领导|主任|本人")


def yes_no_of(text: str, verbs: tuple[str, ...] = ()) -> tuple[bool | None, bool]:
    """(answer or None, whether it was assumed): 是（副镇长） is 是, by its qualifier taken away. Given the question's
    `verbs` (FieldSpec.question_verbs), an 已… answer is 是 only where it holds one of them: 是否化解 answered 已移交司法所
    says the dispute was handed on, not resolved.

    >>> yes_no_of("是"), yes_no_of("否（委托律师出庭）"), yes_no_of("已取得联系"), yes_no_of("不详")
    ((True, False), (False, True), (True, True), (None, False))
    >>> yes_no_of("已取得联系", ("取得联系", "联系")), yes_no_of("已上报", ("化解",)), yes_no_of("已调解化解", ("化解",))
    ((True, True), (None, False), (True, True))
    """
    folded = text.casefold()
    if folded in _YES_NO:
        return _YES_NO[folded], False
    if any(box in text for box in EMPTY_BOXES):  # a printed choice not read as one (是□否☑): no leading 是
        return None, False
    c = core(text).casefold()
    if c in _YES_NO:
        return _YES_NO[c], True
    # Before 已/未 are read: 已委托律师出庭 is an agent's appearance, not the leader's.
    if _AGENT.search(c):
        return (False, True) if not (_LEADER.search(c) or _denies(c)) else (None, False)
    said = _answers_of_parts(folded, verbs)
    if len(said) > 1:
        return None, False
    if said:
        return said.pop(), True
    answer = _part_answer(c, verbs)  # a cell of one part as one part of a longer cell: 已失联 否, 已取得联系 是
    if answer is not None:
        return answer, True
    if _APPEARED.search(c):
        return not _denies(c), True
    return None, False


def _part_answer(part: str, verbs: tuple[str, ...] = ()) -> bool | None:
    """What one part of a cell answers on its own: 未见面 否, 已失联 否 (已 + a denial said to have happened, not 已
    for 是), 电话联系 是; 已上报 nothing of a question (`verbs`) asking whether a dispute was resolved."""
    if part in _YES_NO:
        return _YES_NO[part]
    if _AGENT.search(part):  # 已委托律师 beside 未出庭: who went instead, read with the rest of the cell
        return None
    if len(part) > 1 and part[0] == "已" and part[1:] in _YES_NO:
        return _YES_NO[part[1:]]
    # An outcome said of whatever the question asks (已成功, 未成功, 未果) answers it, whichever its verb.
    verbs = verbs and (*verbs, *_OUTCOMES)
    if len(part) > 1 and part[0] == "已" and verbs and not any(v in part for v in verbs):
        return None  # something else happened (已移交, 已受理): the question is left unanswered, never 是 by its 已
    if len(part) > 1 and part[0] == "未" and verbs and not any(v in part or part[1:] in v for v in verbs):
        # Something else did not happen (未调解 answering 是否出庭, 未办结 answering 是否化解): it says nothing of the
        # question's own thing, never 否 by its 未. 未出庭, 未化解, 未见面 (见面核查) deny the question's verb.
        return None
    if len(part) > 1 and part[0] in _LEADING:
        return _LEADING[part[0]]
    return None


def _answers_of_parts(folded: str, verbs: tuple[str, ...] = ()) -> set:
    """The answers a cell of several parts gives (an empty set for a cell of one part). Parts that agree give
    one answer. A meeting denied beside contact made by other means (未见面（电话联系）) is 是; any other pair of
    parts saying opposite things (未联系上（已见面）) gives no answer: the cell is named, never read by its first
    character (it had made 未见面（在外务工，电话联系） 否, a person reached counted as not reached).

    >>> [_answers_of_parts(t) for t in ["未见面（在外务工，电话联系）", "未见面（联系不上）", "是（副镇长）", "未联系上（已见面）"]]
    [{True}, {False}, {True}, {False, True}]
    """
    parts = [p for p in _PARTS.split(folded) if p]
    if len(parts) < 2:
        return set()
    said = {a for p in parts if (a := _part_answer(p, verbs)) is not None}
    if said == {True, False} and any(p in _REACHED or p[1:] in _REACHED for p in parts):
        # Every denial says only that one way failed (未见面, 电话无人接听): the person was reached another way.
        if all("见面" in p or p in _CALL_FAILED or p[1:] in _CALL_FAILED for p in parts if _part_answer(p) is False):
            return {True}
    return said


_POSTS = re.compile(r"[（(]([^（）()]+)[)）]")
_POST_PARTS = re.compile(r"[、，,/／;；\s]+")


def _by_posts(text: str, posts: dict[str, tuple[str, ...]]) -> str | None:
    """What the posts written in brackets after the names say (王某（镇长）、李某（律师）): 是 when one is a post of the
    vocabulary's first value (the 负责人), 否 when every one is of another value (staff, a lawyer), the text itself
    when a post is none of them; None for a cell naming no post."""
    said = [p for found in _POSTS.findall(text) for p in _POST_PARTS.split(found.strip()) if p]
    if not said or not posts:
        return None
    of = {w: value for value, words in posts.items() for w in (value, *words)}
    values = [of.get(p) for p in said]
    if next(iter(posts)) in values:
        return "是"
    return "否" if None not in values else text


def answered_by_whom(raw: pd.Series, posts: dict[str, tuple[str, ...]] | None = None) -> pd.Series:
    """A 是否 question answered by who (出庭负责人), as text for the yes/no cleaner: a cell answering the
    question itself stays as typed (未出庭（委托律师）), a cell naming someone is 是, a blank or placeholder NA.
    With `posts` (a vocabulary whose first value is the posts that answer 是), a cell naming people with their posts
    in brackets — 出庭应诉人员 lists everyone who appeared — is 是 only when one of them holds such a post: the
    司法所所长 and the lawyer beside no 镇长 are 否 (the staff the law lets appear instead of a 负责人).

    >>> answered_by_whom(pd.Series(["副主任 王某某", "未出庭（委托律师）", None, "/", "否"])).tolist()
    ['是', '未出庭（委托律师）', <NA>, <NA>, '否']
    >>> posts = {"负责人": ("镇长", "副镇长"), "工作人员": ("律师", "司法所所长")}
    >>> answered_by_whom(pd.Series(["王某（镇长）、李某（律师）", "赵某（司法所所长）、周某（律师）", "钱某（会计）"]), posts).tolist()
    ['是', '否', '钱某（会计）']
    """
    _, _, text, _ = text_cells(raw)
    answers = [
        None if t is None else t if yes_no_of(t)[0] is not None else (_by_posts(t, posts or {}) or "是") for t in text
    ]
    return pd.Series(answers, index=raw.index, dtype="string")


@register("yes_no")
def clean_yes_no(raw: pd.Series, *, verbs: tuple[str, ...] = ()) -> Cleaned:
    """是/否, Y/N, √/×, 1/0, True/False, 已/未 → boolean. (无 is a placeholder, so NA, except in a column
    answering 有/无, where it is 否.) A qualified
    answer (是（副镇长）, 否（委托律师）) is read with the code ``vocab.assumed``. An 已… answer holding none of the
    question's `verbs` (已上报 for 是否化解) is unparseable, neither 是 nor 否.

    >>> res = clean_yes_no(pd.Series(["是", "否", "√", 0, True, "无", "是（电话）", "不详"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()[-2:]
    ([True, False, True, False, True, <NA>, True, <NA>], ['vocab.assumed', 'bool.unparseable'])
    >>> clean_yes_no(pd.Series(["已化解", "已移交司法所", "未化解", "未办结"]), verbs=("化解",)).values.tolist()
    [True, <NA>, False, <NA>]
    """
    obj, kinds, text, errors = text_cells(raw)
    u = Uniques(text)
    texts = u.values.to_numpy(dtype=object, na_value=None)
    mapped = np.full(len(texts), None, dtype=object)
    codes_u = na_strings(len(texts))
    detail = na_strings(len(texts))
    for i, t in enumerate(texts):
        if t is None:
            continue
        answer, assumed = yes_no_of(t, verbs)
        mapped[i] = answer
        if answer is None:
            codes_u[i] = "bool.unparseable"
        elif assumed:
            codes_u[i], detail[i] = "vocab.assumed", "是" if answer else "否"
    values = pd.Series(u.spread(mapped), dtype="boolean")
    # A column answering its question with 有 (负责人出庭: 有/无) gives 无 as its 否: there 无 is an answer,
    # where elsewhere it is a placeholder (nothing written).
    if "有" in u.values.to_numpy(dtype=object, na_value=None):
        said_none = pd.Series(raw_text(obj, kinds), dtype=object).str.strip() == "无"
        values[said_none.to_numpy(dtype=bool, na_value=False)] = False
    is_bool = kinds == BOOL
    values[is_bool] = [bool(x) for x in obj[is_bool]]  # a real boolean cell needs no text detour
    codes = u.spread(codes_u)
    codes[is_bool] = None
    codes[pd.notna(errors)] = errors[pd.notna(errors)]
    return cleaned(raw.index, values, codes, u.spread(detail))
