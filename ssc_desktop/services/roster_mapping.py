"""Which roster column goes to which member field: header names in many languages, names in
parts, own-script name columns found by their values, and the columns left out.

A mapping is {column index: field}. Besides the member fields it can name the parts of a name
(given, middle, family: joined into the name in the culture's order) and KEEP (the column is
kept as a "Header: value" line of the member's notes). A text field may be mapped from up to
three columns, which are joined in column order: that is how the wizard combines columns, and
since the mapping is saved by header row, the combination is remembered with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ssc_desktop.errors import DomainError

# The member fields a column can go to, in the order the wizard offers them.
FIELDS = (
    "latin_name",
    "native_name",
    "reading",
    "email",
    "country",
    "affiliation",
    "visit_year",
    "host_institution",
    "gender",
    "phone",
    "notes",
)
NAME_PARTS = ("given_name", "middle_name", "family_name")
KEEP = "keep"
# Everything a mapping may name: the member fields, the name parts, and "keep in the notes".
TARGETS = FIELDS + NAME_PARTS + (KEEP,)
TEXT_FIELDS = ("latin_name", "native_name", "country", "affiliation", "host_institution", "phone", "notes")
# Fields that several columns may feed: their values are joined (parts, text) or listed (kept).
COMBINABLE = frozenset(TEXT_FIELDS + NAME_PARTS + ("reading",))
MAX_COMBINED = 3

_ALIASES: dict[str, tuple[str, ...]] = {
    "latin_name": (
        "name",
        "full name",
        "full name (latin)",
        "name (latin)",
        "latin name",
        "name in latin",
        "name in latin letters",
        "name in english",
        "english name",
        "name (english)",
        "member name",
        "participant name",
        "alumni name",
        "attendee name",
        "registrant name",
        "display name",
        "ローマ字",
        "ローマ字氏名",
        "氏名(ローマ字)",
        "氏名(英字)",
        "英字氏名",
        "英語名",
        "氏名(英語)",
        "英文姓名",
        "姓名(英文)",
        "英文名",
        "英文名字",
        "拼音",
        "姓名拼音",
        "nama",
        "nama lengkap",
        "nama peserta",  # Indonesian
        "họ và tên",
        "họ tên",
        "tên đầy đủ",  # Vietnamese
        "ชื่อ-นามสกุล",
        "ชื่อ-สกุล",
        "ชื่อและนามสกุล",
        "ชื่อ นามสกุล",  # Thai
        "नाम",
        "पूरा नाम",  # Hindi
        "이름",
        "성명",  # Korean
    ),
    "native_name": (
        "name in own script",
        "own script",
        "native name",
        "local name",
        "name (own script)",
        "name in native script",
        "name (local)",
        "name in local script",
        "name (native)",
        "local script name",
        "氏名",
        "名前",
        "お名前",
        "漢字氏名",
        "氏名(漢字)",
        "姓名",
        "中文姓名",
        "中文名",
        "中文名字",
        "本名",
        "nama (aksara)",
        "nama asli",
        "이름(한글)",
        "한글 이름",
    ),
    "given_name": (
        "first name",
        "given name",
        "given names",
        "forename",
        "first",
        "firstname",
        "given",
        "名",
        "名(漢字)",
        "名(ローマ字)",
        "名(英字)",
        "下の名前",
        "nama depan",
        "tên",
        "ชื่อ",
        "पहला नाम",
    ),
    "middle_name": ("middle name", "middle names", "middle initial", "tên đệm", "họ đệm"),
    "family_name": (
        "last name",
        "family name",
        "surname",
        "lastname",
        "last",
        "family",
        "姓",
        "姓(漢字)",
        "姓(ローマ字)",
        "姓(英字)",
        "苗字",
        "名字",
        "nama belakang",
        "nama keluarga",
        "họ",
        "นามสกุล",
        "उपनाम",
        "अंतिम नाम",
        "성",
    ),
    "reading": ("フリガナ", "ふりがな", "カナ", "氏名カナ", "氏名(カナ)", "furigana", "kana", "reading"),
    "email": (
        "email",
        "e-mail",
        "e mail",
        "mail",
        "email address",
        "e-mail address",
        "mail address",
        "attendee email",
        "participant email",
        "user email",
        "メール",
        "メールアドレス",
        "eメール",
        "電子メール",
        "邮箱",
        "电子邮件",
        "電子郵件",
        "电子邮箱",
        "邮件",
        "surel",
        "alamat email",
        "alamat surel",
        "địa chỉ email",
        "thư điện tử",
        "อีเมล",
        "อีเมล์",
        "ईमेल",
        "ई-मेल",
        "이메일",
    ),
    "country": (
        "country",
        "country / region",
        "country/region",
        "country or region",
        "nationality",
        "country of origin",
        "home country",
        "citizenship",
        "country/region name",
        "country name",
        "country of residence",
        "国",
        "国・地域",
        "国/地域",
        "国名",
        "国籍",
        "出身国",
        "国家",
        "国家/地区",
        "国家或地区",
        "negara",
        "asal negara",
        "kewarganegaraan",
        "quốc gia",
        "quốc tịch",
        "ประเทศ",
        "สัญชาติ",
        "देश",
        "राष्ट्रीयता",
        "국가",
        "국적",
    ),
    "affiliation": (
        "affiliation",
        "organization",
        "organisation",
        "university",
        "institution",
        "school",
        "company",
        "employer",
        "current affiliation",
        "company name",
        "organization name",
        "organisation name",
        "institute",
        "college",
        "workplace",
        "affil",
        "affiliations",
        "institution name",
        "所属",
        "所属機関",
        "所属先",
        "大学",
        "学校",
        "勤務先",
        "会社",
        "会社名",
        "单位",
        "単位",
        "工作单位",
        "机构",
        "学校名称",
        "公司",
        "instansi",
        "asal instansi",
        "universitas",
        "perguruan tinggi",
        "sekolah",
        "perusahaan",
        "institusi",
        "đơn vị",
        "cơ quan",
        "trường",
        "đơn vị công tác",
        "công ty",
        "หน่วยงาน",
        "สังกัด",
        "มหาวิทยาลัย",
        "สถาบัน",
        "โรงเรียน",
        "บริษัท",
        "संस्थान",
        "संस्था",
        "विश्वविद्यालय",
        "संगठन",
        "कंपनी",
        "소속",
        "대학교",
        "회사",
    ),
    "visit_year": (
        "ssp visit year",
        "visit year",
        "year of visit",
        "year visited",
        "sakura science year",
        "year",
        "訪日年",
        "来日年",
        "訪日年度",
        "来日年度",
        "参加年",
        "参加年度",
        "访日年份",
        "年份",
        "tahun kunjungan",
        "tahun",
        "năm",
        "năm tham gia",
        "ปีที่เข้าร่วม",
        "ปี",
        "वर्ष",
    ),
    "host_institution": (
        "host institution",
        "host institution in japan",
        "host",
        "host university",
        "host in japan",
        "japanese host",
        "受入機関",
        "受け入れ機関",
        "受入れ機関",
        "受入大学",
        "受入先",
        "受け入れ先",
        "接待机构",
    ),
    "gender": ("gender", "sex", "性別", "性别", "jenis kelamin", "giới tính", "เพศ", "लिंग", "성별"),
    "phone": (
        "phone",
        "phone number",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "mobile number",
        "cell",
        "cell phone",
        "whatsapp",
        "whatsapp number",
        "contact number",
        "電話",
        "電話番号",
        "携帯",
        "携帯電話",
        "連絡先電話番号",
        "电话",
        "手机",
        "手机号",
        "联系电话",
        "telepon",
        "nomor telepon",
        "no. hp",
        "no hp",
        "nomor hp",
        "số điện thoại",
        "điện thoại",
        "sđt",
        "เบอร์โทร",
        "เบอร์โทรศัพท์",
        "โทรศัพท์",
        "फ़ोन",
        "फोन",
        "मोबाइल",
        "फ़ोन नंबर",
        "전화번호",
        "휴대폰",
    ),
    "notes": (
        "notes",
        "note",
        "remarks",
        "comment",
        "comments",
        "memo",
        "備考",
        "メモ",
        "备注",
        "catatan",
        "keterangan",
        "ghi chú",
        "หมายเหตุ",
        "टिप्पणी",
        "비고",
    ),
}

# Words in brackets that say a name column is in the person's own script ("Name (Thai)").
_OWN_SCRIPT_WORDS = (
    "own script",
    "local",
    "native",
    "local script",
    "aksara",
    "kanji",
    "漢字",
    "chinese",
    "中文",
    "thai",
    "ไทย",
    "hindi",
    "devanagari",
    "bengali",
    "bangla",
    "sinhala",
    "sinhalese",
    "tamil",
    "khmer",
    "myanmar",
    "burmese",
    "lao",
    "nepali",
    "mongolian",
    "korean",
    "hangul",
    "한글",
    "japanese",
    "arabic",
    "urdu",
    "persian",
    "farsi",
    "russian",
    "cyrillic",
    "original",
    "original script",
)
# Name-part headers of cultures whose Latin spelling too puts the family name first (Vietnamese).
_FAMILY_FIRST_PARTS = ("họ", "tên", "họ đệm", "tên đệm")
_SHARE_NON_LATIN = 0.6


def header_key(text: Any) -> str:
    """A header as compared: NFKC, case-folded, letters and digits only ("Country / region" -> "countryregion")."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


_BRACKETED = re.compile(r"[(\[【〔（].*?[)\]】〕）]")
_ALIAS_KEYS: dict[str, str] = {}
for _field, _names in _ALIASES.items():
    for _name in _names:
        _ALIAS_KEYS.setdefault(header_key(_name), _field)
_OWN_SCRIPT_KEYS = frozenset(header_key(word) for word in _OWN_SCRIPT_WORDS)
_FAMILY_FIRST_KEYS = frozenset(header_key(word) for word in _FAMILY_FIRST_PARTS)


def field_for_header(text: Any) -> str | None:
    """The field a column header names, or None ("E-mail (personal)" names the e-mail too).

    A name column whose brackets name a script or language ("Name (Thai)", "Nama (Aksara)")
    is the own-script name.
    """
    key = header_key(text)
    if not key:
        return None
    if key in _ALIAS_KEYS:
        return _ALIAS_KEYS[key]
    normalized = unicodedata.normalize("NFKC", str(text))
    found = _ALIAS_KEYS.get(header_key(_BRACKETED.sub("", normalized)))
    if found == "latin_name":
        inside = [header_key(part) for part in re.findall(r"[(\[【〔（](.*?)[)\]】〕）]", normalized)]
        if any(word in _OWN_SCRIPT_KEYS for word in inside):
            return "native_name"
    return found


def _is_latin_letter(ch: str) -> bool:
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"  # Basic to Extended-B, and Vietnamese's Extended Additional


def mostly_non_latin(values: Iterable[Any]) -> bool:
    """Whether most letters of the values are in a script other than Latin (Thai, Han, Devanagari…)."""
    latin = other = 0
    for value in values:
        if not isinstance(value, str) or "@" in value:
            continue
        for ch in value:
            if ch.isalpha():
                if _is_latin_letter(ch):
                    latin += 1
                else:
                    other += 1
    return other > 0 and other >= _SHARE_NON_LATIN * (latin + other)


def family_name_first(text: str) -> bool:
    """Whether a name in this script is written family name first (Han, kana, Hangul)."""
    for ch in text:
        if ch.isalpha():
            code = ord(ch)
            return (
                0x3040 <= code <= 0x30FF
                or 0x3400 <= code <= 0x9FFF
                or 0xF900 <= code <= 0xFAFF
                or 0xAC00 <= code <= 0xD7AF
                or 0x1100 <= code <= 0x11FF
                or 0x20000 <= code <= 0x2FFFF
            )
    return False


def parts_family_first(headers: Sequence[Any], mapping: Mapping[int, str]) -> bool:
    """Whether the file's name-part headers are of a culture that writes even Latin names family first."""
    return any(mapping.get(i) in NAME_PARTS and header_key(h) in _FAMILY_FIRST_KEYS for i, h in enumerate(headers))


def guess_mapping(headers: Iterable[Any], sample: Sequence[Sequence[Any]] = ()) -> dict[int, str]:
    """Column index -> field for the headers that name a field; the first column naming a field wins.

    With sample rows, the values speak too: a name column holding mostly non-Latin letters is
    the own-script name, and so is the first unnamed column of such values beside a Latin name.
    """
    headers = list(headers)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        found = field_for_header(header)
        # Name parts may come twice: once in the own script (姓, 名) and once in Latin letters.
        if found and (found not in taken or found in NAME_PARTS and list(mapping.values()).count(found) < 2):
            mapping[index] = found
            taken.add(found)
    if not sample:
        return mapping

    def values(column: int) -> list[Any]:
        return [row[column] for row in sample if column < len(row) and row[column] not in (None, "")]

    for column, name in list(mapping.items()):
        if name == "latin_name" and "native_name" not in taken and mostly_non_latin(values(column)):
            mapping[column] = "native_name"
            taken.discard("latin_name")
            taken.add("native_name")
    if "native_name" not in taken and taken & {"latin_name", "given_name", "family_name"}:
        for column in range(len(headers)):
            if column not in mapping and mostly_non_latin(values(column)):
                mapping[column] = "native_name"
                break
    return dict(sorted(mapping.items()))


def check_mapping(mapping: Mapping[int, str], file_name: str) -> None:
    """DomainError when the mapping cannot be imported: an unknown field, a field twice, no name."""
    unknown = sorted(set(mapping.values()) - set(TARGETS))
    if unknown:
        raise DomainError("roster.unknown_field", field=unknown[0])
    fields = list(mapping.values())
    for name in sorted(set(fields)):
        count = fields.count(name)
        if name == KEEP or count == 1:
            continue
        if name not in COMBINABLE:
            raise DomainError("roster.field_twice", field=name)
        if count > MAX_COMBINED:
            raise DomainError("roster.too_many_combined", field=name, count=count, limit=MAX_COMBINED)
    if not {"latin_name", "native_name", "given_name", "family_name"} & set(fields):
        raise DomainError("roster.no_name_column", file=file_name)


def header_signature(headers: Iterable[Any]) -> str:
    """The normalized header row, joined: files with the same headers share a saved mapping."""
    keys = [unicodedata.normalize("NFKC", "" if h is None else str(h)).strip().casefold() for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return "|".join(keys)[:2000]


def is_header(values: tuple) -> bool:
    fields = set(guess_mapping(values).values())
    return len(fields) >= 2 and bool(fields & {"latin_name", "native_name", "email", "given_name", "family_name"})


@dataclass(frozen=True)
class LeftOutColumn:
    """A column the mapping does not import, shown with some of its values so nothing goes unseen."""

    column: int
    letter: str
    header: str
    samples: tuple[str, ...]


def left_out_columns(
    headers: Sequence[str], mapping: Mapping[int, str], sample: Sequence[Sequence[str]], letter: Any, samples: int = 3
) -> tuple[LeftOutColumn, ...]:
    """The columns with a header or any value that the mapping leaves out."""
    found = []
    width = max([len(headers), *(len(row) for row in sample)]) if sample else len(headers)
    for column in range(width):
        if mapping.get(column):
            continue
        header = headers[column] if column < len(headers) else ""
        values = [row[column] for row in sample if column < len(row) and row[column]]
        if not header and not values:
            continue
        distinct = list(dict.fromkeys(values))[:samples]
        found.append(LeftOutColumn(column, letter(column), header, tuple(distinct)))
    return tuple(found)
