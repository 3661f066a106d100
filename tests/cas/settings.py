"""Django settings of the real CAS server the CAS tests run (django-cas-server 3.1.0, tests/cas/README.md).

One server per case, each with its own sqlite database (CAS_TEST_DB), its own mount points
(CAS_TEST_LOGIN, CAS_TEST_VALIDATION, read by urls.py) and its own loopback address. Nothing here may
reach the network: the login page's stylesheets and scripts are empty data: URLs, and the check for a
newer django-cas-server release on PyPI is off.
"""
import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
SECRET_KEY = "throwaway-key-of-a-test-server"
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "cas_server",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ.get("CAS_TEST_DB", "")}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
# English messages: the tests read the refusal ("Service … not allowed") from the page.
LANGUAGE_CODE = "en"
USE_TZ = True
STATIC_URL = "/static/"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LOGGING = {"version": 1, "disable_existing_loggers": False}

_EMPTY_CSS = "data:text/css,"
_EMPTY_JS = "data:text/javascript,"
CAS_COMPONENT_URLS = {
    "bootstrap3_css": _EMPTY_CSS,
    "bootstrap3_js": _EMPTY_JS,
    "html5shiv": _EMPTY_JS,
    "respond": _EMPTY_JS,
    "bootstrap4_css": _EMPTY_CSS,
    "bootstrap4_js": _EMPTY_JS,
    "jquery": _EMPTY_JS,
}
CAS_NEW_VERSION_HTML_WARNING = False
CAS_NEW_VERSION_EMAIL_WARNING = False
CAS_AUTH_CLASS = "cas_server.auth.DjangoAuthUser"
# A ticket lives 60 s by default; a slow shared machine must not fail a round trip on it.
CAS_TICKET_VALIDITY = 300
