"""How the error boundary says a failure, in one place for both ways a command runs: through
Typer (`cli.main._Boundary`) and on the start-up fast path (`cli.quick`). Imports no Typer."""

from __future__ import annotations


def error_lines(exc: BaseException, lang: str) -> list[str] | None:
    """The lines a data error (exit 1) is said in: each problem of a TargetctlError, or what
    the file system refused; None when `exc` is neither."""
    from targetctl.domain.problems import TargetctlError, visible

    word = "错误：" if lang == "zh" else "error: "
    if isinstance(exc, TargetctlError):
        return [word + problem.said(lang) for problem in exc.problems]
    if isinstance(exc, OSError):  # the file system refused (permissions, a full disk): not our bug
        from targetctl.domain.messages import Msg
        from targetctl.io.paths import display_path

        where = f"{display_path(exc.filename)}: " if exc.filename else ""
        said = Msg("cli.os_error", where=where, reason=exc.strerror or str(exc)).text(lang)
        return [word + visible(said)]
    return None


def interrupted(lang: str) -> str:
    from targetctl.domain.messages import Msg

    return Msg("cli.interrupted").text(lang)


def internal(exc: BaseException, lang: str) -> str:
    """Anything else is our bug: exit 3, "please report"."""
    from targetctl.domain.messages import Msg

    return Msg("cli.internal_error", kind=type(exc).__name__, detail=str(exc)).text(lang)
