"""Which addresses the server may send webhooks to (no request forgery towards internal services).

A webhook URL is given by an administrator, but the request leaves from the
server, inside its network: without a check, ``http://169.254.169.254/`` (cloud
metadata), ``http://127.0.0.1:6379/`` or an intranet host could be reached and
probed through the delivery log. Only ``http`` and ``https`` URLs whose host
resolves to public addresses are accepted, unless
``WEBHOOK_ALLOW_PRIVATE_ADDRESSES`` is set (receivers inside the same network).

The rule is checked twice: when the endpoint is saved (``url_problem``, a form
error), and on every connection (``open_checked``), against the address the
socket actually reached — a host that resolved to a public address when it was
saved may resolve to a private one later (DNS rebinding). Redirects are not
followed: urllib would repeat a POST as a GET without its body, and a redirect
could lead anywhere.
"""

import http.client
import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils.translation import gettext as _

SCHEMES = ("http", "https")


class ForbiddenAddress(OSError):
    """The host resolved to (or the socket reached) an address webhooks may not go to."""


def is_public(address):
    """A globally routable unicast address (IPv4-mapped IPv6 addresses are judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def address_allowed(address):
    return settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES or is_public(address)


def resolve(host, port):
    """Every address ``host`` resolves to (IP literals included)."""
    return {info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}


def url_problem(url):
    """Why webhooks may not be sent to ``url`` (a translated message), or None."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return _("Only http:// and https:// addresses are accepted.")
    try:
        host, port = parts.hostname, parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return _("This address has an invalid port.")
    if not host:
        return _("This address has no host name.")
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError):
        return _("The host name %(host)s could not be found.") % {"host": host}
    refused = sorted(address for address in addresses if not address_allowed(address))
    if refused:
        return _(
            "%(host)s leads to a private, local or reserved network address (%(address)s): "
            "webhooks are only sent to public addresses."
        ) % {"host": host, "address": refused[0]}
    return None


def _checked_create_connection(address, *args, **kwargs):
    """socket.create_connection, then refuse the peer it reached if it is not allowed."""
    sock = socket.create_connection(address, *args, **kwargs)
    peer = sock.getpeername()[0]
    if not address_allowed(peer):
        sock.close()
        raise ForbiddenAddress(
            _("%(host)s leads to a private, local or reserved network address (%(address)s): not sent.")
            % {"host": address[0], "address": peer}
        )
    return sock


class _CheckedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _checked_create_connection


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _checked_create_connection  # checked before the TLS handshake


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_CheckedHTTPConnection, req)


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_CheckedHTTPSConnection, req, context=self._context)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # the 3xx is then raised as an HTTPError: a failed attempt


def open_checked(request, timeout):
    """urlopen for webhooks: http(s) only, no proxy, no redirects, every connection's peer checked."""
    if urllib.parse.urlsplit(request.full_url).scheme.lower() not in SCHEMES:
        raise ForbiddenAddress(_("Only http:// and https:// addresses are accepted."))
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler({}),
        _CheckedHTTPHandler(),
        _CheckedHTTPSHandler(),
        _NoRedirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener.open(request, timeout=timeout)
