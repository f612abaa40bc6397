"""Decoding: UTF-8, CP949 with or without a charset, EUC-KR labels, refusals."""
import pytest

from kgraph.errors import DecodeError
from kgraph.read.decode import declared_charset, decode, looks_binary

TEXT = "광명시는 독일 오스나브뤼크시와 상호결연을 맺었다."


def test_utf8_and_nfc():
    decomposed = "광명시".encode().decode("utf-8")
    import unicodedata

    nfd = unicodedata.normalize("NFD", decomposed).encode("utf-8")
    assert decode(nfd) == "광명시"


def test_cp949_without_charset():
    assert decode(TEXT.encode("cp949")) == TEXT


def test_euc_kr_label_is_read_as_cp949():
    # 똠 is in CP949 but not in strict EUC-KR: Python's euc_kr codec rejects real pages with such syllables
    page = '<meta charset="euc-kr"><p>똠방각하 ' + TEXT + "</p>"
    data = page.encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc_kr")
    assert "똠방각하" in decode(data)
    assert declared_charset(data) == "cp949"


def test_utf8_bom():
    assert decode(b"\xef\xbb\xbf" + TEXT.encode()) == TEXT


def test_undecodable_bytes_are_refused_not_dropped():
    with pytest.raises(DecodeError, match="convert it to UTF-8"):
        decode("광명시 ".encode() + b"\x80\xff" * 20, name="bad.txt")


def test_binary_is_refused():
    data = bytes(range(256)) * 4
    assert looks_binary(data)
    with pytest.raises(DecodeError, match="binary"):
        decode(data, name="x.png")
