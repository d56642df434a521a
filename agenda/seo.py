"""A seminar's schema.org ``Event`` (JSON-LD), written in its page's ``<head>`` by ``{% page_ld page %}``."""

from agenda.choices import Status
from core.seo import absolute, description_of, image_of, iso, organization

EVENT_STATUS = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.CANCELLED: "https://schema.org/EventCancelled",
    Status.POSTPONED: "https://schema.org/EventPostponed",
}


def availability(page):
    """``SoldOut`` when no seat is left, else ``InStock`` (also when seats are not counted)."""
    seats_left = getattr(page, "seats_left", None)
    if seats_left is not None and seats_left <= 0:
        return "https://schema.org/SoldOut"
    return "https://schema.org/InStock"


def event(page, request=None):
    """A seminar as a schema.org ``Event``: a ``Place`` with its postal address, or a ``VirtualLocation``
    for an online session (both when a session at a venue is also streamed)."""
    url = absolute(page.get_full_url(request), request)
    venue = page.localized_venue
    locations = []
    if venue is not None:
        place = {
            "@type": "Place",
            "name": venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": venue.address,
                "postalCode": venue.postcode,
                "addressLocality": venue.city,
                "addressCountry": "BE",
            },
        }
        if venue.latitude is not None and venue.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
        locations.append(place)
    if page.online_link:
        locations.append({"@type": "VirtualLocation", "url": page.online_link})
    if venue is not None and page.online_link:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif venue is not None:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    else:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": description_of(page),
        "url": url,
        "startDate": iso(page.start),
        "endDate": iso(page.end),
        "eventStatus": EVENT_STATUS.get(page.status, EVENT_STATUS[Status.SCHEDULED]),
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "inLanguage": page.spoken_language,
        "image": image_of(page, request)[0],
        "organizer": organization(request),
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "availability": availability(page),
            "url": url,
        },
    }
    if page.registration_deadline:
        data["offers"]["validThrough"] = iso(page.registration_deadline)
    speakers = list(page.speakers.all())
    if speakers:
        data["performer"] = [{"@type": "Person", "name": speaker.name} for speaker in speakers]
    return data
