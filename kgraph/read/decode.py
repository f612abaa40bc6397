"""Bytes → text: UTF-8, CP949 and pages labelled EUC-KR, strictly; NFC-normalised.

>>> decode("광명시".encode("cp949"))
'광명시'
>>> decode(b'<meta charset="euc-kr">' + "부안군".encode("cp949")).endswith("부안군")
True
>>> decode("광명시".encode("utf-16"))  # with its byte-order mark
'광명시'

"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import DecodeError

_ALIASES = {"euc-kr": "cp949", "euc_kr": "cp949", "ks_c_5601-1987": "cp949", "ksc5601": "cp949",
            "x-windows-949": "cp949", "windows-949": "cp949", "uhc": "cp949", "ms949": "cp949"}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page or XML prolog declares, if any."""
    head = data[:4096].decode("ascii", errors="replace")
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", head, re.IGNORECASE) or \
        re.search(r"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", head, re.IGNORECASE)
    if not m:
        return None
    name = m.group(1).lower()
    return _ALIASES.get(name, name)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text at all (NUL bytes, or many control bytes)."""
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and ctrl / len(sample) > 0.05


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode strictly: BOM, declared charset, UTF-8, then CP949; never drop bytes silently."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # before the binary test: UTF-16 text is full of NUL bytes
            return _strict(data, enc, name, strip=len(bom) if enc == "utf-8" else 0)
    if looks_binary(data):
        raise DecodeError(f"{name} is a binary file, not text or HTML; give kgraph .txt, .md or .html articles")
    tried = []
    declared = declared_charset(data)
    for enc in [e for e in (declared, "utf-8", "cp949") if e]:
        if enc in tried:
            continue
        tried.append(enc)
        try:
            codecs.lookup(enc)
            return unicodedata.normalize("NFC", data.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(f"{name} is not valid text in {', '.join(tried)}; convert it to UTF-8 "
                      "(e.g. iconv -f <its encoding> -t utf-8) and try again")


def _strict(data: bytes, enc: str, name: str, *, strip: int = 0) -> str:
    try:
        return unicodedata.normalize("NFC", data[strip:].decode(enc))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name} starts with a {enc} byte-order mark but is not valid {enc} "
                          f"(byte {exc.start}); fix or re-save the file as UTF-8") from exc
