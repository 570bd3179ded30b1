"""`python -m fzlib.sample --year Y [--out DIR]`: (re)generate a year's sample ledgers."""

from __future__ import annotations

import argparse
from pathlib import Path

from fzlib.sample import YEARS, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fzlib.sample", description="生成旺草镇示例台账（虚构数据）")
    parser.add_argument("--year", type=int, required=True, choices=YEARS, help="年度")
    parser.add_argument("--out", type=Path, default=None, help="输出目录（默认 data/raw/<年度>/）")
    args = parser.parse_args(argv)
    for path in generate(args.year, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
