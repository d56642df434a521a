"""wagtail-localize's DeepL translator, given the site's glossary (``editorial.glossary``) for each language pair.

DeepL applies a glossary by id (``glossary_id`` beside the texts to translate); a glossary is made
once from its entries (``POST /v2/glossaries``, tab-separated) and cannot be changed. The id is kept
per language pair (``DeepLGlossary``) with a digest of the entries it was made from: when the terms
change, the next translation makes a new glossary and deletes the old one. A glossary DeepL refuses
(a term it does not accept, the service down) leaves the translation without glossary rather than
without translation; the log says why.

Options (``WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]``): wagtail-localize's ``AUTH_KEY``,
``TIMEOUT``, ``FORMALITY``, and ``API_URL`` (default: DeepL's free or paid API, from the key).
"""

import hashlib
import logging

import requests
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code

from editorial import glossary
from editorial.models import DeepLGlossary

logger = logging.getLogger(__name__)


def _tsv_cell(text):
    return " ".join(text.replace("\t", " ").split())


class GlossaryDeepLTranslator(DeepLTranslator):
    def api_url(self):
        if self.options.get("API_URL"):
            return self.options["API_URL"].rstrip("/")
        if self.options.get("AUTH_KEY", "").endswith(":fx"):
            return "https://api-free.deepl.com"
        return "https://api.deepl.com"

    def get_api_endpoint(self):
        return f"{self.api_url()}/v2/translate"

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        glossary_id = self.glossary_id(source_locale.language_code, target_locale.language_code)
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

    def glossary_id(self, source, target):
        """DeepL's id of the glossary for ``source`` → ``target`` as it is now (made if needed); None without terms."""
        entries = {}
        for term in glossary.terms(target):
            french, rendering = _tsv_cell(term.french), _tsv_cell(term.rendering)
            if french and rendering:
                entries.setdefault(french, rendering)
        if not entries:
            return None
        tsv = "\n".join(f"{french}\t{rendering}" for french, rendering in sorted(entries.items()))
        digest = hashlib.sha256(tsv.encode()).hexdigest()
        known = DeepLGlossary.objects.filter(source_language=source, target_language=target).first()
        if known is not None and known.digest == digest:
            return known.glossary_id
        timeout = int(self.options.get("TIMEOUT", 30))
        try:
            response = requests.post(
                f"{self.api_url()}/v2/glossaries",
                json={
                    "name": f"jesuisfantasTIC {source}-{target}",
                    "source_lang": language_code(source).lower(),
                    "target_lang": language_code(target).lower(),
                    "entries": tsv,
                    "entries_format": "tsv",
                },
                headers=self.get_headers(),
                timeout=timeout,
            )
            response.raise_for_status()
            glossary_id = response.json()["glossary_id"]
        except (requests.RequestException, KeyError, ValueError):
            logger.exception("DeepL refused the %s→%s glossary: translating without it", source, target)
            return None
        if known is not None:
            try:
                requests.delete(
                    f"{self.api_url()}/v2/glossaries/{known.glossary_id}", headers=self.get_headers(), timeout=timeout
                )
            except requests.RequestException:
                logger.warning("Could not delete the former DeepL glossary %s", known.glossary_id)
        DeepLGlossary.objects.update_or_create(
            source_language=source, target_language=target, defaults={"digest": digest, "glossary_id": glossary_id}
        )
        return glossary_id
