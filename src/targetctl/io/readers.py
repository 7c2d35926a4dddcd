"""Document readers as a registry: a reader says which files it reads, by their content (a
few bytes at the start: a PDF's %PDF-, a zip that holds a Word document) or by their suffix,
and how to read them. The content decides first, so a .txt that is really a .docx, or a PDF
saved under another name, is read for what it is; then the suffix; then the fallback.
Adding a reader is a module with its `Reader` and one `register` call in `documents`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEAD_BYTES = 4096
"""How much of a file's start the sniffers see."""


@dataclass(frozen=True)
class Reader:
    name: str
    read: Callable[[Path], str]
    """The file's text; a TargetctlError (one line) when it cannot be read."""
    suffixes: tuple[str, ...] = ()
    sniff: Callable[[Path, bytes], bool] | None = None
    """Whether the file is this reader's, from its path and its first HEAD_BYTES bytes."""
    word: bool = False
    """Every line of its text is a paragraph as written, never a line broken inside one."""


class Registry:
    def __init__(self, fallback: Reader) -> None:
        self.fallback = fallback
        self._readers: list[Reader] = []
        self._by_suffix: dict[str, Reader] = {}

    def register(self, reader: Reader) -> Reader:
        for suffix in reader.suffixes:
            held = self._by_suffix.get(suffix.lower())
            if held is not None:
                raise ValueError(f"suffix {suffix} is read already by the reader '{held.name}'")
        self._readers.append(reader)
        self._by_suffix.update((suffix.lower(), reader) for suffix in reader.suffixes)
        return reader

    def pick(self, path: Path, head: bytes) -> Reader:
        """The reader for `path`, whose first bytes are `head`."""
        for reader in self._readers:
            if reader.sniff is not None and reader.sniff(path, head):
                return reader
        return self._by_suffix.get(path.suffix.lower(), self.fallback)

    def suffixes(self) -> list[str]:
        return [s for r in self._readers for s in r.suffixes]
