"""A real OpenLDAP server (Debian's slapd) for the directory sign-in tests.

Started once per test session on a free loopback port with a temporary database, loaded with
two people and three groups, stopped at the end. Without slapd (or without django-auth-ldap)
the LDAP tests are skipped with a message, except in CI (``CI`` set), where they fail.
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

SLAPD = "/usr/sbin/slapd"
SCHEMA_DIR = Path("/etc/ldap/schema")
MODULE_DIR = Path("/usr/lib/ldap")
SUFFIX = "dc=nantesmetropole,dc=test"
ROOT_DN = f"cn=admin,{SUFFIX}"
ROOT_PASSWORD = "annuaire-racine-test"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"

MOBILITES_DN = f"cn=ess-mobilites,{GROUPS}"
COORDINATION_DN = f"cn=ess-coordination,{GROUPS}"
STAFF_DN = f"cn=agents,{GROUPS}"

# Directory group DN → role group name, written the way an administrator would (other case).
GROUP_MAPPING = {
    MOBILITES_DN.upper(): ["Rédacteurs — Direction des Mobilités"],
    COORDINATION_DN: ["Coordination ESS"],
    STAFF_DN: ["Lecteurs"],
}

USERS = {
    "camille.martin": SimpleNamespace(
        password="Camille-annuaire-1",
        first_name="Camille",
        last_name="Martin",
        email="camille.martin@nantesmetropole.test",
        groups=[MOBILITES_DN, STAFF_DN],
    ),
    "yann.le-goff": SimpleNamespace(
        password="Yann-annuaire-2",
        first_name="Yann",
        last_name="Le Goff",
        email="yann.le-goff@nantesmetropole.test",
        groups=[COORDINATION_DN, STAFF_DN],
    ),
}


def missing(reason):
    """Skip with ``reason``, or fail when running in CI, where everything must be installed."""
    message = f"{reason} (install it with `make directory-deps install-test`)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def entries_ldif():
    blocks = [
        f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\n"
        "dc: nantesmetropole\no: Nantes Metropole (test)",
        f"dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: people",
        f"dn: {GROUPS}\nobjectClass: organizationalUnit\nou: groups",
    ]
    for uid, person in USERS.items():
        blocks.append(
            f"dn: uid={uid},{PEOPLE}\nobjectClass: inetOrgPerson\nuid: {uid}\n"
            f"cn: {person.first_name} {person.last_name}\ngivenName: {person.first_name}\n"
            f"sn: {person.last_name}\nmail: {person.email}\nuserPassword: {person.password}"
        )
    for group_dn in (MOBILITES_DN, COORDINATION_DN, STAFF_DN):
        members = [f"uid={uid},{PEOPLE}" for uid, p in USERS.items() if group_dn in p.groups]
        cn = group_dn.split(",")[0].removeprefix("cn=")
        blocks.append(
            f"dn: {group_dn}\nobjectClass: groupOfNames\ncn: {cn}\n"
            + "\n".join(f"member: {member}" for member in members)
        )
    return "\n\n".join(blocks) + "\n"


def slapd_conf(workdir):
    includes = "\n".join(
        f"include {SCHEMA_DIR / name}.schema" for name in ("core", "cosine", "inetorgperson")
    )
    return f"""{includes}
pidfile {workdir / "slapd.pid"}
argsfile {workdir / "slapd.args"}
modulepath {MODULE_DIR}
moduleload back_mdb
database mdb
maxsize 10485760
suffix "{SUFFIX}"
rootdn "{ROOT_DN}"
rootpw {ROOT_PASSWORD}
directory {workdir / "data"}
"""


@pytest.fixture(scope="session")
def ldap_server(tmp_path_factory):
    """A running slapd: ``uri``, the root DN and password, the test users and group DNs."""
    if not os.path.exists(SLAPD) or not shutil.which("ldapsearch"):
        missing("OpenLDAP's slapd and ldap-utils are not installed")
    try:
        import django_auth_ldap  # noqa: F401
    except ImportError:
        missing("django-auth-ldap (the `ldap` extra) is not installed")

    workdir = tmp_path_factory.mktemp("slapd")
    (workdir / "data").mkdir()
    conf = workdir / "slapd.conf"
    conf.write_text(slapd_conf(workdir))
    uri = f"ldap://127.0.0.1:{free_port()}/"
    log = (workdir / "slapd.log").open("w")
    process = subprocess.Popen(
        [SLAPD, "-h", uri, "-f", str(conf), "-d", "0"], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        ping = ["ldapsearch", "-x", "-H", uri, "-b", "", "-s", "base", "-LLL", "-o", "nettimeout=1"]
        for _ in range(100):
            if process.poll() is not None:
                pytest.fail(f"slapd exited: {(workdir / 'slapd.log').read_text()}")
            if subprocess.run(ping, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            pytest.fail("slapd did not answer within 10 seconds")
        subprocess.run(
            ["ldapadd", "-x", "-H", uri, "-D", ROOT_DN, "-w", ROOT_PASSWORD],
            input=entries_ldif(),
            text=True,
            capture_output=True,
            check=True,
        )
        yield SimpleNamespace(uri=uri, root_dn=ROOT_DN, root_password=ROOT_PASSWORD)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def directory_environ(uri, **overrides):
    """The environment a deployment against this directory would set (see the README)."""
    environ = {
        "LDAP_SERVER_URI": uri,
        "LDAP_BIND_DN": ROOT_DN,
        "LDAP_BIND_PASSWORD": ROOT_PASSWORD,
        "LDAP_USER_SEARCH_BASE": PEOPLE,
        "LDAP_USER_ATTRIBUTE": "uid",
        "LDAP_GROUP_SEARCH_BASE": GROUPS,
        "LDAP_GROUP_TYPE": "group_of_names",
        "LDAP_TIMEOUT": "3",
    }
    environ.update(overrides)
    return environ


def configure_directory(settings, uri):
    """Apply intranet.settings.auth's configuration for ``uri`` through pytest-django."""
    from intranet.settings.auth import LDAP_BACKEND, MODEL_BACKEND, ldap_settings

    for name, value in ldap_settings(directory_environ(uri)).items():
        setattr(settings, name, value)
    settings.AUTHENTICATION_BACKENDS = [LDAP_BACKEND, MODEL_BACKEND]
    settings.DIRECTORY_GROUP_MAPPING = GROUP_MAPPING


@pytest.fixture
def directory(ldap_server, settings, db):
    """The intranet signing in against the test directory, with the role groups created."""
    from django.contrib.auth.models import Group

    configure_directory(settings, ldap_server.uri)
    for names in GROUP_MAPPING.values():
        for name in names:
            Group.objects.get_or_create(name=name)
    return ldap_server
