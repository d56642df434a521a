"""Acting in the Wagtail admin as a given user, the way the user's browser would."""

from django.urls import reverse
from wagtail import blocks
from wagtail.blocks.base import BlockField
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import Translation


def _block_data(block, state):
    """What the StreamField editor posts for ``block`` holding ``state`` (its ``get_form_state``)."""
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        stream = isinstance(block, blocks.StreamBlock)  # a stream's items name their block, a list's share one
        items = {
            str(index): {
                **({"type": item["type"]} if stream else {}),
                "value": _block_data(block.child_blocks[item["type"]] if stream else block.child_block, item["value"]),
                "deleted": "",
                "order": str(index),
                "id": item.get("id") or "",
            }
            for index, item in enumerate(state)
        }
        return {"count": str(len(state)), **items}
    if isinstance(block, blocks.StructBlock):
        return {name: _block_data(child, state.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.BooleanBlock):
        return "on" if state else ""
    if isinstance(state, dict):  # choosers
        return str(state.get("id", ""))
    return "" if state is None else state


def edit_form_data(page, user, **changes):
    """The POST data of the page's edit form, filled with its current values, StreamFields included."""
    page = page.specific
    form = page.get_edit_handler().get_form_class()(instance=page, for_user=user, parent_page=page.get_parent())
    data = {}
    for name, field in form.fields.items():
        if isinstance(field, BlockField):
            state = field.block.get_form_state(getattr(page, name))
            data.update(nested_form_data({name: _block_data(field.block, state)}))
            continue
        value = form[name].value()
        if value is None or value is False:
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = str(value)
    for prefix in form.formsets:
        data.update(nested_form_data({prefix: inline_formset([])}))
    data.update(changes)
    return data


def child_model(parent):
    """A page type that may be created under ``parent`` (None when the page takes no children)."""
    models = [model for model in parent.specific_class.creatable_subpage_models() if model.can_create_at(parent)]
    return models[0] if models else None


def add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def translation_of(page):
    return Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id).first()


def fresh(page):
    return Page.objects.get(pk=page.pk).specific
