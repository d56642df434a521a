"""The search app's own tables.

``SearchDocument`` is the per-language index every backend reads or feeds:
one row per indexed item (a guide in Dutch, a seminar's slides in German…).
Wagtail's database backends share a single index table whose rows one backend
overwrites for another (wagtail/wagtail#9253) and analyse every language alike
(wagtail/wagtail#1177); this table keeps the language of each row and is
searched with that language's rules. On PostgreSQL a migration adds a weighted
``tsvector`` column built with the language's text search configuration; on
SQLite an FTS5 table mirrors the analysed terms.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

LANGUAGE_CHOICES = [("fr", _("French")), ("nl", _("Dutch")), ("de", _("German"))]


class SearchDocument(models.Model):
    """One indexed item in one language."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES, db_index=True)
    type = models.CharField(max_length=32, db_index=True)
    slug = models.CharField(max_length=255, blank=True)
    url = models.CharField(max_length=500, blank=True)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Compound parts found in the title and text (Dutch, German), as words.
    parts = models.TextField(blank=True)
    # " marketing security " so that one LIKE finds a slug among them.
    themes = models.CharField(max_length=500, blank=True)
    sectors = models.CharField(max_length=500, blank=True)
    # Stemmed terms (search.analysis.terms), read by the SQLite FTS5 table.
    title_terms = models.TextField(blank=True)
    text_terms = models.TextField(blank=True)
    # The page's ``url_path`` (a derived item's: its page's), which tells the sites showing it.
    url_path = models.TextField(blank=True)
    # Days the item is shown to visitors (a sponsor area while its contract runs); empty: no limit.
    visible_from = models.DateField(null=True, blank=True)
    visible_until = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="search_document_unique")
        ]
        indexes = [models.Index(fields=["language", "type"])]

    def __str__(self):
        return f"{self.language}: {self.title}"

    @property
    def theme_slugs(self):
        return self.themes.split()

    @property
    def sector_slugs(self):
        return self.sectors.split()


class SearchTerm(models.Model):
    """The folded words of each language's index: typo correction and compound splitting read it."""

    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    word = models.CharField(max_length=100)
    stem = models.CharField(max_length=100)
    documents = models.PositiveIntegerField(default=0)
    # The word as the documents write it when they write it only with accents ("sécurité" for "securite"):
    # a query typed without them is embedded with them (the lexical search folds both sides).
    spelling = models.CharField(max_length=100, blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_term_unique")]
        indexes = [models.Index(fields=["language", "stem"])]

    def __str__(self):
        return f"{self.language}: {self.word}"


class Synonym(models.Model):
    """Words that mean the same for visitors of one language, applied to queries."""

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=LANGUAGE_CHOICES,
        help_text=_("The language whose searches use these synonyms."),
    )
    terms = models.TextField(
        _("synonyms"),
        help_text=_(
            "Words or expressions that mean the same, separated by commas, "
            "for example: GSM, smartphone, téléphone portable."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")
        ordering = ["language", "terms"]

    def __str__(self):
        return f"{self.get_language_display()}: {self.terms}"

    @property
    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]


class QueryLog(models.Model):
    """Anonymous count of the searches of a day, per language: no address, no user."""

    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    query = models.CharField(_("query"), max_length=255)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results of the last search"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="search_querylog_unique")]

    def __str__(self):
        return f"{self.language}: {self.query}"


class PendingIndexUpdate(models.Model):
    """An engine update that failed (engine down): retried until it succeeds."""

    document_key = models.CharField(max_length=120, unique=True)  # "<content type>:<object id>"
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.document_key


class SearchVector(models.Model):
    """The embedding of one search document (search.embeddings), for semantic search.

    Kept beside its document and removed with it (unpublished, protected, deleted: the document goes, its
    vector with it). ``vector`` holds little-endian float32 values, the same bytes on every database;
    ``model`` names the embedder that computed it, ``checksum`` the text it was computed from, so that a
    rebuild keeps the vectors whose text did not change and only new or changed text is embedded again.
    """

    document = models.OneToOneField(SearchDocument, on_delete=models.CASCADE, primary_key=True, related_name="+")
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    model = models.CharField(max_length=200)
    checksum = models.CharField(max_length=64)
    vector = models.BinaryField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["language", "model"])]

    def __str__(self):
        return f"{self.language}: {self.document_id}"


class SearchVectorVersion(models.Model):
    """The version of a language's vectors, changed in the same transaction as they are.

    Each process keeps the language's vectors in memory (search.vectors) and reads this one row per search
    to know when to read them again: every process sees a change once it is committed, whatever the cache
    (a local-memory cache is each process's own).
    """

    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES, primary_key=True)
    version = models.CharField(max_length=32)

    def __str__(self):
        return f"{self.language}: {self.version}"
