"""Every write of every role on every server table, over plain SQL with the person's login.

``MATRIX`` is the one table of expected outcomes: a row per subject (a table, or a table in
a state such as ``roadmaps@approved``) and kind of write, a column per role:

- ``coach``: the coach assigned to company A, who wrote its content;
- ``co``: another coach assigned to company A, who has a visit of their own there and
  follows up at it (``%(my_visit)s``: the acting role's own visit in A, kim's for the others);
- ``other``: a coach assigned to company B only;
- ``super``: a supervisor; ``admin``: an administrator;
- ``gone``: a coach of company A deactivated while their session was open.

Outcomes: ``ok`` the write goes through; ``no`` refused (an error, or no row the login may
change); ``srv`` goes through but the server stores its own value (who wrote, approved or
reviewed), never the one sent. Each attempt runs in a transaction that is rolled back, with
constraints checked at once. ``GROUPS`` names every column of every table of the schema:
a table or a column the matrix does not mention fails ``test_the_matrix_covers_the_schema``.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import sql

from coach_app.domain import brn
from coach_app.sync.server import add_user, group_roles, init_server, server_head
from tests.present import present
from tests.sync.conftest import ADMIN_URL, _with_database

ROLES = ("coach", "co", "other", "super", "admin", "gone")

MATRIX = """
subject                   write                 coach co    other super admin gone
companies                 insert                no    no    no    ok    ok    no
companies                 update:profile        ok    ok    no    ok    ok    no
companies                 update:brn            no    no    no    ok    ok    no
companies                 update:stamps         srv   srv   no    srv   srv   no
companies                 update:updated_at     ok    ok    no    ok    ok    no
companies                 update:id             no    no    no    no    no    no
companies                 update:feed           no    no    no    no    no    no
companies                 soft_delete           no    no    no    ok    ok    no
companies                 delete                no    no    no    no    no    no
companies                 truncate              no    no    no    no    no    no
programmes                insert                no    no    no    ok    ok    no
programmes                update:content        no    no    no    ok    ok    no
programmes                update:stamps         no    no    no    srv   srv   no
programmes                update:updated_at     no    no    no    ok    ok    no
programmes                update:id             no    no    no    no    no    no
programmes                update:feed           no    no    no    no    no    no
programmes                soft_delete           no    no    no    ok    ok    no
programmes                delete                no    no    no    no    no    no
programmes                truncate              no    no    no    no    no    no
organisations             insert                no    no    no    ok    ok    no
organisations             update:content        no    no    no    ok    ok    no
organisations             update:stamps         no    no    no    srv   srv   no
organisations             update:updated_at     no    no    no    ok    ok    no
organisations             update:id             no    no    no    no    no    no
organisations             update:feed           no    no    no    no    no    no
organisations             soft_delete           no    no    no    ok    ok    no
organisations             delete                no    no    no    no    no    no
organisations             truncate              no    no    no    no    no    no
programme_organisations   insert                no    no    no    ok    ok    no
programme_organisations   update:content        no    no    no    ok    ok    no
programme_organisations   update:stamps         no    no    no    srv   srv   no
programme_organisations   update:updated_at     no    no    no    ok    ok    no
programme_organisations   update:id             no    no    no    no    no    no
programme_organisations   update:feed           no    no    no    no    no    no
programme_organisations   soft_delete           no    no    no    ok    ok    no
programme_organisations   delete                no    no    no    no    no    no
programme_organisations   truncate              no    no    no    no    no    no
programme_budgets         insert                no    no    no    ok    ok    no
programme_budgets         update:content        no    no    no    ok    ok    no
programme_budgets         update:stamps         no    no    no    srv   srv   no
programme_budgets         update:updated_at     no    no    no    ok    ok    no
programme_budgets         update:id             no    no    no    no    no    no
programme_budgets         update:feed           no    no    no    no    no    no
programme_budgets         soft_delete           no    no    no    ok    ok    no
programme_budgets         delete                no    no    no    no    no    no
programme_budgets         truncate              no    no    no    no    no    no
meetings                  insert                no    no    no    ok    ok    no
meetings                  update:content        no    no    no    ok    ok    no
meetings                  update:day            no    no    no    no    no    no
meetings                  update:stamps         no    no    no    srv   srv   no
meetings                  update:updated_at     no    no    no    ok    ok    no
meetings                  update:id             no    no    no    no    no    no
meetings                  update:feed           no    no    no    no    no    no
meetings                  soft_delete           no    no    no    ok    ok    no
meetings                  delete                no    no    no    no    no    no
meetings                  truncate              no    no    no    no    no    no
support_programmes        insert                no    no    no    no    ok    no
support_programmes        update:content        no    no    no    no    ok    no
support_programmes        update:stamps         no    no    no    no    srv   no
support_programmes        update:updated_at     no    no    no    no    ok    no
support_programmes        update:id             no    no    no    no    no    no
support_programmes        update:feed           no    no    no    no    no    no
support_programmes        soft_delete           no    no    no    no    ok    no
support_programmes        delete                no    no    no    no    no    no
support_programmes        truncate              no    no    no    no    no    no
users                     insert                no    no    no    no    ok    no
users                     update:profile        no    no    no    no    ok    no
users                     update:role           no    no    no    no    ok    no
users                     update:active         no    no    no    no    ok    no
users                     update:login          no    no    no    no    no    no
users                     update:stamps         no    no    no    no    srv   no
users                     update:updated_at     no    no    no    no    ok    no
users                     update:id             no    no    no    no    no    no
users                     update:feed           no    no    no    no    no    no
users                     soft_delete           no    no    no    no    ok    no
users                     delete                no    no    no    no    no    no
users                     truncate              no    no    no    no    no    no
assignments               insert                no    no    no    ok    ok    no
assignments               update:link           no    no    no    ok    ok    no
assignments               update:dates          no    no    no    ok    ok    no
assignments               update:stamps         no    no    no    srv   srv   no
assignments               update:updated_at     no    no    no    ok    ok    no
assignments               update:id             no    no    no    no    no    no
assignments               update:feed           no    no    no    no    no    no
assignments               soft_delete           no    no    no    ok    ok    no
assignments               delete                no    no    no    no    no    no
assignments               truncate              no    no    no    no    no    no
contacts                  insert                ok    ok    no    ok    ok    no
contacts                  update:content        ok    ok    no    ok    ok    no
contacts                  update:company        no    no    no    no    no    no
contacts                  update:stamps         srv   srv   no    srv   srv   no
contacts                  update:updated_at     ok    ok    no    ok    ok    no
contacts                  update:id             no    no    no    no    no    no
contacts                  update:feed           no    no    no    no    no    no
contacts                  soft_delete           ok    ok    no    ok    ok    no
contacts                  delete                no    no    no    no    no    no
contacts                  truncate              no    no    no    no    no    no
visits@open               insert                ok    ok    no    no    no    no
visits@open               insert:meeting        no    no    no    ok    ok    no
visits@open               update:content        ok    no    no    no    no    no
visits@open               update:review         no    no    no    srv   srv   no
visits@open               update:company        no    no    no    no    no    no
visits@open               update:coach          no    no    no    no    no    no
visits@open               update:meeting        no    no    no    no    no    no
visits@open               update:stamps         srv   no    no    no    no    no
visits@open               update:updated_at     ok    no    no    ok    ok    no
visits@open               update:id             no    no    no    no    no    no
visits@open               update:feed           no    no    no    no    no    no
visits@open               soft_delete           ok    no    no    no    no    no
visits@open               delete                no    no    no    no    no    no
visits@open               truncate              no    no    no    no    no    no
visits@meeting            update:content        no    no    no    no    no    no
visits@meeting            update:correction     no    no    no    ok    ok    no
visits@meeting            update:review         no    no    no    srv   srv   no
visits@meeting            update:company        no    no    no    no    no    no
visits@meeting            update:coach          no    no    no    no    no    no
visits@meeting            update:meeting        no    no    no    no    no    no
visits@meeting            update:stamps         no    no    no    no    no    no
visits@meeting            update:updated_at     no    no    no    ok    ok    no
visits@meeting            update:id             no    no    no    no    no    no
visits@meeting            update:feed           no    no    no    no    no    no
visits@meeting            soft_delete           no    no    no    ok    ok    no
visits@meeting            delete                no    no    no    no    no    no
visits@reviewed           update:correction     no    no    no    no    no    no
visits@open               update:correction     ok    no    no    no    no    no
visits@reviewed           update:content        no    no    no    no    no    no
visits@reviewed           update:review         no    no    no    no    no    no
visits@reviewed           update:company        no    no    no    no    no    no
visits@reviewed           update:coach          no    no    no    no    no    no
visits@reviewed           update:meeting        no    no    no    no    no    no
visits@reviewed           update:stamps         no    no    no    no    no    no
visits@reviewed           update:updated_at     no    no    no    ok    ok    no
visits@reviewed           update:id             no    no    no    no    no    no
visits@reviewed           update:feed           no    no    no    no    no    no
visits@reviewed           soft_delete           no    no    no    no    no    no
visits@reviewed           delete                no    no    no    no    no    no
attachments@open          insert                ok    no    no    no    no    no
attachments@open          insert:cross_company  no    no    no    no    no    no
attachments@open          update:content        ok    no    no    no    no    no
attachments@open          update:company        no    no    no    no    no    no
attachments@open          update:visit          no    no    no    no    no    no
attachments@open          update:stamps         srv   no    no    no    no    no
attachments@open          update:updated_at     ok    no    no    no    no    no
attachments@open          update:id             no    no    no    no    no    no
attachments@open          update:feed           no    no    no    no    no    no
attachments@open          soft_delete           ok    no    no    no    no    no
attachments@open          delete                no    no    no    no    no    no
attachments@open          truncate              no    no    no    no    no    no
attachments@reviewed      insert                no    no    no    no    no    no
attachments@reviewed      update:content        no    no    no    no    no    no
attachments@reviewed      update:company        no    no    no    no    no    no
attachments@reviewed      update:visit          no    no    no    no    no    no
attachments@reviewed      update:stamps         no    no    no    no    no    no
attachments@reviewed      update:updated_at     no    no    no    no    no    no
attachments@reviewed      update:id             no    no    no    no    no    no
attachments@reviewed      update:feed           no    no    no    no    no    no
attachments@reviewed      soft_delete           no    no    no    no    no    no
attachments@reviewed      delete                no    no    no    no    no    no
diagnoses                 insert                ok    ok    no    no    no    no
diagnoses                 insert:cross_company  no    no    no    no    no    no
diagnoses                 update:content        ok    no    no    no    no    no
diagnoses                 update:company        no    no    no    no    no    no
diagnoses                 update:visit          ok    no    no    no    no    no
diagnoses                 update:coach          no    no    no    no    no    no
diagnoses                 update:stamps         srv   no    no    no    no    no
diagnoses                 update:updated_at     ok    no    no    no    no    no
diagnoses                 update:id             no    no    no    no    no    no
diagnoses                 update:feed           no    no    no    no    no    no
diagnoses                 soft_delete           ok    no    no    no    no    no
diagnoses                 delete                no    no    no    no    no    no
diagnoses                 truncate              no    no    no    no    no    no
difficulties@open         insert                ok    no    no    no    no    no
difficulties@open         insert:meeting        no    no    no    ok    ok    no
difficulties@open         insert:cross_company  no    no    no    no    no    no
difficulties@open         update:content        ok    no    no    no    no    no
difficulties@open         update:follow_up      ok    ok    no    no    no    no
difficulties@open         update:company        no    no    no    no    no    no
difficulties@open         update:visit          no    no    no    no    no    no
difficulties@open         update:stamps         srv   no    no    no    no    no
difficulties@open         update:updated_at     ok    no    no    no    no    no
difficulties@open         update:id             no    no    no    no    no    no
difficulties@open         update:feed           no    no    no    no    no    no
difficulties@open         soft_delete           ok    no    no    no    no    no
difficulties@open         delete                no    no    no    no    no    no
difficulties@open         truncate              no    no    no    no    no    no
difficulties@reviewed     insert                no    no    no    no    no    no
difficulties@reviewed     update:content        no    no    no    no    no    no
difficulties@reviewed     update:follow_up      ok    ok    no    no    no    no
difficulties@reviewed     update:company        no    no    no    no    no    no
difficulties@reviewed     update:visit          no    no    no    no    no    no
difficulties@reviewed     update:stamps         no    no    no    no    no    no
difficulties@reviewed     update:updated_at     ok    no    no    no    no    no
difficulties@reviewed     update:id             no    no    no    no    no    no
difficulties@reviewed     update:feed           no    no    no    no    no    no
difficulties@reviewed     soft_delete           no    no    no    no    no    no
difficulties@reviewed     delete                no    no    no    no    no    no
difficulties@meeting      update:content        no    no    no    ok    ok    no
difficulties@meeting      update:follow_up      ok    ok    no    no    no    no
difficulties@meeting      update:company        no    no    no    no    no    no
difficulties@meeting      update:visit          no    no    no    no    no    no
difficulties@meeting      update:stamps         no    no    no    no    no    no
difficulties@meeting      update:updated_at     no    no    no    ok    ok    no
difficulties@meeting      update:id             no    no    no    no    no    no
difficulties@meeting      update:feed           no    no    no    no    no    no
difficulties@meeting      soft_delete           no    no    no    ok    ok    no
difficulties@meeting      delete                no    no    no    no    no    no
measures@company          insert                ok    ok    no    ok    ok    no
measures@company          update:content        ok    ok    no    ok    ok    no
measures@company          update:answers        ok    ok    no    ok    ok    no
measures@company          insert:other_answers  no    no    no    no    no    no
measures@company          update:company        no    no    no    no    no    no
measures@company          update:stamps         srv   srv   no    srv   srv   no
measures@company          update:updated_at     ok    ok    no    ok    ok    no
measures@company          update:id             no    no    no    no    no    no
measures@company          update:feed           no    no    no    no    no    no
measures@company          soft_delete           ok    ok    no    ok    ok    no
measures@company          delete                no    no    no    no    no    no
measures@company          truncate              no    no    no    no    no    no
measures@shared           insert                no    no    no    ok    ok    no
measures@shared           update:content        no    no    no    ok    ok    no
measures@shared           update:answers        no    no    no    ok    ok    no
measures@shared           insert:any_company    no    no    no    ok    ok    no
measures@shared           update:company        no    no    no    no    no    no
measures@shared           update:stamps         no    no    no    srv   srv   no
measures@shared           update:updated_at     no    no    no    ok    ok    no
measures@shared           update:id             no    no    no    no    no    no
measures@shared           update:feed           no    no    no    no    no    no
measures@shared           soft_delete           no    no    no    ok    ok    no
measures@shared           delete                no    no    no    no    no    no
status_changes            insert                ok    ok    no    no    no    no
status_changes            insert:meeting        no    no    no    ok    ok    no
status_changes            insert:cross_company  no    no    no    no    no    no
status_changes            insert:not_my_visit   ok    no    no    no    no    no
status_changes            insert:reviewed_visit no    no    no    no    no    no
status_changes            insert:item           ok    no    no    no    no    no
status_changes            insert:item_submitted no    no    no    no    no    no
status_changes            insert:two_subjects   no    no    no    no    no    no
status_changes            insert:deleted        no    no    no    no    no    no
status_changes            update:content        no    no    no    no    no    no
status_changes            update:link           no    no    no    no    no    no
status_changes            update:company        no    no    no    no    no    no
status_changes            update:stamps         no    no    no    no    no    no
status_changes            update:updated_at     no    no    no    no    no    no
status_changes            update:id             no    no    no    no    no    no
status_changes            update:feed           no    no    no    no    no    no
status_changes            soft_delete           no    no    no    no    no    no
status_changes            delete                no    no    no    no    no    no
status_changes            truncate              no    no    no    no    no    no
visit_signatures          insert                ok    ok    no    no    no    no
visit_signatures          insert:not_my_visit   ok    no    no    no    no    no
visit_signatures          insert:other_coach    no    no    no    no    no    no
visit_signatures          insert:reviewed_visit no    no    no    no    no    no
visit_signatures          insert:meeting        no    no    no    ok    ok    no
visit_signatures          insert:wrong_hash     no    no    no    no    no    no
visit_signatures          insert:cross_company  no    no    no    no    no    no
visit_signatures          insert:undrawn        no    no    no    no    no    no
visit_signatures          insert:deleted        no    no    no    no    no    no
visit_signatures          update:content        no    no    no    no    no    no
visit_signatures          update:link           no    no    no    no    no    no
visit_signatures          update:company        no    no    no    no    no    no
visit_signatures          update:stamps         no    no    no    no    no    no
visit_signatures          update:updated_at     no    no    no    no    no    no
visit_signatures          update:id             no    no    no    no    no    no
visit_signatures          update:feed           no    no    no    no    no    no
visit_signatures          soft_delete           no    no    no    no    no    no
visit_signatures          delete                no    no    no    no    no    no
visit_signatures          truncate              no    no    no    no    no    no
reviews                   insert                no    no    no    ok    ok    no
reviews                   update:content        no    no    no    no    no    no
reviews                   update:link           no    no    no    no    no    no
reviews                   update:stamps         no    no    no    no    no    no
reviews                   update:updated_at     no    no    no    no    no    no
reviews                   update:id             no    no    no    no    no    no
reviews                   update:feed           no    no    no    no    no    no
reviews                   soft_delete           no    no    no    no    no    no
reviews                   delete                no    no    no    no    no    no
reviews                   truncate              no    no    no    no    no    no
diagnosis_scores          insert                ok    no    no    no    no    no
diagnosis_scores          insert:cross_company  no    no    no    no    no    no
diagnosis_scores          update:content        ok    no    no    no    no    no
diagnosis_scores          update:link           ok    no    no    no    no    no
diagnosis_scores          update:stamps         srv   no    no    no    no    no
diagnosis_scores          update:updated_at     ok    no    no    no    no    no
diagnosis_scores          update:id             no    no    no    no    no    no
diagnosis_scores          update:feed           no    no    no    no    no    no
diagnosis_scores          soft_delete           ok    no    no    no    no    no
diagnosis_scores          delete                no    no    no    no    no    no
diagnosis_scores          truncate              no    no    no    no    no    no
roadmaps@draft            insert                ok    ok    no    no    no    no
roadmaps@draft            update:content        ok    no    no    no    no    no
roadmaps@draft            update:status         ok    no    no    no    no    no
roadmaps@draft            update:company        no    no    no    no    no    no
roadmaps@draft            update:coach          no    no    no    no    no    no
roadmaps@draft            update:revision       no    no    no    no    no    no
roadmaps@draft            update:submitted      no    no    no    no    no    no
roadmaps@draft            update:approval       no    no    no    no    no    no
roadmaps@draft            update:stamps         srv   no    no    no    no    no
roadmaps@draft            update:updated_at     ok    no    no    ok    ok    no
roadmaps@draft            update:id             no    no    no    no    no    no
roadmaps@draft            update:feed           no    no    no    no    no    no
roadmaps@draft            soft_delete           ok    no    no    no    no    no
roadmaps@draft            delete                no    no    no    no    no    no
roadmaps@draft            truncate              no    no    no    no    no    no
roadmaps@submitted        update:content        no    no    no    no    no    no
roadmaps@submitted        update:status         no    no    no    srv   srv   no
roadmaps@submitted        update:company        no    no    no    no    no    no
roadmaps@submitted        update:coach          no    no    no    no    no    no
roadmaps@submitted        update:revision       no    no    no    no    no    no
roadmaps@submitted        update:submitted      no    no    no    no    no    no
roadmaps@submitted        update:approval       no    no    no    no    no    no
roadmaps@submitted        update:stamps         no    no    no    no    no    no
roadmaps@submitted        update:updated_at     ok    no    no    ok    ok    no
roadmaps@submitted        update:id             no    no    no    no    no    no
roadmaps@submitted        update:feed           no    no    no    no    no    no
roadmaps@submitted        soft_delete           no    no    no    no    no    no
roadmaps@submitted        delete                no    no    no    no    no    no
roadmaps@approved         update:content        no    no    no    no    no    no
roadmaps@approved         update:status         ok    no    no    ok    ok    no
roadmaps@approved         update:company        no    no    no    no    no    no
roadmaps@approved         update:coach          no    no    no    no    no    no
roadmaps@approved         update:revision       no    no    no    no    no    no
roadmaps@approved         update:submitted      no    no    no    no    no    no
roadmaps@approved         update:approval       no    no    no    no    no    no
roadmaps@approved         update:stamps         no    no    no    no    no    no
roadmaps@approved         update:updated_at     ok    no    no    ok    ok    no
roadmaps@approved         update:id             no    no    no    no    no    no
roadmaps@approved         update:feed           no    no    no    no    no    no
roadmaps@approved         soft_delete           no    no    no    no    no    no
roadmaps@approved         delete                no    no    no    no    no    no
roadmap_items@draft       insert                ok    no    no    no    no    no
roadmap_items@draft       insert:cross_company  no    no    no    no    no    no
roadmap_items@draft       update:content        ok    no    no    no    no    no
roadmap_items@draft       update:follow_up      ok    no    no    no    no    no
roadmap_items@draft       update:parent         no    no    no    no    no    no
roadmap_items@draft       update:stamps         srv   no    no    no    no    no
roadmap_items@draft       update:updated_at     ok    no    no    no    no    no
roadmap_items@draft       update:id             no    no    no    no    no    no
roadmap_items@draft       update:feed           no    no    no    no    no    no
roadmap_items@draft       soft_delete           ok    no    no    no    no    no
roadmap_items@draft       delete                no    no    no    no    no    no
roadmap_items@draft       truncate              no    no    no    no    no    no
roadmap_items@submitted   insert                no    no    no    no    no    no
roadmap_items@submitted   update:content        no    no    no    no    no    no
roadmap_items@submitted   update:follow_up      no    no    no    no    no    no
roadmap_items@submitted   update:parent         no    no    no    no    no    no
roadmap_items@submitted   update:stamps         no    no    no    no    no    no
roadmap_items@submitted   update:updated_at     no    no    no    no    no    no
roadmap_items@submitted   update:id             no    no    no    no    no    no
roadmap_items@submitted   update:feed           no    no    no    no    no    no
roadmap_items@submitted   soft_delete           no    no    no    no    no    no
roadmap_items@submitted   delete                no    no    no    no    no    no
roadmap_items@approved    insert                no    no    no    no    no    no
roadmap_items@approved    update:content        no    no    no    no    no    no
roadmap_items@approved    update:follow_up      ok    no    no    no    no    no
roadmap_items@approved    update:parent         no    no    no    no    no    no
roadmap_items@approved    update:stamps         no    no    no    no    no    no
roadmap_items@approved    update:updated_at     ok    no    no    no    no    no
roadmap_items@approved    update:id             no    no    no    no    no    no
roadmap_items@approved    update:feed           no    no    no    no    no    no
roadmap_items@approved    soft_delete           no    no    no    no    no    no
roadmap_items@approved    delete                no    no    no    no    no    no
applied_ops               insert                ok    ok    ok    ok    ok    no
applied_ops               update:content        no    no    no    no    no    no
applied_ops               update:owner          no    no    no    no    no    no
applied_ops               update:key            no    no    no    no    no    no
applied_ops               delete                no    no    no    no    no    no
applied_ops               truncate              no    no    no    no    no    no
conflicts                 insert                ok    ok    ok    ok    ok    no
conflicts                 update:content        no    no    no    no    no    no
conflicts                 update:owner          no    no    no    no    no    no
conflicts                 update:key            no    no    no    no    no    no
conflicts                 delete                no    no    no    no    no    no
conflicts                 truncate              no    no    no    no    no    no
audit_log                 insert                no    no    no    no    no    no
audit_log                 update:content        no    no    no    no    no    no
audit_log                 update:owner          no    no    no    no    no    no
audit_log                 update:key            no    no    no    no    no    no
audit_log                 delete                no    no    no    no    no    no
audit_log                 truncate              no    no    no    no    no    no
blobs                     insert                ok    ok    ok    ok    ok    no
blobs                     insert:complete       no    no    no    no    no    no
blobs                     update:complete       no    no    no    no    no    no
blobs                     update:size           no    no    no    no    no    no
blobs                     update:owner          no    no    no    no    no    no
blobs                     update:key            no    no    no    no    no    no
blobs                     delete                no    no    no    no    no    no
blobs                     truncate              no    no    no    no    no    no
blob_chunks               insert                ok    ok    ok    ok    ok    no
blob_chunks               insert:owner          no    no    no    no    no    no
blob_chunks               update:data           no    no    no    no    no    no
blob_chunks               update:owner          no    no    no    no    no    no
blob_chunks               update:key            no    no    no    no    no    no
blob_chunks               delete                no    no    no    no    no    no
blob_chunks               truncate              no    no    no    no    no    no
roadmap_moves             insert                no    no    no    no    no    no
roadmap_moves             update:content        no    no    no    no    no    no
roadmap_moves             delete                no    no    no    no    no    no
roadmap_moves             truncate              no    no    no    no    no    no
settings                  insert                no    no    no    no    no    no
settings                  update:content        no    no    no    no    no    no
settings                  delete                no    no    no    no    no    no
settings                  truncate              no    no    no    no    no    no
alembic_version           insert                no    no    no    no    no    no
alembic_version           update:content        no    no    no    no    no    no
alembic_version           delete                no    no    no    no    no    no
alembic_version           truncate              no    no    no    no    no    no
impact_figures@open       insert                ok    ok    no    ok    ok    no
impact_figures@open       insert:confirmed      ok    ok    no    no    no    no
impact_figures@open       update:content        ok    ok    no    ok    ok    no
impact_figures@open       update:confirmation   srv   srv   no    no    no    no
impact_figures@open       update:company        no    no    no    no    no    no
impact_figures@open       update:stamps         srv   srv   no    srv   srv   no
impact_figures@open       update:updated_at     ok    ok    no    ok    ok    no
impact_figures@open       update:id             no    no    no    no    no    no
impact_figures@open       update:feed           no    no    no    no    no    no
impact_figures@open       soft_delete           ok    ok    no    ok    ok    no
impact_figures@open       delete                no    no    no    no    no    no
impact_figures@open       truncate              no    no    no    no    no    no
impact_figures@confirmed  update:content        no    no    no    no    no    no
impact_figures@confirmed  update:confirmation   srv   srv   no    no    no    no
impact_figures@confirmed  update:company        no    no    no    no    no    no
impact_figures@confirmed  update:stamps         srv   srv   no    srv   srv   no
impact_figures@confirmed  update:updated_at     ok    ok    no    ok    ok    no
impact_figures@confirmed  update:id             no    no    no    no    no    no
impact_figures@confirmed  update:feed           no    no    no    no    no    no
impact_figures@confirmed  soft_delete           no    no    no    no    no    no
impact_figures@confirmed  delete                no    no    no    no    no    no
satisfaction_ratings      insert                ok    ok    no    no    no    no
satisfaction_ratings      insert:not_my_visit   ok    no    no    no    no    no
satisfaction_ratings      insert:cross_company  no    no    no    no    no    no
satisfaction_ratings      insert:bad_score      no    no    no    no    no    no
satisfaction_ratings      update:content        no    no    no    no    no    no
satisfaction_ratings      update:link           no    no    no    no    no    no
satisfaction_ratings      update:company        no    no    no    no    no    no
satisfaction_ratings      update:stamps         no    no    no    no    no    no
satisfaction_ratings      update:updated_at     no    no    no    no    no    no
satisfaction_ratings      update:id             no    no    no    no    no    no
satisfaction_ratings      update:feed           no    no    no    no    no    no
satisfaction_ratings      soft_delete           no    no    no    no    no    no
satisfaction_ratings      delete                no    no    no    no    no    no
satisfaction_ratings      truncate              no    no    no    no    no    no
fn:finish_blob            own_bytes             ok    ok    ok    ok    ok    no
fn:finish_blob            wrong_bytes           no    no    no    no    no    no
fn:finish_blob            complete_in_scope     ok    ok    no    ok    ok    no
fn:end_stalled_writers    call                  ok    ok    ok    ok    ok    ok
fn:change_seq             setval                no    no    no    no    no    no
fn:is_coach_login         call                  no    no    no    no    no    no
fn:visit_reviewed         call                  no    no    no    no    no    no
"""

_ENTITY = {
    "stamps": {
        "created_at": "'2000-01-01'",
        "created_by": "%(forged)s",
        "updated_by": "%(forged)s",
    },
    "updated_at": {"updated_at": "now() + interval '1 minute'"},
    "id": {"id": "%(fresh)s"},
    "feed": {"version": "1", "txid": "'1'::xid8"},
    "soft_delete": {"deleted_at": "now()"},
}
# The server's own value, checked after a write the server takes but overrides.
_STAMPED = "created_by IS DISTINCT FROM %(forged)s AND updated_by IS DISTINCT FROM %(forged)s"

# Every column of every table, in the groups the matrix updates.
GROUPS: dict[str, dict[str, dict[str, str]]] = {
    "companies": {
        "profile": {
            "name": "name || '*'",
            "ceo": "'대표'",
            "address": "'주소'",
            "region": "'광주'",
            "industry": "'제조'",
            "employees": "7",
            "revenue": "7",
            "designation": "'스타기업'",
            "supplier_tier": "'1차'",
            "founded_on": "current_date",
            "phone": "'062'",
            "email": "'a@b.c'",
        },
        "brn": {"brn": "%(new_brn)s"},
    },
    "programmes": {
        "content": {
            "name": "name || '*'",
            "year": "2027",
            "agency": "'x'",
            "budget": "1",
            "funding_national": "1",
            "funding_local": "1",
            "funding_company": "1",
            "organisation_id": "%(O)s",
            "starts_on": "'2026-01-01'",
            "ends_on": "'2029-12-31'",
            "target_visits": "15",
            "target_companies": "15",
            "target_measures": "3",
        },
    },
    "organisations": {
        "content": {"name": "name || '*'", "kind": "'bank'", "phone": "'062'", "email": "'a@b.c'"},
    },
    "programme_organisations": {
        "content": {"programme_id": "%(P)s", "organisation_id": "%(O)s", "role": "'금융'"},
    },
    "programme_budgets": {
        "content": {"programme_id": "%(P)s", "year": "2027", "source": "'loan'", "amount": "1"},
    },
    "meetings": {
        # Alone, the day leaves the meeting's visits on another day (server 0014).
        "day": {"held_on": "current_date - 1"},
        "content": {
            "programme_id": "%(P)s",
            "organiser_id": "%(O)s",
            "title": "'x'",
            "place": "'x'",
            "notes": "'x'",
            "attendees": "'[]'",
        },
    },
    "measures": {
        "content": {
            "meeting_id": "%(MT)s",
            "programme_id": "%(P)s",
            "organisation_id": "%(O)s",
            "title": "'x'",
            "description": "'x'",
            "amount": "500000000",
            "source": "'local'",
            "status": "'decided'",
            "decided_on": "current_date - 1",
            "due_on": "current_date + 30",
            "done_on": "current_date",
        },
        "answers": {"difficulty_ids": "jsonb_build_array(%(D_open)s::text)"},
        "company": {"company_id": "%(B)s"},
    },
    "support_programmes": {
        "content": {
            "code": "code || '*'",
            "name": "'x'",
            "agency": "'x'",
            "funds": "'x'",
            "stages": "'[\"x\"]'",
            "gap_areas": "'[\"x\"]'",
            "categories": "'[\"x\"]'",
            "budget_cap": "1",
            "reentry_wait_years": "1",
        },
    },
    "users": {
        "profile": {"name": "'새 이름'", "specialty": "'rnd'", "email": "'a@b.c'", "phone": "'1'"},
        "role": {"role": "'supervisor'"},
        "active": {"active": "false"},
        "login": {"login": "login || 'x'"},
    },
    "assignments": {
        "link": {"programme_id": "%(P)s", "company_id": "%(B)s", "coach_id": "%(lee)s"},
        "dates": {"starts_on": "current_date - 1", "ends_on": "current_date + 30"},
    },
    "contacts": {
        "content": {"name": "'x'", "position": "'x'", "phone": "'x'", "email": "'x'"},
        "company": {"company_id": "%(B)s"},
    },
    "visits": {
        "content": {
            "visit_date": "current_date - 1",
            "place": "'x'",
            "attendees": "'x'",
            "purpose": "'x'",
            "notes": "'x'",
            "programme_id": "%(P)s",
        },
        # Coaches never record meetings (server 0014).
        "meeting": {"meeting_id": "%(MT)s"},
        "review": {"reviewed_at": "now()", "reviewed_by": "%(forged)s"},
        "company": {"company_id": "%(B)s"},
        "coach": {"coach_id": "%(lee)s"},
    },
    "attachments": {
        "content": {
            "kind": "'file'",
            "filename": "'b.pdf'",
            "mime_type": "'application/pdf'",
            "size": "2",
            "content_hash": "%(fresh_hash)s",
            "caption": "'x'",
        },
        "company": {"company_id": "%(B)s"},
        "visit": {"visit_id": "%(other_visit)s"},
    },
    "diagnoses": {
        "content": {
            "template_id": "'export'",
            "template_version": "'2'",
            "diagnosed_on": "current_date - 1",
            "comment": "'x'",
            "area_scores": "'{\"a\": 1}'",
            "overall_score": "1.5",
        },
        "company": {"company_id": "%(B)s"},
        "visit": {"visit_id": "%(V_rev)s"},
        "coach": {"coach_id": "%(lee)s"},
    },
    "difficulties": {
        "content": {
            "category": "'manpower'",
            "description": "'x'",
            "severity": "'low'",
            "requested_support": "'x'",
            "agency": "'x'",
            "organisation_id": "%(O)s",
            "due_on": "current_date + 30",
        },
        "follow_up": {
            "status": "'resolved'",
            "resolution": "'x'",
            "resolved_on": "current_date",
            "followed_up_visit_id": "%(my_visit)s",
        },
        "company": {"company_id": "%(B)s"},
        "visit": {"visit_id": "%(other_visit)s"},
    },
    "status_changes": {
        "content": {
            "status": "'resolved'",
            "resolution": "'x'",
            "kpi_actual": "1",
            "changed_on": "current_date",
        },
        "link": {"difficulty_id": "%(D_rev)s", "roadmap_item_id": "NULL", "visit_id": "NULL"},
        "company": {"company_id": "%(B)s"},
    },
    "visit_signatures": {
        "content": {
            "signer_name": "'x'",
            "signer_title": "'x'",
            "signed_at": "now()",
            "strokes": "'[[[1, 1], [2, 2]]]'",
            "content": "'x'",
            "content_hash": "encode(sha256(convert_to('x', 'UTF8')), 'hex')",
        },
        "link": {"visit_id": "%(V_co)s", "coach_id": "%(lee)s"},
        "company": {"company_id": "%(B)s"},
    },
    "reviews": {
        "content": {"decision": "'comment'", "comment": "'x'"},
        "link": {"roadmap_id": "%(R_sub)s", "reviewer_id": "%(lee)s"},
    },
    "diagnosis_scores": {
        "content": {
            "item_code": "'y'",
            "current": "3",
            "target": "4",
            "evidence": "'coach_verified'",
            "attachment_id": "%(T_open)s",
            "comment": "'x'",
        },
        "link": {"diagnosis_id": "%(G2)s"},
    },
    "roadmaps": {
        "content": {"title": "'x'", "programme_id": "%(P)s"},
        "status": {"status": "'submitted'"},  # the next move, per state in _STATUS_MOVE
        "company": {"company_id": "%(B)s"},
        "coach": {"coach_id": "%(lee)s"},
        "revision": {"revision": "9", "previous_id": "%(R_app)s"},
        "submitted": {"submitted_at": "now()"},
        "approval": {"approved_at": "now()", "approved_by": "%(forged)s"},
    },
    "roadmap_items": {
        "content": {
            "phase": "2",
            "position": "5",
            "stage": "'export'",
            "item_type": "'y'",
            "title": "'x'",
            "description": "'x'",
            "starts_on": "current_date",
            "ends_on": "current_date + 9",
            "budget_national": "1",
            "budget_local": "1",
            "budget_company": "1",
            "owner_agency": "'x'",
            "kpi_name": "'x'",
            "kpi_unit": "'x'",
            "kpi_baseline": "1",
            "kpi_target": "2",
            "depends_on": "'[]'",
            "gap_item_code": "'x'",
            "difficulty_id": "%(D_open)s",
            "support_programme_code": "'x'",
            "organisation_id": "%(O)s",
        },
        "follow_up": {"status": "'in_progress'", "kpi_actual": "3"},
        "parent": {"roadmap_id": "%(other_roadmap)s"},
    },
    "impact_figures": {
        "content": {
            "year": "year - 1",
            "metric": "'patents'",
            "value": "value + 1",
            "baseline": "NOT baseline",
            "source": "'document'",
            "note": "'x'",
        },
        "confirmation": {
            "confirmed_name": "'박대표'",
            "confirmed_at": "now()",
            "confirmed_by": "%(forged)s",
        },
        "company": {"company_id": "%(B)s"},
    },
    "satisfaction_ratings": {
        "content": {
            "respondent": "'x'",
            "position": "'x'",
            "answers": "'{\"overall\": 1}'",
            "comment": "'x'",
            "rated_at": "now()",
        },
        "link": {"visit_id": "%(V_co)s"},
        "company": {"company_id": "%(B)s"},
    },
    "applied_ops": {
        "content": {"applied_at": "now()", "outcome": "'{}'"},
        "owner": {"login": "'someone'"},
        "key": {"op_id": "%(fresh)s"},
    },
    "conflicts": {
        "content": {
            "recorded_at": "now()",
            "table_name": "'x'",
            "row_id": "%(fresh)s",
            "field": "'x'",
            "kind": "'x'",
            "base": "'1'",
            "mine": "'1'",
            "theirs": "'1'",
            "message": "'x'",
        },
        "owner": {"login": "'someone'"},
        "key": {"id": "%(fresh)s", "op_id": "%(fresh)s"},
    },
    "audit_log": {
        "content": {
            "at": "now()",
            "table_name": "'x'",
            "row_id": "%(fresh)s",
            "op": "'x'",
            "changed": "'{}'",
        },
        "owner": {"login": "'someone'"},
        "key": {"id": "id + 1000"},
    },
    "blobs": {
        "complete": {"complete": "true"},
        "size": {"size": "1"},
        "owner": {"uploaded_by": "'someone'", "created_at": "now()"},
        "key": {"hash": "%(fresh_hash)s"},
    },
    "blob_chunks": {
        "data": {"data": "'\\x00'::bytea"},
        "owner": {"uploaded_by": "'someone'"},
        "key": {"hash": "%(fresh_hash)s", "position": "99"},
    },
    "roadmap_moves": {
        "content": {"source": "'x'", "target": "'x'", "role": "'x'", "owner_only": "true"},
    },
    "settings": {"content": {"key": "'x'", "value": "'x'"}},
    "alembic_version": {"content": {"version_num": "'x'"}},
}
ENTITIES = (
    "companies",
    "organisations",
    "programmes",
    "programme_organisations",
    "programme_budgets",
    "meetings",
    "measures",
    "support_programmes",
    "users",
    "assignments",
    "contacts",
    "visits",
    "attachments",
    "diagnoses",
    "difficulties",
    "reviews",
    "diagnosis_scores",
    "roadmaps",
    "roadmap_items",
    "status_changes",
    "impact_figures",
    "satisfaction_ratings",
    "visit_signatures",
)
for _entity in ENTITIES:
    GROUPS[_entity].update(_ENTITY)

_STATUS_MOVE = {
    "roadmaps@draft": ({"status": "'submitted'", "submitted_at": "now()"}, None),
    "roadmaps@submitted": (
        {"status": "'approved'", "approved_by": "%(forged)s"},
        "approved_by IS DISTINCT FROM %(forged)s AND approved_at IS NOT NULL",
    ),
    "roadmaps@approved": ({"status": "'in_progress'"}, None),
}
# What correcting a meeting changes of a visit: its content but its day, which is the
# meeting's (server 0014).
_CORRECTION = {
    key: value for key, value in GROUPS["visits"]["content"].items() if key != "visit_date"
}
_CHECKS = {
    "stamps": _STAMPED + " AND created_at > '2001-01-01'",
    "review": "reviewed_by IS DISTINCT FROM %(forged)s",
    "confirmation": "confirmed_by IS DISTINCT FROM %(forged)s AND confirmed_by IS NOT NULL",
}

# The row each subject's updates and deletes aim at: (key column, name of the row).
ROWS = {
    "companies": ("id", "A"),
    "programmes": ("id", "P"),
    "organisations": ("id", "O"),
    "programme_organisations": ("id", "PO"),
    "programme_budgets": ("id", "PB"),
    "meetings": ("id", "MT"),
    "measures@company": ("id", "M_co"),
    "measures@shared": ("id", "M_all"),
    "support_programmes": ("id", "SP"),
    "users": ("id", "lee"),
    "assignments": ("id", "assignment"),
    "contacts": ("id", "contact"),
    "visits@open": ("id", "V_open"),
    "visits@reviewed": ("id", "V_rev"),
    "visits@meeting": ("id", "V_meet"),
    "attachments@open": ("id", "T_open"),
    "attachments@reviewed": ("id", "T_rev"),
    "diagnoses": ("id", "G"),
    "difficulties@open": ("id", "D_open"),
    "difficulties@reviewed": ("id", "D_rev"),
    "difficulties@meeting": ("id", "D_meet"),
    "reviews": ("id", "review"),
    "status_changes": ("id", "C"),
    "impact_figures@open": ("id", "F_open"),
    "impact_figures@confirmed": ("id", "F_conf"),
    "satisfaction_ratings": ("id", "SR"),
    "visit_signatures": ("id", "SG"),
    "diagnosis_scores": ("id", "S"),
    "roadmaps@draft": ("id", "R_draft"),
    "roadmaps@submitted": ("id", "R_sub"),
    "roadmaps@approved": ("id", "R_app"),
    "roadmap_items@draft": ("id", "I_draft"),
    "roadmap_items@submitted": ("id", "I_sub"),
    "roadmap_items@approved": ("id", "I_app"),
    "applied_ops": ("op_id", "op"),
    "conflicts": ("id", "conflict"),
    "audit_log": ("table_name", "audited"),
    "blobs": ("hash", "H_partial"),
    "blob_chunks": ("hash", "H_partial"),
    "roadmap_moves": ("source", "draft"),
    "settings": ("key", "prefix_key"),
    "alembic_version": ("version_num", "head"),
}
# Where a row moves in a parent-link update, per subject.
_ELSEWHERE = {
    "attachments@open": {"other_visit": "V_rev"},
    "attachments@reviewed": {"other_visit": "V_open"},
    "difficulties@open": {"other_visit": "V_rev"},
    "difficulties@reviewed": {"other_visit": "V_open"},
    "difficulties@meeting": {"other_visit": "V_open"},
    "roadmap_items@draft": {"other_roadmap": "R_app"},
    "roadmap_items@submitted": {"other_roadmap": "R_draft"},
    "roadmap_items@approved": {"other_roadmap": "R_draft"},
}

_ITEM = (
    "INSERT INTO coach.roadmap_items (id, roadmap_id, phase, position, stage, item_type, title,"
    " description, budget_national, budget_local, budget_company, owner_agency, kpi_name,"
    " kpi_unit, status, depends_on, created_at, updated_at) VALUES (%(fresh)s, %({})s, 1, 0,"
    " 'prototype', '', '', '', 0, 0, 0, '', '', '', 'planned', '[]', now(), now())"
)
_DIFFICULTY = (
    "INSERT INTO coach.difficulties (id, company_id, visit_id, category, description, severity,"
    " requested_support, agency, status, resolution, created_at, updated_at) VALUES (%(fresh)s,"
    " %(A)s, %({})s, 'funding', '', 'high', '', '', 'open', '', now(), now())"
)
_ATTACHMENT = (
    "INSERT INTO coach.attachments (id, company_id, visit_id, kind, filename, mime_type, size,"
    " content_hash, caption, created_at, updated_at) VALUES (%(fresh)s, %(A)s, %({})s, 'photo',"
    " 'a.jpg', 'image/jpeg', 1, %(fresh_hash)s, '', now(), now())"
)
_MEASURE = (
    "INSERT INTO coach.measures (id, company_id, title, description, status, difficulty_ids,"
    " created_at, updated_at) VALUES (%(fresh)s, {}, '특례보증', '', 'decided',"
    " jsonb_build_array(%(D_open)s::text), now(), now())"
)
_CHANGE = (
    "INSERT INTO coach.status_changes (id, company_id, difficulty_id, roadmap_item_id, status,"
    " resolution, changed_on, visit_id, created_at, updated_at) VALUES (%(fresh)s, %(A)s,"
    " {}, {}, 'in_progress', '', current_date, {}, now(), now())"
)
_FIGURE = (
    "INSERT INTO coach.impact_figures (id, company_id, year, metric, value, baseline, source,"
    " note, created_at, updated_at{}) VALUES (%(fresh)s, %(A)s, 2025, 'sales', 1000000000,"
    " false, 'coach', '', now(), now(){})"
)
_RATING = (
    "INSERT INTO coach.satisfaction_ratings (id, company_id, visit_id, respondent, position,"
    " answers, comment, rated_at, created_at, updated_at) VALUES (%(fresh)s, %(A)s, {},"
    " '박대표', '대표이사', '{}', '', now(), now(), now())"
)
_SIGNATURE = (
    "INSERT INTO coach.visit_signatures (id, company_id, visit_id, coach_id, signer_name,"
    " signer_title, signed_at, strokes, content, content_hash, created_at, updated_at) VALUES"
    " (%(fresh)s, {company}, {visit}, {coach}, '김민준', '대표', now(), {strokes}, '{{\"v\":1}}',"
    " encode(sha256(convert_to({hashed}, 'UTF8')), 'hex'), now(), now())"
)
_SIGNED = dict(
    company="%(A)s",
    visit="%(my_visit)s",
    coach="coach.me()",
    strokes="'[[[10, 10], [20, 30]]]'",
    hashed="'{\"v\":1}'",
)
INSERTS = {
    "impact_figures@open": _FIGURE.format("", ""),
    # The representative's confirmation: the server stamps who took it.
    "impact_figures:confirmed": _FIGURE.format(
        ", confirmed_name, confirmed_at, confirmed_by", ", '박대표', now(), %(forged)s"
    ),
    "satisfaction_ratings": _RATING.format(
        "%(my_visit)s",
        '{"overall": 5, "expertise": 4, "usefulness": 5, "communication": 4, "follow_up": 3}',
    ),
    "satisfaction_ratings:not_my_visit": _RATING.format(
        "%(V_open)s",
        '{"overall": 5, "expertise": 4, "usefulness": 5, "communication": 4, "follow_up": 3}',
    ),
    "satisfaction_ratings:cross_company": _RATING.format(
        "%(V_B)s",
        '{"overall": 5, "expertise": 4, "usefulness": 5, "communication": 4, "follow_up": 3}',
    ),
    "satisfaction_ratings:bad_score": _RATING.format("%(my_visit)s", '{"overall": 7}'),
    # The representative signs the acting coach's own visit, on that coach's laptop.
    "visit_signatures": _SIGNATURE.format(**_SIGNED),
    # Kim's visit: only kim records its signature.
    "visit_signatures:not_my_visit": _SIGNATURE.format(**{**_SIGNED, "visit": "%(V_open)s"}),
    # A signature put in another coach's name.
    "visit_signatures:other_coach": _SIGNATURE.format(**{**_SIGNED, "coach": "%(lee)s"}),
    "visit_signatures:reviewed_visit": _SIGNATURE.format(**{**_SIGNED, "visit": "%(V_rev)s"}),
    # A company's representative at a meeting signs its visit on the reviewer's laptop.
    "visit_signatures:meeting": _SIGNATURE.format(**{**_SIGNED, "visit": "%(V_meet)s"}),
    "visit_signatures:wrong_hash": _SIGNATURE.format(**{**_SIGNED, "hashed": "'forged'"}),
    "visit_signatures:cross_company": _SIGNATURE.format(**{**_SIGNED, "visit": "%(V_B)s"}),
    "visit_signatures:undrawn": _SIGNATURE.format(**{**_SIGNED, "strokes": "'[]'"}),
    "visit_signatures:deleted": _SIGNATURE.format(**_SIGNED)
    .replace("updated_at)", "updated_at, deleted_at)")
    .replace("now(), now())", "now(), now(), now())"),
    # A follow-up of kim's difficulty at the acting coach's own visit.
    "status_changes": _CHANGE.format("%(D_open)s", "NULL", "%(my_visit)s"),
    "status_changes:meeting": _CHANGE.format("%(D_meet)s", "NULL", "%(V_meet)s"),
    "status_changes:cross_company": _CHANGE.format("%(D_B)s", "NULL", "%(my_visit)s"),
    # At kim's visit: only kim, whose visit raised it.
    "status_changes:not_my_visit": _CHANGE.format("%(D_open)s", "NULL", "%(V_open)s"),
    "status_changes:reviewed_visit": _CHANGE.format("%(D_rev)s", "NULL", "%(V_rev)s"),
    "status_changes:item": _CHANGE.format("NULL", "%(I_app)s", "NULL"),
    "status_changes:item_submitted": _CHANGE.format("NULL", "%(I_sub)s", "NULL"),
    "status_changes:two_subjects": _CHANGE.format("%(D_open)s", "%(I_app)s", "%(my_visit)s"),
    "status_changes:deleted": _CHANGE.format("%(D_open)s", "NULL", "%(my_visit)s")
    .replace("updated_at)", "updated_at, deleted_at)")
    .replace("now())", "now(), now())"),
    "organisations": "INSERT INTO coach.organisations (id, name, kind, phone, email, created_at,"
    " updated_at) VALUES (%(fresh)s, '광주광역시', 'government', '', '', now(), now())",
    "programme_organisations": "INSERT INTO coach.programme_organisations (id, programme_id,"
    " organisation_id, role, created_at, updated_at) VALUES (%(fresh)s, %(P)s, %(O)s, '총괄',"
    " now(), now())",
    "programme_budgets": "INSERT INTO coach.programme_budgets (id, programme_id, year, source,"
    " amount, created_at, updated_at) VALUES (%(fresh)s, %(P)s, 2026, 'national', 200000000,"
    " now(), now())",
    "meetings": "INSERT INTO coach.meetings (id, held_on, title, place, notes, attendees,"
    " created_at, updated_at) VALUES (%(fresh)s, current_date, '현장 간담회', '', '', '[]',"
    " now(), now())",
    "measures@company": _MEASURE.format("%(A)s"),
    "measures@shared": _MEASURE.format("NULL"),
    # A company's measure answers only that company's difficulties; a shared one any.
    "measures:other_answers": _MEASURE.format("%(A)s").replace("D_open", "D_B"),
    "measures:any_company": _MEASURE.format("NULL").replace("D_open", "D_B"),
    "visits:meeting": "INSERT INTO coach.visits (id, company_id, coach_id, meeting_id,"
    " visit_date, place, attendees, purpose, notes, created_at, updated_at) VALUES (%(fresh)s,"
    " %(A)s, coach.me(), %(MT)s, current_date, '', '', '', '', now(), now())",
    "difficulties:meeting": _DIFFICULTY.format("V_meet"),
    # A link from a row of company A to a row of company B.
    "difficulties:cross_company": _DIFFICULTY.format("V_B"),
    "attachments:cross_company": _ATTACHMENT.format("V_B"),
    "diagnoses:cross_company": "INSERT INTO coach.diagnoses (id, company_id, visit_id, coach_id,"
    " template_id, template_version, diagnosed_on, comment, area_scores, created_at, updated_at)"
    " VALUES (%(fresh)s, %(A)s, %(V_B)s, coach.me(), 'rnd', '1', current_date, '', '{}', now(),"
    " now())",
    "diagnosis_scores:cross_company": "INSERT INTO coach.diagnosis_scores (id, diagnosis_id,"
    " item_code, evidence, attachment_id, comment, created_at, updated_at) VALUES (%(fresh)s,"
    " %(G)s, 'x', 'self', %(T_B)s, '', now(), now())",
    "roadmap_items:cross_company": _ITEM.format("R_draft")
    .replace("depends_on,", "depends_on, difficulty_id,")
    .replace("'[]',", "'[]', %(D_B)s,"),
    "companies": "INSERT INTO coach.companies (id, name, brn, ceo, address, region, industry,"
    " phone, email, created_at, updated_at) VALUES (%(fresh)s, '새 기업', %(new_brn)s, '', '',"
    " '광주', '', '', '', now(), now())",
    "programmes": "INSERT INTO coach.programmes (id, name, year, agency, budget,"
    " funding_national, funding_local, funding_company, created_at, updated_at)"
    " VALUES (%(fresh)s, '새 사업', 2026, '', 0, 0, 0, 0, now(), now())",
    "support_programmes": "INSERT INTO coach.support_programmes (id, code, name, agency, funds,"
    " stages, gap_areas, categories, reentry_wait_years, created_at, updated_at) VALUES"
    " (%(fresh)s, %(fresh_text)s, '', '', '', '[]', '[]', '[]', 0, now(), now())",
    "users": "INSERT INTO coach.users (id, login, name, role, email, phone, active, created_at,"
    " updated_at) VALUES (%(fresh)s, %(fresh_text)s, '', 'coach', '', '', true, now(), now())",
    "assignments": "INSERT INTO coach.assignments (id, programme_id, company_id, coach_id,"
    " starts_on, created_at, updated_at) VALUES (%(fresh)s, %(P)s, %(B)s, %(kim)s, current_date,"
    " now(), now())",
    "contacts": "INSERT INTO coach.contacts (id, company_id, name, position, phone, email,"
    " created_at, updated_at) VALUES (%(fresh)s, %(A)s, '', '', '', '', now(), now())",
    "visits@open": "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place,"
    " attendees, purpose, notes, created_at, updated_at) VALUES (%(fresh)s, %(A)s, coach.me(),"
    " current_date, '', '', '', '', now(), now())",
    "attachments@open": _ATTACHMENT.format("V_open"),
    "attachments@reviewed": _ATTACHMENT.format("V_rev"),
    "diagnoses": "INSERT INTO coach.diagnoses (id, company_id, visit_id, coach_id, template_id,"
    " template_version, diagnosed_on, comment, area_scores, created_at, updated_at) VALUES"
    " (%(fresh)s, %(A)s, %(V_open)s, coach.me(), 'rnd', '1', current_date, '', '{}', now(),"
    " now())",
    "difficulties@open": _DIFFICULTY.format("V_open"),
    "difficulties@reviewed": _DIFFICULTY.format("V_rev"),
    "reviews": "INSERT INTO coach.reviews (id, roadmap_id, reviewer_id, decision, comment,"
    " created_at, updated_at) VALUES (%(fresh)s, %(R_sub)s, coach.me(), 'comment', '의견',"
    " now(), now())",
    "diagnosis_scores": "INSERT INTO coach.diagnosis_scores (id, diagnosis_id, item_code,"
    " evidence, comment, created_at, updated_at) VALUES (%(fresh)s, %(G)s, 'x', 'self', '',"
    " now(), now())",
    "roadmaps@draft": "INSERT INTO coach.roadmaps (id, company_id, coach_id, title, revision,"
    " status, created_at, updated_at) VALUES (%(fresh)s, %(A)s, coach.me(), '', 1, 'draft',"
    " now(), now())",
    "roadmap_items@draft": _ITEM.format("R_draft"),
    "roadmap_items@submitted": _ITEM.format("R_sub"),
    "roadmap_items@approved": _ITEM.format("R_app"),
    "applied_ops": "INSERT INTO coach.applied_ops (op_id) VALUES (%(fresh)s)",
    "conflicts": "INSERT INTO coach.conflicts (id, op_id, table_name, row_id, kind) VALUES"
    " (%(fresh)s, %(fresh)s, 'visits', %(fresh)s, 'rejected')",
    "audit_log": "INSERT INTO coach.audit_log (table_name, row_id, op) VALUES ('visits',"
    " %(fresh)s, 'insert')",
    "blobs": "INSERT INTO coach.blobs (hash, size) VALUES (%(fresh_hash)s, 1)",
    "blobs:complete": "INSERT INTO coach.blobs (hash, size, complete) VALUES (%(fresh_hash)s, 1,"
    " true)",
    "blob_chunks": "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%(H_partial)s,"
    " 4096, '\\x00'::bytea)",
    "blob_chunks:owner": "INSERT INTO coach.blob_chunks (hash, position, data, uploaded_by)"
    " VALUES (%(H_partial)s, 8192, '\\x00'::bytea, 'someone')",
    "roadmap_moves": "INSERT INTO coach.roadmap_moves VALUES ('draft', 'approved', 'coach', false)",
    "settings": "INSERT INTO coach.settings VALUES ('x', 'y')",
    "alembic_version": "INSERT INTO coach.alembic_version VALUES ('9999')",
}


def _own_bytes(role: str) -> list[str]:
    data = f"{role}의 사진".encode()
    digest = hashlib.sha256(data).hexdigest()
    return [
        f"INSERT INTO coach.blobs (hash, size) VALUES ('{digest}', {len(data)})",
        f"INSERT INTO coach.blob_chunks (hash, position, data) VALUES ('{digest}', 0,"
        f" '\\x{data.hex()}'::bytea)",
        f"SELECT coach.finish_blob('{digest}')",
    ]


_WRONG = hashlib.sha256(b"right").hexdigest()
FUNCTIONS: dict[tuple[str, str], list[str]] = {
    ("fn:finish_blob", "wrong_bytes"): [
        f"INSERT INTO coach.blobs (hash, size) VALUES ('{_WRONG}', 5)",
        f"INSERT INTO coach.blob_chunks (hash, position, data) VALUES ('{_WRONG}', 0, 'wrong')",
        f"SELECT coach.finish_blob('{_WRONG}')",
    ],
    ("fn:finish_blob", "complete_in_scope"): ["SELECT coach.finish_blob(%(H_photo)s)"],
    ("fn:end_stalled_writers", "call"): ["SELECT coach.end_stalled_writers() >= 0"],
    ("fn:change_seq", "setval"): ["SELECT setval('coach.change_seq', 1) > 0"],
    ("fn:is_coach_login", "call"): ["SELECT coach.is_coach_login('postgres') IS NOT NULL"],
    ("fn:visit_reviewed", "call"): ["SELECT coach.visit_reviewed(%(V_rev)s) IS NOT NULL"],
}


def parse_matrix() -> dict[tuple[str, str], dict[str, str]]:
    lines = [line.split() for line in MATRIX.strip().splitlines()]
    header, rows = lines[0], lines[1:]
    assert header[2:] == list(ROLES)
    expected = {}
    for row in rows:
        assert len(row) == 2 + len(ROLES), row
        assert (row[0], row[1]) not in expected, f"twice in the matrix: {row[:2]}"
        assert all(v in ("ok", "no", "srv") for v in row[2:]), row
        expected[(row[0], row[1])] = dict(zip(ROLES, row[2:], strict=True))
    return expected


EXPECTED = parse_matrix()


# --- the agency on one database --------------------------------------------------------


@dataclass
class Scene:
    url: str
    logins: dict[str, str]
    ids: dict[str, Any]
    sessions: dict[str, psycopg.Connection]


def _seed(url: str, logins: dict[str, str]) -> dict[str, Any]:
    """The rows the matrix aims at, each written by the login who would write it."""
    ids: dict[str, Any] = {k: uuid.uuid4() for k in (
        "A", "B", "P", "SP", "assignment", "contact", "V_open", "V_rev", "T_open", "T_rev",
        "G", "G2", "S", "D_open", "D_rev", "R_draft", "R_sub", "R_app", "I_draft", "I_sub",
        "I_app", "review", "op", "conflict", "O", "PO", "PB", "MT", "V_meet", "V_B", "D_B",
        "M_co", "M_all", "V_co", "T_B", "D_meet", "C", "F_open", "F_conf", "SR", "SG",
    )}  # fmt: skip

    def as_(role: str) -> psycopg.Connection:
        return psycopg.connect(url, user=logins[role], autocommit=True)

    photo = b"photo of company A"
    ids["H_photo"] = hashlib.sha256(photo).hexdigest()
    ids["H_partial"] = hashlib.sha256(b"never finished").hexdigest()
    with as_("admin") as admin:
        for role in ROLES:
            ids[role if role != "coach" else "kim"] = present(
                admin.execute(
                    "SELECT id FROM coach.users WHERE login = %s", (logins[role],)
                ).fetchone()
            )[0]
        ids["lee"] = ids["other"]
        run = admin.execute
        run(INSERTS["programmes"].replace("%(fresh)s", "%(P)s"), ids)
        run(
            INSERTS["support_programmes"].replace("%(fresh)s", "%(SP)s"), {**ids, "fresh_text": "c"}
        )
        for table, name in (
            ("organisations", "O"),
            ("programme_organisations", "PO"),
            ("programme_budgets", "PB"),
            ("meetings", "MT"),
        ):
            run(INSERTS[table].replace("%(fresh)s", f"%({name})s"), ids)
        for company, number in (("A", "124-81-00998"), ("B", "220-81-62517")):
            run(
                INSERTS["companies"].replace("%(fresh)s", f"%({company})s"),
                {**ids, "new_brn": number},
            )
        for key, coach, company in (
            ("assignment", "kim", "A"),
            (None, "co", "A"),
            (None, "lee", "B"),
            (None, "gone", "A"),
        ):
            run(
                "INSERT INTO coach.assignments (id, programme_id, company_id, coach_id,"
                " starts_on, created_at, updated_at) VALUES (%s, %s, %s, %s, current_date - 10,"
                " now(), now())",
                (ids[key] if key else uuid.uuid4(), ids["P"], ids[company], ids[coach]),
            )
    with as_("coach") as kim:

        def put(template: str, name: str, **extra: Any) -> None:
            kim.execute(template.replace("%(fresh)s", f"%({name})s"), {**ids, **extra})

        put(INSERTS["contacts"], "contact")
        put(INSERTS["visits@open"], "V_open")
        put(INSERTS["visits@open"], "V_rev")
        put(INSERTS["attachments@open"], "T_open", fresh_hash=ids["H_photo"])
        put(INSERTS["attachments@reviewed"], "T_rev", fresh_hash=ids["H_photo"])
        put(INSERTS["diagnoses"], "G")
        put(INSERTS["diagnoses"], "G2")
        put(INSERTS["diagnosis_scores"], "S")
        put(INSERTS["difficulties@open"], "D_open")
        put(INSERTS["difficulties@reviewed"], "D_rev")
        put(INSERTS["measures@company"], "M_co")
        put(INSERTS["status_changes"], "C", my_visit=ids["V_open"])
        # Other years than the inserts tried: one live figure per year, metric and baseline.
        put(INSERTS["impact_figures@open"].replace("2025", "2023"), "F_open")
        put(
            INSERTS["impact_figures:confirmed"].replace("2025", "2024"),
            "F_conf",
            forged=uuid.uuid4(),
        )
        put(INSERTS["satisfaction_ratings"], "SR", my_visit=ids["V_rev"])
        put(INSERTS["visit_signatures"], "SG", my_visit=ids["V_open"])
        for roadmap, item in (("R_draft", "I_draft"), ("R_sub", "I_sub"), ("R_app", "I_app")):
            put(INSERTS["roadmaps@draft"], roadmap)
            put(_ITEM.format(roadmap), item)
        kim.execute(
            "UPDATE coach.roadmaps SET status = 'submitted', submitted_at = now()"
            " WHERE id IN (%s, %s)",
            (ids["R_sub"], ids["R_app"]),
        )
        put(INSERTS["applied_ops"].replace("%(fresh)s", "%(op)s"), "op")
        put(INSERTS["conflicts"].replace("%(fresh)s", "%(conflict)s", 1), "conflict")
        for digest, data in ((ids["H_photo"], photo), (ids["H_partial"], b"never")):
            kim.execute("INSERT INTO coach.blobs (hash, size) VALUES (%s, %s)", (digest, 99))
            kim.execute(
                "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, 0, %s)",
                (digest, data),
            )
        assert kim.execute("SELECT coach.finish_blob(%s)", (ids["H_photo"],)).fetchone() == (True,)
    with as_("co") as co:
        co.execute(INSERTS["visits@open"].replace("%(fresh)s", "%(V_co)s"), ids)
    with as_("other") as lee:
        lee.execute(
            INSERTS["visits@open"].replace("%(fresh)s", "%(V_B)s").replace("%(A)s", "%(B)s"), ids
        )
        lee.execute(
            _DIFFICULTY.format("V_B").replace("%(fresh)s", "%(D_B)s").replace("%(A)s", "%(B)s"),
            ids,
        )
        lee.execute(
            _ATTACHMENT.format("V_B").replace("%(fresh)s", "%(T_B)s").replace("%(A)s", "%(B)s"),
            {**ids, "fresh_hash": hashlib.sha256(b"file of company B").hexdigest()},
        )
    with as_("super") as sup:
        sup.execute(INSERTS["visits:meeting"].replace("%(fresh)s", "%(V_meet)s"), ids)
        sup.execute(INSERTS["difficulties:meeting"].replace("%(fresh)s", "%(D_meet)s"), ids)
        sup.execute(INSERTS["measures@shared"].replace("%(fresh)s", "%(M_all)s"), ids)
        sup.execute("UPDATE coach.roadmaps SET status = 'approved' WHERE id = %s", (ids["R_app"],))
        sup.execute("UPDATE coach.visits SET reviewed_at = now() WHERE id = %s", (ids["V_rev"],))
        sup.execute(
            INSERTS["reviews"].replace("%(fresh)s", "%(review)s").replace("%(R_sub)s", "%(R_app)s"),
            ids,
        )
    ids.update(
        audited="visits",
        draft="draft",
        prefix_key="role_prefix",
        forged=uuid.uuid4(),
        head=server_head(),
        new_brn=brn.complete("987654321"),
    )
    return ids


@pytest.fixture(scope="module")
def scene(postgres: psycopg.Connection) -> Iterator[Scene]:
    tag = uuid.uuid4().hex[:8]
    name = f"coach_matrix_{tag}"
    postgres.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _with_database(ADMIN_URL, name)
    prefix = f"m{tag}_"
    init_server(url, prefix)
    logins = {role: f"{prefix}u_{role}" for role in ROLES}
    kinds = ("coach", "coach", "coach", "supervisor", "admin", "coach")
    for role, kind in zip(ROLES, kinds, strict=True):
        add_user(url, logins[role], kind, role)
    sessions = {}
    try:
        ids = _seed(url, logins)
        sessions = {r: psycopg.connect(url, user=logins[r], autocommit=True) for r in ROLES}
        with psycopg.connect(url, user=logins["admin"], autocommit=True) as admin:
            admin.execute(
                "UPDATE coach.users SET active = false WHERE login = %s", (logins["gone"],)
            )
        yield Scene(url, logins, ids, sessions)
    finally:
        for session in sessions.values():
            session.close()
        postgres.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        for role in [*logins.values(), *group_roles(prefix).values()]:
            postgres.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


# --- attempts --------------------------------------------------------------------------


def _table(subject: str) -> str:
    return subject.split("@")[0]


def _statement(subject: str, write: str) -> tuple[str, str | None]:
    """The SQL of one write, and the check of a value the server sets itself."""
    table = _table(subject)
    key, _ = ROWS.get(subject, ("id", ""))
    where = f" WHERE {key} = %(row)s"
    if write == "insert":
        return INSERTS[subject], None
    if write.startswith("insert:"):
        return INSERTS[f"{table}:{write.split(':')[1]}"], None
    if write == "delete":
        return f"DELETE FROM coach.{table}{where}", None
    if write == "truncate":
        return f"TRUNCATE coach.{table}", None
    group = write.split(":")[1] if write.startswith("update:") else write
    values, check = GROUPS[table].get(group, _CORRECTION), _CHECKS.get(group)
    if group == "status":
        values, check = _STATUS_MOVE[subject]
    assignments = ", ".join(f"{column} = {expr}" for column, expr in values.items())
    return f"UPDATE coach.{table} SET {assignments}{where}", check


def attempt(scene: Scene, role: str, subject: str, write: str) -> str:
    session = scene.sessions[role]
    params = {
        **scene.ids,
        "fresh": uuid.uuid4(),
        "fresh_text": f"x{uuid.uuid4().hex[:12]}",
        "fresh_hash": hashlib.sha256(uuid.uuid4().bytes).hexdigest(),
        "my_visit": scene.ids["V_co" if role == "co" else "V_open"],
        **{k: scene.ids[v] for k, v in _ELSEWHERE.get(subject, {}).items()},
    }
    if subject.startswith("fn:"):
        statements = _own_bytes(role) if write == "own_bytes" else FUNCTIONS[(subject, write)]
        check = None
    else:
        statement, check = _statement(subject, write)
        params["row"] = scene.ids[ROWS[subject][1]]
        statements = [statement]
    try:
        with session.transaction(force_rollback=True):
            session.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for statement in statements:
                cursor = session.execute(statement, params)
            if subject.startswith("fn:"):
                row = cursor.fetchone()
                return "ok" if row and row[0] else "no"
            if write != "truncate" and cursor.rowcount < 1:
                return "no"
            if check is None:
                return "ok"
            key = ROWS[subject][0]
            seen = session.execute(
                f"SELECT {check} FROM coach.{_table(subject)} WHERE {key} = %(row)s", params
            ).fetchone()
            return "srv" if seen and seen[0] else "forged"
    except psycopg.errors.OperationalError:
        raise
    except psycopg.Error:
        return "no"


# --- the tests -------------------------------------------------------------------------


def test_every_write_of_every_role_is_as_the_matrix_says(scene: Scene) -> None:
    wrong = []
    for (subject, write), outcomes in EXPECTED.items():
        for role in ROLES:
            seen = attempt(scene, role, subject, write)
            if seen != outcomes[role]:
                wrong.append(f"{subject} {write} {role}: expected {outcomes[role]}, saw {seen}")
    assert wrong == []


def test_the_matrix_covers_the_schema(scene: Scene) -> None:
    with psycopg.connect(scene.url, autocommit=True) as owner:
        columns = owner.execute(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c"
            " JOIN information_schema.tables t USING (table_schema, table_name)"
            " WHERE c.table_schema = 'coach' AND t.table_type = 'BASE TABLE'"
        ).fetchall()
    on_server: dict[str, set[str]] = {}
    for table, column in columns:
        on_server.setdefault(table, set()).add(column)
    assert set(GROUPS) == set(on_server), "a table without rules in the matrix"
    for table, names in on_server.items():
        grouped = [c for group in GROUPS[table].values() for c in group]
        assert sorted(grouped) == sorted(names), f"{table}: columns without a rule"
    subjects = {s for s, _ in EXPECTED if not s.startswith("fn:")}
    assert {_table(s) for s in subjects} == set(GROUPS)
    for subject in subjects:
        writes = {w for s, w in EXPECTED if s == subject}
        table = _table(subject)
        wanted = {f"update:{g}" for g in GROUPS[table] if g != "soft_delete"} | {"delete"}
        if "soft_delete" in GROUPS[table]:
            wanted.add("soft_delete")
        assert wanted <= writes, f"{subject}: no outcome for {sorted(wanted - writes)}"
    for table in GROUPS:
        writes = {w for s, w in EXPECTED if _table(s) == table}
        assert {"insert", "truncate"} <= writes, f"{table}: insert or truncate missing"


def test_a_deactivated_login_cannot_open_a_session(scene: Scene) -> None:
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(scene.url, user=scene.logins["gone"])
