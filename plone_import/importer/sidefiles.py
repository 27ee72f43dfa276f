"""The side files of an export: translations, default pages, relations, local roles,
members and groups, redirects.

Read before the items (they steer how items are imported) or applied after them (redirects and
permissions need the imported pages). Each function takes the running ``Importer``. The shapes
are those collective.exportimport's ``export_other.py`` writes (``ExportTranslations``,
``ExportRelations``, ``ExportLocalRoles``, ``ExportDefaultPages``, ``ExportOrdering``,
``ExportMembers``, ``export_plone_redirects``).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page

ROLE_PERMISSIONS = {"Contributor": "add_page", "Editor": "change_page", "Reviewer": "publish_page"}
IGNORED_PRINCIPALS = {"AuthenticatedUsers", "Anonymous"}
# Placeholders collective.exportimport writes instead of the site root's UID.
PORTAL_PLACEHOLDER = "<Portal>"  # local roles
SITE_ROOT_PLACEHOLDER = "plone_site_root"  # default pages
# Archetypes relationship names → the Dexterity field (as ImportRelations maps them).
RELATIONSHIP_ALIASES = {"relatesTo": "relatedItems"}


def translation_sources(importer):
    """UID → UID of the page it translates (the default language's item of its group)."""
    sources = {}
    for group in importer.export.side_items("translations"):
        if not isinstance(group, dict):
            continue
        uids = {lang: uid for lang, uid in group.items() if isinstance(uid, str)}
        source = uids.get(importer.default_language) or next(iter(uids.values()), None)
        for uid in uids.values():
            if uid != source:
                sources[uid] = source
        importer.report.side["translations"] += 1
    return sources


def default_pages(importer):
    """UID of a folder's default page → UID of the folder."""
    by_parent_id = {(r.parent_uid, r.id): r.uid for r in importer.export.refs if r.uid}
    merged = {}
    for entry in importer.export.side_items("defaultpages"):
        if not isinstance(entry, dict):
            continue
        folder = entry.get("uuid")
        if folder == SITE_ROOT_PLACEHOLDER:
            importer.report.unmapped_other["default page of the site root"] += 1
            continue
        child = entry.get("default_page_uuid") or by_parent_id.get(
            (folder, entry.get("default_page"))
        )
        if child and folder in importer.export.by_uid:
            merged[child] = folder
            importer.report.side["default pages"] += 1
    importer.default_page_of = {folder: child for child, folder in merged.items()}
    return merged


def load_relations(importer):
    """``[{from_uuid, to_uuid, relationship}]`` → ``importer.relations`` (UID → pairs)."""
    for entry in importer.export.side_items("relations"):
        if not isinstance(entry, dict) or not entry.get("from_uuid"):
            continue
        # "relationship" is what the add-on writes; "from_attribute" is accepted too.
        attribute = entry.get("relationship") or entry.get("from_attribute") or "relatedItems"
        attribute = RELATIONSHIP_ALIASES.get(attribute, attribute)
        pair = (attribute, entry.get("to_uuid"))
        importer.relations.setdefault(entry["from_uuid"], [])
        if pair not in importer.relations[entry["from_uuid"]]:
            importer.relations[entry["from_uuid"]].append(pair)
        importer.report.side["relations"] += 1


def load_local_roles(importer):
    """``[{uuid, localroles: {principal: [roles]}, block: 1}]`` → ``importer.localroles``."""
    for entry in importer.export.side_items("localroles"):
        if not isinstance(entry, dict) or not entry.get("uuid"):
            continue
        if entry["uuid"] == PORTAL_PLACEHOLDER:
            importer.report.unmapped_other["local roles of the site root"] += 1
            continue
        roles = entry.get("localroles") or {}
        if not isinstance(roles, dict):
            continue
        importer.localroles[entry["uuid"]] = {"roles": roles, "block": bool(entry.get("block"))}
        importer.report.side["local roles"] += 1
        for principal in roles:
            if principal not in importer.groups and principal not in IGNORED_PRINCIPALS:
                importer.report.unmapped_other["local role of a user (not a group)"] += 1


def load_members(importer):
    """Groups become Django groups; members become users without a password.

    The file is ``{"groups": [{groupid, title, roles, groups, principals…}], "members":
    [{username, email, fullname, groups, roles, password…}]}``; a member belongs to the groups
    listed on it and to those listing it in their ``principals``.
    """
    users = get_user_model()
    for data in importer.export.side_items("members"):
        if not isinstance(data, dict):
            continue
        principals = {}
        for group in data.get("groups") or []:
            if not isinstance(group, dict) or not group.get("groupid"):
                continue
            if group["groupid"] in IGNORED_PRINCIPALS:
                continue
            name = str(group.get("title") or group["groupid"])[:150]
            importer.groups[group["groupid"]] = name
            for principal in group.get("principals") or []:
                if isinstance(principal, str):
                    principals.setdefault(principal, set()).add(group["groupid"])
            if not importer.dry_run:
                Group.objects.get_or_create(name=name)
            importer.report.side["groups"] += 1
        for member in data.get("members") or []:
            if not isinstance(member, dict) or not member.get("username"):
                continue
            importer.report.side["members"] += 1
            if importer.dry_run:
                continue
            name = importer.mapping.users.get(member["username"], member["username"])
            with transaction.atomic():
                user, created = users.objects.get_or_create(
                    username=name[:150],
                    defaults={"email": str(member.get("email") or "")[:254]},
                )
                if created:
                    fullname = str(
                        member.get("fullname")
                        or (member.get("properties") or {}).get("fullname")
                        or ""
                    )
                    first, _, last = fullname.partition(" ")
                    user.first_name, user.last_name = first[:150], last[:150]
                    user.set_unusable_password()
                    user.save()
                groupids = {g for g in member.get("groups") or [] if isinstance(g, str)}
                groupids |= principals.get(member["username"], set())
                groups = [importer.groups[g] for g in groupids if g in importer.groups]
                if groups:
                    user.groups.add(*Group.objects.filter(name__in=groups))


def apply_redirects(importer):
    """The redirect tool's export: ``{old physical path: new physical path}``.

    Both paths start with the Plone site's id (``/Plone/fr/old`` → ``/Plone/fr/new``); URLs
    are accepted too.
    """
    for data in importer.export.side_items("redirects"):
        if not isinstance(data, dict):
            continue
        for old, new in data.items():
            if not isinstance(old, str) or not isinstance(new, str):
                continue
            old_path = importer.export.physical_to_old_path(old)
            target = importer.resolver.resolve_path(importer.export.physical_to_old_path(new))
            if target is None:
                importer.report.broken("redirects", "", new)
                continue
            importer.report.side["redirects"] += 1
            if importer.dry_run:
                continue
            with transaction.atomic():
                if target.kind == "page":
                    importer.redirect(old_path, page=Page.objects.get(pk=target.pk))
                elif target.kind == "document":
                    importer.redirect(old_path, link=get_document_url(target.pk))
                else:
                    importer.redirect(old_path, link=target.url)


def report_ignored(importer):
    """Comments and portlets are not imported: say how many were left behind."""
    for kind, label in (("discussion", "comments"), ("portlets", "portlet assignments")):
        entries = [e for e in importer.export.side_items(kind) if isinstance(e, dict)]
        if entries:
            importer.report.unmapped_other[f"{label} (side file not imported)"] += len(entries)


def apply_local_role_permissions(importer):
    """Editor, Contributor and Reviewer local roles of groups → Wagtail page permissions."""
    if importer.dry_run:
        return
    for uid, data in importer.localroles.items():
        target = importer.resolver.resolve(uid)
        if target is None or target.kind != "page":
            continue
        page = Page.objects.get(pk=target.pk)
        for principal, roles in data["roles"].items():
            if principal not in importer.groups:
                continue
            group = Group.objects.get(name=importer.groups[principal])
            for role in roles:
                codename = ROLE_PERMISSIONS.get(role)
                if codename is None:
                    if role not in ("Reader", "Owner"):
                        importer.report.unmapped_other[f"local role {role}"] += 1
                    continue
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )


def get_document_url(pk):
    document = get_document_model().objects.filter(pk=pk).first()
    return document.url if document else ""
