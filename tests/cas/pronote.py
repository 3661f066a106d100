"""A stand-in for a PRONOTE.net server whose CAS delegation is on, for the CAS tests (tests/cas/README.md).

It is configured only with what the hosting console's "Définir une délégation CAS" window holds, as the
widget shows it (`data-console-field`): the "URL d'authentification", the "URL de validation" and the
"URL à communiquer au socle ENT" (its root followed by `**`). It then behaves as PRONOTE does with them:

- a visitor without a session opening one of its pages is sent to the "URL d'authentification" with
  `service` = the page asked for, written from the configured root (not from the host the browser asked
  for), in PRONOTE's loose encoding;
- a returned `ticket` is validated at the "URL de validation" with that same service (SAML 1.1: a POST
  with `TARGET`; CAS 2 or 3 when the address ends in `serviceValidate`), and the page is then served.

Assumptions, each with its source (shared DOMAIN.md of the project names them):
1. The service is `<configured root><page>[?query]`, the root as configured whatever case the browser
   used for the host: a captured PRONOTE redirect reads `service=https:%2F%2F0310047H.index-education.net…`
   with the UAI in upper case (observed PRONOTE redirects; pronote-api#90, pronotepy#236).
2. Loose encoding: `:` and `=` are left raw, `/`, `?` and `&` are percent-encoded
   (`…%2Fpronote%2Fmobile.eleve.html%3Ffd=1`, pronote-api#90, pronotepy#236). How `&` is written was not
   seen: it is encoded here, as a raw one would end the `service` value.
3. `service=` is appended with `&` when the login address already has a query (CAS protocol 3.0, and the
   Kosmos `selection=` / NetO'Centre `idpId=` logins PRONOTE is configured with).
4. SAML 1.1 validation: `POST <validation>?TARGET=<service, encoded>` with a SOAP `samlp:Request` carrying
   the ticket as `AssertionArtifact` (CAS protocol 3.0 specification, SAML 1.1 section); `TARGET` must
   equal the service given to the login (ibid.). The console's default validation is `<base>/samlValidate`
   (console modules; Atrium help page).
5. The pages: the root (Page commune) and the space pages of the seed's console table ("Adresses de
   connexion des internautes", PRONOTE 2022) with their mobile pages, plus `inscription.html` (console
   modules). Any other page is a 404.
6. The root written without its last slash is redirected to the root (observed PRONOTE redirects).
7. No cookie session: PRONOTE.net keeps its session in the page (the session-bound `identifiant=`
   parameter), so every page opened afresh goes through the CAS again; the CAS's own session (its
   ticket-granting cookie) is what makes that round trip silent after the first login.
8. Query parameters other than `ticket` (`fd=1`, `login=true`) are kept in the service as written.

Usage: python pronote.py '<json>' with bind, port, cert, key, cafile, authentication, validation, entUrl
and resolve ({CAS host: loopback address}: the CAS hosts are reached there, with their real name for TLS
and Host, as a browser mapped by --host-resolver-rules would).
"""
import html
import http.client
import json
import socket
import ssl
import sys
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, urlsplit

SPACES = ["direction", "professeur", "viescolaire", "parent", "accompagnant", "eleve"]
PAGES = {"", "mobile.html", "entreprise.html", "academie.html", "etablissement.html", "inscription.html"}
PAGES |= {f"{space}.html" for space in SPACES} | {f"mobile.{space}.html" for space in SPACES}

SAML_REQUEST = (
    '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header/>'
    '<SOAP-ENV:Body><samlp:Request xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol" MajorVersion="1" '
    'MinorVersion="1" RequestID="_pronote-stand-in" IssueInstant="2026-01-01T00:00:00Z">'
    "<samlp:AssertionArtifact>{ticket}</samlp:AssertionArtifact></samlp:Request></SOAP-ENV:Body>"
    "</SOAP-ENV:Envelope>"
)
SAML = {"samlp": "urn:oasis:names:tc:SAML:1.0:protocol", "saml": "urn:oasis:names:tc:SAML:1.0:assertion"}
CAS = {"cas": "http://www.yale.edu/tp/cas"}


def loose(service):
    """PRONOTE's encoding of its service (assumption 2)."""
    return quote(service, safe=":=")


class Config:
    """The console's fields, and where the CAS hosts are."""

    def __init__(self, raw):
        ent_url = raw["entUrl"]
        if not ent_url.endswith("**"):
            raise SystemExit(f"pronote.py: the URL à communiquer au socle ENT ends in **: {ent_url!r}")
        self.root = ent_url[:-2]
        root = urlsplit(self.root)
        self.host, self.root_path = root.hostname, root.path
        self.authentication = raw["authentication"]
        self.validation = raw["validation"]
        self.resolve = raw["resolve"]
        self.tls = ssl.create_default_context(cafile=raw["cafile"])


class Handler(BaseHTTPRequestHandler):
    """One PRONOTE.net: its pages under the configured root, behind the CAS delegation."""

    config = None
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        config = self.config
        path, _, query = self.path.partition("?")
        if path + "/" == config.root_path:
            return self.send(301, "", {"Location": config.root})  # assumption 6
        if not path.startswith(config.root_path) or path[len(config.root_path):] not in PAGES:
            return self.send(404, "<p>Page inconnue</p>")
        page = path[len(config.root_path):]
        params = [part for part in query.split("&") if part]
        tickets = [part[len("ticket="):] for part in params if part.startswith("ticket=")]
        kept = "&".join(part for part in params if not part.startswith("ticket="))
        service = config.root + page + ("?" + kept if kept else "")
        if not tickets:
            joiner = "&" if "?" in config.authentication else "?"
            return self.send(302, "", {"Location": f"{config.authentication}{joiner}service={loose(service)}"})
        user, failure = validate(config, service, tickets[-1])
        if user is None:
            return self.send(403, f'<p data-pronote="refused">{html.escape(failure)}</p>')
        body = (
            f'<h1 data-pronote="connected">PRONOTE</h1><p>Page <span data-page>{html.escape(page)}</span>, '
            f"<span data-user>{html.escape(user)}</span>, service <span data-service>{html.escape(service)}</span></p>"
        )
        self.send(200, body)

    def send(self, status, body, headers=None):
        data = f"<!doctype html><meta charset=utf-8><title>PRONOTE</title>{body}".encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        sys.stderr.write("pronote %s %s\n" % (self.address_string(), format % args))


def validate(config, service, ticket):
    """Asks the "URL de validation" whether `ticket` was given for `service`: (user, None) or (None, why)."""
    url = urlsplit(config.validation)
    saml = url.path.endswith("/samlValidate")
    if saml:
        target = f"{url.path}?TARGET={quote(service, safe='')}"
        status, body = call(config, url, "POST", target, SAML_REQUEST.format(ticket=ticket), "text/xml")
    else:
        target = f"{url.path}?service={quote(service, safe='')}&ticket={quote(ticket, safe='')}"
        status, body = call(config, url, "GET", target, None, None)
    if status != 200:
        return None, f"validation answered HTTP {status}"
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        return None, f"validation answered no XML: {error}"
    if saml:
        code = root.find(".//samlp:StatusCode", SAML)
        name = root.find(".//saml:NameIdentifier", SAML)
        if code is None or not code.get("Value", "").endswith("Success") or name is None:
            message = root.find(".//samlp:StatusMessage", SAML)
            return None, "SAML: " + (message.text if message is not None else (code.get("Value") if code is not None else "?"))
        return name.text, None
    user = root.find(".//cas:authenticationSuccess/cas:user", CAS)
    if user is None:
        failure = root.find(".//cas:authenticationFailure", CAS)
        return None, "CAS: " + ((failure.get("code", "") + " " + (failure.text or "").strip()) if failure is not None else "?")
    return user.text, None


def call(config, url, method, target, body, content_type):
    """One request to a CAS host, at its loopback address, with its real name for TLS and Host."""
    address = config.resolve.get(url.hostname)
    if address is None:
        return 0, f"{url.hostname} is not a test host"
    sock = socket.create_connection((address, url.port or 443), timeout=20)
    connection = http.client.HTTPSConnection(url.hostname, url.port or 443, context=config.tls, timeout=20)
    connection.sock = config.tls.wrap_socket(sock, server_hostname=url.hostname)
    headers = {"Content-Type": content_type} if content_type else {}
    try:
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def main():
    raw = json.loads(sys.argv[1])
    Handler.config = Config(raw)
    server = ThreadingHTTPServer((raw["bind"], raw["port"]), Handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(raw["cert"], raw["key"])
    # The handshake waits for the request's own thread: a client that connects and stalls blocks no other.
    server.socket = tls.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    print(f"pronote: {Handler.config.root} on {raw['bind']}:{raw['port']}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
