from django.core.management.base import BaseCommand, CommandError

from search.analysis import LANGUAGES


class Command(BaseCommand):
    help = (
        "(Re)build the per-language search index from the live, public content; on a search engine, "
        "each language's new index replaces the old one atomically (alias swap)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", choices=LANGUAGES, help="Only this language (repeatable).")
        parser.add_argument(
            "--retry", action="store_true", help="Only retry the engine updates that failed while it was down."
        )

    def handle(self, *args, language=None, retry=False, **options):
        from search.documents import rebuild
        from search.embeddings import get_embedder
        from search.engines import flush_pending, get_engine
        from search.engines.base import EngineUnavailable
        from search.models import SearchDocument
        from search.tasks import queue_embedding

        if retry:
            remaining = flush_pending()
            self.stdout.write(f"{remaining} engine update(s) still pending")
            return
        try:
            counts = rebuild(language, stdout=self.stdout)
        except EngineUnavailable as error:
            raise CommandError(f"the search engine does not answer: {error}") from error
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"{total} document(s) indexed with the {get_engine().name} engine"))
        if get_embedder() is not None:
            # Vectors of new or changed text, in the background (those of unchanged text were kept).
            queue_embedding(SearchDocument.objects.filter(language__in=list(counts)).values_list("pk", flat=True))
            self.stdout.write("vectors of new or changed documents queued for the background worker")
