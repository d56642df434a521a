"""Real services the tests talk to, started on free loopback ports.

PostgreSQL comes from DATABASE_URL (started by bin/test-services); the
OpenSearch-compatible server is osmem-server's pytest plugin (fixtures
``osmem_server`` / ``osmem_clone``); the S3-compatible server is moto's
server mode, started here once per test process.
"""

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
from pathlib import Path


def free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


class S3Server:
    """moto in server mode: a real S3 HTTP API on 127.0.0.1."""

    access_key = "testing"
    secret_key = "testing"
    region = "eu-west-1"

    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start()

    def start(self):
        """Start the server (again, on the same port: moto keeps its buckets in memory, so they are gone)."""
        moto = Path(sys.executable).with_name("moto_server")
        self.process = subprocess.Popen(
            [str(moto), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_http(f"{self.url}/moto-api/", self.process)

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
        )

    def create_bucket(self, name):
        self.client().create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": self.region})
        return name

    def storages_setting(self, bucket):
        """The STORAGES setting production builds from AWS_* variables, pointed at this server."""
        import botocore.config

        return {
            "default": {
                "BACKEND": "cms.storage.MediaStorage",
                "OPTIONS": {
                    "bucket_name": bucket,
                    "endpoint_url": self.url,
                    "region_name": self.region,
                    "access_key": self.access_key,
                    "secret_key": self.secret_key,
                    "addressing_style": "path",
                    "signature_version": "s3v4",
                    "default_acl": "private",
                    "querystring_auth": True,
                    "file_overwrite": False,
                    "client_config": botocore.config.Config(
                        connect_timeout=3, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"}
                    ),
                },
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class RedisServer:
    """A redis-server of the test's own on a free port, which a test may stop and start again mid-use."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                with closing(socket.create_connection(("127.0.0.1", self.port), timeout=1)) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server on port {self.port} did not start") from None
                time.sleep(0.05)

    def cache_setting(self, **options):
        """The CACHES setting production builds from REDIS_URL, pointed at this server."""
        return {
            "default": {
                "BACKEND": "core.cache.ResilientRedisCache",
                "LOCATION": self.url,
                "KEY_PREFIX": "jsf",
                "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1, **options},
            }
        }

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def delete_redis_keys(url, prefix):
    """Delete the keys a test wrote under ``prefix`` on the shared Redis at ``url`` (other runs use it too)."""
    import redis

    server = redis.Redis.from_url(url)
    keys = list(server.scan_iter(f"{prefix}:*"))
    if keys:
        server.delete(*keys)
