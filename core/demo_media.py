"""Media the demo builders generate in code: pictures drawn with Pillow, stored as Wagtail images."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model


def generated_image(title, text, colour, size=(480, 160), font_size=44, subtitle=""):
    """A PNG of ``size`` with ``text`` (and a smaller ``subtitle``) centred on ``colour``, found again by title."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    width, height = size
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    draw.text((width // 2, height // 2), text, fill="white", font=ImageFont.load_default(size=font_size), anchor="mm")
    if subtitle:
        font = ImageFont.load_default(size=font_size // 2)
        draw.text((width // 2, height // 2 + font_size), subtitle, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())
    image = Image(title=title, file=ContentFile(buffer.getvalue(), name=f"{slug}.png"))
    image._set_image_file_metadata()
    image.save()
    return image
