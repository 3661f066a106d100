"""The CAS mounted where the widget says it is: its login at the "URL d'authentification" (CAS_TEST_LOGIN,
a path ending in /login) and a validation view at the "URL de validation" (CAS_TEST_VALIDATION), which
may lie under another prefix (Toutatice's CASShib: login under /casshib/shib/toutatice/, validation under
/casshib/shib/666666/). The validation path's last segments pick the protocol: samlValidate (SAML 1.1),
serviceValidate (CAS 2) or p3/serviceValidate (CAS 3)."""
import os
import re

from django.urls import include, re_path

from cas_server import views

LOGIN = os.environ["CAS_TEST_LOGIN"]
VALIDATION = os.environ["CAS_TEST_VALIDATION"]

if not LOGIN.startswith("/") or not LOGIN.endswith("/login"):
    raise SystemExit(f"CAS_TEST_LOGIN must be a path ending in /login: {LOGIN!r}")

VALIDATORS = {
    "p3/serviceValidate": views.ValidateService.as_view(allow_proxy_ticket=False),
    "serviceValidate": views.ValidateService.as_view(allow_proxy_ticket=False),
    "samlValidate": views.SamlValidate.as_view(),
}
validator = next((view for suffix, view in VALIDATORS.items() if VALIDATION.endswith("/" + suffix)), None)
if validator is None:
    raise SystemExit(f"CAS_TEST_VALIDATION must end in samlValidate or (p3/)serviceValidate: {VALIDATION!r}")

urlpatterns = [
    # The validation first: it may lie under the login's prefix, where include() would also answer.
    re_path("^" + re.escape(VALIDATION.lstrip("/")) + "$", validator),
    re_path("^" + re.escape(LOGIN.lstrip("/")[: -len("login")]), include("cas_server.urls", namespace="cas_server")),
]
