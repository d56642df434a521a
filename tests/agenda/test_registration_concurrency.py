"""Two visitors post the form for the last seat at the same moment: exactly one is confirmed.

Real concurrent requests on PostgreSQL: two threads, each with its own database connection,
post the registration form while a third connection holds the seminar's row; once both
requests are waiting on that lock it is released and they race for the seat.
"""

import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.test import Client

from agenda.models import SeminarPage
from agenda.records import Registration
from tests.factories import days, make_seminar

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs row locks and concurrent connections: PostgreSQL runs it in CI (DATABASE_URL=postgres://…)",
    ),
    pytest.mark.django_db(transaction=True),
]


def waiting_on_locks():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def test_two_visitors_taking_the_last_seat_at_once_give_one_confirmed_and_one_waitlisted(site):
    seminar = make_seminar(title="Conseil individuel", capacity=1, start=days(10))
    responses = {}

    def visitor(email):
        try:
            response = Client().post(
                seminar.url,
                {
                    "name": email,
                    "company": "Société",
                    "email": email,
                    "sector": "retail",
                    "company_size": "solo",
                    "consent": "on",
                },
            )
            responses[email] = response.status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=visitor, args=(f"{name}@example.be",)) for name in ("ada", "bob")]
    with transaction.atomic():
        SeminarPage.objects.select_for_update(of=("self",)).get(pk=seminar.pk)
        for thread in threads:
            thread.start()
        for _attempt in range(600):  # until both requests wait for the seminar's row
            if waiting_on_locks() >= 2:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the two requests never waited on the seminar's row")
    for thread in threads:
        thread.join()
    assert responses == {"ada@example.be": 302, "bob@example.be": 302}
    statuses = sorted(Registration.objects.values_list("status", flat=True))
    assert statuses == ["confirmed", "waitlisted"]
