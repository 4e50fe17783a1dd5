"""The SMTP password lives in the keyring, not the database; without a keyring, in memory for this run only."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from ssc_desktop.app import compose
from ssc_desktop.services.mail import SmtpSettings
from ssc_desktop.services.password_store import (
    DATABASE,
    KEYRING,
    SERVICE,
    SESSION,
    PasswordStore,
    forget_session_passwords,
)

SETTINGS = SmtpSettings(
    host="smtp.example.org",
    port=587,
    security="starttls",
    user="desk",
    password="s3cret",
    from_address="reunion@example.org",
)


def stored_row(context) -> dict:
    with context.database.engine.connect() as connection:
        value = connection.execute(text("SELECT value FROM app_settings WHERE key = 'smtp'")).scalar_one()
    return value if isinstance(value, dict) else json.loads(value)


def test_saved_password_goes_to_the_keyring_and_never_into_the_database(context, memory_keyring) -> None:
    context.services.mail.save_settings(SETTINGS)
    assert memory_keyring.passwords == {(SERVICE, "smtp:desk@smtp.example.org"): "s3cret"}
    row = stored_row(context)
    assert "password" not in row and "s3cret" not in json.dumps(row)
    assert row["host"] == "smtp.example.org" and row["user"] == "desk"
    assert context.services.mail.settings().password == "s3cret"
    assert context.services.mail.password_place().kind == KEYRING
    assert context.services.mail.password_place().backend  # its name, shown to the person


def test_a_password_an_older_version_kept_in_the_database_moves_to_the_keyring(context, memory_keyring) -> None:
    with context.database.engine.begin() as connection:  # as an older version wrote it
        connection.execute(
            text("INSERT INTO app_settings (key, value, updated_at) VALUES ('smtp', :value, CURRENT_TIMESTAMP)"),
            {
                "value": json.dumps(
                    {
                        "host": "smtp.example.org",
                        "port": 587,
                        "security": "starttls",
                        "user": "desk",
                        "password": "0ld-secret",
                        "from_address": "reunion@example.org",
                        "from_name": "",
                    }
                )
            },
        )
    assert context.services.mail.settings().password == "0ld-secret"  # first use moves it
    assert "password" not in stored_row(context)
    assert memory_keyring.passwords[(SERVICE, "smtp:desk@smtp.example.org")] == "0ld-secret"
    forget_session_passwords()
    assert context.services.mail.settings().password == "0ld-secret"  # from the keyring now


def test_changing_the_account_or_clearing_the_password_leaves_none_behind(context, memory_keyring) -> None:
    mail = context.services.mail
    mail.save_settings(SETTINGS)
    mail.save_settings(SmtpSettings(**{**SETTINGS.__dict__, "user": "other", "password": "n3w"}))
    assert memory_keyring.passwords == {(SERVICE, "smtp:other@smtp.example.org"): "n3w"}
    mail.save_settings(SmtpSettings(**{**SETTINGS.__dict__, "user": "other", "password": ""}))
    assert memory_keyring.passwords == {}
    assert mail.settings().password == ""


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())  # what keyring gives a headless Linux without a Secret Service
    forget_session_passwords()
    yield


def test_without_a_keyring_the_password_is_kept_for_this_run_only(db_path, no_keyring) -> None:
    context = compose(db_path)
    try:
        context.services.mail.save_settings(SETTINGS)
        assert "password" not in stored_row(context)
        assert context.services.mail.settings().password == "s3cret"  # sending still works in this run
        assert context.services.mail.password_place().kind == SESSION
    finally:
        context.close()
    forget_session_passwords()  # the app closed and started again
    context = compose(db_path)
    try:
        assert context.services.mail.settings().password == ""
        assert context.services.mail.settings().host == "smtp.example.org"
    finally:
        context.close()


def test_without_a_keyring_an_older_database_copy_is_kept_and_said(context, no_keyring) -> None:
    with context.database.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO app_settings (key, value, updated_at) VALUES ('smtp', :value, CURRENT_TIMESTAMP)"),
            {
                "value": json.dumps(
                    {
                        "host": "smtp.example.org",
                        "user": "desk",
                        "password": "0ld-secret",
                        "from_address": "r@example.org",
                    }
                )
            },
        )
    # Nowhere lasting to move it to: it is not thrown away, and the person is told where it is.
    assert context.services.mail.settings().password == "0ld-secret"
    assert stored_row(context)["password"] == "0ld-secret"
    assert context.services.mail.password_place().kind == DATABASE
    context.services.mail.save_settings(context.services.mail.settings())  # saving takes it out
    assert "password" not in stored_row(context)
    assert context.services.mail.password_place().kind == SESSION


class LockedKeyring(fail.Keyring.__mro__[1]):  # keyring.backend.KeyringBackend
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the collection is locked")


def test_a_keyring_that_refuses_falls_back_to_memory_and_says_why() -> None:
    keyring.set_keyring(LockedKeyring())
    store = PasswordStore()
    assert store.place().kind == KEYRING
    assert store.set("smtp:desk@host", "s3cret").kind == SESSION
    assert store.get("smtp:desk@host") == "s3cret"
    place = store.place()
    assert place.kind == SESSION and "locked" in place.detail and "s3cret" not in place.detail


def test_cli_without_a_keyring_says_so_and_takes_the_password_per_command(
    db_path, no_keyring, capsys, monkeypatch
) -> None:
    from ssc_desktop.cli import main

    db = str(db_path)
    monkeypatch.setenv("SSC_TEST_SMTP_PASSWORD", "s3cret")
    assert (
        main(
            [
                "--db",
                db,
                "smtp",
                "set",
                "--host",
                "smtp.example.org",
                "--user",
                "desk",
                "--password-env",
                "SSC_TEST_SMTP_PASSWORD",
                "--from",
                "r@example.org",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "no keyring" in out and "--password-env" in out and "s3cret" not in out
    forget_session_passwords()  # the next `ssc` is a new process
    assert main(["--db", db, "smtp", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["password_set"] is False and shown["password_place"] == SESSION


def test_cli_show_names_the_keyring(db_path, capsys, monkeypatch) -> None:
    from ssc_desktop.cli import main

    monkeypatch.setenv("SSC_TEST_SMTP_PASSWORD", "s3cret")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "smtp",
                "set",
                "--host",
                "smtp.example.org",
                "--user",
                "desk",
                "--password-env",
                "SSC_TEST_SMTP_PASSWORD",
                "--from",
                "r@example.org",
            ]
        )
        == 0
    )
    capsys.readouterr()
    forget_session_passwords()
    assert main(["--db", str(db_path), "smtp", "show"]) == 0
    out = capsys.readouterr().out
    assert "password set" in out and "keyring" in out and "s3cret" not in out
