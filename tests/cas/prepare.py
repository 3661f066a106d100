"""Prepares one sqlite database per CAS test case: the tables (`migrate`, once, then copied), the test
user, and the case's only registered service, the widget's `service-pattern` as the widget shows it.

Usage: python prepare.py < cases.json, where cases.json is [{"db": <path>, "pattern": <regex>}, ...].
The user and password are USER and PASSWORD below (the page test types them in the CAS form).
"""
import json
import os
import shutil
import sqlite3
import sys

USER = "eleve.test"
PASSWORD = "mot-de-passe-de-test"


def main():
    cases = json.load(sys.stdin)
    if not cases:
        raise SystemExit("prepare.py: no case")
    template = cases[0]["db"] + ".template"
    os.environ["CAS_TEST_DB"] = template
    # urls.py is not loaded by migrate, but settings name it: give it values it accepts.
    os.environ.setdefault("CAS_TEST_LOGIN", "/login")
    os.environ.setdefault("CAS_TEST_VALIDATION", "/samlValidate")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from django.contrib.auth.models import User
    from cas_server.models import ServicePattern

    User.objects.create_user(USER, password=PASSWORD)
    # A placeholder each case replaces with its own pattern: one registered service per server.
    ServicePattern.objects.create(pos=0, name="PRONOTE", pattern="^$")
    from django.db import connections

    connections.close_all()
    for case in cases:
        shutil.copyfile(template, case["db"])
        with sqlite3.connect(case["db"]) as db:
            changed = db.execute("UPDATE cas_server_servicepattern SET pattern = ?", (case["pattern"],)).rowcount
        if changed != 1:
            raise SystemExit(f"prepare.py: {case['db']}: {changed} service patterns, expected 1")
    os.remove(template)


if __name__ == "__main__":
    main()
