"""Who sees which reports in the inbox, and who is told of a new one.

- administrators (and reviewers, who answer for every section and language) see every report;
- editors see the reports on the pages of their organisation's sections, in every language
  (a page's section is that of its French source, ``editorial.roles``);
- translators see the reports their language's visitors flagged as being about the translation.

A new report is e-mailed to the editors of the page's section, or, when it is about the
translation, to the translators of its language; with nobody there, to the administrators.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies import BasePermissionPolicy

from editorial.roles import (
    ADMINISTRATORS,
    ORGANISATION_GROUPS,
    REVIEWERS,
    TRANSLATOR_GROUPS,
    organisations_for_page,
    section_roots,
    source_language,
    translator_languages,
    user_organisations,
)
from feedback.models import Report

INBOX_GROUPS = {ADMINISTRATORS, REVIEWERS, *ORGANISATION_GROUPS.values(), *TRANSLATOR_GROUPS.values()}


def _group_names(user):
    return set(user.groups.values_list("name", flat=True))


def sees_every_report(user):
    return user.is_active and (user.is_superuser or bool(_group_names(user) & {ADMINISTRATORS, REVIEWERS}))


def may_use_inbox(user):
    return user.is_active and (user.is_superuser or bool(_group_names(user) & INBOX_GROUPS))


def section_source_pages(organisations):
    """The French pages in the sections of ``organisations`` (a page belongs to its nearest section root)."""
    roots = section_roots()
    query = Q(pk__in=[])
    for root, owners in roots:
        if not set(owners) & organisations:
            continue
        inside = Q(path__startswith=root.path)
        for other, other_owners in roots:
            if other.depth > root.depth and other.path.startswith(root.path) and not set(other_owners) & organisations:
                inside &= ~Q(path__startswith=other.path)
        query |= inside
    return Page.objects.filter(query, locale__language_code=source_language())


def visible_reports(user):
    """The reports ``user`` may see and handle."""
    reports = Report.objects.all()
    if sees_every_report(user):
        return reports
    if not user.is_active:
        return reports.none()
    query = Q(pk__in=[])
    languages = translator_languages(user)
    if languages:
        query |= Q(is_translation=True, locale__language_code__in=languages)
    organisations = user_organisations(user)
    if organisations:
        keys = section_source_pages(organisations).values("translation_key")
        query |= Q(page__translation_key__in=keys)
    return reports.filter(query)


class ReportPermissionPolicy(BasePermissionPolicy):
    """The inbox: viewing and changing a report's status for the roles above; reports are never added by hand."""

    def user_has_permission(self, user, action):
        if action in ("view", "change"):
            return may_use_inbox(user)
        if action == "delete":
            return user.is_active and (user.is_superuser or ADMINISTRATORS in _group_names(user))
        return False

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and visible_reports(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return visible_reports(user)
        return Report.objects.none()

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if set(actions) & {"view", "change"}:
            return users.filter(Q(is_superuser=True) | Q(groups__name__in=INBOX_GROUPS)).distinct()
        if "delete" in actions:
            return users.filter(Q(is_superuser=True) | Q(groups__name=ADMINISTRATORS)).distinct()
        return users.none()


def source_page(page):
    """The French source of ``page`` (itself when it is one), or None."""
    if page.locale.language_code == source_language():
        return page
    return Page.objects.filter(translation_key=page.translation_key, locale__language_code=source_language()).first()


def recipients(report):
    """The users told of a new report: active, with an e-mail address."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    if report.is_translation:
        group = TRANSLATOR_GROUPS.get(report.locale.language_code)
        chosen = users.filter(groups__name=group) if group else users.none()
    else:
        source = source_page(report.page) if report.page else None
        organisations = organisations_for_page(source) if source else None
        groups = [ORGANISATION_GROUPS[code] for code in organisations or () if code in ORGANISATION_GROUPS]
        chosen = users.filter(groups__name__in=groups)
    if not chosen.exists():
        chosen = users.filter(groups__name=ADMINISTRATORS)
    return list(chosen.distinct().order_by("pk"))
