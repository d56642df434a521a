"""The editorial roles: groups, their Wagtail permissions and who owns which section.

``ensure_roles()`` (called by ``setup_site``) creates the groups and their
permissions idempotently. Which organisation edits which section of the French
tree is one setting, ``EDITORIAL_SECTIONS``: page model label → organisations.
A page belongs to the section of its nearest ancestor-or-self whose model is
listed there.

Wagtail's page permissions are inherited down the tree, so a permission on the
French home page (which both organisations edit) also reaches every section
below it. The section guard (``may_edit_in_section``, wired to the
``before_*_page`` hooks in ``wagtail_hooks.py``) therefore refuses an editor
the pages of sections that belong to the other organisation.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    TranslatableMixin,
)
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

UCM_EDITORS = "UCM editors"
AWT_EDITORS = "AWT editors"
REVIEWERS = "Reviewers"
NL_TRANSLATORS = "NL translators"
DE_TRANSLATORS = "DE translators"
ADMINISTRATORS = "Administrators"

# Organisation code (as used in EDITORIAL_SECTIONS) → its editors' group.
ORGANISATION_GROUPS = {"ucm": UCM_EDITORS, "awt": AWT_EDITORS}
# Target language → its translators' group.
TRANSLATOR_GROUPS = {"nl": NL_TRANSLATORS, "de": DE_TRANSLATORS}
ALL_GROUPS = [UCM_EDITORS, AWT_EDITORS, REVIEWERS, NL_TRANSLATORS, DE_TRANSLATORS, ADMINISTRATORS]

EDITOR_PAGE_PERMISSIONS = ["add", "change", "lock", "unlock"]
REVIEWER_PAGE_PERMISSIONS = ["change", "publish", "lock", "unlock"]
TRANSLATOR_PAGE_PERMISSIONS = ["change"]
ADMIN_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
# The groups Wagtail's migrations create; "Moderators" may publish every page.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def source_language():
    return settings.LANGUAGE_CODE


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


def restricted_models():
    """Snippet models only administrators manage (sponsors: contracts and money)."""
    return {apps.get_model(label) for label in getattr(settings, "EDITORIAL_ADMIN_ONLY_SNIPPETS", [])}


def editable_snippet_models():
    return [model for model in get_snippet_models() if model not in restricted_models()]


def translatable_snippet_models():
    return [model for model in editable_snippet_models() if issubclass(model, TranslatableMixin)]


def section_models():
    """EDITORIAL_SECTIONS with the models that exist in this installation: {model: [organisations]}."""
    resolved = {}
    for label, organisations in settings.EDITORIAL_SECTIONS.items():
        try:
            resolved[apps.get_model(label)] = list(organisations)
        except LookupError:
            continue  # that content app is not installed (yet)
    return resolved


def _sections_by_content_type():
    return {
        ContentType.objects.get_for_model(model).pk: organisations for model, organisations in section_models().items()
    }


def section_roots():
    """The French pages that start a section, with their organisations: [(page, [organisations])]."""
    by_type = _sections_by_content_type()
    pages = Page.objects.filter(locale__language_code=source_language(), content_type_id__in=by_type).order_by("path")
    roots = []
    for page in pages:
        # A section nested in the same section type (a content page under a content page) is not a new root.
        if roots and page.path.startswith(roots[-1][0].path) and roots[-1][0].content_type_id == page.content_type_id:
            continue
        roots.append((page, by_type[page.content_type_id]))
    return roots


def organisations_for_page(page):
    """The organisations whose editors may work on ``page`` (a French page), or None outside any section."""
    by_type = _sections_by_content_type()
    if page.content_type_id in by_type:
        return set(by_type[page.content_type_id])
    ancestors = page.get_ancestors().filter(content_type_id__in=by_type).order_by("-depth")
    nearest = ancestors.values_list("content_type_id", flat=True).first()
    return set(by_type[nearest]) if nearest else None


def organisations_for_new_page(parent, page_class):
    organisations = section_models().get(page_class)
    if organisations is not None:
        return set(organisations)
    return organisations_for_page(parent)


def user_organisations(user):
    names = set(user.groups.values_list("name", flat=True))
    return {code for code, group in ORGANISATION_GROUPS.items() if group in names}


def is_section_bound(user):
    """Editors are bound to their sections; reviewers, administrators and superusers are not."""
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return bool(names & set(ORGANISATION_GROUPS.values())) and not names & {REVIEWERS, ADMINISTRATORS}


def may_edit_in_section(user, organisations):
    """Whether an editor may touch a page of a section owned by ``organisations``."""
    if not is_section_bound(user) or organisations is None:
        return True
    return bool(organisations & user_organisations(user))


def may_restructure_pages(user):
    """Deleting and moving pages: administrators only.

    Wagtail lets whoever publishes a page delete it (and moving goes with deleting), so reviewers
    would have both; the hooks of editorial.wagtail_hooks refuse them to everyone else.
    """
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists()


def translator_languages(user):
    names = set(user.groups.values_list("name", flat=True))
    return [code for code, group in TRANSLATOR_GROUPS.items() if group in names]


def role_admin_language(user):
    """The admin language of ``user``'s role: a translator's target language; None for the other roles.

    Editors, reviewers and administrators work in the source language, French, the admin's default.
    """
    languages = translator_languages(user)
    return languages[0] if len(languages) == 1 else None


def give_admin_language(user, language=None):
    """Open the admin in ``language`` (default: the role's) for ``user``, unless they chose a language already.

    Returns True when the preference was set. A choice the user made in their account settings is kept.
    """
    language = language or role_admin_language(user)
    if not language:
        return False
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language:
        return False
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    return True


def give_admin_languages():
    """``give_admin_language`` for every translator without a language preference (``setup_site``)."""
    User = get_user_model()
    for user in User.objects.filter(groups__name__in=TRANSLATOR_GROUPS.values()).distinct():
        give_admin_language(user)


def snippet_languages(user):
    """Languages of the snippets ``user`` may edit; None for every language."""
    if user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    if names & {REVIEWERS, ADMINISTRATORS}:
        return None
    languages = set(translator_languages(user))
    if names & set(ORGANISATION_GROUPS.values()):
        languages.add(source_language())
    return languages


def may_create_snippet_in(user, language):
    """New snippets are French sources; the other languages come from wagtail-localize translations.

    Only the roles that are not bound to a language (reviewers, administrators) may create a
    snippet directly in another language.
    """
    return language == source_language() or snippet_languages(user) is None


def _model_permissions(models, actions):
    query = Q(pk__in=[])
    for model in models:
        content_type = ContentType.objects.get_for_model(model)
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        query |= Q(content_type=content_type, codename__in=codenames)
    return Permission.objects.filter(query)


def _report_permissions():
    """EDITORIAL_REPORT_PERMISSIONS of the apps installed here."""
    query = Q(pk__in=[])
    for label in getattr(settings, "EDITORIAL_REPORT_PERMISSIONS", []):
        app_label, codename = label.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def _section_permissions(organisation):
    """EDITORIAL_SECTION_PERMISSIONS of the sections ``organisation`` edits (a section's own data, such as the
    agenda's registrations, is for the editors of that section)."""
    query = Q(pk__in=[])
    declared = getattr(settings, "EDITORIAL_SECTION_PERMISSIONS", {})
    for model, organisations in section_models().items():
        if organisation not in organisations:
            continue
        for label in declared.get(model._meta.label, []):
            app_label, codename = label.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def _grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(action))


def _grant_collection(group, actions, models=("image", "document")):
    # A flushed database (live-server tests) has lost the root collection Wagtail migrations create.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    permissions = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs", "wagtailcore"],
        codename__in=[f"{action}_{name}" for action in actions for name in models],
    )
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def _homes():
    HomePage = apps.get_model("home", "HomePage")
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


def ensure_roles():
    """Create the editorial groups and their permissions; running it again changes nothing.

    Wagtail's own default groups are removed while nobody belongs to them, so that
    the roles below are the only ones an administrator sees.
    """
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ALL_GROUPS}
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for group in groups.values():
        group.permissions.add(access_admin)
    homes = _homes()
    root = Page.get_first_root_node()

    # Editors: French content of their sections, never publish.
    for code, name in ORGANISATION_GROUPS.items():
        group = groups[name]
        for page, organisations in section_roots():
            if code in organisations:
                _grant_pages(group, page, EDITOR_PAGE_PERMISSIONS)
        group.permissions.add(*_model_permissions(editable_snippet_models(), ["add", "change"]))
        group.permissions.add(*_report_permissions())
        group.permissions.add(*_section_permissions(code))
        _grant_collection(group, ["add", "change", "choose"])

    # Reviewers: every language, approve and publish.
    group = groups[REVIEWERS]
    _grant_pages(group, root, REVIEWER_PAGE_PERMISSIONS)
    group.permissions.add(*_model_permissions(editable_snippet_models(), ["add", "change", "publish"]))
    group.permissions.add(*_report_permissions())
    _grant_collection(group, ["add", "change", "choose"])

    # Translators: their language's tree and the translatable snippets, no new source, no publishing.
    for code, name in TRANSLATOR_GROUPS.items():
        group = groups[name]
        if code in homes:
            _grant_pages(group, homes[code], TRANSLATOR_PAGE_PERMISSIONS)
        group.permissions.add(*_model_permissions(translatable_snippet_models(), ["change"]))
        # The glossary's renderings are the translators' to keep (editorial.glossary).
        group.permissions.add(*_model_permissions([apps.get_model("editorial", "GlossaryTerm")], ["add", "change"]))
        _grant_collection(group, ["choose"])

    # Administrators: everything.
    group = groups[ADMINISTRATORS]
    group.permissions.add(*Permission.objects.all())
    _grant_pages(group, root, ADMIN_PAGE_PERMISSIONS)
    _grant_collection(group, ["add", "change", "delete", "choose"])
    _grant_collection(group, ["add", "change", "delete"], models=("collection",))  # Wagtail asks it per collection
    return groups


def locales_by_code():
    return {locale.language_code: locale for locale in Locale.objects.all()}
