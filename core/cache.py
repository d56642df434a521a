"""The shared cache on Redis, as an accelerator that never fails a request.

Django's ``RedisCache`` raises ``redis.ConnectionError`` from every operation
when Redis is down, so a dead cache answered 500 on every page and API call.
``ResilientRedisCache`` turns each failing operation into a miss (a read
returns the default, a write stores nothing, ``add``/``incr`` behave as if the
key were absent) so callers compute the value from the database. It logs the
outage once per ``log_interval`` seconds rather than once per call, and after a
failure it does not call Redis again for ``retry_after`` seconds, so a Redis
that no longer answers does not make every request wait for its timeouts. When
Redis answers again the next operation after that pause uses it: no restart.

Rate limits kept in this cache therefore do not count while Redis is down:
nobody is locked out by an outage, and nobody is limited during it either.

``/readyz`` asks the cache ``ping()``, which raises the real error.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Outage state per Redis location, shared by the threads of a process (Django
# builds one cache object per thread).
_outages = {}
_lock = threading.Lock()


class _Outage:
    def __init__(self):
        self.down_until = 0.0  # monotonic time before which Redis is not called
        self.logged_at = None  # monotonic time of the last log line, None when Redis works
        self.failures = 0  # failed or skipped operations since that line


def _fails_as(miss):
    """Run the operation on Redis; when Redis fails (or failed moments ago), answer ``miss(*args)``."""

    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            outage = self._outage
            if time.monotonic() < outage.down_until:
                outage.failures += 1
                return miss(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except RedisError as error:
                self._failed(error)
                return miss(*args, **kwargs)
            if outage.logged_at is not None:
                self._recovered()
            return result

        return wrapper

    return decorator


def _none(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _default(key, default=None, *args, **kwargs):
    return default


def _no_keys(keys, *args, **kwargs):
    return {}


def _all_keys_failed(data, *args, **kwargs):
    return list(data)


def _absent(key, *args, **kwargs):
    # What incr() does for a missing key: rate limiters then start a new count.
    raise ValueError(f"Key '{key}' not found (the cache is unavailable).")


class ResilientRedisCache(RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` whose failures are cache misses.

    Options of its own, beside Redis' connection options in ``OPTIONS``:
    ``retry_after`` (seconds without calling Redis after a failure, default 5)
    and ``log_interval`` (seconds between two log lines of one outage, default 60).
    """

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = float(options.pop("retry_after", 5))
        self.log_interval = float(options.pop("log_interval", 60))
        super().__init__(server, {**params, "OPTIONS": options})
        with _lock:
            self._outage = _outages.setdefault(tuple(self._servers), _Outage())

    def _failed(self, error):
        outage = self._outage
        now = time.monotonic()
        outage.down_until = now + self.retry_after
        outage.failures += 1
        if outage.logged_at is None or now - outage.logged_at >= self.log_interval:
            logger.error(
                "The cache (Redis) is unavailable, answering without it: %s: %s "
                "(%d failed operations since the last report)",
                error.__class__.__name__,
                error,
                outage.failures,
            )
            outage.logged_at = now
            outage.failures = 0

    def _recovered(self):
        logger.warning("The cache (Redis) answers again.")
        self._outage.logged_at = None
        self._outage.failures = 0

    def ping(self):
        """Raise the error of a cache that does not answer (for /readyz), whatever the pause after a failure."""
        try:
            self._cache.get_client(write=True).ping()
        except RedisError as error:
            self._failed(error)
            raise
        self._outage.down_until = 0.0
        if self._outage.logged_at is not None:
            self._recovered()

    add = _fails_as(_false)(RedisCache.add)
    get = _fails_as(_default)(RedisCache.get)
    set = _fails_as(_none)(RedisCache.set)
    touch = _fails_as(_false)(RedisCache.touch)
    delete = _fails_as(_false)(RedisCache.delete)
    get_many = _fails_as(_no_keys)(RedisCache.get_many)
    has_key = _fails_as(_false)(RedisCache.has_key)
    incr = _fails_as(_absent)(RedisCache.incr)
    set_many = _fails_as(_all_keys_failed)(RedisCache.set_many)
    delete_many = _fails_as(_none)(RedisCache.delete_many)
    clear = _fails_as(_false)(RedisCache.clear)
