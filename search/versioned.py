"""What each process builds once per language and keeps until any process says it changed.

The version is a random token in the shared cache: ``changed(language)`` replaces it, and every process
builds its copy again the next time it reads one whose version is not the one it holds.
"""

import uuid

from django.core.cache import cache


class PerProcess:
    """``build(language)``'s result per language, built again after ``changed(language)``."""

    def __init__(self, name, build):
        self.name = name
        self.build = build
        self.loaded = {}

    def _key(self, language):
        return f"search:{self.name}:{language}"

    def changed(self, language):
        cache.set(self._key(language), uuid.uuid4().hex, None)

    def get(self, language):
        version = cache.get(self._key(language))
        if version is None:
            version = uuid.uuid4().hex
            cache.set(self._key(language), version, None)
        loaded = self.loaded.get(language)
        if loaded is None or loaded[0] != version:
            loaded = (version, self.build(language))
            self.loaded[language] = loaded
        return loaded[1]
