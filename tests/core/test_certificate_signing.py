"""Certificates anyone can check offline: the QR's statement is signed with the database's
Ed25519 key; any change fails; the public key checks it without the database; numbers carry a
check part so a neighbour's number or a typo is refused (the issue's 000001 -> 000002)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssc_desktop.errors import DomainError
from ssc_desktop.models import CertificateKind
from ssc_desktop.services import certificate_signing as signing

from tests.core.test_certificates import certificates, reunion  # noqa: F401 - fixtures

P = CertificateKind.PARTICIPATION
REPO = Path(__file__).resolve().parents[2]


def test_statements_are_signed_and_any_change_fails(certificates, reunion) -> None:  # noqa: F811
    event, _rows = reunion
    plan = certificates.issue(certificates.plan(event.id, P))
    recipient = plan.recipients[0]
    lines = recipient.statement.splitlines()
    assert lines[:6] == [
        signing.HEADER,
        recipient.number,
        recipient.name,
        "participation",
        event.title,
        event.local_start.date().isoformat(),
    ]
    public = certificates.signing.public()
    assert signing.read_statement(recipient.statement, public).name == recipient.name
    assert certificates.verify(recipient.statement).number == recipient.number
    for line in range(1, 7):  # one letter changed on any line, the signature's included
        changed = list(lines)
        changed[line] = changed[line][:-1] + ("X" if changed[line][-1] != "X" else "Y")
        with pytest.raises(DomainError) as raised:
            signing.read_statement("\n".join(changed), public)
        assert raised.value.code in ("certificate.bad_signature",), line
    # Every other spelling of the signature's last character (base64 ignores some of its bits).
    import string

    for letter in string.ascii_letters + string.digits + "-_":
        if letter != lines[6][-1]:
            with pytest.raises(DomainError):
                signing.read_statement("\n".join([*lines[:6], lines[6][:-1] + letter]), public)
    with pytest.raises(DomainError) as raised:
        signing.read_statement("hello", public)
    assert raised.value.code == "certificate.not_a_statement"
    # Another database's key does not vouch for this one's certificates.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with pytest.raises(DomainError):
        signing.read_statement(recipient.statement, Ed25519PrivateKey.generate().public_key())
    # The key is made once: issuing again signs with the same one, and the statement is the same.
    again = certificates.issue(certificates.plan(event.id, P))
    assert again.recipients[0].statement == recipient.statement


def test_numbers_carry_a_check_part(certificates, reunion) -> None:  # noqa: F811
    event, _rows = reunion
    numbers = [r.number for r in certificates.issue(certificates.plan(event.id, P)).recipients]
    base, check = signing.split_number(numbers[0])
    assert check is not None and len(check) == 4 and numbers[0] == f"{base}-{check}"
    assert certificates.verify(numbers[0].lower().replace("0", "o", 0)).number == numbers[0]
    neighbour = f"{base[:-6]}{int(base[-6:]) + 1:06d}-{check}"  # the issue's 000001 -> 000002
    for wrong in (neighbour, numbers[0][:-1] + ("A" if numbers[0][-1] != "A" else "B"), base):
        with pytest.raises(DomainError) as raised:
            certificates.verify(wrong)
        assert raised.value.code in ("certificate.bad_check", "certificate.unknown_number"), wrong
    with pytest.raises(DomainError) as raised:
        certificates.verify(neighbour)
    assert raised.value.code == "certificate.bad_check"
    # Typed with O for 0 or l for 1 in the check part still finds it (Crockford's reading).
    typed = numbers[0][:-4] + numbers[0][-4:].replace("0", "O").replace("1", "l")
    assert certificates.verify(typed).number == numbers[0]


def test_cli_public_key_then_verify_without_the_database(
    certificates,  # noqa: F811 - the fixture imported above
    reunion,  # noqa: F811
    db_path: Path,
    tmp_path: Path,
) -> None:
    event, _rows = reunion
    statement = certificates.issue(certificates.plan(event.id, P)).recipients[0].statement
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path / "stranger"),
        "XDG_DATA_HOME": str(tmp_path / "stranger" / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "stranger" / "cfg"),
    }

    def ssc(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "ssc_desktop.cli", *argv],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            input=stdin,
            timeout=60,
        )

    key = tmp_path / "issuer.pem"
    written = ssc("--db", str(db_path), "certificate", "public-key", "-o", str(key))
    assert written.returncode == 0 and "Wrote the public key" in written.stdout, written.stderr
    assert key.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    db_path.rename(tmp_path / "moved-away.sqlite3")  # the checker has no database at all
    checked = ssc("certificate", "verify", "--key", str(key), "--json", "-", stdin=statement)
    assert checked.returncode == 0, checked.stderr
    facts = json.loads(checked.stdout)
    lines = statement.splitlines()
    assert (facts["number"], facts["name"], facts["kind"], facts["event"], facts["date"]) == tuple(lines[1:6])
    human = ssc("certificate", "verify", "--key", str(key), statement)
    assert human.returncode == 0 and human.stdout.startswith(f"Genuine: {lines[1]} — participation certificate for")
    forged = statement.replace(lines[2], "Someone Else")
    refused = ssc("certificate", "verify", "--key", str(key), forged)
    assert refused.returncode == 1 and "NOT genuine" in refused.stderr and "Traceback" not in refused.stderr
    no_key = ssc("certificate", "verify", statement)
    assert no_key.returncode == 1 and "--key FILE" in no_key.stderr
    bad_key = tmp_path / "not-a-key.pem"
    bad_key.write_text("hello")
    assert "not an SSC Desktop public key" in ssc("certificate", "verify", "--key", str(bad_key), statement).stderr
    assert not list((tmp_path / "stranger").rglob("*.sqlite3"))  # checking left no database behind
