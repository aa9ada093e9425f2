import datetime as dt
import uuid

from coach_app.domain.revision import ChangeKind, carried_id, diff_items
from coach_app.domain.roadmap import Scheduled, dependency_problems

D = dt.date


def test_an_item_may_not_start_before_its_predecessor_ends() -> None:
    items = [
        Scheduled("ip", "특허 출원", D(2027, 1, 1), D(2027, 6, 30)),
        Scheduled("proto", "시제품", D(2027, 5, 1), D(2027, 12, 31), ("ip",)),
        Scheduled("cert", "인증", D(2028, 1, 1), D(2028, 6, 30), ("proto",)),
        Scheduled("same-day", "출시", D(2028, 6, 30), None, ("cert",)),
    ]
    problems = dependency_problems(items)
    assert list(problems) == ["proto"]
    assert "특허 출원" in problems["proto"][0] and "2027-06-30" in problems["proto"][0]


def test_unknown_self_and_circular_dependencies() -> None:
    items = [
        Scheduled("a", "A", None, None, ("b",)),
        Scheduled("b", "B", None, None, ("c",)),
        Scheduled("c", "C", None, None, ("a",)),
        Scheduled("d", "D", None, None, ("d", "gone")),
        Scheduled("e", "E", None, None, ("a",)),  # hangs off the cycle, not on it
    ]
    problems = dependency_problems(items)
    assert set(problems) == {"a", "b", "c", "d"}
    assert any("순환" in p for p in problems["a"])
    assert len(problems["d"]) == 2


def test_undated_items_are_not_blamed() -> None:
    items = [
        Scheduled("a", "A", D(2027, 1, 1), None),
        Scheduled("b", "B", D(2026, 1, 1), D(2026, 2, 1), ("a",)),
    ]
    assert dependency_problems(items) == {}


def test_diff_lists_added_removed_and_changed_fields() -> None:
    before: dict[str, dict[str, object]] = {
        "1": {"title": "특허", "ends_on": D(2027, 6, 30), "budget_national": 10},
        "2": {"title": "전시회", "ends_on": None, "budget_national": 5},
    }
    after: dict[str, dict[str, object]] = {
        "1": {"title": "특허", "ends_on": D(2027, 9, 30), "budget_national": 10},
        "3": {"title": "수출바우처", "ends_on": None, "budget_national": 7},
    }
    changes = diff_items(before, after, ("title", "ends_on", "budget_national"))
    assert [(c.kind, c.title) for c in changes] == [
        (ChangeKind.CHANGED, "특허"),
        (ChangeKind.ADDED, "수출바우처"),
        (ChangeKind.REMOVED, "전시회"),
    ]
    assert [(f.field, f.before, f.after) for f in changes[0].fields] == [
        ("ends_on", D(2027, 6, 30), D(2027, 9, 30))
    ]


def test_carried_ids_are_stable_and_distinct_per_revision() -> None:
    item = uuid.uuid4()
    one, two = uuid.uuid4(), uuid.uuid4()
    assert carried_id(one, item) == carried_id(one, item)
    assert carried_id(one, item) != carried_id(two, item) != item
