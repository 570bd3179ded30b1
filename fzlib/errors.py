"""The user's problems: what a command names in Chinese and exits 1 for, never mistaken for a defect of fzlib (exit 70)."""

from __future__ import annotations

import errno

# Errors of the machine, not of fzlib: a folder that cannot be written, a full disk.
_OUTPUT_REASONS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EROFS: "所在磁盘是只读的",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOENT: "文件夹不存在或在写入时被移走",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    # mkdir of a folder where a file of that name already is (--out 台账.xlsx/结果): the system says "File exists".
    errno.EEXIST: "该位置已有一个同名的文件，不是文件夹",
    errno.EISDIR: "要写入的位置是一个文件夹",
    errno.ENAMETOOLONG: "路径太长",
    errno.EFBIG: "文件超过了磁盘允许的大小",
    errno.EIO: "磁盘读写出错",
}
_NOT_A_FOLDER = "请检查 --out：路径上的每一级都须是文件夹，不能是同名的文件；改好后重新运行"
_OUTPUT_FIXES = {
    errno.ENOTDIR: _NOT_A_FOLDER,
    errno.EEXIST: _NOT_A_FOLDER,
    errno.ENOSPC: "请清理磁盘空间（或用 --out 指定其他磁盘上的文件夹）后重新运行",
    errno.EDQUOT: "请清理磁盘空间（或用 --out 指定其他磁盘上的文件夹）后重新运行",
}


# OSErrors that are the machine's or the user's doing, never a defect.
USER_OS_ERRORS = frozenset(_OUTPUT_REASONS) - {errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.EEXIST}


class UserProblem(Exception):
    """A problem the user can fix (input, parameters, folders, disk); ``str()`` is a Chinese
    message saying what is wrong and what to do. Commands print it and exit 1."""


def output_failed(exc: OSError, what: str = "输出", given: str | None = None) -> UserProblem:
    """A Chinese explanation of an OSError met while writing outputs, naming only the file's name (or
    the output path as the user typed it, `given`)."""
    code = exc.errno if isinstance(exc.errno, int) else None
    text = str(exc)
    if code is None and "No space left" in text:
        code = errno.ENOSPC
    reason = _OUTPUT_REASONS.get(code) or (exc.strerror or "系统拒绝写入")
    fix = _OUTPUT_FIXES.get(code, "请确认该文件夹存在、可写且磁盘未满，或用 --out 指定其他文件夹后重新运行")
    if given and code == errno.EISDIR:  # a file asked for (stamp's --out) where a folder is
        fix = "--out 应写要生成的文件名，而它是一个已有的文件夹；请在文件夹后写上文件名，然后重新运行"
    name = f"（--out {given}）" if given else f"（{_name_of(exc.filename)}）" if exc.filename else ""
    return UserProblem(f"无法写入{what}{name}：{reason}。{fix}。")


def os_reason(exc: OSError) -> str:
    """What the system said of a file it could not write, in Chinese (its own words are English)."""
    code = exc.errno if isinstance(exc.errno, int) else None
    return _OUTPUT_REASONS.get(code) or "系统拒绝写入"


def _name_of(filename) -> str:
    import os

    name = os.fsdecode(filename) if isinstance(filename, (str, bytes)) else str(filename)
    return os.path.basename(name.rstrip("/")) or name
