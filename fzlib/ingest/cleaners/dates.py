"""Cleaner of dates in every form ledgers use: real dates, Excel serials, text, Chinese numerals, partial dates."""

from __future__ import annotations

import calendar
import datetime as dt
import decimal
import re
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import pandas as pd

from fzlib import numerals
from fzlib.ingest.cleaners.cells import (
    DATE,
    DATETIME,
    ELSEWHERE,
    FLOAT,
    INT,
    MISSING,
    STR,
    Uniques,
    cell_kinds,
    cleaned,
    error_codes,
    fullmatches,
    na_strings,
    normalise,
    ocr_digits,
    raw_text,
    retyped_values,
    safe_float,
)
from fzlib.ingest.cleaners.registry import Cleaned, register

_FIRST_YEAR, _LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class YearSpan:
    """Twelve months or fewer over two calendar years that a ledger's title names (考核年度：2023年12月1日至
    2024年11月30日): a date typed without its year is the first year's from `start_month` on, the next year's
    before it (12月5日 → 2023, 1月8日 → 2024).

    >>> YearSpan(2023, 12).year_of(12), YearSpan(2023, 12).year_of(1)
    (2023, 2024)
    """

    first: int
    start_month: int

    def year_of(self, month: int) -> int:
        return self.first if month >= self.start_month else self.first + 1


_SERIAL_MAX = 80_000
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
# Mac Excel's 1904 date system (a book saved with it keeps it on Windows too): day 0 is 1904-01-01, so the
# same day's number is 1,462 smaller, and read in the 1900 system it falls four years and a day early.
_EXCEL_EPOCH_1904 = np.datetime64("1904-01-01", "D")
# A clock time after the date (9:30, 9时30分), or the half of the day a hearing was set for (上午, 下午 9时).
# The other times of day a duty log writes (3月5日晚, 2024年3月5日凌晨, 傍晚, 夜间) say no more about the day; each had
# made its date unreadable, a yearless one (3月5日上午) even with 上午.
_HALF_DAY = r"(?:上午|下午|中午|晚上|早上|凌晨|傍晚|早晨|清晨|晚间|夜间|夜里|深夜|午后|晌午|白天|晚|早)"
# A system on an English Windows writes the half of the day after the time (2024/3/5 12:00:00 AM, .NET's en-US moment).
_TIME = (
    rf"(?:[\sT]*{_HALF_DAY}?\s*\d{{1,2}}(?::\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"|时(?:\d{{1,2}}分(?:\d{{1,2}}秒)?)?)|\s*{_HALF_DAY})?"
)
# The day of the week a duty log writes after the date: 2024年3月5日（周二）, 3月5日 星期二; or the day of
# the lunar calendar a rural office adds for the villagers' sake: 2024年3月5日（农历正月廿五）. The date decides.
_WEEKDAY = (
    r"(?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?"
    r"|\s*[（(]\s*(?:农历|阴历)[^（()）]{1,12}[)）])?"
)
# The parts of a full date may be joined by dashes a Chinese input method gives for "-" (2024—3—5, 2024–3–5).
_FULL_DATE = re.compile(
    rf"^(?P<y>\d{{4}})\s*[年./\-—–]\s*(?P<m>\d{{1,2}})\s*[月./\-—–]\s*(?P<d>\d{{1,2}})\s*[日号]?{_WEEKDAY}{_TIME}$"
)
# A system's compact moment (yyyyMMddHHmmss, yyyyMMddHHmm: 20250305142210) is the day its first eight digits name,
# when the digits after them are a time of day. The eight digits may end in 日 or 号 as a hand ends a date (20240305号).
_COMPACT_DATE = re.compile(
    rf"^(?P<y>\d{{4}})(?P<m>\d{{2}})(?P<d>\d{{2}})(?:\s*[日号])?(?:{_TIME}|(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)$"
)
# A month of a year, also its part (2024年3月上旬, 3月底): a partial date, dated the first day of that part, as a
# part of the year is (年底 its last month): 上旬 and 月初 the 1st, 中旬 and 月中 the 11th, 下旬 and 月底/月末 (the
# month's last part) the 21st, a day every month has. It had been the 1st for every part: a record of 3月底 before
# one of 3月5日. The month and year are those written, whatever the part (2023年12月底 is of 2023).
_MONTH_PART = r"(?P<part>上旬|中旬|下旬|初|中|底|末)?"
_MONTH_PART_DAY = {None: 1, "上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21, "底": 21, "末": 21}
_YEAR_MONTH = re.compile(rf"^(?P<y>\d{{4}})\s*[年./\-]\s*(?P<m>\d{{1,2}})\s*月?份?{_MONTH_PART}$")
# Six digits, a year and its month (202403, as a system's 年月 or a clerk's short form): a month, not a day; read as a
# partial date only where the year is the ledger's or next to it, so that 200312 (2020-03-12 written yyMMdd, or
# December 2003?) stays unread. From 2013 on a yyMMdd reading of such digits has a month above 12.
_COMPACT_MONTH = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])$")
# A quarter of a year (2024年第3季度, 2024年三季度, 2024Q3): a period a quarterly count is kept for, not
# a date left incomplete; dated its first day (code date.period, a note), which places it in its year.
_YEAR_QUARTER = re.compile(r"^(?P<y>\d{4})\s*(?:年度?\s*第?\s*(?P<q>[1-4])\s*季度?|\s*[Qq](?P<qq>[1-4]))$")
# A quarter without its year (第3季度, 三季度, 3季度, Q3), as a quarterly sheet of a titled year writes it:
# placed only in the year the title, sheet or file names (titled_year), never in the year being cleaned.
_BARE_QUARTER = re.compile(r"^(?:第\s*(?P<q>[1-4一二三四])\s*季度?|(?P<qn>[1-4一二三四])\s*季度|[Qq]\s*(?P<qq>[1-4]))$")
_QUARTER_DIGITS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
# A half of a year (2024年上半年, 下半年), as a half-yearly count is kept: a period like a quarter.
_HALF_YEAR = re.compile(r"^(?:(?P<y>\d{4})\s*年度?\s*)?(?P<h>上|下)半年度?$")
# A week of a year (2024年第12周, 2024-W12), as a weekly screening register dates its rows: a period like
# a quarter, dated its Monday (ISO 8601 weeks) but never before the 1st of January of the year named
# (week 1 may begin in December), so the week stays in its year. Without its year (第12周) only a titled
# year places it. The week's span may follow in brackets (第12周（3月18日-3月24日）): the week decides.
_WEEK_SPAN = r"(?:\s*[（(][^（()）]*[)）])?"
_YEAR_WEEK = re.compile(
    rf"^(?P<y>\d{{4}})\s*(?:年度?\s*第\s*(?P<w>\d{{1,2}})\s*周|\s*-?\s*[Ww]\s*(?P<ww>\d{{1,2}})){_WEEK_SPAN}$"
)
_BARE_WEEK = re.compile(rf"^第\s*(?P<w>\d{{1,2}})\s*周{_WEEK_SPAN}$")
# A week of a month (3月第2周, 2024年3月第2周): the month is certain, the day is not; dated the first day of
# that week's seventh-day block of the month (the 8th for the 2nd week), never past the month's end.
_MONTH_WEEK = re.compile(rf"^(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>\d{{1,2}})\s*月份?\s*第\s*(?P<k>[1-6])\s*周{_WEEK_SPAN}$")
_MONTH_DAY = re.compile(rf"^(?P<m>\d{{1,2}})\s*[月./\-]\s*(?P<d>\d{{1,2}})\s*[日号]?{_WEEKDAY}$")
# 24.3.5, 24-3-5, 24年3月5日: a two-digit year, read as the year ending so nearest the ledger's (`_full_year`).
_SHORT_YEAR = re.compile(
    rf"^(?P<y>\d{{2}})\s*[年./\-]\s*(?P<m>\d{{1,2}})\s*[月./\-]\s*(?P<d>\d{{1,2}})\s*[日号]?{_WEEKDAY}{_TIME}$"
)
# A month alone, as a monthly log writes it: 3月, 3月份; or its part, as a register dated by the third
# of the month writes it (3月上旬, 3月底): the month and its part are all it tells, as 2024年3月上旬 does with its
# year (dated the part's first day, _MONTH_PART_DAY).
_MONTH_ONLY = re.compile(rf"^(?P<m>\d{{1,2}})\s*月份?{_MONTH_PART}$")
# A year alone (2024年, 2024年度, 2024全年): the first of January. Where the year is a table's (titled_year)
# it completes the table's dates; typed in a record's date cell it is a period (code date.period, a note),
# as a quarter is: the year is certain, so are the year's counts (it had been an unreadable date, and the
# figures of its kind withheld).
# A part of the year (2024年初, 2024年底, 2024年末) is its year as much: it had been an unreadable date. It is
# dated the first day of that part, as a quarter is: 年底 its last month (it had been 1 January, the record in the
# year's first month and quarter), 年中 the day its second half begins.
_YEAR_ONLY = re.compile(r"^(?P<y>\d{4})\s*(?:年度?(?P<part>初|中|底|末|终)?|年?全年)$")
_YEAR_PART_MONTH = {None: 1, "初": 1, "中": 7, "底": 12, "末": 12, "终": 12}
_SERIAL_TEXT = re.compile(r"^\d{5}(?:\.\d+)?$")
# A date of the lunar calendar with its year (2024年农历四月初八, 2024年农历正月十五), as a village mediator dates a
# market day. Without a lunar table its Gregorian day is not known, but its year is for the first ten months:
# the lunar year begins between 21 January and 20 February, and its eleventh month holds the winter solstice
# (21/22 December), so months 正月 … 十月 (and a leap month among them) end within the year named. It is dated
# the earliest day it can be, 21 January plus 29 days a month (code date.lunar, a note): placed in its year,
# its day not claimed. 冬月 and 腊月 may fall in January of the next year: not placed.
_LUNAR = re.compile(
    r"^(?P<y>\d{4})\s*年\s*(?:农历|阴历)\s*闰?\s*(?P<m>正|\d{1,2})\s*月\s*"
    r"(?:初\s*(?P<first>\d{1,2})|廿\s*(?P<twenty>\d)|(?P<d>\d{1,2}))\s*[日号]?$"
)
# A month and an 初 day with neither year nor calendar (三月初五, 3月初5): 初 days are how the lunar calendar counts,
# yet nothing says so, and 三月 may be March. The day is not guessed. In a book whose title names the year, its
# year is that year either way for months up to the tenth (a lunar month of them ends within its year): dated the
# first of that Gregorian month, the earlier reading (code date.calendar_unknown, a warning). A later month may be
# next January's: not placed.
_EARLY_DAY = re.compile(r"^(?P<m>正|\d{1,2})\s*月\s*初\s*(?P<d>\d{1,2})\s*[日号]?$")
_CALENDAR_UNKNOWN = "date.calendar_unknown"
# A year of the Republic of China (民国113年 is 2024): the date it names is whole, read with a warning.
_REPUBLIC_YEAR = re.compile(r"^民国\s*(?P<y>\d{1,3})\s*(?P<sep>年|[./\-])\s*(?P<rest>.*)$")
_REPUBLIC = "date.republic_year"
# The day of the week written beside a date (周二 2024-3-5, 2024年3月5日（星期二）, 3月5日 周二, 2024-03-05 礼拜天): said
# once more, not part of the date. Never a week's number (第2周, 3月第2周): 第 comes before it there.
_WEEKDAY = re.compile(
    r"(?:^|(?<=[\s日号\d)）]))\s*[（(]?\s*(?:星期|礼拜|(?<!第)周)(?P<w>[一二三四五六日天1-7])\s*[)）]?\s*(?=$|[\s\d])"
)
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAYS.update({str(n): n - 1 for n in range(1, 8)})
_WEEKDAY_NAMES = "一二三四五六日"
_LUNAR_PLACED_MONTHS = 10
_LUNAR_EARLIEST = (1, 21)  # month, day: the earliest lunar new year
# A date with the year last (05/03/2024, 3-5-2024), as Excel and web systems of other locales write
# it. Its month and day can be swapped unless one of them passes 12; the year is certain either way.
_YEAR_LAST = re.compile(rf"^(?P<a>\d{{1,2}})\s*[./\-]\s*(?P<b>\d{{1,2}})\s*[./\-]\s*(?P<y>\d{{4}}){_TIME}$")
_DAY_MONTH = "date.day_month_order"
# Three numbers of which only the last has two digits for a year (13/5/24, 3/5/24, 10-3-24): Chinese
# ledgers write the year first (24.3.5), Excel and web systems of other locales last. Which it is
# follows from the year being cleaned: a first number that is that year reads year first, as ever;
# a last one that is reads year last (month first unless the column says otherwise), with the code
# date.short_year naming the other reading (a warning), never a confident date of another year.
_SHORT_NUMERIC = re.compile(rf"^(?P<a>\d{{1,2}})\s*(?P<s>[./\-])\s*(?P<b>\d{{1,2}})\s*(?P=s)\s*(?P<c>\d{{2}}){_TIME}$")
_SHORT_YEAR_ORDER = "date.short_year"
# A moment with its time zone, as web systems export it (2024-03-05T16:00:00.000Z, …+08:00): the
# day it was in China. A date kept as local midnight comes out of such a system the day before at
# 16:00 UTC, and the year's first day as 12-31 of the year before.
_ZONED = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[T\s]\s*(?P<H>\d{1,2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:\.\d+)?)?\s*(?P<z>Z|[+-]\d{2}:?\d{2})$"
)
_CHINA = dt.timezone(dt.timedelta(hours=8))
# A date as the system behind an export prints it when its query asked for no format: Oracle's default in a Chinese
# session (DD-MON-RR: 05-3月 -24, or 05-3月-2024), JavaScript's Date.toString (Tue Mar 05 2024 00:00:00 GMT+0800
# (中国标准时间)) and ASP.NET's JSON date (/Date(1709568000000)/: milliseconds since 1970, UTC). Each is the day it
# names in China; before, each was "不是可识别的日期" and the office told to retype what its system wrote.
_ORACLE_DATE = re.compile(r"^(?P<d>\d{1,2})\s*-\s*(?P<m>\d{1,2})\s*月\s*-\s*(?P<y>\d{4}|\d{2})$")
_SCRIPT_DATE = re.compile(
    r"^(?:[a-z]{3},?\s+)?(?P<mon>[a-z]{3})\s+(?P<d>\d{1,2})\s+(?P<y>\d{4})\s+(?P<H>\d{1,2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2}))?\s*(?:GMT|UTC)(?P<z>[+-]\d{4})(?:\s*[(（][^()（）]*[)）])?$",
    re.IGNORECASE,
)
_JSON_DATE = re.compile(r"^/?Date\((?P<ms>-?\d{1,15})(?:[+-]\d{4})?\)/?$")
# Unix time of 2000-01-01 and 2100-01-01 (UTC), in seconds: a whole number of 10 digits in that span, or of 13
# as milliseconds, in a date column is a moment a system exported (1709625600000), the day it was in China.
# No other date form has so many digits (20240305 has 8; an Excel serial 5; a phone number 11 outside the span).
_EPOCH_FIRST, _EPOCH_LAST = 946_684_800, 4_102_444_800
# A span of days (2024.3.5-3.7, 2024.03.05-07, 2024年3月5日至7日, 3月5日—8日) or a list of them (2024年3月5日、
# 6日): the date is where it began (code date.range, a note). What follows only continues the date (digits,
# 年月日号, dots, slashes).
# Two dates a chat paste put on two lines of one cell (2024年3月5日⏎2024年3月8日, a space once normalised)
# are such a list too.
# Days joined by a word (2024.3.5及3.6, 3月5日和8日) are such a list as 、 makes.
_RANGE = re.compile(r"^(?P<start>.+?)\s*(?:-|—|–|~|～|至|到|、|，|以及|及|和|与|并|\s)\s*[\d年月日号./\s]+$")
# A date cell saying the event has not happened yet (未开庭, 尚未开庭, 待开庭, 未结案, 暂无): no date,
# and no error either. Short on purpose: a sentence is not a marker. A date nobody wrote down
# (未知, 不详, 未填, 待查, 待核实) is not pending: it stays an error.
_PENDING = re.compile(r"^(?:尚未|还未|暂未|未|待|暂无)(?!知|详|填|记|录|查|核|补|明|确)[\u4e00-\u9fff]{0,4}$")
# A date cell saying the event will never take place: a court that tries an appeal on the papers (行政诉讼法 第八十六条:
# 合议庭认为不需要开庭审理的，也可以不开庭审理) leaves the 开庭日期 of its case 不开庭审理 or 书面审理. No date, no error
# (code date.never, a note): such a record is of no year, never this year's, where it had been an unreadable date that
# withheld every figure of its kind. Only these words: 不详 or 不清楚 is a date nobody wrote down.
_NEVER = re.compile(
    r"^(?:(?:不|无需|无须|不需|不必)(?:经)?开庭(?:审理)?|(?:不开庭)?书面审理)(?:[（(][\u4e00-\u9fff，,、]{1,12}[）)])?$"
)
# A date cell saying the record was carried over from an earlier year (上年结转, 去年遗留, 往年积案, 结转): the
# clerk lists last year's open items first and types where they came from instead of their date. No date,
# no error (code date.carried_over, a note): such a record is of an earlier year, never this year's, where it
# had been an unreadable date that withheld every figure of its kind.
# A day said by another (次日, 当日, 同日, 第二天): the day before or the record's other date, which the cell does not
# say. No date is guessed (`date.relative`, an error saying so), where it had been "不是可识别的日期".
_RELATIVE = re.compile(
    r"^(?:同日|当日|当天|同一天|同天|次日|翌日|第二天|第二日|隔日|隔天|前一天|前日|昨日|昨天|今日|今天|即日|本日|同期)$"
)
_CARRIED = re.compile(
    r"^(?:(?:上一?年度?|去年|往年|以前年度|历年|前[一两]?年)(?:结转|遗留|转入|积案|续办|未结)?|(?:跨年|上年度?)?结转)"
    r"(?:案件|事项|件)?$"
)
# Year digits are written 二〇二四, 二○二四 or, typed by hand, 二OO五 with the letter O.
_CN_DATE_RUN = re.compile(r"[〇零○OoΟ0-9一二三四五六七八九十两]+")
_CN_DATE_DIGITS = {**{c: numerals.DIGITS[c] for c in "〇零○一二三四五六七八九两"}, "O": 0, "o": 0, "Ο": 0}


def _cn_date_run(match: re.Match[str]) -> str:
    run = match.group(0)
    digits = [_CN_DATE_DIGITS.get(c, c) for c in run]
    if "十" not in run:
        return "".join(str(d) for d in digits)
    tens, _, ones = run.partition("十")  # 十二 = 12, 二十五 = 25, 三十 = 30
    if len(tens) > 1 or len(ones) > 1:
        return run
    t = 1 if not tens else _CN_DATE_DIGITS.get(tens, tens)
    o = 0 if not ones else _CN_DATE_DIGITS.get(ones, ones)
    return f"{t}{o}" if isinstance(t, int) and isinstance(o, int) and o < 10 else run


# Excel's built-in date formats 5-Mar-24, 05-Mar-2024, Mar-24 (offered in the Chinese Excel too) and what a
# system of another locale exports (Mar 5, 2024; 2024-Mar-05): the month by its English name.
_EN_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        1,
    )
    for name in names
}  # fmt: skip
_EN_DAY_MONTH_YEAR = re.compile(r"^(?P<d>\d{1,2})[-\s/]+(?P<m>[a-z]{3,9})\.?[-\s/,]+(?P<y>\d{4}|\d{2})$")
_EN_MONTH_DAY_YEAR = re.compile(r"^(?P<m>[a-z]{3,9})\.?[-\s/]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[-\s/]+(?P<y>\d{4})$")
_EN_YEAR_MONTH_DAY = re.compile(r"^(?P<y>\d{4})[-\s/]+(?P<m>[a-z]{3,9})\.?[-\s/]+(?P<d>\d{1,2})$")
_EN_MONTH_YEAR = re.compile(r"^(?P<m>[a-z]{3,9})\.?[-\s/]+(?P<y>\d{4}|\d{2})$")


def _english_month(text: str) -> str | None:
    """A date naming its month in English as the same date in numbers (a two-digit year as Excel reads
    it: 00–29 this century, 30–99 the last); None when it is no such date.

    >>> [_english_month(t) for t in ("5-Mar-24", "05-Mar-2024", "Mar 5, 2024", "2024-Mar-05", "Mar-24", "3.5")]
    ['2024.3.5', '2024.3.5', '2024.3.5', '2024.3.5', '2024年3月', None]
    """
    lowered = text.strip().lower()
    if not re.search("[a-z]{3}", lowered):
        return None
    for pattern in (_EN_DAY_MONTH_YEAR, _EN_MONTH_DAY_YEAR, _EN_YEAR_MONTH_DAY, _EN_MONTH_YEAR):
        found = pattern.match(lowered)
        month = _EN_MONTHS.get(found["m"]) if found else None
        if month is None:
            continue
        y = int(found["y"])
        y = y if len(found["y"]) == 4 else (2000 + y if y < 30 else 1900 + y)
        return f"{y}.{month}.{int(found['d'])}" if "d" in found.groupdict() else f"{y}年{month}月"
    return None


# A date in the capital numerals of amounts (贰零贰肆年叁月伍日; a bill's 贰零贰肆年零叁月零伍日, 壹拾月, 贰拾伍日), as a
# 决定书 or a receipt dates itself: the same digits.
_CAPITAL_DIGITS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")


def _arabic_date(text: str) -> str:
    """
    >>> _arabic_date("二〇二四年三月五日"), _arabic_date("贰零贰肆年零叁月零伍日"), _arabic_date("贰零贰肆年壹拾月贰拾伍日")
    ('2024年3月5日', '2024年03月05日', '2024年10月25日')
    """
    text = text.translate(_CAPITAL_DIGITS).replace("元月", "1月")  # 元月 is January
    return _CN_DATE_RUN.sub(_cn_date_run, text)


# Separators a hand slips into between a date's numbers: the Chinese full stop or comma of an input
# method (2024。3。5, 2024，3，5), a doubled dot, spaces; and a dot left at the end (2024.03.05.). Also what looks
# like a dot or a dash but is another character: a backslash or a bar typed where an input method gives 、 (2024\3\5,
# 2024|3|5), the bullets and middle dots of Word and Japanese input methods (2024•3•5, 2024・3・5), Unicode's hyphens
# (2024‐3‐5), the underscore of a file's name (2024_03_05) and the katakana long sound a Japanese input method gives for "-" (2024ー3ー5).
_SLIPPED_SEPARATORS = re.compile(r"(?<=\d)\s*(?:[。，,、．·•∙・‧‐‑‒ーｰ\\|＼｜_]|\.{2,}|\s)\s*(?=\d)")


def _mended_separators(text: str) -> str:
    return _SLIPPED_SEPARATORS.sub(".", text).rstrip(".。 ")


# A mark pasted from a chat beside the date (2024.3.5✅, 2024.3.5 √, 👍): emoji and other symbols,
# never part of a date.
_MARKS = re.compile(r"[\u2190-\u2bff\u2e80-\u2eff\U0001f000-\U0001faff\ufe0f\u200d]+")


def _without_marks(text: str) -> str:
    return _MARKS.sub("", text).strip()


# Quotes or brackets around a date, or a punctuation mark typed after it (“2024-03-05”, 【2024.3.5】, 2024-03-05',
# 2024年3月5日，, 2024/03/05/): a text pasted from a document or a chat, never part of the date.
_WRAPPING = re.compile(r"^[\s\"'“”‘’「」『』【】\[\]《》〈〉]+|[\s\"'“”‘’「」『』【】\[\]《》〈〉，,;；:：/\\、]+$")
# A remark in brackets after a whole date (2024年3月5日（补录）, 2024.3.5(电话通知)): the date is the date, the remark
# named (date.remark, a note). The day of the week or of the lunar calendar in brackets is read before (_WEEKDAY).
_REMARK = re.compile(r"^(?P<date>[^（()）]+?)\s*[（(]\s*(?P<remark>[^（()）]{1,20}?)\s*[)）]$")
# Two whole dates parted by a slash or a semicolon (2024.3.5/2024.3.6, 2024-03-05；2024-03-08): a list of days, the
# first its date (date.range).
_TWO_DATES = re.compile(r"^(?P<a>[^/／;；]+?)\s*[/／;；]\s*(?P<b>[^/／;；]+)$")


# The hours after the day (2024.3.5 9:30-11:00, 2024年3月5日上午9时至11时), as a training or a meeting
# is dated, or a span left open (2024.3.5~, 2024年3月5日-, 2024-3-5至今, 3月5日起): the day is the date.
_TRAILING_TIME = re.compile(
    rf"\s*(?:{_HALF_DAY}?\s*\d{{1,2}}\s*[:：时点]\s*(?:\d{{1,2}}\s*分?)?"
    r"(?:\s*[-—–~～至到]\s*\d{1,2}\s*[:：时点]\s*(?:\d{1,2}\s*分?)?)?|(?:[-—–~～至到]\s*){1,3}(?:今|今天|现在|目前)?|起|以来"
    rf"|(?<=[日号\d])\s*{_HALF_DAY})\s*$"
)


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _ymd_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(datetime64[D] dates, invalid-calendar mask, out-of-range mask) from integer arrays (-1 = absent)."""
    y, m, d = (np.asarray(a, dtype=np.int64) for a in (y, m, d))
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    month_len = _MONTH_DAYS[np.clip(m - 1, 0, 11)] + (leap & (m == 2))
    valid = (y >= 1) & (m >= 1) & (m <= 12) & (d >= 1) & (d <= month_len)
    in_range = valid & (y >= _FIRST_YEAR) & (y <= _LAST_YEAR)
    dates = np.full(y.size, np.datetime64("NaT"), dtype="M8[D]")
    ok = in_range
    months = (y[ok] - 1970) * 12 + (m[ok] - 1)
    dates[ok] = months.astype("M8[M]").astype("M8[D]") + (d[ok] - 1).astype("m8[D]")
    return dates, ~valid, valid & ~in_range


def _impossible_days(y: np.ndarray, m: np.ndarray, d: np.ndarray, invalid: np.ndarray) -> np.ndarray:
    """Of the invalid dates, those whose year and month are right and whose day is merely past the
    month's end (2024-02-30, 4月31日): the year is certain, so the date still places the record."""
    with np.errstate(invalid="ignore"):
        return invalid & (y >= _FIRST_YEAR) & (y <= _LAST_YEAR) & (m >= 1) & (m <= 12) & (d >= 29) & (d <= 31)


def _month_end(y: np.ndarray, m: np.ndarray) -> np.ndarray:
    months = (y - 1970) * 12 + (m - 1)
    return ((months + 1).astype("M8[M]").astype("M8[D]") - np.timedelta64(1, "D")).astype("M8[D]")


def _serial_dates(n: np.ndarray, epoch: np.datetime64 = _EXCEL_EPOCH) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dates, not-a-serial mask, out-of-range mask) for Excel serial day numbers (time dropped), counted
    from `epoch` (day 0)."""
    with np.errstate(invalid="ignore"):
        is_serial = np.isfinite(n) & (n >= 1) & (n <= _SERIAL_MAX)
    days = np.where(is_serial, np.floor(np.where(is_serial, n, 0)), 0).astype(np.int64)
    dates = epoch + days.astype("m8[D]")
    years = dates.astype("M8[Y]").astype(np.int64) + 1970
    out = is_serial & ((years < _FIRST_YEAR) | (years > _LAST_YEAR))
    dates = np.where(is_serial & ~out, dates, np.datetime64("NaT"))
    return dates.astype("M8[D]"), ~is_serial, out


def names_a_month(raw: pd.Series) -> np.ndarray:
    """Whether each cell names a month of a year and no day (2024年3月, 2024.3, the number 2024.12): as a date it
    lacks its day, as the label of a month's row it is whole.

    >>> names_a_month(pd.Series(["2024年3月", "2024.3", 2024.12, "3月", "2024年3月5日", None], dtype=object)).tolist()
    [True, True, True, False, False, False]
    """
    obj, kinds = cell_kinds(raw)
    texts = normalise(pd.Series(raw_text(obj, kinds), dtype="string")).to_numpy(dtype=object, na_value=None)
    return np.array([t is not None and _YEAR_MONTH.match(t) is not None for t in texts], dtype=bool)


def names_no_month(raw: pd.Series) -> np.ndarray:
    """Whether each cell names a span longer than a month and no month in it: a year (2024年, 2024年度, 2024全年), a
    half (2024年上半年) or a quarter (2024年第3季度, 三季度). Dated its span's first day, such a record is in its year,
    but in no month: January (or July) is a guess. A part of a year (年初, 年中, 年底) is dated the month it names;
    a week the month of its Monday. Only text cells are looked at, each distinct text once (a date column is mostly
    dates and whole days: every cell made a text had cost 2 s for 100,000).

    >>> names_no_month(pd.Series(["2024年", "2024年第3季度", "下半年", "三季度", "2024年底", "2024年3月", 2024, None],
    ...     dtype=object)).tolist()
    [True, True, True, True, False, False, False, False]
    """
    return _of_texts(raw, _spans_months, False, bool)


def year_alone(raw: pd.Series) -> np.ndarray:
    """The year each cell names where it names nothing else (2024年, 2024年度, 2024全年), 0 elsewhere.

    >>> year_alone(pd.Series(["2024年", "2023年度", "2024年3月", "2024年底", None], dtype=object)).tolist()
    [2024, 2023, 0, 0, 0]
    """

    def year(text: str) -> int:
        found = _YEAR_ONLY.match(text)
        return int(found["y"]) if found is not None and found["part"] is None else 0

    return _of_texts(raw, year, 0, np.int64)


def _of_texts(raw: pd.Series, fn, other, dtype) -> np.ndarray:
    """`fn` of each text cell, normalised, computed once per distinct text; `other` for every other cell."""
    obj = raw.to_numpy(dtype=object)
    out = np.full(len(obj), other, dtype=dtype)
    texts = np.fromiter(map(isinstance, obj, repeat(str)), dtype=bool, count=len(obj))
    if not texts.any():
        return out
    codes, uniques = pd.factorize(pd.Series(obj[texts], dtype=object))
    shown = normalise(pd.Series(list(uniques), dtype="string")).to_numpy(dtype=object, na_value=None)
    answers = np.array([other if t is None else fn(t) for t in shown], dtype=dtype)
    out[texts] = answers[codes]
    return out


def _spans_months(text: str) -> bool:
    if (found := _YEAR_ONLY.match(text)) is not None:
        return found["part"] is None
    return any(p.match(text) for p in (_YEAR_QUARTER, _BARE_QUARTER, _HALF_YEAR))


def _partial_detail(codes: np.ndarray, dates: np.ndarray, code: str = "date.partial") -> np.ndarray:
    """The inferred date, as text, where a partial date was completed (or an impossible day moved)."""
    return np.where(codes == code, np.datetime_as_string(dates, unit="D").astype(object), None)


# Dates with year, month and day, in the order tried; the year of the last has two digits (`_full_year`).
_FULL_FORMS = ((_FULL_DATE, 0), (_COMPACT_DATE, 0), (_SHORT_YEAR, 2000))
# A two-digit year read in another century than this one's (99.3.5 in a 2024 ledger: 1999), a note.
_OTHER_CENTURY = "date.two_digit_year"
_REMARKED = "date.remark"


def _full_year(yy: int, year: int | None) -> int:
    """The year a two-digit year stands for: the one ending so within fifty years of the ledger's (`year`; 99 in
    a 2024 ledger is 1999, never 2099, which no ledger can yet hold), this century's where no year is known.

    >>> [_full_year(y, 2024) for y in (24, 0, 73, 74, 99)], _full_year(99, None)
    ([2024, 2000, 2073, 1974, 1999], 2099)
    """
    if year is None:
        return 2000 + yy
    return min((c + yy for c in (1900, 2000, 2100)), key=lambda y: (abs(y - year), y))


_UNPLACED = (-1, -1, -1, "unplaced")  # a date that needs a year none is known for (3.5): unparseable


def _zoned_fields(found: re.Match[str]) -> tuple[int, int, int, object] | None:
    """(year, month, day, None) of a zoned moment on China's clock; None when it is no moment."""
    z = found["z"]
    offset = dt.timedelta(0) if z == "Z" else int(z[0] + "1") * dt.timedelta(hours=int(z[1:3]), minutes=int(z[-2:]))
    try:
        moment = dt.datetime(
            *(int(found[k]) for k in ("y", "m", "d", "H", "M")), int(found["S"] or 0), tzinfo=dt.timezone(offset)
        )
    except ValueError:
        return None
    day = moment.astimezone(_CHINA).date()
    return day.year, day.month, day.day, None


def _exported_fields(text: str, year: int | None) -> tuple[int, int, int, object] | None:
    """(year, month, day, code) of a date printed by a system's default format (_ORACLE_DATE, _SCRIPT_DATE,
    _JSON_DATE), on China's clock; None when it is none of them.

    >>> [_exported_fields(t, 2024) for t in ("05-3月 -24", "06-3月-2024", "/Date(1709568000000)/")]
    [(2024, 3, 5, None), (2024, 3, 6, None), (2024, 3, 5, None)]
    >>> _exported_fields("Tue Mar 05 2024 00:00:00 GMT+0800 (中国标准时间)", 2024)
    (2024, 3, 5, None)
    >>> _exported_fields("05-13月-24", 2024), _exported_fields("3.5", 2024)
    ((2024, 13, 5, None), None)
    """
    if found := _ORACLE_DATE.match(text):
        yy = found["y"]
        if len(yy) == 4:
            return int(yy), int(found["m"]), int(found["d"]), None
        full = _full_year(int(yy), year)
        return full, int(found["m"]), int(found["d"]), None if full == 2000 + int(yy) else _OTHER_CENTURY
    if (found := _SCRIPT_DATE.match(text)) and (month := _EN_MONTHS.get(found["mon"].lower())):
        z = found["z"]
        try:
            moment = dt.datetime(
                int(found["y"]), month, int(found["d"]), int(found["H"]), int(found["M"]), int(found["S"] or 0),
                tzinfo=dt.timezone(int(z[0] + "1") * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:]))),
            )  # fmt: skip
        except ValueError:
            return None
        day = moment.astimezone(_CHINA).date()
        return day.year, day.month, day.day, None
    if (found := _JSON_DATE.match(text)) and _EPOCH_FIRST <= int(found["ms"]) // 1000 < _EPOCH_LAST:
        day = dt.datetime.fromtimestamp(int(found["ms"]) / 1000, _CHINA).date()
        return day.year, day.month, day.day, None
    return None


def _day_first(texts: list[str]) -> bool | None:
    """How a column writes its year-last dates: day first when one of them can only be read so
    (13/03/2024) and none only month first (03/13/2024), month first in the opposite case, and None
    when the column does not say (then month first, as US-English Excel and most web systems write)."""
    day_first = month_first = False
    for text in texts:
        if found := _YEAR_LAST.match(text):
            a, b = int(found["a"]), int(found["b"])
            day_first |= a > 12 >= b
            month_first |= b > 12 >= a
    return None if day_first == month_first else day_first


def _year_last_fields(found: re.Match[str], day_first: bool | None) -> tuple[tuple[int, int, int, object], str | None]:
    """(year, month, day, code) of a year-last date, and the detail naming both readings when the
    month and day can be swapped (code date.day_month_order)."""
    a, b, y = int(found["a"]), int(found["b"]), int(found["y"])
    if a > 12 or b > 12 or a == b:  # one reading only (or none: 13/13/2024 stays unparseable)
        m, d = (b, a) if a > 12 else (a, b)
        return (y, m, d, None), None
    m, d = (b, a) if day_first else (a, b)
    how = "月/日/年" if day_first is None else ("同列日期为日/月/年" if day_first else "同列日期为月/日/年")
    return (y, m, d, _DAY_MONTH), f"{y}-{m:02d}-{d:02d} 计（{how}；也可读作 {y}-{d:02d}-{m:02d}）"


def _short_year_fields(
    found: re.Match[str], year: int | None, day_first: bool | None
) -> tuple[tuple[int, int, int, object], str | None] | None:
    """(fields, detail) of a date of three short numbers whose last can be a two-digit year (13/5/24);
    None where the year-first reading (24.3.5) stands as before.

    >>> _short_year_fields(_SHORT_NUMERIC.match("13/5/24"), 2024, None)
    ((2024, 5, 13, 'date.short_year'), '2024-05-13 计（两位数年份在后，与本年度相符；也可读作 2013-05-24）')
    >>> _short_year_fields(_SHORT_NUMERIC.match("24.3.15"), 2024, None) is None
    True
    >>> _short_year_fields(_SHORT_NUMERIC.match("3/5/24"), 2024, None)[0]
    (2024, 3, 5, 'date.day_month_order')
    """
    a, b, c = (int(found[k]) for k in "abc")
    late = _full_year(c, year)
    readings = {(late, m, d) for m, d in ((a, b), (b, a)) if _is_day(late, m, d)}
    early = _full_year(a, year)
    first = (early, b, c) if len(found["a"]) == 2 and _is_day(early, b, c) else None
    if not readings or (first is not None and (year is None or first[0] == year or late != year)):
        return None
    got, both = _year_last_fields(_YEAR_LAST.match(f"{a}/{b}/{late}"), day_first)
    if got[3] is None and late != 2000 + c:
        got = (*got[:3], _OTHER_CENTURY)
    if first is None or first[:3] == got[:3]:
        return got, both
    others = "、".join(f"{y}-{m:02d}-{d:02d}" for y, m, d in sorted(readings | {first}) if (y, m, d) != got[:3])
    return (
        *got[:3],
        _SHORT_YEAR_ORDER,
    ), f"{got[0]}-{got[1]:02d}-{got[2]:02d} 计（两位数年份在后，与本年度相符；也可读作 {others}）"


def _is_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _week_start(year: int, week: int) -> tuple[int, int, int, object] | None:
    """(year, month, day, "date.period") of a week's Monday, kept within its year; None for no such week."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:  # week 0, or week 53 of a year of 52 weeks
        return None
    first = max(monday, dt.date(year, 1, 1))
    return first.year, first.month, first.day, "date.period"


def _month_week_start(year: int | None, month: int, week: int) -> tuple[int, int, int, object] | None:
    """(year, month, day, "date.period") of the k-th week of a month; None without a year or month."""
    if year is None or not 1 <= month <= 12:
        return None
    return year, month, min(1 + 7 * (week - 1), calendar.monthrange(year, month)[1]), "date.period"


def _date_fields(text: str, year: int | None, yearless: str) -> tuple[int, int, int, object] | None:
    """(year, month, day, code) of one text by the first form it fits; code None for a whole date,
    "date.partial" or `yearless` for one completed here. None when no form fits."""
    for pattern, century in _FULL_FORMS:
        if found := pattern.match(text):
            if century:  # two digits: the year nearest the ledger's, named where it is not this century's
                full = _full_year(int(found["y"]), year)
                return (
                    full,
                    int(found["m"]),
                    int(found["d"]),
                    None if full == century + int(found["y"]) else _OTHER_CENTURY,
                )
            return int(found["y"]) + century, int(found["m"]), int(found["d"]), None
    if found := _YEAR_MONTH.match(text):
        return int(found["y"]), int(found["m"]), _MONTH_PART_DAY[found["part"]], "date.partial"
    if year is not None and (found := _COMPACT_MONTH.match(text)) and abs(int(found["y"]) - year) <= 1:
        return int(found["y"]), int(found["m"]), 1, "date.partial"
    if found := _YEAR_QUARTER.match(text):
        return int(found["y"]), 3 * int(found["q"] or found["qq"]) - 2, 1, "date.period"
    if yearless == "date.yearless" and (found := _BARE_QUARTER.match(text)):  # the year is the table's
        return year, 3 * _QUARTER_DIGITS[found["q"] or found["qn"] or found["qq"]] - 2, 1, "date.period"
    if (found := _HALF_YEAR.match(text)) and (found["y"] or yearless == "date.yearless"):
        return int(found["y"]) if found["y"] else year, 1 if found["h"] == "上" else 7, 1, "date.period"
    if found := _YEAR_WEEK.match(text):
        return _week_start(int(found["y"]), int(found["w"] or found["ww"]))
    if yearless == "date.yearless" and (found := _BARE_WEEK.match(text)):  # the year is the table's
        return _week_start(year, int(found["w"]))
    if found := _MONTH_WEEK.match(text):  # without its year only the table's places it
        named = int(found["y"]) if found["y"] else (year if yearless == "date.yearless" else None)
        return _month_week_start(named, int(found["m"]), int(found["k"]))
    if found := _MONTH_DAY.match(text):
        return _UNPLACED if year is None else (year, int(found["m"]), int(found["d"]), yearless)
    if found := _YEAR_ONLY.match(text):
        month = _YEAR_PART_MONTH[found["part"]]
        return int(found["y"]), month, 1, yearless if yearless == "date.yearless" else "date.period"
    if year is not None and (found := _MONTH_ONLY.match(text)):
        return year, int(found["m"]), _MONTH_PART_DAY[found["part"]], yearless
    if found := _LUNAR.match(text):
        return _lunar_fields(found)
    if yearless == "date.yearless" and (found := _EARLY_DAY.match(text)):  # the year is the table's
        month = 1 if found["m"] == "正" else int(found["m"])
        if 1 <= month <= _LUNAR_PLACED_MONTHS and 1 <= int(found["d"]) <= 10:
            return year, month, 1, _CALENDAR_UNKNOWN
    return None


def _lunar_fields(found: re.Match[str]) -> tuple[int, int, int, object] | None:
    """(year, month, day, "date.lunar") of the earliest Gregorian day a lunar date of months 正 … 十 can be;
    None for 冬月, 腊月 or a day no lunar month has (its Gregorian year is not certain, or it is no date)."""
    month = 1 if found["m"] == "正" else int(found["m"])
    day = int(found["first"] or 0) or (20 + int(found["twenty"]) if found["twenty"] else int(found["d"] or 0))
    if not 1 <= month <= _LUNAR_PLACED_MONTHS or not 1 <= day <= 30 or (found["first"] and day > 10):
        return None
    earliest = dt.date(int(found["y"]), *_LUNAR_EARLIEST) + dt.timedelta(days=29 * (month - 1) + day - 1)
    return earliest.year, earliest.month, earliest.day, "date.lunar"


def _range_start(text: str, year: int | None, yearless: str) -> tuple[int, int, int, object] | None:
    """The fields of the day a span began; a whole date is coded date.range, a completed one keeps its code."""
    got = _date_fields(text, year, yearless) or _date_fields(_arabic_date(text), year, yearless)
    if got is None or got == _UNPLACED:
        return None
    return (*got[:3], "date.range") if got[3] is None else got


def _parse_date_strings(
    s: pd.Series, year: int | None, yearless: str = "date.partial"
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dates, codes, detail) for normalised non-missing strings; `yearless` is the code of a date
    completed with the given year. Each text is matched in plain Python (the texts are a column's
    distinct ones: a regex per text beats pandas' per-pattern machinery at every size seen); the
    calendar is checked on the arrays of fields."""
    texts = s.tolist()
    n = len(texts)
    fields: list[tuple[int, int, int, object]] = []
    serials: list[tuple[int, float]] = []
    swapped: dict[int, str] = {}  # text → the detail naming both readings of its month and day
    day_first = _day_first(texts)
    weekdays: dict[int, int] = {}  # text → the day of the week it names beside its date (Monday 0)
    for i, text in enumerate(texts):
        got = None
        if ("周" in text or "星期" in text or "礼拜" in text) and (said := _WEEKDAY.search(text)):
            rest = f"{text[: said.start()]} {text[said.end() :]}".strip()
            if rest:
                text, weekdays[i] = rest, _WEEKDAYS[said["w"]]
        # The era or calendar written before the year: 公元 (the common era, as a form may print it) and 公历, 阳历 or
        # 新历 (said beside a lunar date) say nothing more; a year of the Republic (民国113年, as a Taiwanese or an
        # old form numbers it) is counted from 1911 and named.
        text = text[2:].lstrip() if text.startswith(("公元", "公历", "阳历", "新历")) else text
        republic = _REPUBLIC_YEAR.match(_arabic_date(text)) if text.startswith("民国") else None
        if republic:
            text = f"{int(republic['y']) + 1911}{republic['sep']}{republic['rest']}"
        if (short := _SHORT_NUMERIC.match(text)) and (read := _short_year_fields(short, year, day_first)):
            got, both = read
            if both:
                swapped[i] = both
        got = got or _date_fields(text, year, yearless)
        if got is None and (mended := ocr_digits(text)) != text:
            # A date typed with the letter O for 0 or l for 1 (2O24-03-05, 2024.l2.5), or read so from a scan: mended
            # before any looser reading, which would take 2O24-03-05 for a month and lose its day. Only a whole
            # date is taken here; the looser forms of the mended text are tried last, as before.
            whole = _date_fields(mended, year, yearless) or _date_fields(_arabic_date(mended), year, yearless)
            got = (*whole[:3], "date.ocr_digits") if whole is not None and whole[3] is None else None
        if got is None and (found := _ZONED.match(text)):
            got = _zoned_fields(found)
        if got is None and ("月" in text or "Date(" in text or "GMT" in text or "UTC" in text):
            got = _exported_fields(text, year)
        if got is None and (found := _YEAR_LAST.match(text)):
            got, both = _year_last_fields(found, day_first)
            if both:
                swapped[i] = both
        if got is None and _SERIAL_TEXT.fullmatch(text):
            serials.append((i, float(text)))
        elif got is None and ("年" in text or "月" in text or "周" in text):  # 二〇二四年三月五日, 第十二周
            got = _date_fields(_arabic_date(text), year, yearless)
        if got is None and (span := _RANGE.match(text)):
            got = _range_start(span["start"], year, yearless)
        if got is None and (mended := _mended_separators(text)) != text:
            got = _date_fields(mended, year, yearless) or _date_fields(_arabic_date(mended), year, yearless)
        if got is None and (timeless := _TRAILING_TIME.sub("", text)) != text and timeless:
            got = _date_fields(timeless, year, yearless) or _date_fields(_arabic_date(timeless), year, yearless)
        if got is None and (bare := _without_marks(text)) != text and bare:
            got = _date_fields(bare, year, yearless) or _date_fields(
                _mended_separators(_arabic_date(bare)), year, yearless
            )
        if got is None and (bare := _WRAPPING.sub("", text)) != text and bare:
            got = _date_fields(bare, year, yearless) or _date_fields(
                _mended_separators(_arabic_date(bare)), year, yearless
            )
        if got is None and (noted := _REMARK.match(text)):
            whole = _date_fields(_mended_separators(_arabic_date(noted["date"])), year, yearless)
            got = (*whole[:3], _REMARKED) if whole is not None and whole[3] is None else None
        if got is None and (two := _TWO_DATES.match(text)):
            first, second = (_date_fields(_mended_separators(_arabic_date(two[k])), year, yearless) for k in "ab")
            if first is not None and first[3] is None and second is not None and second[3] is None:
                got = (*first[:3], "date.range")
        if got is None and (english := _english_month(text)) is not None:
            got = _date_fields(english, year, yearless)
        if got is None and (mended := ocr_digits(text)) != text:
            # Read from a scan or a converted PDF (2O24.3.5, 2024年l2月): a whole date is coded date.ocr_digits.
            got = _date_fields(mended, year, yearless) or _date_fields(_arabic_date(mended), year, yearless)
            if got is not None and got[3] is None:
                got = (*got[:3], "date.ocr_digits")
        if republic and got is not None and got[3] is None:
            got = (*got[:3], _REPUBLIC)
        fields.append(got or _UNPLACED)
    dates = np.full(n, np.datetime64("NaT"), dtype="M8[D]")
    codes = np.full(n, "date.unparseable", dtype=object)
    detail = na_strings(n)
    if not n:
        return dates, codes, detail
    y, m, d = (np.fromiter((f[k] for f in fields), dtype=np.int64, count=n) for k in range(3))
    how = np.array([f[3] for f in fields], dtype=object)

    def settle(idx: np.ndarray, got: np.ndarray, invalid: np.ndarray, out: np.ndarray, code: object) -> None:
        dates[idx] = got
        codes[idx] = np.where(invalid, "date.unparseable", np.where(out, "date.out_of_range", code))

    whole = np.flatnonzero(pd.isna(how))
    got, invalid, out = _ymd_dates(y[whole], m[whole], d[whole])
    impossible = _impossible_days(y[whole], m[whole], d[whole], invalid)
    got[impossible] = _month_end(y[whole][impossible], m[whole][impossible])
    settle(whole, got, invalid & ~impossible, out, None)
    codes[whole[impossible]] = "date.impossible_day"
    detail[whole[impossible]] = _partial_detail(codes[whole[impossible]], got[impossible], "date.impossible_day")
    placed = (
        "date.partial",
        "date.period",
        yearless,
        "date.range",
        "date.lunar",
        "date.ocr_digits",
        _CALENDAR_UNKNOWN,
        _REPUBLIC,
        _OTHER_CENTURY,
        _REMARKED,
    )
    # Most columns hold whole dates only: a code none holds costs nothing (the calendar's arrays cost a call each).
    held = set(how[pd.notna(how)].tolist())
    for code in dict.fromkeys(placed):
        if code not in held:
            continue
        idx = np.flatnonzero(how == code)
        got, invalid, out = _ymd_dates(y[idx], m[idx], d[idx])
        settle(idx, got, invalid, out, code)
        detail[idx] = _partial_detail(codes[idx], got, code)
    for code in (_DAY_MONTH, _SHORT_YEAR_ORDER):
        if code not in held:
            continue
        idx = np.flatnonzero(how == code)
        got, invalid, out = _ymd_dates(y[idx], m[idx], d[idx])
        settle(idx, got, invalid, out, code)
        detail[idx] = [swapped[i] if codes[i] == code else None for i in idx]
    if serials:
        idx = np.array([i for i, _ in serials])
        got, not_serial, out = _serial_dates(np.array([v for _, v in serials], dtype=float))
        settle(idx, got, not_serial, out, None)
    # A day of the week that is not the date's (2024-03-05 周三): one of the two was mistyped. The date is kept (it
    # places the record in its year), with a warning naming both.
    for i, named in weekdays.items():
        if codes[i] is None and not np.isnat(dates[i]):
            actual = int((dates[i].astype("int64") + 3) % 7)  # 1970-01-01 was a Thursday
            if actual != named:
                codes[i] = "date.weekday_mismatch"
                detail[i] = f"{dates[i]} 是星期{_WEEKDAY_NAMES[actual]}，不是星期{_WEEKDAY_NAMES[named]}"
    return dates, codes, detail


@register("date")
def clean_date(
    raw: pd.Series, *, year: int | None = None, titled_year: int | YearSpan | None = None, date1904: bool = False
) -> Cleaned:
    """Parse dates in every form ledgers use → datetime64[ns] at midnight.

    A bare month.day (3.5, or the float 3.5 Excel made of it) or a month alone (3月) needs a year:
    `titled_year`, the year the ledger's title or sheet names (code ``date.yearless``, a note), else
    `year`, the year being cleaned (code ``date.partial``, a warning); the inferred date is the
    detail. So is a year-month (2024年3月 → the 1st). A year alone (2024年度) is a period: its 1st of
    January, code ``date.period``. A quarter (2024年第3季度, 2024年三季度) is a
    period, not a slip: its first day, code ``date.period`` (a note). A quarter without its year
    (第3季度, 三季度, Q3) takes `titled_year` the same way, and only it: with no year named, the
    year being cleaned is a guess, so it stays unparseable. A week (2024年第12周, 2024-W12; 第12周 with a
    titled year) is a period too: its ISO Monday, never before the 1st of January of its year. So is a
    week of a month (3月第2周): the month's day 1, 8, 15 … for its 1st, 2nd, 3rd … week. A two-digit year (24.3.5) is this century's.
    A day past its month's end in a certain year and month (2024-02-30) keeps the record in its
    month, on the month's last day, with the code ``date.impossible_day``. A cell saying the event
    has not happened yet (未开庭, 待开庭, 未结案) has no date and the code ``date.pending``; one saying the
    record was carried over from an earlier year (上年结转) has none either, code ``date.carried_over``; nor has one
    saying the event will never take place (an appeal tried on the papers: 不开庭审理, 书面审理), code ``date.never``.

    >>> clean_date(pd.Series(["不开庭审理", "书面审理", "不开庭（书面审理）", "不详", "不清楚"]), year=2024).codes.tolist()
    ['date.never', 'date.never', 'date.never', 'date.unparseable', 'date.unparseable']

    >>> clean_date(pd.Series(["上年结转", "2023年结转", "去年遗留", "结转"]), year=2024).codes.tolist()
    ['date.carried_over', 'date.unparseable', 'date.carried_over', 'date.carried_over']

    >>> raw = pd.Series(["2024.3.5", 45292, "二〇二四年三月五日", "20240305", "3.5", "2024.2.30", "24.3.5"], dtype=object)
    >>> res = clean_date(raw, year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist()
    ['2024-03-05', '2024-01-01', '2024-03-05', '2024-03-05', '2024-03-05', '2024-02-29', '2024-03-05']
    >>> res.codes.tolist()
    [<NA>, <NA>, <NA>, <NA>, 'date.partial', 'date.impossible_day', <NA>]
    >>> res = clean_date(pd.Series(["2024年第3季度", "2023年第四季度", "2024Q1"]), year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.tolist()
    (['2024-07-01', '2023-10-01', '2024-01-01'], ['date.period', 'date.period', 'date.period'])
    >>> clean_date(pd.Series(["3月5日", "7月"]), year=2025, titled_year=2024).codes.tolist()
    ['date.yearless', 'date.yearless']
    >>> res = clean_date(pd.Series(["2024年度", "2024全年", "2023年"]), year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.unique().tolist()
    (['2024-01-01', '2024-01-01', '2023-01-01'], ['date.period'])
    >>> res = clean_date(pd.Series(["第3季度", "三季度", "4季度", "Q1", "第四季"]), year=2025, titled_year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.unique().tolist(), res.detail[0]
    (['2024-07-01', '2024-07-01', '2024-10-01', '2024-01-01', '2024-10-01'], ['date.period'], '2024-07-01')
    >>> weeks = pd.Series(["2024年第12周", "2025年第1周", "第十二周", "第12周（3月18日-3月24日）"])
    >>> res = clean_date(weeks, year=2025, titled_year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.unique().tolist()
    (['2024-03-18', '2025-01-01', '2024-03-18', '2024-03-18'], ['date.period'])
    >>> clean_date(pd.Series(["第53周", "2024年第0周"]), year=2024, titled_year=2024).codes.tolist()
    ['date.unparseable', 'date.unparseable']
    >>> res = clean_date(pd.Series(["3月第2周", "二月第五周", "2023年12月第4周"]), year=2025, titled_year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.unique().tolist()
    (['2024-03-08', '2024-02-29', '2023-12-22'], ['date.period'])
    >>> clean_date(pd.Series(["3月第2周"]), year=2024).codes.tolist()  # no year named: not placed
    ['date.unparseable']
    >>> clean_date(pd.Series(["第3季度", "Q3", "第5季度"]), year=2024).codes.tolist()
    ['date.unparseable', 'date.unparseable', 'date.unparseable']

    A date with the year last (13/03/2024, 03/13/2024) is read the one way it can be; when its month and
    day can be swapped (05/03/2024), the column's other dates say which comes first, else the month,
    with the code ``date.day_month_order`` (a warning naming both readings): the year is certain.

    A moment with its time zone (2024-03-05T16:00:00.000Z) is the day it was in China (UTC+8), and so is a
    moment in Unix time, seconds or milliseconds (1709654400000 is 2024-03-05T16:00Z).

    >>> zoned = pd.Series(["2024-03-05T16:00:00.000Z", "2023-12-31T16:00:00Z", "2024-03-05T09:30:00+08:00"])
    >>> clean_date(zoned, year=2024).values.dt.strftime("%Y-%m-%d").tolist()
    ['2024-03-06', '2024-01-01', '2024-03-05']
    >>> unix = pd.Series(["1709654400000", 1709654400000, 1709654400, "1704038400"], dtype=object)
    >>> clean_date(unix, year=2024).values.dt.strftime("%Y-%m-%d").tolist()
    ['2024-03-06', '2024-03-06', '2024-03-06', '2024-01-01']
    >>> res = clean_date(pd.Series(["05/03/2024", "13/03/2024", "7/7/2024"]), year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.tolist()
    (['2024-03-05', '2024-03-13', '2024-07-07'], ['date.day_month_order', <NA>, <NA>])
    >>> res.detail[0]
    '2024-03-05 计（同列日期为日/月/年；也可读作 2024-05-03）'

    A year.month Excel turned into a number (2024.12) is that month, as its text is; 2024.1 may be January or
    2024.10 with its 0 dropped, and is not placed (``date.month_ambiguous``).

    >>> res = clean_date(pd.Series([2024.12, 2024.3, 2024.1], dtype=object), year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.tolist()
    (['2024-12-01', '2024-03-01', nan], ['date.partial', 'date.partial', 'date.month_ambiguous'])
    >>> clean_date(pd.Series(["未开庭", "尚未开庭", "待定", "不详", "未知", "待核实"]), year=2024).codes.tolist()
    ['date.pending', 'date.pending', 'date.pending', 'date.unparseable', 'date.unparseable', 'date.unparseable']

    A title naming a span over two years (`YearSpan`: 2023年12月1日至2024年11月30日) gives a yearless date the
    span's year of its month; a date with its year keeps it.

    >>> res = clean_date(pd.Series(["12月5日", "1月8日", "2024.12.3"]), year=2024, titled_year=YearSpan(2023, 12))
    >>> res.values.dt.strftime("%Y-%m-%d").tolist(), res.codes.tolist()
    (['2023-12-05', '2024-01-08', '2024-12-03'], ['date.yearless', 'date.yearless', <NA>])

    A day's number in a book of Mac Excel's 1904 date system (`date1904`, the book says so) counts from 1904-01-01:

    >>> serials = pd.Series([45356, 43894], dtype=object)
    >>> clean_date(serials, year=2024).values.dt.strftime("%Y-%m-%d").tolist()
    ['2024-03-05', '2020-03-04']
    >>> clean_date(serials, year=2024, date1904=True).values.dt.strftime("%Y-%m-%d").tolist()
    ['2028-03-06', '2024-03-05']
    """
    if isinstance(titled_year, YearSpan):
        return _clean_date_in_span(raw, year, titled_year, date1904)
    yearless = "date.yearless" if titled_year is not None else "date.partial"
    year = int(titled_year) if titled_year is not None else (None if year is None else int(year))
    obj, kinds = cell_kinds(raw)
    n = obj.size
    dates = np.full(n, np.datetime64("NaT"), dtype="M8[D]")
    codes = np.where(kinds == MISSING, None, "date.unparseable").astype(object)
    detail = na_strings(n)

    is_dt = (kinds == DATETIME) | (kinds == DATE)
    if is_dt.any():
        y, m, d = _datetime_parts(obj[is_dt])
        got, invalid, out = _ymd_dates(y, m, d)
        dates[is_dt] = got
        codes[is_dt] = np.where(invalid, "date.unparseable", np.where(out, "date.out_of_range", None))

    # A system's export may give a moment as Unix time, in seconds (10 digits) or milliseconds (13), as text.
    strs = np.flatnonzero(kinds == STR)
    # Builtins mapped over the texts (a Python test per text had cost a large date column tens of ms).
    stripped = np.fromiter(map(str.strip, obj[strs]), dtype=object, count=len(strs))
    lengths = np.fromiter(map(len, stripped), dtype=np.int64, count=len(strs))
    sized = np.flatnonzero((lengths == 10) | (lengths == 13))
    ascii_digits = np.fromiter(map(str.isascii, stripped[sized]), dtype=bool, count=len(sized)) & np.fromiter(
        map(str.isdigit, stripped[sized]), dtype=bool, count=len(sized)
    )
    epoch_text = strs[sized[ascii_digits]]
    if len(epoch_text):
        obj, kinds = obj.copy(), kinds.copy()
        obj[epoch_text] = [int(x) for x in obj[epoch_text]]
        kinds[epoch_text] = INT
    numeric = (kinds == INT) | (kinds == FLOAT)
    # A float such as 3.5 with a month-sized whole part is a typed month.day, never a serial
    # (serials 1–12 are January 1900); it goes through the text path like the string "3.5".
    as_text = kinds == STR
    if numeric.any():
        try:
            with np.errstate(over="ignore"):
                num = obj[numeric].astype(float)
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            num = np.array([safe_float(x) for x in obj[numeric]], dtype=float)
        with np.errstate(invalid="ignore"):
            month_day = np.isfinite(num) & (num >= 1) & (num < 13) & (num != np.floor(num))
            yyyymmdd = np.isfinite(num) & (num >= 19_000_101) & (num <= 21_001_231) & (num == np.floor(num))
            # yyyyMMddHHmmss kept as a number (20250305142210): read as its digits, as the text is.
            yyyymmdd |= (
                np.isfinite(num) & (num >= 19_000_101_000_000) & (num <= 21_001_231_235_959) & (num == np.floor(num))
            )
            # A year.month typed into a number cell (2024.12, 2024.3): read as the text it was. 2024.1 may be
            # January or 2024.10 with its 0 dropped by Excel: October is as likely, so it is not placed.
            year_month = np.isfinite(num) & (num >= 1900) & (num < 2100) & (num != np.floor(num))
            ambiguous = year_month & (np.abs(num - np.floor(num) - 0.1) < 1e-9)
            whole = np.isfinite(num) & (num == np.floor(num))
            # yyyyMM kept as a number (202403): read as its digits, a month (`_COMPACT_MONTH`); no serial of a day.
            yyyymm = whole & (num >= 190_001) & (num <= 210_012) & (num % 100 >= 1) & (num % 100 <= 12)
            yyyymmdd |= yyyymm
            seconds = whole & (num >= _EPOCH_FIRST) & (num <= _EPOCH_LAST)
            millis = whole & (num >= _EPOCH_FIRST * 1000) & (num <= _EPOCH_LAST * 1000)
        idx = np.flatnonzero(numeric)
        as_text[idx[month_day | yyyymmdd | (year_month & ~ambiguous)]] = True
        codes[idx[ambiguous]] = "date.month_ambiguous"
        epoch = seconds | millis
        if epoch.any():
            at = np.where(millis, num / 1000, num)[epoch]
            days = [dt.datetime.fromtimestamp(t, _CHINA).date() for t in at]
            dates[idx[epoch]] = np.array(days, dtype="M8[D]")
            codes[idx[epoch]] = None
        serial = ~(month_day | yyyymmdd | year_month | epoch)
        got, not_serial, out = _serial_dates(num[serial], _EXCEL_EPOCH_1904 if date1904 else _EXCEL_EPOCH)
        dates[idx[serial]] = got
        codes[idx[serial]] = np.where(not_serial, "date.unparseable", np.where(out, "date.out_of_range", None))

    if as_text.any():
        u = Uniques(raw_text(obj[as_text], kinds[as_text]))
        norm = normalise(u.values)
        # A date retyped in its cell (3月5日（改为3月8日）) is its new date, which decides the year.
        new, retyped = retyped_values(norm.to_numpy(dtype=object, na_value=None))
        if retyped.any():
            norm = pd.Series(new, index=norm.index, dtype=norm.dtype)
        present = norm.notna().to_numpy(dtype=bool)
        per_dates = np.full(len(norm), np.datetime64("NaT"), dtype="M8[D]")
        per_codes = na_strings(len(norm))
        per_detail = na_strings(len(norm))
        errors = error_codes(norm.to_numpy(dtype=object, na_value=None), shown=True)
        pending = present & fullmatches(_PENDING, norm)
        carried = present & fullmatches(_CARRIED, norm)
        never = present & fullmatches(_NEVER, norm)
        relative = present & fullmatches(_RELATIVE, norm)
        elsewhere = present & fullmatches(ELSEWHERE, norm)
        per_codes[:] = np.where(
            pending, "date.pending", np.where(carried, "date.carried_over", np.where(never, "date.never", errors))
        )
        per_codes[relative], per_codes[elsewhere] = "date.relative", "value.elsewhere"
        present = present & pd.isna(errors) & ~pending & ~carried & ~never & ~relative & ~elsewhere
        if present.any():
            got, got_codes, got_detail = _parse_date_strings(norm[present], year, yearless)
            per_dates[present], per_codes[present], per_detail[present] = got, got_codes, got_detail
        noted = retyped & pd.isna(per_codes)
        per_codes[noted], per_detail[noted] = "value.retyped", new[noted]
        idx = np.flatnonzero(as_text)
        dates[idx] = u.spread(per_dates, np.datetime64("NaT"))
        codes[idx] = u.spread(per_codes)
        detail[idx] = u.spread(per_detail)

    if numeric.any():
        _day_maybe_tens(num, np.flatnonzero(numeric), month_day, dates, codes, detail)
    values = pd.Series(dates.astype("M8[ns]"))
    return cleaned(raw.index, values, codes, detail)


def _day_maybe_tens(num, idx, month_day, dates, codes, detail) -> None:
    """A month.day typed into a number cell whose day may have lost its trailing zero (3.10 is stored 3.1, 3.20 is
    3.2): its month is certain, its day 1 or 10 (2 or 20, 3 or 30, where the month has that day). Read as written,
    and noted (`date.day_ambiguous`, in place of the yearless note): counted in its month, no figure resting on its
    day. A text 3.1 is what was typed (3月1日); a day of two digits (3.15) or one the month cannot have tenfold (3.4,
    2.3) is certain.

    >>> res = clean_date(pd.Series([3.1, 3.2, 2.3, 3.15, "3.1", 12.3], dtype=object), year=2024)
    >>> res.codes.tolist(), res.detail.tolist()[:2]
    (['date.day_ambiguous', 'date.day_ambiguous', 'date.partial', 'date.partial', 'date.partial', 'date.day_ambiguous'], ['3月1日 或 3月10日', '3月2日 或 3月20日'])
    """
    with np.errstate(invalid="ignore"):
        hundredths = np.where(month_day, np.round((num - np.floor(num)) * 100), 0).astype(np.int64)
    month = np.floor(np.where(month_day, num, 1)).astype(np.int64)
    day = hundredths // 10
    tens = (
        month_day
        & (hundredths % 10 == 0)
        & (day >= 1)
        & (day <= 3)
        & (day * 10 <= _MONTH_DAYS[month - 1] + (month == 2))
    )
    for k in np.flatnonzero(tens):
        at = idx[k]
        if codes[at] in ("date.partial", "date.yearless") and not pd.isna(dates[at]):
            codes[at] = "date.day_ambiguous"
            detail[at] = f"{month[k]}月{day[k]}日 或 {month[k]}月{day[k] * 10}日"


def _clean_date_in_span(raw: pd.Series, year: int | None, span: YearSpan, date1904: bool = False) -> Cleaned:
    """Each cell read in both years of the span; a yearless one kept in the year its month falls in."""
    early = clean_date(raw, year=year, titled_year=span.first, date1904=date1904)
    late = clean_date(raw, year=year, titled_year=span.first + 1, date1904=date1904)
    later = ((early.codes == "date.yearless") & (early.values.dt.month < span.start_month)).fillna(False)
    return Cleaned(
        early.values.mask(later, late.values),
        early.codes.mask(later, late.codes),
        early.detail.mask(later, late.detail),
    )


def _datetime_parts(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day of date/datetime cells (wall-clock date; the time of day is dropped)."""
    try:
        stamps = pd.to_datetime(pd.Series(cells, dtype=object), errors="coerce")
        if stamps.notna().all():
            return (stamps.dt.year.to_numpy(), stamps.dt.month.to_numpy(), stamps.dt.day.to_numpy())
    except (TypeError, ValueError, OverflowError):
        pass
    # Mixed time zones or dates outside pandas' range: read each cell's own fields.
    parts = np.array([(c.year, c.month, c.day) for c in cells], dtype=np.int64).reshape(-1, 3)
    return parts[:, 0], parts[:, 1], parts[:, 2]
