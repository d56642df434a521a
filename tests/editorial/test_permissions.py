"""The permission matrix: every role × create / edit / submit / publish × language × section.

Each action is played through the admin as the user's browser would; a
forbidden action must be refused and leave the page as it was.
"""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from wagtail.models import Page

from editorial.sync import is_source
from tests.editorial.conftest import ROLE_GROUPS
from tests.editorial.helpers import add_url, child_model, edit_form_data, edit_url, fresh, translation_of

LANGUAGES = ["fr", "nl", "de"]
ACTIONS = ["create", "edit", "submit", "publish"]
ORGANISATION = {"editor-ucm": "ucm", "editor-awt": "awt"}


def expected(role, action, language, organisations):
    """The rules of the brief, written independently of the implementation."""
    if role == "administrator":
        return True
    if role == "reviewer":
        return action != "create"
    if role in ORGANISATION:
        return language == "fr" and ORGANISATION[role] in organisations and action != "publish"
    # translators: their own language only, no new content, no publishing
    return language == role.removeprefix("translator-") and action in ("edit", "submit")


def sections(about):
    """One page per installed section of EDITORIAL_SECTIONS, in each language: {label: ({lang: page}, orgs)}."""
    found = {}
    for label, organisations in settings.EDITORIAL_SECTIONS.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        source = model.objects.filter(locale__language_code="fr").first()
        if source is None:
            continue
        pages = {
            page.locale.language_code: page for page in Page.objects.filter(translation_key=source.translation_key)
        }
        found[label] = (pages, set(organisations))
    return found


def refused(response):
    """Wagtail's admin answers a refusal with 403, or with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def new_page_organisations(parent, organisations):
    model = child_model(parent)
    if model is None:
        return organisations, None
    return set(settings.EDITORIAL_SECTIONS.get(model._meta.label, organisations)), model


def try_create(client, parent, model):
    return client.get(add_url(parent, model)).status_code == 200


def try_edit(client, page):
    return client.get(edit_url(page)).status_code == 200


def try_submit(client, user, page):
    if is_source(page):
        client.post(edit_url(page), edit_form_data(page, user, **{"action-submit": "1"}))
    else:
        translation = translation_of(page)
        client.post(reverse("editorial:submit_translation", args=(translation.pk,)))
    return fresh(page).workflow_in_progress


def try_publish(client, user, page, django_capture_on_commit_callbacks):
    before = fresh(page).last_published_at
    with django_capture_on_commit_callbacks(execute=True):
        if is_source(page):
            client.post(edit_url(page), edit_form_data(page, user, title="Nouveau titre", **{"action-publish": "1"}))
        else:
            # a translation's edit view is wagtail-localize's editor
            client.post(edit_url(page), {"action": "publish"})
    return fresh(page).last_published_at != before


@pytest.mark.parametrize(
    "role", ["editor-ucm", "editor-awt", "reviewer", "translator-nl", "translator-de", "administrator"]
)
def test_permission_matrix(role, users, about, client, django_capture_on_commit_callbacks):
    user = users[role]
    client.force_login(user)
    found, wanted = {}, {}
    for label, (pages, organisations) in sections(about).items():
        for language in LANGUAGES:
            page = pages[language]
            create_organisations, model = new_page_organisations(page, organisations)
            if model is not None:  # a section page that takes no children (the self-diagnostic) has no "create"
                found[label, language, "create"] = try_create(client, page, model)
                wanted[label, language, "create"] = expected(role, "create", language, create_organisations)
            found[label, language, "edit"] = try_edit(client, page)
            found[label, language, "submit"] = try_submit(client, user, page)
            found[label, language, "publish"] = try_publish(client, user, page, django_capture_on_commit_callbacks)
            for action in ("edit", "submit", "publish"):
                wanted[label, language, action] = expected(role, action, language, organisations)
    assert {"home.HomePage", "home.ContentPage"} <= {label for label, _lang, _action in found}
    assert found == wanted


def test_an_editor_is_refused_the_other_organisations_section(users, about, client, settings):
    """With content pages given to UCM alone, the AWT editor can neither open nor create them."""
    settings.EDITORIAL_SECTIONS = {**settings.EDITORIAL_SECTIONS, "home.ContentPage": ["ucm"]}
    page = about["fr"]
    client.force_login(users["editor-awt"])
    assert refused(client.get(edit_url(page)))
    assert refused(client.get(add_url(page.get_parent(), type(page))))
    assert refused(client.post(edit_url(page), edit_form_data(page, users["editor-awt"], title="Piraté")))
    assert fresh(page).get_latest_revision_as_object().title == "À propos"
    client.force_login(users["editor-ucm"])
    assert client.get(edit_url(page)).status_code == 200


def test_translators_edit_snippets_of_their_language_only(users, locales, client):
    from taxonomy.models import Theme

    client.force_login(users["translator-nl"])
    nl, fr = (Theme.objects.get(slug="security", locale=locales[code]) for code in ("nl", "fr"))

    def edit(theme):
        return client.get(reverse("wagtailsnippets_taxonomy_theme:edit", args=(theme.pk,)))

    assert edit(nl).status_code == 200
    assert refused(edit(fr))
    assert refused(client.get(reverse("wagtailsnippets_taxonomy_theme:add")))


def test_only_administrators_manage_sponsors_users_and_settings(users):
    """Sponsor contracts, accounts and site settings: administrators only."""
    for codename in ("sponsors.add_sponsor", "sponsors.change_sponsor", "auth.change_user", "wagtailcore.change_site"):
        allowed = {role for role, user in users.items() if user.has_perm(codename)}
        assert allowed == {"administrator"}, codename


# --- snippets: every snippet type × role × language ---------------------------------------------

ROLES = ["editor-ucm", "editor-awt", "reviewer", "translator-nl", "translator-de", "administrator"]
# Every registered snippet type, and whether only administrators manage it. A new snippet type fails
# test_every_snippet_type_is_in_the_matrix until it gets a line here.
SNIPPET_TYPES = {
    "taxonomy.Theme": False,
    "taxonomy.Sector": False,
    "agenda.Venue": False,
    "sponsors.Sponsor": True,
    "sponsors.Partner": True,
    "search.Synonym": False,
    "editorial.GlossaryTerm": False,
}
# Snippet types translators add and change too (the glossary's Dutch and German renderings are theirs).
TRANSLATORS_MANAGE = {"editorial.GlossaryTerm"}


def expected_snippet(role, action, language, admin_only, translatable, translators_manage=False):
    """Snippet rules, written independently of the implementation.

    Sponsors and partners: administrators only. Editors write French sources; translators change
    the translations of their language (never create), and add and change the glossary's terms;
    reviewers and administrators do everything but delete, which is the administrators' alone.
    """
    if role == "administrator":
        return True
    if admin_only or action == "delete":
        return False
    if role == "reviewer" or translators_manage:
        return True
    if role in ORGANISATION:
        return not translatable or language == "fr"
    return translatable and action == "edit" and language == role.removeprefix("translator-")


def snippet_in_every_language(model, locales):
    """{language: instance} of one object of ``model`` (one entry, None, for untranslatable snippets)."""
    from wagtail.models import TranslatableMixin

    from editorial.models import GlossaryTerm
    from search.models import Synonym
    from tests.factories import PartnerFactory, SponsorFactory, make_venue

    if model is GlossaryTerm:
        return {None: GlossaryTerm.objects.get_or_create(french="facture électronique", dutch="e-factuur")[0]}
    if not issubclass(model, TranslatableMixin):
        assert model is Synonym, model
        return {None: Synonym.objects.create(language="fr", terms="GSM, smartphone")}
    makers = {"Sponsor": SponsorFactory, "Partner": PartnerFactory, "Venue": make_venue}
    source = model.objects.filter(locale=locales["fr"]).first()
    if source is None:
        source = makers[model.__name__]()
    found = {"fr": source}
    for code in ("nl", "de"):
        found[code] = source.get_translation_or_none(locales[code])
        if found[code] is None:
            found[code] = source.copy_for_translation(locales[code])
            found[code].save()
    return found


def snippet_url(model, view, *args, language=None):
    url = reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args)
    return f"{url}?locale={language}" if language else url


def test_every_snippet_type_is_in_the_matrix(site):
    from wagtail.snippets.models import get_snippet_models

    assert {model._meta.label for model in get_snippet_models()} == set(SNIPPET_TYPES)


@pytest.mark.parametrize("role", ROLES)
def test_snippet_permission_matrix(role, users, locales, client):
    """Opening the add (in each language), edit and delete views of every snippet type, per role."""
    client.force_login(users[role])
    found, wanted = {}, {}
    for label, admin_only in SNIPPET_TYPES.items():
        model = apps.get_model(label)
        for language, instance in snippet_in_every_language(model, locales).items():
            translatable = language is not None
            views = {
                "create": snippet_url(model, "add", language=language),
                "edit": snippet_url(model, "edit", instance.pk),
                "delete": snippet_url(model, "delete", instance.pk),
            }
            for action, url in views.items():
                found[label, language, action] = client.get(url).status_code == 200
                wanted[label, language, action] = expected_snippet(
                    role, action, language, admin_only, translatable, label in TRANSLATORS_MANAGE
                )
    assert found == wanted


@pytest.mark.parametrize("language", ["nl", "de"])
def test_an_editor_cannot_create_a_snippet_in_another_language(language, users, locales, client):
    """Dutch and German themes, sectors and venues are translations of a French source, made by translators."""
    from agenda.models import Venue
    from taxonomy.models import Sector, Theme

    client.force_login(users["editor-ucm"])
    posts = {
        Theme: {"name": "Thème pirate", "slug": "pirate", "description": ""},
        Sector: {"name": "Secteur pirate", "slug": "pirate", "description": ""},
        Venue: {"name": "Lieu pirate", "address": "Rue 1", "postcode": "5000", "city": "Namur"},
    }
    for model, data in posts.items():
        url = snippet_url(model, "add", language=language)
        assert refused(client.get(url)), model
        before = model.objects.filter(locale=locales[language]).count()
        assert refused(client.post(url, data)), model
        assert model.objects.filter(locale=locales[language]).count() == before, model
    # French sources stay the editors' job.
    assert client.get(snippet_url(Theme, "add", language="fr")).status_code == 200
    assert client.get(snippet_url(Theme, "add")).status_code == 200


# --- wagtail-localize: every URL × role × language ----------------------------------------------

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
NEXT = {"next": "/admin/pages/"}  # where wagtail-localize's form views go back to


def po_upload(translation, text):
    """A PO file for ``translation`` translating its first string as ``text`` (what a translator uploads)."""
    import io

    po = translation.export_po()
    po[0].msgstr = text
    upload = io.BytesIO(str(po).encode())
    upload.name = "translation.po"
    return {"file": upload, **NEXT}


def _string_segment(translation):
    from wagtail_localize.models import StringSegment

    return StringSegment.objects.filter(source=translation.source).order_by("order").first()


def _overridable_segment_id(translation):
    from wagtail_localize.models import OverridableSegment

    segment = OverridableSegment.objects.filter(source=translation.source).first()
    return segment.pk if segment else 0  # no overridable field: an allowed call answers 404, a refused one 403


# Every URL of wagtail-localize: how it is called and which rule it follows. A URL name missing here
# fails test_every_localize_url_is_in_the_matrix. Kinds: "translation" (the translation of one object
# into one language), "page" (a translated page), "start" (starting or updating translations),
# "snippet type" (the snippet API behind the editor), "read" (read-only, every admin user).
LOCALIZE_URLS = {
    "edit_string_translation": (
        "translation",
        lambda c, t: c.put(
            reverse("wagtail_localize:edit_string_translation", args=(t.pk, _string_segment(t).pk)),
            "value=Vertaald",
            content_type="application/x-www-form-urlencoded",
        ),
    ),
    "edit_override": (
        "translation",
        lambda c, t: c.put(
            reverse("wagtail_localize:edit_override", args=(t.pk, _overridable_segment_id(t))),
            "value=1",
            content_type="application/x-www-form-urlencoded",
        ),
    ),
    "download_pofile": ("translation", lambda c, t: c.get(reverse("wagtail_localize:download_pofile", args=(t.pk,)))),
    "upload_pofile": (
        "translation",
        lambda c, t: c.post(reverse("wagtail_localize:upload_pofile", args=(t.pk,)), po_upload(t, "Vertaald")),
    ),
    "machine_translate": (
        "translation",
        lambda c, t: c.post(reverse("wagtail_localize:machine_translate", args=(t.pk,)), NEXT),
    ),
    "preview_translation": (
        "translation",
        lambda c, t: c.get(reverse("wagtail_localize:preview_translation", args=(t.pk,))),
    ),
    "stop_translation": (
        "translation",
        lambda c, t: c.post(reverse("wagtail_localize:stop_translation", args=(t.pk,)), NEXT),
    ),
    "convert_to_alias": ("page", lambda c, page: c.get(reverse("wagtail_localize:convert_to_alias", args=(page.pk,)))),
    "submit_page_translation": (
        "start",
        lambda c, sources: c.get(reverse("wagtail_localize:submit_page_translation", args=(sources["page"].pk,))),
    ),
    "submit_snippet_translation": (
        "start",
        lambda c, sources: c.get(
            reverse("wagtail_localize:submit_snippet_translation", args=("taxonomy", "theme", sources["theme"].pk))
        ),
    ),
    "update_translations": (
        "start",
        lambda c, sources: c.get(reverse("wagtail_localize:update_translations", args=(sources["source"].pk,))),
    ),
    "snippets_api_listing": (
        "snippet type",
        lambda c, model, pk: c.get(
            reverse("wagtail_localize:snippets_api_listing", args=(model._meta.app_label, model._meta.model_name))
        ),
    ),
    "snippets_api_detail": (
        "snippet type",
        lambda c, model, pk: c.get(
            reverse("wagtail_localize:snippets_api_detail", args=(model._meta.app_label, model._meta.model_name, pk))
        ),
    ),
    "translations_report": ("read", lambda c: c.get(reverse("wagtail_localize:translations_report"))),
    "translations_report_results": (
        "read",
        lambda c: c.get(reverse("wagtail_localize:translations_report_results")),
    ),
    "javascript_catalog": ("read", lambda c: c.get(reverse("wagtail_localize:javascript_catalog"))),
}


def url_names(namespace):
    """The URL names of ``namespace`` in the project's URLconf (walked, not listed by hand)."""
    from django.urls import URLResolver, get_resolver

    def walk(patterns, namespaces):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, [*namespaces, pattern.namespace])
            elif namespace in namespaces and pattern.name:
                yield pattern.name

    return set(walk(get_resolver().url_patterns, []))


def expected_translation(role, language):
    """The translation of a page or snippet into ``language``: its translators, reviewers and administrators."""
    return role in ("administrator", "reviewer") or role == f"translator-{language}"


def expected_snippet_type(role, admin_only, translatable):
    if role == "administrator":
        return True
    if admin_only:
        return False
    return role not in ("translator-nl", "translator-de") or translatable


def test_every_localize_url_is_in_the_matrix():
    assert url_names("wagtail_localize") == set(LOCALIZE_URLS)


def localize_translations(about, locales):
    """{(kind, language): (translation, translated object)} for a theme and a page, into NL and DE."""
    from editorial.review import ensure_translation
    from taxonomy.models import Theme

    theme = Theme.objects.get(slug="security", locale=locales["fr"])
    found = {}
    for language in ("nl", "de"):
        found["theme", language] = ensure_translation(theme.translation_key, locales[language])
        found["page", language] = ensure_translation(about["fr"].translation_key, locales[language])
    return theme, found


@pytest.mark.parametrize("role", ROLES)
def test_localize_permission_matrix(role, users, about, locales, client, settings):
    """Every wagtail-localize URL, called by each role on the NL and DE translations of a theme and a page."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR
    theme, translations = localize_translations(about, locales)
    client.force_login(users[role])
    found, wanted = {}, {}
    kinds = {name: kind for name, (kind, _call) in LOCALIZE_URLS.items()}
    # stop_translation last: it disables the translation the other calls use
    order = sorted(LOCALIZE_URLS, key=lambda name: name == "stop_translation")
    for (kind, language), translation in translations.items():
        for name in order:
            call = LOCALIZE_URLS[name][1]
            if kinds[name] == "translation":
                found[name, kind, language] = call(client, translation).status_code != 403
            elif kinds[name] == "page" and kind == "page":
                found[name, kind, language] = call(client, about[language]).status_code != 403
            else:
                continue
            wanted[name, kind, language] = expected_translation(role, language)
    sources = {"page": about["fr"], "theme": theme, "source": translations["page", "nl"].source}
    for name, kind in kinds.items():
        call = LOCALIZE_URLS[name][1]
        if kind == "start":
            found[name] = call(client, sources).status_code == 200
            wanted[name] = role == "administrator"
        elif kind == "read":
            found[name] = call(client).status_code == 200
            wanted[name] = True
        elif kind == "snippet type":
            for label, admin_only in SNIPPET_TYPES.items():
                model = apps.get_model(label)
                instance = next(iter(snippet_in_every_language(model, locales).values()))
                found[name, label] = call(client, model, instance.pk).status_code == 200
                translatable = hasattr(model, "locale")
                # Translators read the snippet types they change: translations, and the glossary's terms.
                wanted[name, label] = expected_snippet_type(
                    role, admin_only, translatable or label in TRANSLATORS_MANAGE
                )
    assert found == wanted


@pytest.mark.parametrize("role", ["translator-nl", "editor-ucm"])
def test_a_german_theme_translation_is_out_of_reach_of_others(role, users, about, locales, client, settings):
    """The Dutch translator and the editors change nothing in a German theme's translation."""
    from wagtail_localize.models import StringTranslation

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR
    _theme, translations = localize_translations(about, locales)
    german = translations["theme", "de"]
    client.force_login(users[role])
    for name in ("edit_string_translation", "upload_pofile", "machine_translate", "download_pofile"):
        assert LOCALIZE_URLS[name][1](client, german).status_code == 403, name
    assert not StringTranslation.objects.filter(locale=locales["de"], data__in=["Vertaald"]).exists()
    assert not StringTranslation.objects.filter(locale=locales["de"], tool_name="Dummy translator").exists()
    assert LOCALIZE_URLS["stop_translation"][1](client, german).status_code == 403
    german.refresh_from_db()
    assert german.enabled
    # Restarting a stopped translation goes through the snippet's edit view (wagtail-localize's hook).
    german.enabled = False
    german.save(update_fields=["enabled"])
    target = german.get_target_instance()
    restart = client.post(snippet_url(type(target), "edit", target.pk), {"localize-restart-translation": "1"})
    assert refused(restart)
    german.refresh_from_db()
    assert not german.enabled
    german.enabled = True
    german.save(update_fields=["enabled"])
    # The German translator does it.
    client.force_login(users["translator-de"])
    assert LOCALIZE_URLS["edit_string_translation"][1](client, german).status_code in (200, 201)
    assert StringTranslation.objects.filter(locale=locales["de"], data="Vertaald").exists()


# --- every admin URL without parameters × role -----------------------------------------------------

EDITORS = {"editor-ucm", "editor-awt"}
TRANSLATORS = {"translator-nl", "translator-de"}
WRITERS = EDITORS | {"reviewer", "administrator"}  # upload media, create snippets, read the editors' reports
ADMINISTRATORS = {"administrator"}
EVERYONE = set(ROLES)
NOBODY = set()

# Who may open each admin URL that takes no parameter (first matching pattern wins). The URLs with
# parameters are played above: pages (test_permission_matrix), snippets, wagtail-localize.
# A new admin URL fails test_every_admin_url_is_in_the_matrix until it matches a line here.
ADMIN_URL_RULES = [
    # not a screen: tests of Wagtail's error pages, the login and logout, parameters required
    (r"^\?$|^wagtailadmin_(error_test|logout|login|block_preview)$|^wagtailadmin_password_reset", None),
    (r"^wagtailredirects:process_import$", None),  # POST only
    (r"^wagtailsnippets_sponsors_|^wagtailsnippetchoosers_sponsors_\w+:create$", ADMINISTRATORS),
    (r"^wagtailsnippetchoosers_\w+:(choose|choose_results|chosen_multiple)$", EVERYONE),  # choosing in a form
    (r"^wagtailsnippets(choosers)?_search_synonym:", WRITERS),
    # TRANSLATORS_MANAGE: translators add glossary terms, so the snippets' index lists that type for them
    (
        r"^wagtailsnippets_editorial_glossaryterm:add$|^wagtailsnippetchoosers_editorial_glossaryterm:create$",
        WRITERS | TRANSLATORS,
    ),
    (r"^wagtailsnippets:index$", WRITERS | TRANSLATORS),
    (r"^editorial:memory$", TRANSLATORS | ADMINISTRATORS),  # their language pair's TMX files
    (r"^wagtailsnippets_\w+:list(_results)?$", EVERYONE),  # translators find the translations of their language
    (r"^wagtailsnippets_\w+:add$|^wagtailsnippetchoosers_\w+:create$|^wagtailsnippets:index$", WRITERS),
    (r"^wagtail(images|docs)_chooser:create$|^wagtail(images|docs):", WRITERS),
    (r"^wagtail(images|docs)_chooser:", EVERYONE),
    (r"^wagtailadmin_reports:locked_pages", WRITERS),  # translators may not lock pages
    (r"^diagnostic_report$|^search_queries", WRITERS),  # EDITORIAL_REPORT_PERMISSIONS; search synonyms' users
    (r"^wagtailadmin_reports:", EVERYONE),  # each report lists what the user may see
    (r"^wagtailadmin_collections:", ADMINISTRATORS),
    (r"^wagtailadmin_workflows:task_chooser", EVERYONE),  # the chooser; creating a task is refused inside
    (r"^wagtailadmin_workflows:", ADMINISTRATORS),
    (r"^webhook_deliveries:add$", NOBODY),  # the delivery log is read-only
    (r"^background_tasks:add$", NOBODY),  # the task log is read-only
    (r"^visitor_reports:add$", NOBODY),  # reports come from visitors
    (r"^visitor_reports:", EVERYONE),  # the inbox lists what each role answers for (tests/feedback/test_inbox.py)
    (r"^wagtailsearchpromotions:search_terms", NOBODY),  # Wagtail shows it to superusers only
    (r"^wagtailsearchpromotions:chooser", EVERYONE),
    (
        r"^(wagtailusers_users|wagtailusers_groups|wagtailsites|wagtaillocales|wagtailredirects"
        r"|wagtailsearchpromotions|webhook_endpoints|webhook_deliveries|background_tasks):",
        ADMINISTRATORS,
    ),
    (
        r"^wagtailadmin_(home|explore_root|pages:search|choose_page|tag_autocomplete|account|dismissibles|sprite"
        r"|javascript_catalog|api:)|^wagtailforms:|^wagtailembeds:|^editorial:cockpit(_results)?$|^wagtail_localize:",
        EVERYONE,
    ),
]


def admin_urls():
    """[(namespaced name, route, parameter names)] of every admin URL of the URLconf, walked."""
    from django.urls import URLResolver, get_resolver

    def walk(patterns, prefix, namespaces, parameters):
        for pattern in patterns:
            names = [*parameters, *pattern.pattern.regex.groupindex]
            if isinstance(pattern, URLResolver):
                namespace = [pattern.namespace] if pattern.namespace else []
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), namespaces + namespace, names)
            else:
                yield ":".join([*namespaces, pattern.name or "?"]), prefix + str(pattern.pattern), names

    return [
        (name, "/" + route, names)
        for name, route, names in walk(get_resolver().url_patterns, "", [], [])
        if route.startswith("admin/")
    ]


def admin_urls_without_parameters():
    """{namespaced name: path} of every admin URL of the URLconf that takes no parameter."""
    return {
        name: route
        for name, route, parameters in admin_urls()
        if not parameters and not any(mark in route for mark in ("<", "(?P", "^", "$"))
    }


def matching_rule(name, rules):
    """The first (pattern, roles) of ``rules`` whose pattern matches the URL name, or None."""
    for pattern, roles in rules:
        if re.search(pattern, name):
            return pattern, roles
    return None


def test_every_admin_url_is_in_the_matrix():
    assert [name for name in admin_urls_without_parameters() if matching_rule(name, ADMIN_URL_RULES) is None] == []


def admin_refused(response):
    """Refused: 403, or Wagtail's redirect to the dashboard (or to the login page)."""
    location = response.get("Location", "")
    return response.status_code == 403 or (
        response.status_code == 302 and (location == "/admin/" or location.startswith("/admin/login/"))
    )


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_for_every_role(role, users, client):
    client.force_login(users[role])
    found, wanted = {}, {}
    for name, path in admin_urls_without_parameters().items():
        _pattern, roles = matching_rule(name, ADMIN_URL_RULES)
        if roles is None:
            continue
        found[name] = not admin_refused(client.get(path))
        wanted[name] = role in roles
    assert found == wanted


# --- every admin URL with parameters × role ---------------------------------------------------------

PAGE_WRITERS = {"editor-awt", "reviewer", "administrator"}  # the French guide: AWT's section
PAGE_READERS = EDITORS | {"reviewer", "administrator"}  # reading is not bound to sections; changing is
PUBLISHERS = {"reviewer", "administrator"}
# Who may open each admin URL that takes parameters, filled with the objects of admin_objects (first
# matching pattern wins). None: not played here, with the reason. A new admin URL fails
# test_every_admin_url_with_parameters_is_in_the_matrix until it matches a line here.
ADMIN_URL_WITH_PARAMETERS_RULES = [
    (r"^wagtail_localize:", None),  # test_localize_permission_matrix
    (r"^\?$", None),  # the admin's catch-all 404
    (r"^wagtailadmin_password_reset_confirm$", None),  # a signed token, not a screen of a role
    (r"^wagtailadmin_editing_sessions:", None),  # POST only, on the user's own editing session
    (r"^wagtail_bulk_action$", None),  # each object goes through the same permission as its own view
    (r":create_multiple_from_uploaded_\w+$|:delete_upload_multiple$", None),  # the user's own pending upload
    (r":(edit_multiple|delete_multiple|set_page_position|lock|unlock|enable|enable_task|remove|action)$", None),
    (r"^editorial:submit_translation$", None),  # POST only (test_cockpit); the others above: POST only too
    (r":(workflow_action|collect_workflow_action_data)$", None),  # needs a task in progress (not played)
    (r"^wagtailadmin_pages:workflow_preview$", None),  # needs the page in a task in progress (not played)
    (r"^wagtailsnippets_\w+:workflow_history_detail$", None),  # needs a snippet's workflow state (not played)
    (r"^wagtailadmin_pages:convert_alias$", None),  # needs an alias page; the fixture's pages are not
    (r"^wagtailimages:url_generator", None),  # 404 by design: the dynamic image serve view is not installed
    (r"^wagtailadmin_api:\w+:find$", None),  # answers ?id= or ?html_path= lookups; the listing is played
    (r"^wagtailsettings:", None),  # no setting model is registered
    (r"^wagtailforms:", None),  # no form page type is installed
    # snippets (the French theme, sector, venue; a sponsor, a partner, a synonym)
    (r"^wagtailsnippetchoosers_\w+:chosen$", EVERYONE),  # choosing in a form, like the choosers' lists
    (r"^wagtailsnippets_sponsors_", ADMINISTRATORS),
    (r"^wagtailsnippets_\w+:delete$", ADMINISTRATORS),
    (r"^wagtailsnippets_search_synonym:", WRITERS),
    (r"^wagtailsnippets_editorial_glossaryterm:edit$", WRITERS | TRANSLATORS),  # TRANSLATORS_MANAGE
    (r"^wagtailsnippets_\w+:(revisions_unschedule|unpublish)$", PUBLISHERS),
    (r"^wagtailsnippets_\w+:(edit|copy|revisions_revert)$", WRITERS),
    (r"^wagtailsnippets_\w+:", EVERYONE),  # usage, history, comparisons: translators read them too
    # media
    (r"^wagtail(images|docs)_chooser:", EVERYONE),
    (r"^wagtail(images|docs):", WRITERS),
    # pages (a French guide, in AWT's section)
    (r"^wagtailadmin_pages:(delete|move_confirm)$", ADMINISTRATORS),
    (r"^wagtailadmin_pages:move$", PUBLISHERS),  # choosing the destination; move_confirm refuses them the move
    (r"^wagtailadmin_pages:(unpublish|set_privacy|revisions_unschedule)$", PUBLISHERS),
    (r"^wagtailadmin_pages:add$", {"editor-awt", "administrator"}),  # reviewers create snippets only
    # Wagtail checks the tree permission only; the section is checked when the page is saved
    (r"^wagtailadmin_pages:(add_subpage|preview_on_add)$", EDITORS | ADMINISTRATORS),
    (r"^wagtailadmin_pages:(edit|copy|revisions_revert)$", PAGE_WRITERS),
    (r"^wagtailadmin_pages:(type_use|type_use_results|choose_parent|revisions_index)$", EVERYONE),  # lists, redirect
    (r"^wagtailadmin_pages:confirm_workflow_cancellation$", EVERYONE),  # the question; the answer is the edit view
    (r"^wagtailadmin_pages:", PAGE_READERS),  # preview, draft, history, revisions, usage
    (r"^wagtailadmin_api:pages:detail$", PAGE_READERS),  # translators explore their language's tree only
    (r"^wagtailadmin_(explore|explore_results|choose_page_child|tag_model_autocomplete|api:)", EVERYONE),
    # settings of the site
    (r"^wagtailadmin_collections:", ADMINISTRATORS),
    (r"^wagtailadmin_workflows:task_chosen$", EVERYONE),
    (r"^wagtailadmin_workflows:", ADMINISTRATORS),
    (r"^diagnostic_report_results(_results)?$", WRITERS),  # EDITORIAL_REPORT_PERMISSIONS; also its ?export=csv|xlsx
    # a French seminar's registrations: the agenda's editors (UCM) and administrators only (personal data)
    (r"^agenda_registrations(_results)?$", {"editor-ucm", "administrator"}),  # and its ?export=csv|xlsx
    (r"^agenda_registration_status$", None),  # POST only (tests/agenda/test_registrations_admin.py)
    (r"^editorial:bulk_", EVERYONE),  # the file holds only the translations the user may make
    (r"^editorial:use_suggestion$", None),  # POST only (tests/editorial/test_memory.py)
    (r"^editorial:memory_", {"translator-nl", "administrator"}),  # the French → Dutch memory's TMX files
    (r"^editorial:", {"translator-nl", "reviewer", "administrator"}),  # the Dutch translation of the guide
    (r"^webhook_deliveries:(?!inspect$)", NOBODY),  # the delivery log is read-only
    (r"^background_tasks:(?!inspect$)", NOBODY),  # the task log is read-only
    # a report on the French guide (AWT's section): its editors, reviewers and administrators; deleting: administrators
    (r"^visitor_reports:delete$", ADMINISTRATORS),
    (r"^visitor_reports:", {"editor-awt", "reviewer", "administrator"}),
    (
        r"^(wagtailusers_users|wagtailusers_groups|wagtailsites|wagtaillocales|wagtailredirects"
        r"|wagtailsearchpromotions|webhook_endpoints|webhook_deliveries|background_tasks):",
        ADMINISTRATORS,
    ),
]
# URLs that refuse with a 404: the object is not in the user's queryset (a visitor report outside the
# user's sections or language is not found, whatever its address).
NOT_FOUND_IS_REFUSAL = r"^/admin/api/main/pages/\d+/$|^/admin/collections/\d+/delete/$|^/admin/visitor-reports/"


def admin_outcome(response):
    """allowed, refused, or missing: a parameter filled with the wrong object (404, which the locale
    middleware answers with a redirect to the same path under /fr/) or a method the view does not take."""
    location = response.get("Location", "")
    if re.search(NOT_FOUND_IS_REFUSAL, response.request["PATH_INFO"]) and (
        response.status_code == 404 or location.startswith("/fr/admin/")
    ):
        return "refused"
    if response.status_code in (404, 405) or (response.status_code == 302 and location.startswith("/fr/admin/")):
        return "missing"
    return "refused" if admin_refused(response) else "allowed"


def admin_urls_with_parameters():
    """[(name, route, parameter names)] of every admin URL that takes parameters."""
    without = admin_urls_without_parameters()
    return [(name, route, parameters) for name, route, parameters in admin_urls() if name not in without]


def test_every_admin_url_with_parameters_is_in_the_matrix():
    names = [name for name, _route, _parameters in admin_urls_with_parameters()]
    assert [name for name in names if matching_rule(name, ADMIN_URL_WITH_PARAMETERS_RULES) is None] == []


@pytest.fixture
def admin_objects(users, about, locales):
    """One real object of each kind an admin URL takes, by namespace (the page: a French guide)."""
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Collection, GroupApprovalTask, Site, Workflow

    from diagnostic.models import DiagnosticPage
    from editorial.models import WebhookDelivery, WebhookEndpoint
    from editorial.review import ensure_translation
    from feedback.models import Report
    from guides.models import GuideIndexPage
    from tests.factories import DocumentFactory, GuidePageFactory, ImageFactory, make_seminar

    index = GuideIndexPage.objects.get(locale=locales["fr"])
    guide = GuidePageFactory(parent=index, title="Sauvegarder", slug="sauvegarder")
    guide.save_revision(user=users["editor-awt"]).publish()
    guide.save_revision(user=users["editor-awt"])
    for code in ("nl", "de"):
        ensure_translation(guide.translation_key, locales[code])
    workflow = Workflow.objects.filter(active=True).first()
    workflow_state = workflow.start(guide, users["editor-awt"])
    workflow_state.cancel(user=users["administrator"])
    collection = Collection.get_first_root_node().add_child(name="Presse")
    # Inactive: the publications of the matrix call no receiver (deliveries run at once in the tests).
    endpoint = WebhookEndpoint.objects.create(name="Front", url="https://front.example.be/hook", active=False)
    query = Query.get("wifi")
    snippets = {
        label: next(iter(snippet_in_every_language(apps.get_model(label), locales).values()))
        for label in SNIPPET_TYPES
    }
    by_namespace = {
        "wagtailadmin_pages": guide,
        "wagtailadmin_api:pages": guide,
        "wagtailadmin_api:images": ImageFactory(collection=collection),
        "wagtailadmin_api:documents": DocumentFactory(collection=collection),
        "wagtailadmin_collections": collection,
        "wagtailadmin_workflows": workflow,
        "wagtailredirects": Redirect.objects.create(old_path="/ancien", redirect_page=guide),
        "wagtailsearchpromotions": SearchPromotion.objects.create(query=query, page=guide, sort_order=0).query,
        "webhook_endpoints": endpoint,
        "webhook_deliveries": WebhookDelivery.objects.create(endpoint=endpoint, event="published", payload={}),
        "background_tasks": DBTaskResult.objects.create(
            task_path="core.tasks.send_email",
            args_kwargs={"args": [], "kwargs": {}},
            backend_name="background",
            run_after=timezone.now(),
        ),
        "wagtaillocales": locales["de"],
        "wagtailsites": Site.objects.get(is_default_site=True),
        "wagtailusers_users": users["translator-de"],
        "wagtailusers_groups": Group.objects.get(name=ROLE_GROUPS["translator-de"][0]),
        "editorial": ensure_translation(guide.translation_key, locales["nl"]),
        "visitor_reports": Report.objects.create(
            page=guide, page_title=guide.title, locale=locales["fr"], message="Le lien est cassé."
        ),
    }
    for label, instance in snippets.items():
        if hasattr(instance, "save_revision"):
            instance.save_revision(user=users["administrator"])
        app, model = label.lower().split(".")
        by_namespace[f"wagtailsnippets_{app}_{model}"] = by_namespace[f"wagtailsnippetchoosers_{app}_{model}"] = (
            instance
        )
    by_namespace["wagtailimages"] = by_namespace["wagtailimages_chooser"] = by_namespace["wagtailadmin_api:images"]
    by_namespace["wagtaildocs"] = by_namespace["wagtaildocs_chooser"] = by_namespace["wagtailadmin_api:documents"]
    return {
        "by_namespace": by_namespace,
        "guide": guide,
        "index": index,
        "home": index.get_parent(),
        "workflow": workflow,
        "workflow_state": workflow_state,
        "task": GroupApprovalTask.objects.filter(active=True).first(),
        "diagnostic": DiagnosticPage.objects.get(locale=locales["fr"]),
        "seminar": make_seminar(title="Sécuriser sa caisse"),
    }


def admin_url_kwargs(name, parameters, objects):
    """The URL's parameters filled with the right objects (the name's namespace says which)."""
    namespace = name.rpartition(":")[0]
    target = objects["by_namespace"].get(namespace, objects["guide"])
    guide = objects["guide"]
    revision = getattr(target, "latest_revision", None)
    values = {
        "pk": target.pk,
        "page_id": guide.pk,
        "page_pk": guide.pk,
        "page_to_move_id": guide.pk,
        "parent_page_id": objects["index"].pk,
        "destination_id": objects["home"].pk,
        "workflow_pk": objects["workflow"].pk,
        "workflow_state_id": objects["workflow_state"].pk,
        "task_id": objects["task"].pk,
        "revision_id": revision.pk if revision else None,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "content_type_app_name": "guides",
        "content_type_model_name": "guidepage",
        "app_label": "guides" if namespace == "wagtailadmin_pages" else "wagtailcore",
        "model_name": {"wagtailadmin_pages": "guidepage", "": "tag"}.get(namespace, "groupapprovaltask"),
        "app_name": "taggit",  # the tag autocompletion
        "filter_spec": "original",
        "language": "nl",
        "fmt": "po",
        "action_name": "copy",
        "translation_id": target.pk,
    }
    for kind in ("image_id", "document_id", "doc_id", "collection_id", "redirect_id", "query_id"):
        values[kind] = target.pk
    if name.startswith("diagnostic_report_results"):
        values["page_id"] = objects["diagnostic"].pk
    values["seminar_id"] = objects["seminar"].pk
    return {parameter: values[parameter] for parameter in parameters}


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_with_parameters_for_every_role(role, users, admin_objects, client):
    """Each admin URL that takes parameters, opened (GET) on real objects: allowed or refused per role."""
    client.force_login(users[role])
    found, wanted = {}, {}
    for name, _route, parameters in admin_urls_with_parameters():
        _pattern, roles = matching_rule(name, ADMIN_URL_WITH_PARAMETERS_RULES)
        if roles is None:
            continue
        path = reverse(name, kwargs=admin_url_kwargs(name, parameters, admin_objects))
        found[name, path] = admin_outcome(client.get(path))
        wanted[name, path] = "allowed" if role in roles else "refused"
    assert found == wanted


@pytest.mark.parametrize("role", ["reviewer", "editor-awt", "translator-nl"])
def test_only_administrators_delete_or_move_pages(role, users, admin_objects, client):
    """Reviewers publish, so Wagtail would let them delete and move pages; the README keeps that for administrators."""
    guide, home = admin_objects["guide"], admin_objects["home"]
    client.force_login(users[role])
    posts = [
        reverse("wagtailadmin_pages:delete", args=[guide.pk]),
        reverse("wagtailadmin_pages:move_confirm", args=[guide.pk, home.pk]),
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={guide.pk}",
    ]
    for url in posts:
        assert admin_refused(client.post(url)), url
    # the admin API's page actions (the explorer's JavaScript calls them)
    actions = {"delete": {}, "move": {"destination_page_id": home.pk}}
    for action, data in actions.items():
        url = reverse("wagtailadmin_api:pages:action", args=[guide.pk, action])
        response = client.post(url, data, content_type="application/json")
        assert admin_outcome(response) in ("refused", "missing"), action  # missing: outside the user's tree
    guide = Page.objects.get(pk=guide.pk)
    assert guide.get_parent().pk == admin_objects["index"].pk
    client.force_login(users["administrator"])
    assert not admin_refused(client.post(posts[0]))
    assert not Page.objects.filter(pk=guide.pk).exists()
