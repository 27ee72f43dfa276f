"""The StreamField blocks of every content page: a small set that covers what editors write.

Each block renders with its own template in ``site/templates/blocks/``.

``PublicBodyBlock`` holds the blocks that may appear in public content; ``BodyBlock`` (the
internal body) adds the internal-only ones, listed in ``INTERNAL_ONLY_BLOCK_TYPES``, which never
cross to the public API, feeds or export.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with its alternative text (required unless marked decorative) and a caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("For example: 32"))
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)
    source = blocks.CharBlock(label=_("Source and year"), max_length=200, required=False)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the title")
    )


class DocumentLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "blocks/document_links_block.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("important", _("Important")), ("tip", _("Tip"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout_block.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200, help_text=_("Describes the table for screen readers")
    )
    table = TableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class InternalNoteBlock(blocks.StructBlock):
    """A note for colleagues only (contacts, budgets, next steps): never shown to the public."""

    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "lock"
        label = _("Internal note")
        template = "blocks/internal_note_block.html"


class PublicBodyBlock(blocks.StreamBlock):
    """The blocks allowed in the public version of a page."""

    def value_from_datadict(self, data, files, prefix):
        # A form post that does not carry this field at all (a script, an older test) reads as
        # an empty stream instead of failing with a KeyError; the editor always sends it.
        if f"{prefix}-count" not in data:
            return self.to_python([])
        return super().value_from_datadict(data, files, prefix)

    paragraph = blocks.RichTextBlock(
        label=_("Text"), icon="pilcrow", template="blocks/paragraph_block.html"
    )
    heading = HeadingBlock()
    image = FigureBlock()
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
    documents = DocumentLinksBlock()
    callout = CalloutBlock()
    table = CaptionedTableBlock()


class BodyBlock(PublicBodyBlock):
    """The internal body: every public block, plus the internal-only ones."""

    internal_note = InternalNoteBlock()


# Block types that stay on the intranet, whatever field they are found in.
INTERNAL_ONLY_BLOCK_TYPES = frozenset({"internal_note"})
