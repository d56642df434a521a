"""Canaries for upstream bugs fixed in an unreleased version (docs/upgrading.md, "Fixed upstream, waiting…").

Each test asserts the bug is still in the installed release. When an upgrade brings the fix, the test
fails: follow the row's last column in docs/upgrading.md, then delete the row and the test.
"""

from wagtail_localize.views.report import TranslationsReportView


def test_the_translations_report_still_pages_an_unordered_queryset():
    """wagtail/wagtail-localize#948 orders the report's translations; 1.14.5 does not."""
    assert not TranslationsReportView().get_queryset().ordered
