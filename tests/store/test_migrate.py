from alembic.script import ScriptDirectory

from coach_app.store import migrate


def test_the_quick_reading_of_revisions_agrees_with_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.config())
    assert migrate.head() == script.get_current_head()
    for revision in script.walk_revisions():
        assert migrate.is_known(revision.revision)
    assert not migrate.is_known("9999_future")
