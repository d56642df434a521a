"""The synthetic guides the benchmarks write, and the bulk writer that puts pages into a Wagtail tree.

Shared by the search benchmark (bench/search/run.py, speed run) and the load benchmark
(bench/load/run.py, which writes the same guides into this product and into the vanilla
Wagtail project of bench/vanilla). Everything that touches Django is imported inside the
functions: this module is imported by both projects' processes.
"""

import json
import random
import re
import uuid
from collections import defaultdict
from pathlib import Path

LANGUAGES = ("fr", "nl", "de")
SOURCES = Path(__file__).resolve().parent / "search" / "guides.jsonl"


def synthetic_guides(per_language, seed=2026, start=0):
    """Guides made of the benchmark guides' sentences, recombined: realistic vocabulary, in each language.

    Yields (number, {language: {title, summary, body}}, themes, sectors): guide ``number`` exists in the
    three languages, as translations of one another. ``start`` skips the first guides, so that a
    database seeded with ``start`` guides grows to ``per_language`` with the same guides a fresh one gets.
    """
    rng = random.Random(seed)
    sources = [json.loads(line) for line in SOURCES.read_text().splitlines() if line.strip()]
    themes = sorted({slug for guide in sources for slug in guide["themes"]})
    sectors = sorted({slug for guide in sources for slug in guide["sectors"]})
    sentences, titles = defaultdict(list), defaultdict(list)
    for language in LANGUAGES:
        for guide in sources:
            text = guide["translations"][language]
            titles[language].append(text["title"])
            plain = re.sub(r"[#*]|^\s*(?:[-+]|\d+\.)\s", "", text["body"], flags=re.M)
            sentences[language] += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", plain) if len(s.strip()) > 20]
    for number in range(per_language):
        guide = rng.randrange(len(sources))
        texts = {}
        for language in LANGUAGES:
            pool = sentences[language]
            body = rng.sample(pool, 14)
            texts[language] = {
                "title": f"{titles[language][guide]} — {rng.choice(pool)[:60]}",
                "summary": rng.choice(pool)[:300],
                "body": "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3)),
            }
        chosen = rng.sample(themes, 2), rng.sample(sectors, rng.randint(0, 1))
        if number >= start:
            yield number, texts, *chosen


def guide_slug(title, number):
    from django.utils.text import slugify

    return f"{slugify(title)[:200]}-{number}"


def bulk_children(parent, model, children, translation_keys):
    """Append live pages of ``model`` under ``parent`` in bulk; returns their ``Page`` rows, with primary keys.

    Saving pages one by one (revisions, signals, tree locking) would take hours; a benchmark
    only needs the rows a published page has. So the page rows are placed after the parent's
    last child with treebeard's own path arithmetic (``Page._get_path``) and inserted with
    ``bulk_create``; the rows of the specific model (the multi-table child Django's
    ``bulk_create`` refuses) with one ``executemany``. ``children`` are unsaved ``model``
    instances with a title and slug (their ``Page`` fields are read from them);
    ``translation_keys`` gives each its key: pages in other locales that share it are its
    translations, as Wagtail's own translations do.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    parent.refresh_from_db(fields=["numchild"])
    depth, start = parent.depth + 1, parent.numchild
    pages = [
        Page(
            title=child.title,
            draft_title=child.title,
            slug=child.slug,
            content_type=content_type,
            path=Page._get_path(parent.path, depth, position),
            depth=depth,
            numchild=0,
            url_path=f"{parent.url_path}{child.slug}/",
            locale_id=parent.locale_id,
            translation_key=key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        for position, (child, key) in enumerate(zip(children, translation_keys, strict=True), start=start + 1)
    ]
    Page.objects.bulk_create(pages, batch_size=1000)
    if connection.vendor != "postgresql":  # bulk_create sets primary keys on PostgreSQL only
        by_path = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
        for page in pages:
            page.pk = by_path[page.path]
    fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    insert = (
        f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    rows = []
    for page, child in zip(pages, children, strict=True):
        child.page_ptr_id = child.pk = page.pk
        rows.append([field.get_db_prep_save(getattr(child, field.attname), connection) for field in fields])
    with connection.cursor() as cursor:
        for offset in range(0, len(rows), 1000):
            cursor.executemany(insert, rows[offset : offset + 1000])
    Page.objects.filter(pk=parent.pk).update(numchild=start + len(pages))
    return pages


def translation_key(number):
    """The key the guide ``number`` shares with its translations."""
    return uuid.UUID(int=number + 1)


def bulk_guides(per_language, start=0):
    """This product: ``per_language`` live guides in each language under its guide index (guides from ``start`` on).

    Themes and sectors are linked with ``bulk_create`` on the through tables. Returns how many guides were written.
    """
    from django.db import transaction

    from guides.markdown import markdown_to_blocks
    from guides.models import GuideIndexPage, GuidePage
    from taxonomy.models import Sector, Theme

    indexes = {index.locale.language_code: index for index in GuideIndexPage.objects.select_related("locale")}
    themes = {(t.locale.language_code, t.slug): t.pk for t in Theme.objects.select_related("locale")}
    sectors = {(s.locale.language_code, s.slug): s.pk for s in Sector.objects.select_related("locale")}
    body_field = GuidePage._meta.get_field("body")
    guides = list(synthetic_guides(per_language, start=start))
    with transaction.atomic():
        for language in LANGUAGES:
            children = []
            for number, texts, _themes, _sectors in guides:
                text = texts[language]
                guide = GuidePage(
                    title=text["title"],
                    slug=guide_slug(text["title"], number),
                    summary=text["summary"],
                    body=markdown_to_blocks(text["body"]),
                    level=GuidePage.Level.BEGINNER,
                )
                guide.reading_time = guide.compute_reading_time()
                guide.body = body_field.to_python(guide.body)
                children.append(guide)
            keys = [translation_key(number) for number, *_rest in guides]
            pages = bulk_children(indexes[language], GuidePage, children, keys)
            GuidePage.themes.through.objects.bulk_create(
                [
                    GuidePage.themes.through(guidepage_id=page.pk, theme_id=themes[(language, slug)])
                    for page, (_number, _texts, slugs, _sectors) in zip(pages, guides, strict=True)
                    for slug in slugs
                ],
                batch_size=5000,
            )
            GuidePage.sectors.through.objects.bulk_create(
                [
                    GuidePage.sectors.through(guidepage_id=page.pk, sector_id=sectors[(language, slug)])
                    for page, (_number, _texts, _themes, slugs) in zip(pages, guides, strict=True)
                    for slug in slugs
                ],
                batch_size=5000,
            )
    return len(guides) * len(LANGUAGES)
