"""manage.py import_guides FILE.jsonl [--publish] [--dry-run]: see docs/import.md."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from guides.importer import GuideError, GuideImporter


class Command(BaseCommand):
    help = (
        "Import practical guides from a JSON lines file (one guide per line, French with its Dutch and "
        "German translations). Updates guides found by slug; see docs/import.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON lines file (UTF-8).")
        parser.add_argument("--publish", action="store_true", help="Publish the guides (default: drafts).")
        parser.add_argument("--dry-run", action="store_true", help="Check every guide and write nothing.")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="Language of the report (default: %(default)s).",
        )

    def handle(self, *args, file, publish, dry_run, language, **options):
        with translation.override(language):
            self.import_file(file, publish, dry_run)

    def import_file(self, path, publish, dry_run):
        try:
            with open(path, encoding="utf-8") as handle:
                lines = handle.read().splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(_("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}) from error
        try:
            importer = GuideImporter(publish=publish, dry_run=dry_run)
        except GuideError as error:
            raise CommandError(str(error)) from error

        labels = {
            "created": _("created"),
            "updated": _("updated"),
            "unchanged": _("unchanged"),
        }

        def on_result(line, slug, status, message):
            if status == "failed":
                self.stderr.write(_("line %(line)d %(slug)s: failed: %(message)s") % locals())
            else:
                self.stdout.write(_("line %(line)d %(slug)s: %(status)s") % {**locals(), "status": labels[status]})

        report = importer.run(lines, on_result=on_result)
        summary = report.summary()
        if dry_run:
            summary = _("Dry run, nothing written: %(summary)s") % {"summary": summary}
        if report.failed:
            self.stdout.write(summary)
            raise CommandError(
                _("%(count)d guide(s) failed, on line(s) %(lines)s")
                % {"count": len(report.failed), "lines": ", ".join(str(line) for line, *_rest in report.failed)}
            )
        self.stdout.write(self.style.SUCCESS(summary))
