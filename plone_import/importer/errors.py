"""The error an item import raises: its message goes to the report with the item's JSON path."""


class ItemError(Exception):
    pass
