"""Each role's account opens the admin in its language: the demo accounts, and any account added to a
translators' group, unless its owner chose another language."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.users.models import UserProfile

from editorial import roles

pytestmark = pytest.mark.django_db


def admin_language(client, user):
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    return html.split('<html lang="', 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(
    ("username", "language"),
    [("translator-nl", "nl"), ("translator-de", "de"), ("editor-awt", "fr"), ("reviewer", "fr")],
)
def test_each_demo_account_opens_the_admin_in_its_language(client, demo_content, username, language):
    user = get_user_model().objects.get(username=username)
    assert UserProfile.get_for_user(user).preferred_language == language
    # The browser asks for another language: the account's preference wins.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    assert admin_language(client, user) == language


@pytest.mark.parametrize("language", ["nl", "de"])
def test_a_new_translator_gets_the_admin_in_their_language(client, site, language):
    call_command("setup_site", stdout=io.StringIO())
    user = get_user_model().objects.create_user("nieuw", "nieuw@example.be", "pw")
    user.groups.add(Group.objects.get(name=roles.TRANSLATOR_GROUPS[language]))
    assert UserProfile.get_for_user(user).preferred_language == language
    assert admin_language(client, user) == language


def test_a_translator_added_from_the_group_side_gets_it_too(site):
    call_command("setup_site", stdout=io.StringIO())
    user = get_user_model().objects.create_user("neu", "neu@example.be", "pw")
    Group.objects.get(name=roles.DE_TRANSLATORS).user_set.add(user)
    assert UserProfile.get_for_user(user).preferred_language == "de"


@pytest.mark.parametrize("chosen", ["fr", "de"])
def test_a_language_the_user_chose_is_kept(site, chosen):
    call_command("setup_site", stdout=io.StringIO())
    user = get_user_model().objects.create_user("noor", "noor@example.be", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = chosen
    profile.save()
    user.groups.add(Group.objects.get(name=roles.NL_TRANSLATORS))
    call_command("setup_site", stdout=io.StringIO())
    assert UserProfile.get_for_user(user).preferred_language == chosen


def test_setup_site_gives_existing_translators_their_language(site):
    call_command("setup_site", stdout=io.StringIO())
    user = get_user_model().objects.create_user("oud", "oud@example.be", "pw")
    # Added before the rule existed: a row written straight into the membership table, no signal.
    user.groups.through.objects.create(user=user, group=Group.objects.get(name=roles.NL_TRANSLATORS))
    assert UserProfile.get_for_user(user).preferred_language == ""
    call_command("setup_site", stdout=io.StringIO())
    assert UserProfile.get_for_user(user).preferred_language == "nl"


def test_editors_keep_no_forced_language(site):
    call_command("setup_site", stdout=io.StringIO())
    user = get_user_model().objects.create_user("ed", "ed@example.be", "pw")
    user.groups.add(Group.objects.get(name=roles.AWT_EDITORS))
    assert UserProfile.get_for_user(user).preferred_language == ""
