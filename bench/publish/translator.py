"""wagtail-localize's DeepL translator pointed at the benchmark's local DeepL-compatible server."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator


class LocalDeepL(DeepLTranslator):
    def get_api_endpoint(self):
        return self.options["URL"]
