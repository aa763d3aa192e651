"""Every table is either announced to the other workstations, under topics the window knows,
or said to be shown by no page (issue 16): a new table cannot be forgotten."""

from __future__ import annotations

from deepetch_desktop.gui.changes import Topic
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.notify import NOT_SHOWN, TABLE_TOPICS


def test_every_table_is_announced_or_shown_by_no_page() -> None:
    assert set(TABLE_TOPICS) | NOT_SHOWN == set(t.metadata.tables)
    assert not set(TABLE_TOPICS) & NOT_SHOWN


def test_the_topics_announced_are_the_windows() -> None:
    for topics in TABLE_TOPICS.values():
        assert topics and topics <= {topic.value for topic in Topic}
