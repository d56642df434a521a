# The deployment of the load benchmark (bench/load/run.py): production settings, with the
# secret, hosts, PostgreSQL database and file locations from the environment. No tuning:
# Django's default CONN_MAX_AGE (0), no cache configured.
import os

import dj_database_url

from .production import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}  # noqa: F405
STATIC_ROOT = os.environ.get("STATIC_ROOT", STATIC_ROOT)  # noqa: F405
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405
