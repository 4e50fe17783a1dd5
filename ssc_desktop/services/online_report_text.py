"""The words and numbers of online-meeting reports: column headers in the languages Teams, Zoom
and Meet write them, moments in every date order and style they use, durations in their units.

Headers are compared by header_key (NFKC, case-folded, letters and digits only), so "First Join",
"First join" and "First join " are one. The localized Teams headers are those of the languages
the issue names (English, French, German, Spanish, Portuguese, Japanese, Chinese, Indonesian,
Vietnamese, Thai) as Teams writes them, in both its older ("Full Name", "Join Time") and newer
("Name", "First Join", "In-Meeting Duration") wording.

Dates: Teams writes the date as the computer's locale does ("4/13/2022, 7:56:32 AM" in the US,
"14/11/22, 09:30:46" in India or the UK, "13.04.2022, 07:56:32" in Germany, "2022/04/13 7:56:32"
in Japan, "2022/4/13 下午7:56:32" in Taiwan, "13/4/2565 7:56:32" in Thailand, whose years count from
the Buddha), so whether 04/05 is April or May is decided for the whole file: by a day above 12
anywhere in it, else by which reading puts the report on the event's days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone as fixed_zone

from ssc_desktop.services.roster_mapping import header_key

# Column roles -> the headers that name them.
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "name (original name)",
        "user name (original name)",
        "user name",
        "participant",
        "participant name",
        "display name",
        "attendee name",
        "nom",
        "nom complet",
        "nom du participant",  # French
        "vollständiger name",
        "teilnehmername",  # German ("Name" is English too)
        "nombre",
        "nombre completo",  # Spanish
        "nome",
        "nome completo",  # Portuguese
        "名前",
        "氏名",
        "フルネーム",
        "表示名",  # Japanese
        "名称",
        "姓名",
        "全名",
        "名稱",
        "参与者",
        "参会者",  # Chinese
        "nama",
        "nama lengkap",  # Indonesian
        "tên",
        "họ và tên",
        "tên đầy đủ",  # Vietnamese
        "ชื่อ",
        "ชื่อเต็ม",
        "ชื่อ-นามสกุล",  # Thai
        "名前 (元の名前)",
        "ユーザー名 (元の名前)",
        "名称(原始名称)",
        "用户名(原始名称)",  # Zoom in Japanese, Chinese
    ),
    "first": ("first name", "given name", "prénom", "vorname", "nombre de pila", "primeiro nome", "名", "nama depan"),
    "last": (
        "last name",
        "family name",
        "surname",
        "nom de famille",
        "nachname",
        "apellido",
        "apellidos",
        "sobrenome",
        "姓",
        "nama belakang",
    ),
    "email": (
        "email",
        "e-mail",
        "user email",
        "participant email",
        "email address",
        "participant id (upn)",
        "upn",
        "adresse e-mail",
        "adresse de messagerie",
        "e-mail-adresse",
        "correo electrónico",
        "correo",
        "endereço de email",
        "メール",
        "メールアドレス",
        "电子邮件",
        "電子郵件",
        "邮箱",
        "alamat email",
        "địa chỉ email",
        "อีเมล",
        "participant id",  # Teams live events: the attendee's sign-in address
        "ユーザーメール",
        "ユーザーのメール",
        "用户邮箱",
        "用户电子邮件",  # Zoom in Japanese, Chinese
    ),
    "join": (
        "join time",
        "first join",
        "first join time",
        "time joined",
        "first seen",
        "joined at",
        "join",
        "heure d'arrivée",
        "première arrivée",
        "heure de participation",
        "première participation",
        "beitrittszeit",
        "erster beitritt",
        "zeitpunkt des beitritts",
        "hora de unión",
        "primera unión",
        "hora de entrada",
        "primera entrada",
        "hora de ingreso",
        "horário de entrada",
        "primeira entrada",
        "hora de ingresso",
        "参加時刻",
        "最初の参加",
        "参加時間",
        "入室時刻",
        "加入时间",
        "首次加入",
        "加入時間",
        "首次加入時間",
        "waktu bergabung",
        "bergabung pertama",
        "pertama bergabung",
        "thời gian tham gia",
        "lần tham gia đầu tiên",
        "tham gia lần đầu",
        "เวลาเข้าร่วม",
        "เข้าร่วมครั้งแรก",
    ),
    "leave": (
        "leave time",
        "last leave",
        "last leave time",
        "time exited",
        "last seen",
        "left at",
        "leave",
        "heure de départ",
        "dernier départ",
        "zeitpunkt des verlassens",
        "letztes verlassen",
        "verlassen um",
        "hora de salida",
        "última salida",
        "horário de saída",
        "última saída",
        "hora de saída",
        "退出時刻",
        "最後の退出",
        "退出時間",
        "退室時刻",
        "离开时间",
        "上次离开",
        "最后离开",
        "離開時間",
        "最後離開時間",
        "waktu keluar",
        "terakhir keluar",
        "thời gian rời đi",
        "lần rời đi cuối cùng",
        "rời đi lần cuối",
        "เวลาออก",
        "ออกครั้งล่าสุด",
        "ออกครั้งสุดท้าย",
    ),
    "duration": (
        "duration",
        "duration (minutes)",
        "duration (mins)",
        "time in session (minutes)",
        "total duration (minutes)",
        "total duration",
        "in-meeting duration",
        "attended duration",
        "time in call",
        "attendance duration",
        "durée",
        "durée de la réunion",
        "durée en réunion",
        "dauer",
        "dauer in der besprechung",
        "besprechungsdauer",
        "duración",
        "duración en la reunión",
        "duração",
        "duração na reunião",
        "会議中の時間",
        "会議の長さ",
        "時間",
        "期間",
        "出席時間",
        "持续时间",
        "会议中持续时间",
        "会议持续时间",
        "持續時間",
        "會議中持續時間",
        "durasi",
        "durasi dalam rapat",
        "durasi rapat",
        "thời lượng",
        "thời lượng trong cuộc họp",
        "ระยะเวลา",
        "ระยะเวลาในการประชุม",
        "所要時間",
        "所要時間(分)",
        "合計時間(分)",
        "时长(分钟)",
        "持续时间(分钟)",  # Zoom in Japanese, Chinese
    ),
    "action": (
        "user action",
        "action de l'utilisateur",
        "action",
        "benutzeraktion",
        "acción del usuario",
        "ação do usuário",
        "ユーザーの操作",
        "用户操作",
        "使用者動作",
        "tindakan pengguna",
        "hành động của người dùng",
        "การดำเนินการของผู้ใช้",
    ),
    "timestamp": (
        "timestamp",
        "horodatage",
        "zeitstempel",
        "marca de tiempo",
        "marca de hora",
        "carimbo de data/hora",
        "タイムスタンプ",
        "时间戳",
        "時間戳記",
        "stempel waktu",
        "dấu thời gian",
        "การประทับเวลา",
        "utc event timestamp",
    ),
    "session": ("session id",),  # Teams live events: one id per device a person joined from
    "attended": ("attended",),
    "role": ("role", "rôle", "rolle", "rol", "função", "役割", "角色", "peran", "vai trò", "บทบาท"),
}
HEADER_ROLES: dict[str, str] = {}
for _role, _names in _HEADERS.items():
    for _name in _names:
        HEADER_ROLES.setdefault(header_key(_name), _role)

# Words of the older Teams log's "User Action" column that start a stay (the rest end one).
_JOINED = frozenset(
    header_key(w)
    for w in (
        "joined",
        "joined before",
        "a rejoint",
        "rejoint",
        "a rejoint avant",
        "beigetreten",
        "vorher beigetreten",
        "se unió",
        "se unió antes",
        "unido",
        "ingressou",
        "ingressou antes",
        "entrou",
        "参加済み",
        "参加しました",
        "以前に参加",
        "已加入",
        "之前已加入",
        "加入",
        "bergabung",
        "bergabung sebelumnya",
        "đã tham gia",
        "đã tham gia trước",
        "เข้าร่วมแล้ว",
        "เข้าร่วมก่อน",
    )
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janv", "janvier", "januar", "enero", "ene", "janeiro"),
            ("feb", "february", "févr", "février", "februar", "febrero", "fevereiro", "fev"),
            ("mar", "march", "mars", "märz", "marzo", "março"),
            ("apr", "april", "avr", "avril", "abril", "abr"),
            ("may", "mai", "mayo", "maio"),
            ("jun", "june", "juin", "juni", "junio", "junho"),
            ("jul", "july", "juil", "juillet", "juli", "julio", "julho"),
            ("aug", "august", "août", "agosto", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre", "setembro", "set"),
            ("oct", "october", "octobre", "oktober", "okt", "octubre", "outubro", "out"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "déc", "décembre", "dezember", "dez", "diciembre", "dic", "dezembro"),
        ),
        1,
    )
    for name in names
}

_CLOCK = r"(\d{1,2})[:.](\d\d)(?:[:.](\d\d))?(?:[.,]\d+)?\s*(?P<half>[AaPp]\.?\s?[Mm]\.?|午前|午後|上午|下午)?"
_ZONE = r"\s*(?P<zone>Z|UTC|GMT|[+-]\d\d:?\d\d|(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d\d)?)?"
_YEAR_FIRST = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T,]+|\s*(?=[午上下]))" + _CLOCK + _ZONE + "$"
)
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\.?,?\s+" + _CLOCK + _ZONE + "$")
_MONTH_NAME_FIRST = re.compile(r"^([^\W\d_]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+" + _CLOCK + _ZONE + "$")
_DAY_FIRST_NAME = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]{3,10})\.?,?\s+(\d{4}),?\s+" + _CLOCK + _ZONE + "$")
_TIME_ONLY = re.compile(r"^" + _CLOCK + _ZONE + "$")
# Chinese and Japanese write the half of the day before the time ("下午7:56:32", "午後 7:56:32").
_HALF_FIRST = re.compile(r"(上午|下午|午前|午後)\s*(\d{1,2}[:.]\d\d(?:[:.]\d\d)?)")
# A Thai computer counts years from the Buddha (2565 is 2022).
_BUDDHIST_ERA = 543


@dataclass(frozen=True)
class Moment:
    """A moment as read, before the file's date order is known: numeric dates keep both readings."""

    text: str
    first: int  # the first of two numbers of a numeric date (or the month or day when named)
    second: int
    year: int
    hour: int
    minute: int
    second_of_minute: int
    offset: timedelta | None  # a zone written with the time ("GMT+5:30", "Z")
    # "ymd": year, month (first), day (second), as in 2022-04-13 or a named month; "md" or "dm": a
    # numeric date whose order a number above 12 shows; "?": one to decide; "time": a time of day only
    order: str

    def could_be(self, order: str) -> bool:
        if self.order != "?":
            return True
        day, month = (self.first, self.second) if order == "dm" else (self.second, self.first)
        return 1 <= month <= 12 and 1 <= day <= 31

    def at(self, order: str, day: date | None) -> datetime | None:
        """The moment, reading a numeric date as order ("dm" or "md"); None when that reading is no date."""
        if self.order == "time":
            if day is None:
                return None
            year, month, dom = day.year, day.month, day.day
        elif self.order == "ymd":
            year, month, dom = self.year, self.first, self.second
        else:
            use = order if self.order == "?" else self.order
            dom, month = (self.first, self.second) if use == "dm" else (self.second, self.first)
            year = self.year
        try:
            moment = datetime(year, month, dom, self.hour, self.minute, self.second_of_minute)
        except ValueError:
            return None
        return moment if self.offset is None else moment.replace(tzinfo=fixed_zone(self.offset))


def _clock(match: re.Match, start: int) -> tuple[int, int, int] | None:
    hour, minute, second = int(match.group(start)), int(match.group(start + 1)), int(match.group(start + 2) or 0)
    half = (match.group("half") or "").replace(".", "").replace(" ", "").casefold()
    if half:
        if not 1 <= hour <= 12:
            return None
        if half in ("am", "午前", "上午"):
            hour = 0 if hour == 12 else hour
        else:
            hour = 12 if hour == 12 else hour + 12
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _offset(text: str | None) -> timedelta | None:
    if not text:
        return None
    if text in ("Z", "UTC", "GMT"):
        return timedelta(0)
    found = re.search(r"([+-])(\d{1,2}):?(\d\d)?$", text)
    if not found:
        return None
    delta = timedelta(hours=int(found.group(2)), minutes=int(found.group(3) or 0))
    return -delta if found.group(1) == "-" else delta


def read_moment(text: str) -> Moment | None:
    """The moment a report cell writes, or None when it is none of the known styles."""
    text = " ".join(text.replace("\u202f", " ").replace("\u200e", "").replace("\u200f", "").split())
    if not text.isascii():
        text = _HALF_FIRST.sub(r"\2 \1", text)
    if match := _YEAR_FIRST.match(text):
        clock = _clock(match, 4)
        year, first, second, order = int(match.group(1)), int(match.group(2)), int(match.group(3)), "ymd"
    elif match := _NUMERIC.match(text):
        clock = _clock(match, 4)
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        year += 2000 if year < 100 else 0
        order = "dm" if first > 12 else "md" if second > 12 else "?"
        if "." in text.split()[0]:
            order = "dm"  # 13.04.2022: dotted dates are always day first
    elif match := _MONTH_NAME_FIRST.match(text):
        month = _MONTHS.get(match.group(1).casefold())
        if month is None:
            return None
        clock = _clock(match, 4)
        year, first, second, order = int(match.group(3)), month, int(match.group(2)), "ymd"
    elif match := _DAY_FIRST_NAME.match(text):
        month = _MONTHS.get(match.group(2).casefold())
        if month is None:
            return None
        clock = _clock(match, 4)
        year, first, second, order = int(match.group(3)), month, int(match.group(1)), "ymd"
    elif match := _TIME_ONLY.match(text):
        clock = _clock(match, 1)
        first = second = year = 0
        order = "time"
    else:
        return None
    if clock is None:
        return None
    if year >= 2400:
        year -= _BUDDHIST_ERA
    return Moment(text, first, second, year, *clock, offset=_offset(match.group("zone")), order=order)


_UNITS = {
    3600: (
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "std",
        "stunde",
        "stunden",
        "heure",
        "heures",
        "hora",
        "horas",
        "jam",
        "giờ",
        "時間",
        "小时",
        "小時",
        "ชม",
        "ชั่วโมง",
        "godz",
    ),
    60: (
        "m",
        "min",
        "mins",
        "minute",
        "minutes",
        "minuten",
        "minuto",
        "minutos",
        "menit",
        "phút",
        "分",
        "分钟",
        "分鐘",
        "นาที",
    ),
    1: (
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "sek",
        "sekunde",
        "sekunden",
        "seconde",
        "secondes",
        "segundo",
        "segundos",
        "detik",
        "d",
        "giây",
        "秒",
        "秒钟",
        "วินาที",
        "seg",
    ),
}
_UNIT_SECONDS = {name: seconds for seconds, names in _UNITS.items() for name in names}
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\d\s.,:]+)\.?")


def read_duration(text: str, header: str = "") -> int | None:
    """Seconds from "1h 27m 51s", "47m 3s", "1 hr 10 min", "00:47:03", "47:03", "2 時間 5 分", or a number
    (minutes, or seconds when the header says so); None when it is no duration."""
    text = text.strip().casefold()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        amount = float(text.replace(",", "."))
        in_seconds = "sec" in header.casefold() or "秒" in header
        return round(amount) if in_seconds else round(amount * 60)
    if re.fullmatch(r"\d{1,3}:\d\d(?::\d\d)?", text):
        pieces = [int(p) for p in text.split(":")]
        if len(pieces) == 3:
            return pieces[0] * 3600 + pieces[1] * 60 + pieces[2]
        return pieces[0] * 60 + pieces[1]  # 47:03 is minutes and seconds, as Teams writes short stays
    total = 0
    found = False
    rest = text
    for amount, unit in _AMOUNT.findall(text):
        seconds = _UNIT_SECONDS.get(unit.rstrip("."))
        if seconds is None:
            return None
        total += round(float(amount.replace(",", ".")) * seconds)
        found = True
        rest = rest.replace(amount, "", 1).replace(unit, "", 1)
    if not found or re.sub(r"[\s.,]", "", rest):
        return None
    return total


def is_join_action(text: str) -> bool:
    return header_key(text) in _JOINED
