"""Recording what the public website received, page by page and channel by channel."""

from django.utils import timezone

from public.models import HandOff


def record_handoffs(pages, channel):
    """Note that ``pages`` (published rows) were handed over through ``channel`` just now.

    Only pages whose published revision differs from the last one recorded are written, so
    repeated reads of unchanged content cost one query.
    """
    pages = list(pages)
    if not pages:
        return
    known = {
        handoff.page_id: handoff
        for handoff in HandOff.objects.filter(page__in=[p.pk for p in pages], channel=channel)
    }
    now = timezone.now()
    created, changed = [], []
    for page in pages:
        handoff = known.get(page.pk)
        if handoff is None:
            created.append(
                HandOff(page_id=page.pk, channel=channel, revision_id=page.live_revision_id)
            )
        elif handoff.revision_id != page.live_revision_id:
            handoff.revision_id, handoff.handed_at = page.live_revision_id, now
            changed.append(handoff)
    HandOff.objects.bulk_create(created, ignore_conflicts=True)
    HandOff.objects.bulk_update(changed, ["revision", "handed_at"])
