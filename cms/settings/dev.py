"""Development: `make run` on one machine, everything embedded."""

from .base import *  # noqa: F403
from .base import env
from .safety import DEV_SECRET_KEY

DEBUG = True
SECRET_KEY = env.get("SECRET_KEY", DEV_SECRET_KEY)
ALLOWED_HOSTS = env.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
