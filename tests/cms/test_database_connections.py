"""Production keeps its database connections open between requests, with a health check; an operator behind
PgBouncer's transaction pooling turns that off and disables server-side cursors (README, Production)."""

from tests.cms.test_production_settings import PRODUCTION_ENV, manage

SCRIPT = (
    "from django.conf import settings as s; d = s.DATABASES['default'];"
    "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'], d.get('DISABLE_SERVER_SIDE_CURSORS', False))"
)


def database_settings(**env):
    result = manage("shell", "--no-imports", "-c", SCRIPT, env={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_production_keeps_connections_open_a_minute_and_checks_them_before_reuse():
    assert database_settings() == ["60", "True", "False"]


def test_behind_pgbouncer_in_transaction_pooling_connections_close_and_cursors_stay_client_side():
    assert database_settings(DATABASE_CONN_MAX_AGE="0", DATABASE_DISABLE_SERVER_SIDE_CURSORS="true") == [
        "0",
        "True",
        "True",
    ]
