"""Development: `make run` on one machine, everything embedded."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env.get("SECRET_KEY", "dev-only-not-secret-jesuisfantastic")
ALLOWED_HOSTS = env.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
