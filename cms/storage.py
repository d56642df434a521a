"""Media on S3-compatible object storage, whose outages read as I/O errors the site already handles.

boto3 raises its own exceptions (``EndpointConnectionError``…) when the store does not answer, and
nothing above django-storages expects them: a rendition that could not be made answered 500 on the
admin's image listing, an upload answered 500. ``MediaStorage`` raises ``MediaStorageUnavailable``
(an ``OSError``) instead, which Wagtail turns into its "missing image" rendition
(``SourceImageIOError``, wagtail/images/models.py ``open_file``), and which
``cms.middleware.MediaStorageUnavailableMiddleware`` turns into a clear message. Nothing is half
written: Django uploads a file before it inserts its row, so a failed upload leaves no row.
"""

import functools

from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage


class MediaStorageUnavailable(OSError):
    """The media store did not answer (connection refused, timeout, server error)."""


def _unavailable_as_oserror(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except BotoCoreError as error:
            raise MediaStorageUnavailable(f"media storage unavailable: {error}") from error
        except ClientError as error:
            if error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) >= 500:
                raise MediaStorageUnavailable(f"media storage unavailable: {error}") from error
            raise

    return wrapper


class MediaStorage(S3Storage):
    _open = _unavailable_as_oserror(S3Storage._open)
    _save = _unavailable_as_oserror(S3Storage._save)
    delete = _unavailable_as_oserror(S3Storage.delete)
    exists = _unavailable_as_oserror(S3Storage.exists)
    listdir = _unavailable_as_oserror(S3Storage.listdir)
    size = _unavailable_as_oserror(S3Storage.size)
    get_modified_time = _unavailable_as_oserror(S3Storage.get_modified_time)
